"""The offline meeting pack from the "Comité de suivi" page: prepare it (export), open it in
the review mode (clearly shown; cases read-only), and merge it back ("Réintégrer")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QPlainTextEdit

from desktop.services.committee import pack_merge, packs
from desktop.ui import messages

if TYPE_CHECKING:
    from desktop.ui.pages.committee import CommitteePage

PACK_FILTER = "Séance hors ligne Égide (*.egide-seance)"


class OfflineController(QObject):
    def __init__(self, page: CommitteePage) -> None:
        super().__init__(page)
        self.page = page
        self.cases_view: QPlainTextEdit | None = None

    def _passphrase(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(self.page, self.tr("Séance hors ligne"), label,
                                        QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def _failed(self, error: BaseException) -> None:
        messages.failure(self.page, error)

    # --- export ----------------------------------------------------------------------------

    def prepare(self) -> None:
        if self.page.detail is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.page, self.tr("Préparer la séance hors ligne"),
                                              "seance.egide-seance", PACK_FILTER)
        passphrase = self._passphrase(self.tr("Phrase de passe propre à ce fichier :")) \
            if path else None
        if path and passphrase:
            self.export(Path(path), passphrase)

    def export(self, path: Path, passphrase: str) -> None:
        meeting_id = self.page.detail.meeting.id if self.page.detail else 0
        words = self.page.exact_words.isChecked()

        def done(result: packs.PackExported) -> None:
            messages.info(self.page, self.tr("Séance hors ligne"), self.tr(
                "Fichier écrit : {0} (avec son fichier de clés {0}.keys).\n\nClé de secours "
                "de ce fichier, à noter à part :\n{1}").format(result.path, result.recovery_key))

        self.page.context.query(
            lambda db, token: packs.export_pack(db, meeting_id, path, passphrase,
                                                exact_words=words,
                                                cancelled=lambda: token.requested),
            done, self._failed, parent=self.page, cancellable=True,
            progress_label=self.tr("Préparation de la séance hors ligne…"))

    # --- review mode -----------------------------------------------------------------------

    def open_review(self) -> None:
        if self.page.review_db is not None:
            self.close_review()
            return
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Ouvrir une séance hors ligne"),
                                              "", PACK_FILTER)
        passphrase = self._passphrase(self.tr("Phrase de passe du fichier :")) if path else None
        if path and passphrase:
            self.enter_review(Path(path), passphrase)

    def enter_review(self, path: Path, passphrase: str) -> None:
        def opened(result: Any) -> None:
            pack, info = result
            page = self.page
            page.review_db = pack
            page.review_links = info.links
            page.banner.setText(self.tr(
                "MODE REVUE HORS LIGNE — fichier « {0} ». Les signalements sont en lecture "
                "seule ; présences, décisions, actions et notes sont enregistrées dans ce "
                "fichier, à réintégrer au retour.").format(path.name))
            page.banner.show()
            page.review_button.setText(self.tr("Fermer la séance hors ligne"))
            page.review_button.setEnabled(True)
            self._show_cases(info.cases)
            page.detail = None
            page.reload()

        def work() -> tuple[Any, packs.PackInfo]:
            pack = packs.open_pack(path, passphrase)
            return pack, packs.pack_info(pack)

        self.page.context.runner.run(work, opened, self._failed, parent=self.page)

    def _show_cases(self, cases: tuple[dict[str, Any], ...]) -> None:
        view = QPlainTextEdit(self.page)
        view.setReadOnly(True)
        view.setAccessibleName(self.tr("Signalements examinés (lecture seule)"))
        view.setPlainText("\n\n".join(
            f"{c['reference']} — {c['profession']} — {c['commune']} — faits du "
            f"{c['occurred_on']} — {c['status']}\n{c['summary']}"
            + (f"\nPropos : « {c['exact_words']} »" if c.get("exact_words") else "")
            for c in cases) or self.tr("Aucun signalement à l'ordre du jour."))
        self.cases_view = view
        self.page.tabs.addTab(view, self.tr("Signalements (lecture seule)"))

    def close_review(self) -> None:
        page = self.page
        pack = page.review_db
        page.review_db = None
        page.review_links = {}
        page.banner.hide()
        if self.cases_view is not None:
            page.tabs.removeTab(page.tabs.indexOf(self.cases_view))
            self.cases_view.deleteLater()
            self.cases_view = None
        page.retranslate()
        page.detail = None
        if pack is not None:
            page.context.runner.run(pack.close, lambda _: page.reload())

    # --- merge -----------------------------------------------------------------------------

    def merge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Réintégrer la séance"), "",
                                              PACK_FILTER)
        passphrase = self._passphrase(self.tr("Phrase de passe du fichier :")) if path else None
        if path and passphrase:
            self.plan(Path(path), passphrase)

    def plan(self, path: Path, passphrase: str) -> None:
        def show(plan: pack_merge.MergePlan) -> None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Réintégrer la séance"),
                              self.tr("Les changements suivants seront appliqués au coffre :")
                              if plan.lines else self.tr("Aucun changement enregistré."),
                              QMessageBox.StandardButton.Apply
                              | QMessageBox.StandardButton.Cancel, self.page)
            box.setDetailedText("\n".join(f"– {line}" for line in plan.lines))
            box.setInformativeText("\n".join(f"– {line}" for line in plan.lines[:15]))
            box.buttonClicked.connect(
                lambda button: self.apply(path, passphrase)
                if box.standardButton(button) == QMessageBox.StandardButton.Apply else None)
            box.open()
            self.last_box = box

        self.page.context.query(lambda db: pack_merge.plan_merge(db, path, passphrase), show,
                                self._failed, parent=self.page)

    def apply(self, path: Path, passphrase: str) -> None:
        def done(changes: Any) -> None:
            messages.info(self.page, self.tr("Réintégrer la séance"),
                          self.tr("La séance a été réintégrée dans le coffre."))

        self.page.context.write(
            lambda db, token: pack_merge.apply_merge(
                db, path, passphrase, cancelled=lambda: token.requested).changes,
            done, self._failed, parent=self.page, cancellable=True,
            progress_label=self.tr("Réintégration de la séance…"))
