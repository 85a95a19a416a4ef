"""Show an image kept in the vault (a photo, a scanned certificate) from memory: no plaintext
copy is written anywhere; "Enregistrer une copie…" is the caller's (``save_requested``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.geometry import preserve_geometry


class ImagePreviewDialog(QDialog):
    save_requested = Signal()

    def __init__(self, content: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("image_preview")
        self.title = title
        self.image = QImage.fromData(content)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if not self.image.isNull():
            self.picture.setPixmap(QPixmap.fromImage(self.image))
        area = QScrollArea(self)
        area.setWidget(self.picture)
        area.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        preserve_geometry(self, "image_preview")
        self.retranslate()

    @property
    def shown(self) -> bool:
        return not self.image.isNull()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aperçu : {0}").format(self.title))
        self.picture.setAccessibleName(self.tr("Image : {0}").format(self.title))
        if self.image.isNull():
            self.picture.setText(self.tr("Cette image ne peut pas être affichée."))
        self.save_button.setText(self.tr("Enregistrer une &copie…"))
        self.close_button.setText(self.tr("&Fermer"))
