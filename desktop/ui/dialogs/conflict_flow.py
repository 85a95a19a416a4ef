"""What every editing dialog does when a colleague saved its row in between (``ConcurrentEdit``):
read the row again, compare three states of the form (as it opened, the colleague's version, the
user's typing) field by field in the conflict dialog, then "Recharger" (the form shows the
current version, the typing is dropped) or "Réappliquer mes modifications" (the user's fields
put onto the current version, saved again against it).

``ResolvesConflicts`` is a mixin for a ``GuardedDialog`` (``WriteDialog``'s forms, the
committee's dialogs): the dialog gives ``row``, ``reread``, ``fill``, ``field_labels``,
``conflict_root`` and reacts to the outcome in ``conflict_opened`` / ``conflict_cancelled`` /
``conflict_reloaded`` / ``conflict_reapplied``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialog, QWidget

from desktop.errors import ConcurrentEdit
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs import form_state
from desktop.ui.dialogs.conflict_dialog import REAPPLY, RELOAD, ConflictDialog, differences


class ResolvesConflicts:
    """Mixed into a ``GuardedDialog`` subclass (it uses ``_changed``, ``setEnabled``)."""

    context: AppContext
    row: Any
    """The row the form was filled from (its ``row_version`` is saved against); None: new."""
    conflict: ConflictDialog | None
    succeeded: SignalInstance  # the dialog's class declares it (a mixin cannot)
    _changed: bool

    @property
    def seen_version(self) -> int | None:
        """The ``row_version`` the form was filled at (None: a new row)."""
        version = getattr(self.row, "row_version", None)
        return int(version) if version is not None else None

    def reread(self) -> Callable[[Database], Any] | None:
        """How to read ``row`` again (its current version); None: no reload offered."""
        return None

    def fill(self, row: Any) -> None:  # pragma: no cover - with ``reread``
        """Show ``row`` in the whole form (every field set, none added to)."""
        raise NotImplementedError

    def field_labels(self) -> Mapping[str, form_state.Label]:  # pragma: no cover - every dialog
        """The labels of the form's rows, by field (what the conflict dialog compares)."""
        raise NotImplementedError

    def conflict_root(self) -> QWidget:
        """Where the form's rows are laid out."""
        assert isinstance(self, QWidget)
        return self

    # --- the outcome, for the dialog -----------------------------------------------------------

    def conflict_opened(self) -> None:
        """The conflict dialog is showing."""

    def conflict_cancelled(self, error: ConcurrentEdit) -> None:
        """Closed without a choice: the form keeps the user's typing, nothing saved."""

    def conflict_reloaded(self) -> None:
        """The form now shows the current version; the typing is gone."""

    def conflict_reapplied(self) -> None:  # pragma: no cover - every dialog saves again
        """The user's fields are on the current version: save it."""
        raise NotImplementedError

    def conflict_unread(self, failure: BaseException) -> None:
        """The row could not be read again (gone meanwhile)."""

    def failed(self, error: BaseException) -> None:  # pragma: no cover - every dialog has it
        """The write was refused (a colleague's save goes to ``meet_conflict`` first)."""
        raise NotImplementedError

    # --- the save ------------------------------------------------------------------------------

    def write_then_close(self, write: Callable[[Database], Changes]) -> None:
        """Run ``write`` on the worker, the dialog disabled meanwhile: saved, the dialog closes
        (``succeeded``); refused, ``failed`` says why and the dialog stays open."""
        widget = self._widget()
        widget.setEnabled(False)
        self.context.write(write, self._written, self.failed, parent=widget)

    def _written(self, _changes: Changes) -> None:
        widget = self._widget()
        widget.setEnabled(True)
        self._changed = False
        self.succeeded.emit()
        assert isinstance(widget, QDialog)
        QDialog.accept(widget)

    # --- the flow ------------------------------------------------------------------------------

    def meet_conflict(self, error: BaseException) -> bool:
        """Open the conflict flow when ``error`` is a colleague's save and the row can be read
        again; False: the caller shows the error as any other."""
        read = self.reread() if self.row is not None else None
        if not isinstance(error, ConcurrentEdit) or read is None:
            return False
        widget = self._widget()

        def shown(fresh: Any) -> None:
            widget.setEnabled(True)
            self._resolve(error, fresh)

        def unread(failure: BaseException) -> None:  # the row is gone: say what happened
            widget.setEnabled(True)
            self.conflict_unread(failure)

        widget.setEnabled(False)
        self.context.query(read, shown, unread, parent=widget)
        return True

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _resolve(self, error: ConcurrentEdit, fresh: Any) -> None:
        labels = self.field_labels()
        inputs = form_state.field_inputs(self.conflict_root(), labels)
        mine = form_state.snapshot(inputs)
        changed = self._changed
        self.fill(self.row)
        base = form_state.snapshot(inputs)
        self.fill(fresh)
        theirs = form_state.snapshot(inputs)
        for field, shown in mine.items():  # the user's typing, as it was, while asked
            form_state.restore(inputs, field, shown)
        self._changed = changed
        texts = {field: label.text().replace("&", "").rstrip(" :\u00a0")
                 for field, label in labels.items()}
        changes = differences(texts, base, theirs, mine)
        conflict = ConflictDialog(error, changes, self._widget())
        self.conflict = conflict

        def decided(_result: int) -> None:
            choice, keep = conflict.choice, conflict.kept_theirs()
            if choice is None:
                self.conflict_cancelled(error)
                return
            self.row = fresh
            self.fill(fresh)
            if choice == RELOAD:
                self._changed = False
                self.conflict_reloaded()
                return
            assert choice == REAPPLY
            for change in changes:
                if change.by_me and change.field not in keep:
                    form_state.restore(inputs, change.field, change.mine)
            self._changed = True
            self.conflict_reapplied()

        conflict.finished.connect(decided)
        conflict.open()
        self.conflict_opened()
