"""Undo and redo of protocol edits: a ``QUndoCommand`` around a service ``Edit``.

The action itself runs first on the worker (``ctx.write``); once it succeeded the page pushes
an ``EditCommand`` holding the returned ``Edit``. Undo and redo then both call ``edit.undo``,
which returns the next ``Edit`` (the inverse of the inverse): the swap happens on the worker
thread, so quick Ctrl+Z / Ctrl+Y in a row run in order on the one worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.services.protocol.articles import Edit
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext


class EditCommand(QUndoCommand):
    def __init__(
        self,
        context: AppContext,
        edit: Edit,
        text: str,
        on_done: Callable[[], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self.context = context
        self.edit = edit
        self._on_done = on_done
        self._on_failure = on_failure
        self._first = True

    def _swap(self, db: Database) -> Changes:
        self.edit = self.edit.undo(db)
        return self.edit.changes

    def _run(self) -> None:
        self.context.write(self._swap, lambda _changes: self._on_done(), self._on_failure)

    def undo(self) -> None:
        self._run()

    def redo(self) -> None:
        if self._first:  # pushed after the action already ran
            self._first = False
            return
        self._run()


def push_edit(
    stack: QUndoStack, context: AppContext, edit: Edit, text: str, on_done: Callable[[], None]
) -> None:
    """Record a done edit; a failed undo/redo empties the stack (the text moved on)."""

    def failed(error: BaseException) -> None:
        stack.clear()
        context.runner.show_failure(error, None)

    stack.push(EditCommand(context, edit, text, on_done, failed))
