"""``RefreshingPage``: the one way a page keeps what it shows up to date.

A page is stale from its creation, and again when a write publishes one of the ``Changes`` it
``watches`` or when the vault is locked. A stale page reloads when it is shown, or at once when
it is visible; a hidden page does no work (Anki's ``OpChanges`` idea: each page refreshes only
on the flags it cares about).

A subclass sets ``watches``, implements ``load`` (ask the services for what it shows) and, if it
caches anything, ``clear`` (the vault was locked: forget it). ``reload()`` loads now.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext


class RefreshingPage(QWidget):
    watches: ClassVar[Changes] = Changes.ALL

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.changed.connect(self.refresh)
        context.lock_changed.connect(self._lock_changed)

    @property
    def stale(self) -> bool:
        return self._stale

    def refresh(self, changes: Changes) -> None:
        """A write published ``changes``: stale if they concern this page."""
        if changes & self.watches:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible() and self.may_reload():
            self.reload()

    def may_reload(self) -> bool:
        """Whether a change may reload the visible page now (default: always)."""
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Load what the page shows now (nothing while the vault is locked: it stays stale)."""
        if self.context.locked:
            self._stale = True
            return
        self._stale = False
        self.load()

    def load(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def _lock_changed(self, locked: bool) -> None:
        if locked:
            self._stale = True
            self.clear()

    def clear(self) -> None:
        """The vault was locked: forget what is shown (default: nothing cached)."""
