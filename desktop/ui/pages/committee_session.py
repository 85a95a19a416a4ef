"""Where the "Comité de suivi" page reads and writes: the vault, or, in review mode, an offline
meeting pack; and which meeting it shows. Shared by the page and its controllers (actions,
links, offline pack), so that none of them needs the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.committee.records import MeetingDetail
from desktop.services.vault.database import Database
from desktop.ui import messages
from desktop.ui.context import AppContext


class MeetingSession(QObject):
    reload_wanted = Signal()  # a write on the pack (nothing is published there) or a pack closed

    def __init__(self, context: AppContext, anchor: QWidget) -> None:
        """``anchor``: the widget that failures and dialogs are shown over."""
        super().__init__(anchor)
        self.context = context
        self.anchor = anchor
        self.review_db: Database | None = None
        self.review_links: dict[str, list[str]] = {}
        self.detail: MeetingDetail | None = None

    @property
    def in_review(self) -> bool:
        return self.review_db is not None

    def failed(self, error: BaseException) -> None:
        messages.error(self.anchor, str(error))

    def call(self, fn: Callable[[Database], Any], on_success: Callable[[Any], None],
             write: bool = False,
             on_failure: Callable[[BaseException], None] | None = None) -> None:
        """On the pack in review mode, else on the vault (writes publish their Changes);
        a failure goes to ``on_failure``, by default a message box."""
        failed = on_failure or self.failed
        if self.review_db is not None:
            pack = self.review_db
            self.context.runner.run(lambda: fn(pack), on_success, failed, parent=self.anchor)
        elif write:
            self.context.write(fn, on_success, failed, parent=self.anchor)
        else:
            self.context.query(fn, on_success, failed)

    def write(self, fn: Callable[[Database], Any],
              on_failure: Callable[[BaseException], None] | None = None,
              on_done: Callable[[], None] | None = None) -> None:
        """A write on the shown meeting; on the vault the published Changes reload the page,
        on a pack nothing is published, so ask for a reload here."""
        if self.detail is None:
            return
        in_review = self.in_review

        def done(_result: Any) -> None:
            if in_review:
                self.reload_wanted.emit()
            if on_done is not None:
                on_done()

        self.call(fn, done, write=True, on_failure=on_failure)

    def meeting_id(self) -> int:
        assert self.detail is not None
        return self.detail.meeting.id
