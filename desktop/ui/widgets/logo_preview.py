"""The office's logo drawn small in the identity dialog: a PNG or JPEG as an image, an SVG with
QtSvg (only ever given bytes that ``office.check_logo`` accepted)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

PREVIEW = QSize(120, 64)


def logo_pixmap(data: bytes, kind: str, size: QSize = PREVIEW) -> QPixmap | None:
    """The logo scaled into ``size`` (proportions kept); None when Qt cannot draw it."""
    if kind == "SVG":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return None
        natural = renderer.defaultSize()
        if natural.isEmpty():
            natural = size
        scaled = natural.scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(scaled, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, scaled.width(), scaled.height()))
        painter.end()
        return QPixmap.fromImage(image)
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class LogoPreview(QLabel):
    """Empty when there is no logo; the drawn logo otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(PREVIEW)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kind = ""
        """"PNG", "JPEG", "SVG" of the logo shown, empty when none is."""

    def show_logo(self, data: bytes | None, kind: str = "") -> None:
        pixmap = logo_pixmap(data, kind) if data and kind else None
        self.kind = kind if pixmap is not None else ""
        if pixmap is None:
            self.clear()
        else:
            self.setPixmap(pixmap)
