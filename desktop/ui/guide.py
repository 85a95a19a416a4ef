"""The user guide (``docs/guide/``, French Markdown shipped with the application), read offline
in a window of its own: Aide > Guide de l'utilisateur opens its contents, F1 the section of the
page on screen.

The guide is the same text as the repository's ``docs/guide``; its screenshots come from
``egide tour`` (``make guide``), so they show the application as it is."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QWidget,
)

# Which section explains which page (the navigation's keys; the home page is "home").
PAGE_SECTIONS = {
    "home": "02-accueil.md",
    "dashboard": "08-tableau-de-bord.md",
    "cases": "03-signalements.md",
    "referents": "04-referents.md",
    "practitioners": "05-praticiens.md",
    "protocols": "06-protocoles.md",
    "signatories": "06-protocoles.md",
    "committee": "07-comite.md",
    "audit": "09-audit.md",
    "measures": "14-mesures.md",
}
CONTENTS = "index.md"


def guide_folder() -> Path:
    """``docs/guide``: beside the package, or inside the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "docs" / "guide"


def section_for(page_key: str) -> str:
    return PAGE_SECTIONS.get(page_key, CONTENTS)


def sections(folder: Path) -> list[tuple[str, str]]:
    """(file name, title) of every section, contents first, in their numbered order."""
    found = []
    for path in sorted(folder.glob("*.md")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        found.append((path.name, first.lstrip("# ").strip() or path.stem))
    found.sort(key=lambda entry: (entry[0] != CONTENTS, entry[0]))
    return found


class GuideText(QTextBrowser):
    """The section's text; its screenshots scaled to the column's width (they are taken at
    1366 px) so that the text never scrolls sideways."""

    MAX_IMAGE_WIDTH = 640

    def loadResource(self, kind: int, name: QUrl) -> Any:
        resource = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value and resource is not None:
            image = QImage.fromData(resource) if isinstance(resource, QByteArray | bytes) \
                else QImage(resource)
            width = min(self.MAX_IMAGE_WIDTH, max(320, self.viewport().width() - 40))
            if not image.isNull() and image.width() > width:
                return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return resource


class GuideWindow(QDialog):
    """Contents on the left, the section on the right; links between sections work."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or guide_folder()
        self.setWindowTitle(self.tr("Guide de l'utilisateur d'Égide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Sommaire du guide"))
        self.contents.setMaximumWidth(280)
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = GuideText(self)
        self.text.setAccessibleName(self.tr("Section du guide"))
        self.text.setOpenExternalLinks(False)
        self.text.setSearchPaths([str(self.folder)])
        self.text.document().setDocumentMargin(12)
        for name, title in sections(self.folder):
            item = QListWidgetItem(title, self.contents)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.contents.currentItemChanged.connect(
            lambda item, _previous: item is not None and self.show_section(
                str(item.data(Qt.ItemDataRole.UserRole))))
        self.text.sourceChanged.connect(self._follow)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.text, 1)
        self.resize(980, 680)

    def show_section(self, name: str) -> None:
        path = self.folder / name
        if not path.exists():
            path = self.folder / CONTENTS
        if self.text.source().toLocalFile() != str(path):
            self.text.setSource(QUrl.fromLocalFile(str(path)))

    def _follow(self, url: QUrl) -> None:
        """A link followed in the text selects its section in the contents."""
        name = Path(url.toLocalFile()).name
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name and self.contents.currentRow() != row:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)

    def current_section(self) -> str:
        return Path(self.text.source().toLocalFile()).name
