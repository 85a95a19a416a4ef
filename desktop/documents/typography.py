"""French typography for printed documents, and escaping for ReportLab paragraph markup.

Rules (Lexique des règles typographiques en usage à l'Imprimerie nationale):
- a narrow no-break space (U+202F) inside « » and before ; ! ?
- a no-break space (U+00A0) before :
- dates in full: "22 juin 2018", "1er juin 2018".

Pure Python: importing this module costs nothing (no ReportLab).
"""

from __future__ import annotations

import datetime
import re

NBSP = "\u00a0"
"""No-break space: before a colon."""
NNBSP = "\u202f"
"""Narrow no-break space: inside « », before ; ! ?"""

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Horizontal spaces we normalise around punctuation (never a line break).
_SPACES = f" \t{NBSP}{NNBSP}\u2009"
# Markup (tags, entities) is copied as is, so french_text() also works on ReportLab markup.
_MARKUP = re.compile(r"(<[^<>]*>|&#?\w+;)")
_OPEN_QUOTE = re.compile(f"«[{_SPACES}]*")
_CLOSE_QUOTE = re.compile(f"[{_SPACES}]*»")
# Punctuation that already has a space before it: make that space the right no-break one.
_SPACED_PUNCT = re.compile(f"[{_SPACES}]+([;:!?])")
# Punctuation glued to a word and followed by a space or the end ("Attention: x", "Oui!"):
# add the space. "10:45", "https://x" and "?a=1" are not followed by a space, so stay as they are.
_GLUED_PUNCT = re.compile(r"(?<=[^\W\d_]|[»)\]])([;:!?])(?=\s|$)")
_PUNCT = re.compile("[;:!?]")
_SIGNS = re.compile("[«»;:!?]")


def _space_for(punct: str) -> str:
    return NBSP if punct == ":" else NNBSP


def _french_segment(text: str) -> str:
    # Each rule runs only when its sign is there: a line of a long text rarely holds all.
    if "«" in text:
        text = _OPEN_QUOTE.sub("«" + NNBSP, text)
    if "»" in text:
        text = _CLOSE_QUOTE.sub(NNBSP + "»", text)
    if _PUNCT.search(text):
        text = _SPACED_PUNCT.sub(_spaced, text)
        text = _GLUED_PUNCT.sub(_spaced, text)
    return text


def _spaced(match: re.Match[str]) -> str:
    return _space_for(match.group(1)) + match.group(1)


def french_text(text: str) -> str:
    """Put the French no-break spaces in ``text``; idempotent.

    « x » gets narrow no-break spaces inside the quotes; ; ! ? get a narrow no-break space
    before them and : a no-break space (an ordinary space there is replaced, a missing one is
    added when the sign ends a word). Times ("10:45"), URLs ("https://x") and markup tags are
    left untouched.
    """
    if not _SIGNS.search(text):
        return text  # nothing to space (most lines of a long text)
    if "<" not in text and "&" not in text:
        return _french_segment(text)  # no markup to step over
    parts = _MARKUP.split(text)
    # Odd indexes are the markup captured by the split.
    return "".join(part if i % 2 else _french_segment(part) for i, part in enumerate(parts))


def escape(text: str) -> str:
    """Escape ``& < >`` so that ``text`` shows literally inside a ReportLab ``Paragraph``."""
    # Not xml.sax.saxutils.escape: importing it pulls in urllib and http (50 ms).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """Plain French text → ReportLab paragraph markup.

    French spaces added, markup characters escaped, line breaks kept as ``<br/>``. ReportLab
    treats U+202F as an ordinary breakable space, so it becomes U+00A0 here: slightly wider,
    but the line never breaks between « and the word.
    """
    text = escape(french_text(text)).replace(NNBSP, NBSP)
    return "<br/>".join(text.splitlines())


def french_date(day: datetime.date, *, weekday: bool = False) -> str:
    """``date(2018, 6, 22)`` → "22 juin 2018"; the first of the month is "1er juin 2018".

    With ``weekday=True``: "vendredi 22 juin 2018". Plain spaces, so the text can be compared
    and reused anywhere.
    """
    number = "1er" if day.day == 1 else str(day.day)
    text = f"{number} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def french_time(moment: datetime.time | datetime.datetime) -> str:
    """``10:45`` → "10 h 45", ``10:00`` → "10 h"."""
    return f"{moment.hour} h {moment.minute:02d}" if moment.minute else f"{moment.hour} h"


def french_datetime(moment: datetime.datetime, *, weekday: bool = False) -> str:
    """``datetime(2018, 6, 22, 10, 45)`` → "22 juin 2018 à 10 h 45" (the time as given)."""
    return f"{french_date(moment.date(), weekday=weekday)} à {french_time(moment)}"
