"""A colleague saved the same row while the user was editing it: who and when, what changed,
field by field (their current version beside the user's typing), and the way out:
"Recharger" (drop the typing, show the current version) or "Réappliquer mes modifications"
(the user's changed fields onto the current version, then save). A field both changed is
pointed out and the user chooses, for each, which version to keep (or cancels).

The comparison is three-way, on what the form shows (``form_state``): as it opened, as the
colleague left the row, as the user typed it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConcurrentEdit
from desktop.ui.dialogs.form_state import Shown
from desktop.ui.geometry import preserve_geometry

RELOAD = "reload"
REAPPLY = "reapply"
MINE = "mine"
THEIRS = "theirs"


@dataclass(frozen=True)
class FieldChange:
    """One field of the form in its three states."""

    field: str
    label: str
    base: Shown
    theirs: Shown
    mine: Shown

    @property
    def by_them(self) -> bool:
        return self.theirs.value != self.base.value

    @property
    def by_me(self) -> bool:
        return self.mine.value != self.base.value

    @property
    def both(self) -> bool:
        """Changed on both sides, differently: the user must choose."""
        return self.by_them and self.by_me and self.theirs.value != self.mine.value


def differences(labels: dict[str, str], base: dict[str, Shown], theirs: dict[str, Shown],
                mine: dict[str, Shown]) -> list[FieldChange]:
    """The fields changed on either side, in the form's order."""
    changes = [FieldChange(field, labels.get(field, field), base[field], theirs[field],
                           mine[field]) for field in base if field in theirs and field in mine]
    return [change for change in changes if change.by_them or change.by_me]


def text_differences(labels: dict[str, str], base: dict[str, str], theirs: dict[str, str],
                     mine: dict[str, str]) -> list[FieldChange]:
    """``differences`` for an editor whose fields are plain texts (a page's text box rather
    than a form's widgets): each text is both the value compared and what is shown."""

    def shown(texts: dict[str, str]) -> dict[str, Shown]:
        return {field: Shown(text, text) for field, text in texts.items()}

    return differences(labels, shown(base), shown(theirs), shown(mine))


class ConflictDialog(QDialog):
    """``choice`` is ``RELOAD``, ``REAPPLY`` or None (Annuler); ``kept_theirs()`` the fields
    changed on both sides where the user keeps the colleague's version."""

    def __init__(self, error: ConcurrentEdit, changes: list[FieldChange],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.error = error
        self.changes = changes
        self.choice: str | None = None
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.table = QTableWidget(len(changes), 4, self)
        self.table.setObjectName("conflict_fields")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.choosers: dict[str, QComboBox] = {}
        self.warning = QLabel(self)
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self)
        self.reapply_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        for button, role in ((self.reload_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole),
                             (self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)):
            self.buttons.addButton(button, role)
            button.setAutoDefault(False)
        self.reload_button.clicked.connect(lambda: self._close_with(RELOAD))
        self.reapply_button.clicked.connect(lambda: self._close_with(REAPPLY))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.table.setMinimumHeight(220)
        self.resize(760, 480)  # fits 1024×700; long texts wrap in their cells
        preserve_geometry(self, "conflict_dialog")
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        conflict = QBrush(QColor("#fde7e9"))
        # A side that left the field alone says "inchangé" (greyed), and a field emptied says
        # "(vide)": a bare dash read as either.
        unchanged, empty = self.tr("inchangé"), self.tr("(vide)")
        for row, change in enumerate(self.changes):
            cells = (change.label, change.theirs.text if change.by_them else None,
                     change.mine.text if change.by_me else None)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(
                    change.label if column == 0 else unchanged if text is None else text or empty)
                if text is None:
                    item.setForeground(QBrush(QColor("#6b6b6b")))
                if change.both:
                    item.setBackground(conflict)
                self.table.setItem(row, column, item)
            if change.both:
                chooser = QComboBox(self.table)
                chooser.setObjectName(f"keep_{change.field}")
                chooser.currentIndexChanged.connect(self._update)
                self.choosers[change.field] = chooser
                self.table.setCellWidget(row, 3, chooser)
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Modifié entre-temps"))
        error = self.error
        who = error.who or self.tr("un collègue")
        when = error.when.astimezone().strftime("%H:%M") if error.when else None
        what = error.what.capitalize()
        if error.what.startswith(("cette ", "la ")):  # "Cette unité a été modifiée…"
            sentence = (self.tr("{0} a été modifiée entre-temps par {1} à {2}.").format(
                what, who, when) if when else
                self.tr("{0} a été modifiée entre-temps par {1}.").format(what, who))
        else:
            sentence = (self.tr("{0} a été modifié entre-temps par {1} à {2}.").format(
                what, who, when) if when else
                self.tr("{0} a été modifié entre-temps par {1}.").format(what, who))
        self.header.setText(sentence + " " + self.tr(
            "Votre enregistrement n'a pas été fait. Voici ce qui diffère, champ par champ :"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Champ"), self.tr("Version actuelle"),
            self.tr("Votre saisie"), self.tr("À garder")])
        for chooser in self.choosers.values():
            current = chooser.currentData()
            chooser.blockSignals(True)
            chooser.clear()
            chooser.addItem(self.tr("— choisir —"), None)
            chooser.addItem(self.tr("la vôtre"), MINE)
            chooser.addItem(self.tr("la version actuelle"), THEIRS)
            chooser.setCurrentIndex(max(chooser.findData(current), 0))
            chooser.blockSignals(False)
        self.reload_button.setText(self.tr("&Recharger"))
        self.reload_button.setToolTip(self.tr(
            "Abandonner votre saisie et afficher la version actuelle"))
        self.reapply_button.setText(self.tr("Ré&appliquer mes modifications"))
        self.reapply_button.setToolTip(self.tr(
            "Reporter les champs que vous avez modifiés sur la version actuelle, puis "
            "enregistrer"))
        self.cancel_button.setText(self.tr("Annuler"))
        self._update()

    def _update(self) -> None:
        missing = [field for field, chooser in self.choosers.items()
                   if chooser.currentData() is None]
        if self.choosers:
            labels = ", ".join(c.label for c in self.changes if c.field in self.choosers)
            self.warning.setText(self.tr(
                "Le même champ a été modifié des deux côtés ({0}) : choisissez pour chacun la "
                "version à garder, ou annulez.").format(labels))
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.choosers))
        self.reapply_button.setEnabled(not missing and any(c.by_me for c in self.changes))

    def kept_theirs(self) -> set[str]:
        return {field for field, chooser in self.choosers.items()
                if chooser.currentData() == THEIRS}

    def _close_with(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def cell_text(dialog: ConflictDialog, row: int, column: int) -> str:
    """What a cell shows (tests and the tour read the table this way)."""
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


__all__ = ["REAPPLY", "RELOAD", "ConflictDialog", "FieldChange", "cell_text", "differences",
           "text_differences"]
