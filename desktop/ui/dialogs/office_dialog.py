""""Modifier l'identité du service…": the office identity form, saved with ``save_office``.

Every field of the identity is shown (bureau, street, postal code, town, phone, e-mail) and
saved from the identity read, so editing one never clears another. The logo (PNG, JPEG or
SVG) is chosen with "Choisir le logo…", shown small beside its state, and saved with the rest;
a damaged or hostile SVG is refused in one French line and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.errors import ValidationError
from desktop.services.vault import office
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.logo_preview import LogoPreview
from desktop.ui.widgets.office_form import OfficeForm


class OfficeDialog(WriteDialog):
    def __init__(
        self, context: AppContext, identity: office.OfficeIdentity | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "office_dialog", parent, minimum_width=560)
        self.office_form = OfficeForm(self)
        if identity is not None:
            self.office_form.set_identity(identity)
        self.form.addRow(self.office_form)
        self.logo: bytes | None = None
        """A logo chosen in this dialog (saved with the identity); None keeps the current."""
        self.remove_logo = False
        self.logo_state = QLabel(self)
        self.logo_preview = LogoPreview(self)
        self._stored_logo: bytes | None = None
        self.logo_button = QPushButton(self)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_remove = QPushButton(self)
        self.logo_remove.clicked.connect(self._remove_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        row.addWidget(self.logo_state, 1)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_remove)
        self.logo_label = QLabel(self)
        self.form.addRow(self.logo_label, row)
        self.fields.update(self.office_form.fields)  # a refused value focuses its field
        self.fields["logo"] = self.logo_button
        self._has_logo = False
        self.retranslate()
        context.query(office.office_logo, self._logo_read)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Identité du service"))
        self.office_form.retranslate()
        self.logo_label.setText(self.tr("Logo :"))
        self.logo_button.setText(self.tr("Choisir le &logo…"))
        self.logo_remove.setText(self.tr("Retirer"))
        self._show_logo_state()

    def _logo_read(self, logo: bytes | None) -> None:
        self._has_logo = bool(logo)
        self._stored_logo = logo or None
        self._show_logo_state()

    def _show_logo_state(self) -> None:
        if self.logo is not None:
            text = self.tr("nouveau logo choisi ({0} Ko)").format(max(1, len(self.logo) // 1024))
        elif self._has_logo and not self.remove_logo:
            text = self.tr("logo enregistré")
        else:
            text = self.tr("aucun (la place reste réservée en tête des documents)")
        self.logo_state.setText(text)
        shown = self.logo if self.logo is not None else (
            None if self.remove_logo else self._stored_logo)
        kind = ""
        if shown:
            try:
                kind = office.check_logo(shown)
            except ValidationError:
                shown = None
        self.logo_preview.show_logo(shown, kind)
        self.logo_remove.setEnabled(self.logo is not None or
                                    (self._has_logo and not self.remove_logo))

    def _choose_logo(self) -> None:
        from desktop.ui.dialogs.file_dialogs import choose_open

        choose_open(self, self.tr("Choisir le logo"), self.set_logo_file,
                    filters=self.tr("Images (*.png *.jpg *.jpeg *.svg)"))

    def set_logo_file(self, path: Path) -> None:
        """Read the chosen image; a file that is not PNG, JPEG or a harmless SVG is refused
        here, in French, and the logo chosen before stays."""
        from desktop.io.oserror import os_error_clause

        try:
            data = path.read_bytes()
            office.check_logo(data)
        except OSError as error:
            self.error.setText(self.tr("Le fichier « {0} » ne peut pas être lu : {1}.").format(
                path.name, os_error_clause(error)))
            return
        except ValidationError as error:
            self.error.setText(error.message)
            return
        self.logo, self.remove_logo = data, False
        self.error.clear()
        self._show_logo_state()

    def _remove_logo(self) -> None:
        self.logo, self.remove_logo = None, True
        self._show_logo_state()

    def action(self) -> Write:
        identity = self.office_form.identity()
        logo, remove = self.logo, self.remove_logo
        return lambda db: office.save_office(db, identity, logo=logo, remove_logo=remove)
