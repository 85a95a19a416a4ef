"""The DejaVu fonts every document embeds, registered with ReportLab once per process.

DejaVu Sans covers French (and the narrow no-break space, « », €, ☎) and is free to ship
(resources/fonts/LICENSE-DejaVu.txt). DejaVu Sans Mono prints keys and identifiers, where
every character must be read without doubt.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"

ALL_FONTS = (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC, MONO, MONO_BOLD)

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu fonts and families with ReportLab; later calls do nothing.

    Loading the six files takes about 0.1 s, paid by the first document of the process.
    ``<b>``, ``<i>`` in paragraph markup then pick the matching DejaVu face.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name in ALL_FONTS:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        # The mono family has no italic: italic mono text falls back to the upright faces.
        for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
            addMapping(MONO, bold, italic, MONO_BOLD if bold else MONO)
        _registered = True
