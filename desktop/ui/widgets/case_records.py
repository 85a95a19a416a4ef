"""What a case holds beside its facts, one tab each: the timeline, the consents (and their
withdrawal), the transmissions (recipient, date, document and its SHA-256), the complaint,
the attachments (open in the application's viewer, save a copy).

The widget only shows and asks: its signals name the row the user chose; the page acts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases.records import AttachmentRow, CaseDetail, ConsentRow
from desktop.ui.text import date_text, datetime_text


def _tree(parent: QWidget, columns: int) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setColumnCount(columns)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    return tree


def size_text(size: int) -> str:
    """"12 ko", "1,4 Mo" (French decimal comma)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} ko"
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


class _Tab(QWidget):
    """A list, an empty-state hint and a row of buttons under it."""

    def __init__(self, columns: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.tree = _tree(self, columns)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self.buttons)

    def add_button(self) -> QPushButton:
        button = QPushButton(self)
        button.setEnabled(False)
        self.buttons.addWidget(button)
        return button

    def finish(self) -> None:
        self.buttons.addStretch()
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
        self.hint.setVisible(self.tree.topLevelItemCount() == 0)
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)


class CaseRecords(QTabWidget):
    withdraw_requested = Signal(object)  # ConsentRow
    form_requested = Signal()  # print the consent form to have it signed
    open_requested = Signal(object)  # AttachmentRow
    save_requested = Signal(object)  # AttachmentRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseDetail | None = None
        self.timeline_tab = _Tab(4, self)
        self.timeline = self.timeline_tab.tree
        self.consents_tab = _Tab(5, self)
        self.withdraw_button = self.consents_tab.add_button()
        self.withdraw_button.clicked.connect(self._withdraw)
        self.form_button = self.consents_tab.add_button()
        self.form_button.clicked.connect(self.form_requested)
        self.consents_tab.tree.itemSelectionChanged.connect(self._consent_selected)
        self.transmissions_tab = _Tab(5, self)
        self.complaints_tab = _Tab(9, self)
        self.attachments_tab = _Tab(5, self)
        self.open_button = self.attachments_tab.add_button()
        self.save_button = self.attachments_tab.add_button()
        self.open_button.clicked.connect(lambda: self._attachment_chosen(self.open_requested))
        self.save_button.clicked.connect(lambda: self._attachment_chosen(self.save_requested))
        self.attachments_tab.tree.itemSelectionChanged.connect(self._attachment_selected)
        self.attachments_tab.tree.itemDoubleClicked.connect(
            lambda _item, _column: self._attachment_chosen(self.open_requested))
        for tab in (self.timeline_tab, self.consents_tab, self.transmissions_tab,
                    self.complaints_tab, self.attachments_tab):
            self.addTab(tab, "")
            tab.finish()

    def retranslate(self) -> None:
        names = (self.tr("Chronologie"), self.tr("Consentements"), self.tr("Transmissions"),
                 self.tr("Plainte"), self.tr("Pièces jointes"))
        for index, name in enumerate(names):
            self.setTabText(index, name)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Étape"), self.tr("Par"),
                                       self.tr("Commentaire")])
        self.timeline.setAccessibleName(self.tr("Chronologie du dossier"))
        self.consents_tab.tree.setHeaderLabels([
            self.tr("Date"), self.tr("Réponse"), self.tr("Destinataires"), self.tr("Modalité"),
            self.tr("Retrait")])
        self.consents_tab.tree.setAccessibleName(self.tr("Consentements du praticien"))
        self.consents_tab.hint.setText(self.tr(
            "Aucun consentement enregistré : « Consentement… » recueille la réponse du "
            "praticien avant toute transmission aux autorités."))
        self.withdraw_button.setText(self.tr("&Retirer le consentement…"))
        self.form_button.setText(self.tr("&Imprimer le formulaire de consentement…"))
        self.form_button.setToolTip(self.tr(
            "Le formulaire à faire signer : destinataires, ce qui est transmis, retrait. Le "
            "scan signé se joint ensuite avec « Consentement… » (Formulaire signé)."))
        self.transmissions_tab.tree.setHeaderLabels([
            self.tr("Date"), self.tr("Destinataire"), self.tr("Modalité"), self.tr("Document"),
            self.tr("Empreinte SHA-256")])
        self.transmissions_tab.tree.setAccessibleName(self.tr("Transmissions du dossier"))
        self.transmissions_tab.hint.setText(self.tr(
            "Rien n'a encore été transmis : « Transmission… » trace l'envoi et garde le document "
            "envoyé avec son empreinte."))
        self.complaints_tab.tree.setHeaderLabels([
            self.tr("Suite"), self.tr("Date"), self.tr("Modalité"), self.tr("Service"),
            self.tr("N° de PV"), self.tr("Adresse déclarée"),
            self.tr("Consentement de la victime"), self.tr("Informé par le procureur"),
            self.tr("Suite du parquet")])
        self.complaints_tab.tree.setAccessibleName(self.tr("Plainte et suites judiciaires"))
        self.complaints_tab.hint.setText(self.tr(
            "Aucune plainte ni main courante enregistrée : « Plainte… » en garde la trace."))
        self.attachments_tab.tree.setHeaderLabels([
            self.tr("Fichier"), self.tr("Ajouté le"), self.tr("Par"), self.tr("Taille"),
            self.tr("Empreinte SHA-256")])
        self.attachments_tab.tree.setAccessibleName(self.tr("Pièces jointes du dossier"))
        self.attachments_tab.hint.setText(self.tr(
            "Aucune pièce jointe : « Pièce jointe… » garde un certificat, une photo ou un "
            "courrier chiffré dans le coffre."))
        self.open_button.setText(self.tr("&Ouvrir"))
        self.save_button.setText(self.tr("Enregistrer une &copie…"))
        if self.case is not None:
            self.show_case(self.case)

    # --- showing ---------------------------------------------------------------------------

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        for tab in (self.timeline_tab, self.consents_tab, self.transmissions_tab,
                    self.complaints_tab, self.attachments_tab):
            tab.tree.clear()
        self.withdraw_button.setEnabled(False)
        self.form_button.setEnabled(case is not None)
        self.open_button.setEnabled(False)
        self.save_button.setEnabled(False)
        if case is not None:
            self._fill(case)
        for tab in (self.timeline_tab, self.consents_tab, self.transmissions_tab,
                    self.complaints_tab, self.attachments_tab):
            tab.finish()
        counts = (None, len(case.consents) if case else 0, len(case.transmissions) if case else 0,
                  len(case.complaints) if case else 0, len(case.attachments) if case else 0)
        base = (self.tr("Chronologie"), self.tr("Consentements"), self.tr("Transmissions"),
                self.tr("Plainte"), self.tr("Pièces jointes"))
        for index, (name, count) in enumerate(zip(base, counts, strict=True)):
            self.setTabText(index, f"{name} ({count})" if count else name)

    def _fill(self, case: CaseDetail) -> None:
        for event in case.events:
            label = event.to_status.label if event.to_status else event.kind.label
            if event.kind.value == "reopened":
                label = self.tr("Réouverture → {0}").format(label)
            # The date given for the step; when it was typed, in the tooltip.
            when = date_text(event.dated_on) if event.dated_on else datetime_text(event.at)
            item = QTreeWidgetItem(self.timeline, [when, label, event.actor,
                                                   event.comment or ""])
            item.setToolTip(0, self.tr("Enregistré le {0}").format(datetime_text(event.at)))
        for consent in case.consents:
            answer = self.tr("Donné") if consent.given else self.tr("Refusé")
            withdrawn = (self.tr("retiré le {0}").format(date_text(consent.withdrawn_on))
                         if consent.withdrawn_on else "")
            item = QTreeWidgetItem(self.consents_tab.tree, [
                date_text(consent.decided_on), answer,
                ", ".join(kind.label for kind in consent.scope) or "—",
                consent.channel.label + (f" ({consent.witness})" if consent.witness else "")
                + (self.tr(" — scan joint") if consent.attachment_id else ""),
                withdrawn])
            item.setData(0, Qt.ItemDataRole.UserRole, consent)
        names = {a.id: a.filename for a in case.attachments}
        for sent in case.transmissions:
            to = sent.recipient_kind.label + (f" ({sent.organisation})" if sent.organisation
                                              else "")
            item = QTreeWidgetItem(self.transmissions_tab.tree, [
                date_text(sent.sent_on), to, sent.channel.label,
                names.get(sent.attachment_id or 0, "—"), sent.sha256 or "—"])
            item.setToolTip(4, sent.sha256 or "")
        for complaint in case.complaints:
            victim = "—"
            if complaint.victim_consent_on is not None:
                victim = self.tr("écrit du {0}").format(date_text(complaint.victim_consent_on))
                if complaint.victim_consent_attachment_id is not None:
                    victim += self.tr(" (formulaire joint)")
            QTreeWidgetItem(self.complaints_tab.tree, [
                complaint.kind.label, date_text(complaint.filed_on) if complaint.filed_on else "—",
                complaint.modality.label if complaint.modality else "—",
                complaint.service or "—", complaint.pv_number or "—",
                complaint.address_text or "—", victim,
                date_text(complaint.informed_on) if complaint.informed_on else "—",
                complaint.parquet_outcome or "—"])
        for attachment in case.attachments:
            item = QTreeWidgetItem(self.attachments_tab.tree, [
                attachment.filename, datetime_text(attachment.added_at), attachment.added_by,
                size_text(attachment.size), attachment.sha256])
            item.setToolTip(4, attachment.sha256)
            item.setData(0, Qt.ItemDataRole.UserRole, attachment)

    # --- choosing --------------------------------------------------------------------------

    def selected_consent(self) -> ConsentRow | None:
        items = self.consents_tab.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def selected_attachment(self) -> AttachmentRow | None:
        items = self.attachments_tab.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _consent_selected(self) -> None:
        consent = self.selected_consent()
        self.withdraw_button.setEnabled(consent is not None and consent.valid)

    def _withdraw(self) -> None:
        consent = self.selected_consent()
        if consent is not None and consent.valid:
            self.withdraw_requested.emit(consent)

    def _attachment_selected(self) -> None:
        chosen = self.selected_attachment() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _attachment_chosen(self, signal: Signal) -> None:
        attachment = self.selected_attachment()
        if attachment is not None:
            signal.emit(attachment)  # type: ignore[attr-defined]
