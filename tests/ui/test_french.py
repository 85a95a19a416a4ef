"""Qt's own texts in French once the application installs its translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui import french


def test_qt_standard_texts_numbers_and_menus_are_french(qapp: QApplication, qtbot: QtBot) -> None:
    assert french.install(qapp) == ["qtbase_fr", "egide_fr"]  # Qt's, then the application's
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuler"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu: QMenu = field.createStandardContextMenu()
    labels = [action.text().replace("&", "").split("\t")[0] for action in menu.actions()]
    assert "Coller" in labels and "Tout sélectionner" in labels, labels
    assert QLocale().toString(7.0, "f", 1) == "7,0"
    assert QCoreApplication.translate("QFileDialog", "Open") != "Open"
