"""The State palette, applied once: bleu France accents, dark text, light grey backgrounds.

Sober on purpose: one accent colour, no gradients; red only for what must alarm
("Données fictives", errors).

Accessibility (RGAA): every text colour on its background reaches a contrast of 4.5:1
(``CONTRASTED_PAIRS``, checked by a test); font sizes are relative to the system's font, so a
user who enlarges it gets larger titles too; when the system asks for high contrast, Égide
keeps the system's colours and applies none of its own.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path

BLUE_FRANCE = "#000091"
BLUE_HOVER = "#1212FF"
BLUE_LIGHT = "#E3E3FD"
TEXT = "#161616"
TEXT_MUTED = "#666666"
TEXT_DISABLED = "#929292"
GREY_BACKGROUND = "#F6F6F6"
GREY_BORDER = "#DDDDDD"
RED_MARIANNE = "#CE0500"

# (text, background) pairs the style shows; disabled text is exempt (WCAG 1.4.3).
CONTRASTED_PAIRS = (
    (TEXT, GREY_BACKGROUND), (TEXT, "#FFFFFF"), (TEXT_MUTED, GREY_BACKGROUND),
    (TEXT_MUTED, "#FFFFFF"), (RED_MARIANNE, GREY_BACKGROUND), (RED_MARIANNE, "#FFFFFF"),
    (BLUE_FRANCE, "#FFFFFF"), (BLUE_FRANCE, BLUE_LIGHT), (TEXT, BLUE_LIGHT),
    ("#FFFFFF", BLUE_FRANCE), ("#FFFFFF", BLUE_HOVER),
)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two "#RRGGBB" colours (1 to 21)."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def stylesheet(base: float = 9.0) -> str:
    """The style sheet, its font sizes relative to ``base`` (the system font's points)."""
    sizes = {"@navigation@": 1.2, "@title@": 1.75, "@subtitle@": 1.2, "@recovery@": 1.65}
    text = STYLESHEET_TEMPLATE
    for token, scale in sizes.items():
        text = text.replace(token, f"{base * scale:.1f}pt")
    # The spin boxes' arrows: a bordered QSpinBox loses the native ones, so draw ours.
    for name in ("spin-up", "spin-down"):
        text = text.replace(f"@{name}@", resource_path("icons", f"{name}.svg").as_posix())
    return text


STYLESHEET_TEMPLATE = f"""
QMainWindow, QDialog, QWizard {{ background: {GREY_BACKGROUND}; }}
QListWidget#navigation {{
    background: #FFFFFF; border: none; border-right: 1px solid {GREY_BORDER};
    padding-top: 8px; font-size: @navigation@; outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 14px; color: {TEXT}; border-left: 3px solid transparent;
}}
QListWidget#navigation::item:hover {{ background: {GREY_BACKGROUND}; }}
QListWidget#navigation::item:selected {{
    background: {BLUE_LIGHT}; color: {BLUE_FRANCE}; border-left: 3px solid {BLUE_FRANCE};
}}
QLabel[role="title"] {{ font-size: @title@; font-weight: bold; color: {TEXT}; }}
QLabel[role="subtitle"] {{ font-size: @subtitle@; font-weight: bold; color: {BLUE_FRANCE}; }}
QLabel[role="muted"] {{ color: {TEXT_MUTED}; }}
QLabel[role="error"] {{ color: {RED_MARIANNE}; }}
QLabel[role="demo"] {{ color: {RED_MARIANNE}; font-weight: bold; }}
QLabel[role="recovery-key"] {{
    font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: @recovery@;
    background: #FFFFFF; border: 1px solid {BLUE_FRANCE}; padding: 12px; color: {TEXT};
}}
QFrame[role="card"] {{ background: #FFFFFF; border: 1px solid {GREY_BORDER}; }}
QPushButton {{
    padding: 5px 14px; border: 1px solid {BLUE_FRANCE}; color: {BLUE_FRANCE};
    background: #FFFFFF; min-height: 20px;
}}
QPushButton:hover {{ background: {BLUE_LIGHT}; }}
QPushButton[role="compact"] {{ padding: 3px 6px; }}
QPushButton:disabled {{ color: {TEXT_DISABLED}; border-color: #CECECE; background: #F0F0F0; }}
QPushButton[role="primary"], QPushButton:default {{ background: {BLUE_FRANCE}; color: #FFFFFF; }}
QPushButton[role="primary"]:hover, QPushButton:default:hover {{ background: {BLUE_HOVER}; }}
QPushButton[role="primary"]:disabled, QPushButton:default:disabled {{
    background: #E5E5E5; color: #929292; border-color: #E5E5E5;
}}
QLineEdit, QSpinBox, QPlainTextEdit {{
    background: #FFFFFF; border: 1px solid {GREY_BORDER}; border-bottom: 2px solid {TEXT};
    padding: 4px; color: {TEXT};
}}
QLineEdit:focus, QSpinBox:focus {{ border-bottom: 2px solid {BLUE_FRANCE}; }}

QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: padding; width: 18px; background: #FFFFFF;
    border-left: 1px solid {GREY_BORDER};
}}
QSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {BLUE_LIGHT}; }}
QSpinBox::up-arrow {{ image: url(@spin-up@); width: 8px; height: 5px; }}
QSpinBox::down-arrow {{ image: url(@spin-down@); width: 8px; height: 5px; }}
QTableView {{
    background: #FFFFFF; gridline-color: {GREY_BORDER};
    selection-background-color: {BLUE_LIGHT}; selection-color: {TEXT};
}}
QHeaderView::section {{
    background: {GREY_BACKGROUND}; color: {TEXT}; border: none;
    border-bottom: 2px solid {BLUE_FRANCE}; padding: 5px; font-weight: bold;
}}
QStatusBar {{ background: #FFFFFF; border-top: 1px solid {GREY_BORDER}; color: {TEXT}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QToolBar {{
    background: #FFFFFF; border: none; border-bottom: 1px solid {GREY_BORDER};
    spacing: 8px; padding: 4px;
}}
"""


def high_contrast(app: QApplication) -> bool:
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()  # kept: the accessibility hints belong to it
    return bool(hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def apply(app: QApplication) -> None:
    """The palette and style sheet, unless the system asks for high contrast; applied again
    when that preference changes while Égide runs."""
    if not getattr(app, "_egide_style_watched", False):
        app._egide_style_watched = True  # type: ignore[attr-defined]
        hints = QGuiApplication.styleHints()
        hints.accessibility().contrastPreferenceChanged.connect(lambda _preference: apply(app))
    if high_contrast(app):
        app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())
        return
    palette = app.palette()
    colours = {
        QPalette.ColorRole.Window: GREY_BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#FFFFFF",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: BLUE_FRANCE,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: BLUE_FRANCE,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in colours.items():
            palette.setColor(group, role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(TEXT_DISABLED))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(app.font().pointSizeF() or 9.0))
