"""The offline meeting pack from the "Comité de suivi" page: prepare it (export), open it in
the review mode (clearly shown; cases read-only), and merge it back ("Réintégrer").

The controller switches the ``MeetingSession`` to the pack and back, and says so with
``review_opened`` / ``review_closed``; the page shows the banner and the buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPlainTextEdit, QTabWidget

from desktop.services.committee import pack_merge, packs
from desktop.ui import messages
from desktop.ui.dialogs.file_dialogs import choose_open, choose_save
from desktop.ui.dialogs.prompt import ask_passphrase
from desktop.ui.pages.committee_session import MeetingSession

PACK_FILTER = "Séance hors ligne Égide (*.egide-seance)"


class OfflineController(QObject):
    review_opened = Signal(str)  # the pack's file name
    review_closed = Signal()

    def __init__(self, session: MeetingSession, tabs: QTabWidget, exact_words: QCheckBox) -> None:
        super().__init__(session)
        self.session = session
        self.context = session.context
        self.anchor = session.anchor
        self.tabs = tabs
        self.exact_words = exact_words
        self.cases_view: QPlainTextEdit | None = None
        self.last_box: QMessageBox | None = None

    def _then_passphrase(self, label: str, then: Any) -> None:
        ask_passphrase(self.anchor, self.tr("Séance hors ligne"), label, then)

    def _failed(self, error: BaseException) -> None:
        messages.failure(self.anchor, error)

    def open_file(self, path: Path) -> None:
        """A pack opened from the file manager: read it (review mode) or merge it back."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Séance hors ligne"),
                          self.tr("Que faire de la séance « {0} » ?").format(path.name),
                          QMessageBox.StandardButton.Cancel, self.anchor)
        review = box.addButton(self.tr("L'ouvrir en lecture"), QMessageBox.ButtonRole.AcceptRole)
        merge = box.addButton(self.tr("La réintégrer dans le coffre…"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(review)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def chosen(_result: int) -> None:
            if box.clickedButton() is review:
                self._then_passphrase(self.tr("Phrase de passe du fichier :"),
                                      lambda passphrase: self.enter_review(path, passphrase))
            elif box.clickedButton() is merge:
                self._then_passphrase(self.tr("Phrase de passe du fichier :"),
                                      lambda passphrase: self.plan(path, passphrase))

        box.finished.connect(chosen)
        self.last_box = box
        box.open()

    # --- export ----------------------------------------------------------------------------

    def prepare(self) -> None:
        if self.session.detail is None:
            return
        choose_save(self.anchor, self.tr("Préparer la séance hors ligne"),
                    "seance.egide-seance", PACK_FILTER,
                    lambda path: self._then_passphrase(
                        self.tr("Phrase de passe propre à ce fichier :"),
                        lambda passphrase: self.export(path, passphrase)))

    def export(self, path: Path, passphrase: str) -> None:
        detail = self.session.detail
        meeting_id = detail.meeting.id if detail else 0
        words = self.exact_words.isChecked()

        def done(result: packs.PackExported) -> None:
            messages.info(self.anchor, self.tr("Séance hors ligne"), self.tr(
                "Fichier écrit : {0} (avec son fichier de clés {0}.keys).\n\nClé de secours "
                "de ce fichier, à noter à part :\n{1}").format(result.path, result.recovery_key))

        self.context.query(
            lambda db, token: packs.export_pack(db, meeting_id, path, passphrase,
                                                exact_words=words,
                                                cancelled=lambda: token.requested),
            done, self._failed, parent=self.anchor, cancellable=True,
            progress_label=self.tr("Préparation de la séance hors ligne…"))

    # --- review mode -----------------------------------------------------------------------

    def open_review(self) -> None:
        if self.session.in_review:
            self.close_review()
            return
        choose_open(self.anchor, self.tr("Ouvrir une séance hors ligne"),
                    lambda path: self._then_passphrase(
                        self.tr("Phrase de passe du fichier :"),
                        lambda passphrase: self.enter_review(path, passphrase)),
                    filters=PACK_FILTER)

    def enter_review(self, path: Path, passphrase: str) -> None:
        def opened(result: Any) -> None:
            pack, info = result
            self.session.review_db = pack
            self.session.review_links = info.links
            self.session.detail = None
            self._show_cases(info.cases)
            self.review_opened.emit(path.name)

        def work() -> tuple[Any, packs.PackInfo]:
            pack = packs.open_pack(path, passphrase)
            return pack, packs.pack_info(pack)

        self.context.runner.run(work, opened, self._failed, parent=self.anchor)

    def _show_cases(self, cases: tuple[dict[str, Any], ...]) -> None:
        view = QPlainTextEdit(self.tabs)
        view.setReadOnly(True)
        view.setAccessibleName(self.tr("Signalements examinés (lecture seule)"))
        view.setPlainText("\n\n".join(
            f"{c['reference']} — {c['profession']} — {c['commune']} — faits : "
            f"{c.get('occurred', c.get('occurred_on'))} — {c['status']}\n{c['summary']}"
            + (f"\nPropos : « {c['exact_words']} »" if c.get("exact_words") else "")
            for c in cases) or self.tr("Aucun signalement à l'ordre du jour."))
        self.cases_view = view
        self.tabs.addTab(view, self.tr("Signalements (lecture seule)"))

    def close_review(self) -> None:
        session = self.session
        pack = session.review_db
        session.review_db = None
        session.review_links = {}
        if self.cases_view is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.cases_view))
            self.cases_view.deleteLater()
            self.cases_view = None
        session.detail = None
        self.review_closed.emit()
        if pack is not None:
            self.context.runner.run(pack.close, lambda _: session.reload_wanted.emit())

    # --- merge -----------------------------------------------------------------------------

    def merge(self) -> None:
        choose_open(self.anchor, self.tr("Réintégrer la séance"),
                    lambda path: self._then_passphrase(
                        self.tr("Phrase de passe du fichier :"),
                        lambda passphrase: self.plan(path, passphrase)),
                    filters=PACK_FILTER)

    def plan(self, path: Path, passphrase: str) -> None:
        def show(plan: pack_merge.MergePlan) -> None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Réintégrer la séance"),
                              self.tr("Les changements suivants seront appliqués au coffre :")
                              if plan.lines else self.tr("Aucun changement enregistré."),
                              QMessageBox.StandardButton.Apply
                              | QMessageBox.StandardButton.Cancel, self.anchor)
            box.setDetailedText("\n".join(f"– {line}" for line in plan.lines))
            box.setInformativeText("\n".join(f"– {line}" for line in plan.lines[:15]))
            box.buttonClicked.connect(
                lambda button: self.apply(path, passphrase)
                if box.standardButton(button) == QMessageBox.StandardButton.Apply else None)
            box.open()
            self.last_box = box

        self.context.query(lambda db: pack_merge.plan_merge(db, path, passphrase), show,
                           self._failed, parent=self.anchor)

    def apply(self, path: Path, passphrase: str) -> None:
        def done(changes: Any) -> None:
            messages.info(self.anchor, self.tr("Réintégrer la séance"),
                          self.tr("La séance a été réintégrée dans le coffre.") if changes
                          else self.tr("Rien à réintégrer : le dossier reste utilisable."))

        self.context.write(
            lambda db, token: pack_merge.apply_merge(
                db, path, passphrase, cancelled=lambda: token.requested).changes,
            done, self._failed, parent=self.anchor, cancellable=True,
            progress_label=self.tr("Réintégration de la séance…"))
