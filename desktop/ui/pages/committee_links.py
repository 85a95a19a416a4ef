"""What an agenda item points at, from the "Comité de suivi" page: link a case, an open action
item, a protocol article or a statistics period; remove a link after confirmation. Mixed into
``CommitteePage`` (which holds the buttons and the agenda tree)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from desktop.services.committee import agenda
from desktop.services.committee.agenda_choices import action_choices, article_choices
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui import clock, messages
from desktop.ui.dialogs.agenda_link_dialog import ChoiceDialog, PeriodDialog
from desktop.ui.dialogs.confirm import confirm
from desktop.ui.dialogs.prompt import ask_text
from desktop.ui.pages.committee_session import MeetingSession
from desktop.ui.widgets.agenda_view import AgendaTree


class CommitteeLinks(QObject):
    def __init__(self, session: MeetingSession, agenda_tree: AgendaTree,
                 selected_item: Callable[[], int | None]) -> None:
        """``selected_item``: the agenda item chosen in the tree (says so when none is)."""
        super().__init__(session)
        self.session = session
        self.anchor = session.anchor
        self.agenda_tree = agenda_tree
        self._selected_item = selected_item
        self.link_dialog: QDialog | None = None
        """The last picker opened (tests drive it without a nested event loop)."""

    def _link(self, item_id: int, **target: object) -> None:
        self.session.write(
            lambda db: agenda.link(db, item_id, **target).changes)  # type: ignore[arg-type]

    def link_case(self, item_id: int, reference: str) -> None:
        def work(db: Database) -> Changes:
            return agenda.link(
                db, item_id, case_id=agenda.case_id_by_reference(db, reference)).changes

        self.session.write(work)

    def link_action(self, item_id: int, action_id: int) -> None:
        self._link(item_id, action_item_id=action_id)

    def link_article(self, item_id: int, article_id: int) -> None:
        self._link(item_id, article_id=article_id)

    def link_period(self, item_id: int, start: dt.date, end: dt.date) -> None:
        self._link(item_id, period=(start, end))

    def remove_link(self, link_id: int) -> None:
        self.session.write(lambda db: agenda.unlink(db, link_id))

    # --- pickers ---------------------------------------------------------------------------

    def ask_link_case(self) -> None:
        if (item_id := self._selected_item()) is not None:
            ask_text(self.anchor, self.tr("Lier un signalement"),
                     self.tr("Référence (ex. 2026-0042) :"),
                     lambda ref: self.link_case(item_id, ref))

    def _open_link_dialog(self, dialog: QDialog, then: Callable[[], None]) -> None:
        self.link_dialog = dialog
        dialog.accepted.connect(then)
        dialog.open()

    def _when_chosen(self, dialog: ChoiceDialog, then: Callable[[int], None]) -> None:
        def chosen() -> None:
            if (value := dialog.value()) is not None:
                then(value)

        self._open_link_dialog(dialog, chosen)

    def ask_link_action(self) -> None:
        if (item_id := self._selected_item()) is None:
            return

        def open_dialog(choices: tuple[tuple[int, str], ...]) -> None:
            dialog = ChoiceDialog(self.tr("Lier une action"), self.tr("Action en cours :"),
                                  choices, self.tr("Aucune action en cours."), self.anchor)
            self._when_chosen(dialog, lambda action_id: self.link_action(item_id, action_id))

        self.session.call(action_choices, open_dialog)

    def ask_link_article(self) -> None:
        if (item_id := self._selected_item()) is None:
            return
        meeting_id = self.session.meeting_id()

        def open_dialog(choices: tuple[tuple[int, str], ...]) -> None:
            dialog = ChoiceDialog(
                self.tr("Lier un article du protocole"), self.tr("Article :"), choices,
                self.tr("Aucun texte du protocole de la séance n'est en vigueur."), self.anchor)
            self._when_chosen(dialog, lambda article_id: self.link_article(item_id, article_id))

        self.session.call(lambda db: article_choices(db, meeting_id), open_dialog)

    def ask_link_period(self) -> None:
        if (item_id := self._selected_item()) is None:
            return
        end = self._meeting_day()
        start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
        dialog = PeriodDialog(start, end, self.anchor)
        self._open_link_dialog(dialog, lambda: self.link_period(item_id, *dialog.value()))

    def _meeting_day(self) -> dt.date:
        assert self.session.detail is not None
        day: dt.date = clock.local(self.session.detail.meeting.starts_at).date()
        return day

    def ask_unlink(self) -> None:
        found = self.agenda_tree.selected_link()
        if found is None:
            messages.info(self.anchor, self.tr("Ordre du jour"),
                          self.tr("Choisissez d'abord un lien (ligne « → … ») d'un point."))
            return
        link_id, label = found
        confirm(self.anchor, self.tr("Retirer le lien"),
                self.tr("Retirer le lien « {0} » de ce point de l'ordre du jour ?").format(label),
                self.tr("Retirer"), lambda: self.remove_link(link_id))
