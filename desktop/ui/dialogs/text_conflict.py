"""The conflict flow for an editor that is not a form dialog (a page's text box, the article
editor, a one-line prompt): the same conflict dialog as ``conflict_flow``'s forms, on fields
that are plain texts. The caller gives the three states of each field (as the editor showed
it, as the colleague left it, as the user typed it) and what "Recharger" and "Réappliquer mes
modifications" do; reapplying receives the texts to save: the colleague's, with the user's
changed fields on top (but those the user chose to keep as the colleague left them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.errors import ConcurrentEdit
from desktop.ui.dialogs.conflict_dialog import REAPPLY, RELOAD, ConflictDialog, text_differences

Texts = dict[str, str]


def merged(base: Texts, theirs: Texts, mine: Texts, kept_theirs: set[str]) -> Texts:
    """The colleague's texts with the user's changes on top."""
    return {field: mine[field] if mine.get(field, text) != base.get(field, text)
            and field not in kept_theirs else text for field, text in theirs.items()}


def resolve_texts(parent: QWidget, error: ConcurrentEdit, labels: Texts, base: Texts,
                  theirs: Texts, mine: Texts, *, reload: Callable[[], None],
                  reapply: Callable[[Texts], None]) -> ConflictDialog:
    """Open the conflict dialog over ``parent``; Annuler leaves the editor as it is."""
    dialog = ConflictDialog(error, text_differences(labels, base, theirs, mine), parent)

    def decided(_result: int) -> None:
        if dialog.choice == RELOAD:
            reload()
        elif dialog.choice == REAPPLY:
            reapply(merged(base, theirs, mine, dialog.kept_theirs()))

    dialog.finished.connect(decided)
    dialog.open()
    return dialog
