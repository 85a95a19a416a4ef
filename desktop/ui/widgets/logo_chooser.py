"""The office's logo row, in the creation assistant and the identity dialog: the logo drawn
small, its state ("logo enregistré", "nouveau logo choisi (3 Ko)"), "Choisir le logo…" and
"Retirer". A file that is not a PNG, a JPEG or a harmless SVG is refused in one French line
(``refused``) and the logo chosen before stays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.errors import ValidationError
from desktop.services.vault import office
from desktop.ui.widgets.logo_preview import LogoPreview


class LogoChooser(QWidget):
    refused = Signal(str)
    """A chosen file was refused: the French sentence to show."""
    chosen = Signal()
    """A logo was chosen or removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo: bytes | None = None
        """A logo chosen here (to save); None keeps the stored one."""
        self.remove_logo = False
        self.stored: bytes | None = None
        self.preview = LogoPreview(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self._choose)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.state, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choisir le &logo…"))
        self.remove_button.setText(self.tr("Retirer"))
        self._show_state()

    def set_stored(self, logo: bytes | None) -> None:
        self.stored = logo or None
        self._show_state()

    def _show_state(self) -> None:
        if self.logo is not None:
            text = self.tr("nouveau logo choisi ({0} Ko)").format(max(1, len(self.logo) // 1024))
        elif self.stored and not self.remove_logo:
            text = self.tr("logo enregistré")
        else:
            text = self.tr("aucun (la place reste réservée en tête des documents)")
        self.state.setText(text)
        shown = self.logo if self.logo is not None else (
            None if self.remove_logo else self.stored)
        self.remove_button.setEnabled(shown is not None)
        kind = ""
        if shown:
            try:
                kind = office.check_logo(shown)
            except ValidationError:
                shown = None
        self.preview.show_logo(shown, kind)

    def _choose(self) -> None:
        from desktop.ui.dialogs.file_dialogs import choose_open

        choose_open(self, self.tr("Choisir le logo"), self.set_logo_file,
                    filters=self.tr("Images (*.png *.jpg *.jpeg *.svg)"))

    def set_logo_file(self, path: Path) -> None:
        """Read the chosen image and check it here, before anything is saved."""
        from desktop.io.oserror import os_error_clause

        try:
            data = path.read_bytes()
            office.check_logo(data)
        except OSError as error:
            self.refused.emit(self.tr("Le fichier « {0} » ne peut pas être lu : {1}.").format(
                path.name, os_error_clause(error)))
            return
        except ValidationError as error:
            self.refused.emit(error.message)
            return
        self.logo, self.remove_logo = data, False
        self._show_state()
        self.chosen.emit()

    def _remove(self) -> None:
        self.logo, self.remove_logo = None, True
        self._show_state()
        self.chosen.emit()
