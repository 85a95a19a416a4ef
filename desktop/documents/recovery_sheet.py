"""The recovery-key sheet: one page, printed once when a vault is created or re-keyed.

It says what the key is, prints it large in groups, where to keep it, what to do when it is
lost or leaked, and has a box to note by hand when and by whom it was put away.

Importing this module is cheap: ReportLab is imported by ``render_recovery_sheet`` only.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.documents.typography import escape, french_date, markup

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

TITLE = "Clé de secours du coffre Égide"

_INTRO = (
    "Les données d’Égide sont enregistrées dans un coffre chiffré. D’ordinaire, l’ordinateur "
    "l’ouvre sans rien demander : sa clé est gardée par le trousseau du système (le "
    "gestionnaire d’identification de Windows), et une phrase secrète peut la remplacer. "
    "Cette clé de secours sert le jour où le trousseau est effacé, par exemple après la "
    "réinitialisation du mot de passe Windows, ou quand le coffre passe sur un nouvel "
    "ordinateur : au démarrage d’Égide, choisissez « J’ai perdu l’accès » et saisissez-la."
)
_WARNING = (
    "Elle ouvre le coffre à elle seule, sans mot de passe : quiconque la détient avec une "
    "copie du fichier peut lire toutes les données, signalements et données de santé compris."
)
_KEEP = (
    "Dans une enveloppe scellée, signée sur la fermeture, rangée dans le coffre-fort du service.",
    "Jamais avec l’ordinateur : ni dans sa sacoche, ni sous le clavier, ni dans le tiroir "
    "d’à côté.",
    "Jamais numérisée : ne la photographiez pas, ne la scannez pas, ne l’envoyez pas par "
    "courriel, ne la recopiez dans aucun fichier.",
    "Un seul exemplaire : détruisez à la déchiqueteuse toute impression ratée ou en trop.",
)
_MENU = "Outils > Nouvelle clé de secours"
_LOST = (
    "Si cette feuille est perdue, ou si quelqu’un a pu la voir ou la copier, émettez aussitôt "
    "une nouvelle clé depuis Égide, menu {menu}. Égide sauvegarde le coffre puis le chiffre à "
    "nouveau : l’ancienne clé ne l’ouvre plus. Rangez la nouvelle feuille comme celle-ci et "
    "détruisez l’ancienne.",
    "Les sauvegardes antérieures restent chiffrées avec l’ancienne clé : rechiffrez-les ou "
    "supprimez-les (Égide le propose). Si la clé a pu être divulguée, prévenez aussi votre "
    "hiérarchie et le délégué à la protection des données.",
)


@dataclass(frozen=True)
class RecoverySheet:
    """What the recovery-key sheet prints.

    ``recovery_key`` is printed in the groups it is given in (separated by spaces, or by
    hyphens when it has no space). ``issuer_title`` and ``office_name`` make the bloc-marque;
    ``logo_png`` is the Marianne logo when the office supplies it.
    """

    recovery_key: str
    vault_id: str
    vault_path: str
    office_name: str
    created_on: datetime.date
    issuer_title: str
    logo_png: bytes | None = None


def key_groups(recovery_key: str) -> list[str]:
    """The groups of the key as given: split on spaces, or on hyphens when there is none."""
    key = recovery_key.strip()
    if re.search(r"\s", key):
        return key.split()
    return [group for group in key.split("-") if group] or [key]


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    """The one-page PDF of ``sheet``."""
    from reportlab.platypus import Paragraph

    from desktop.documents.layout import Letterhead, build_pdf, bullets, para, styles

    st = styles()
    flowables: list[Flowable] = [
        para(TITLE, st.title),
        para("Document confidentiel, à conserver sous pli scellé.", st.small),
        para("À quoi sert cette clé", st.heading),
        para(_INTRO, st.body),
        para(_WARNING, st.body),
        _key_box(sheet),
        para("Où la conserver", st.heading),
        bullets(_KEEP),
        para("En cas de perte ou de divulgation", st.heading),
        Paragraph(markup(_LOST[0]).format(menu=f"<b>{markup(_MENU)}</b>"), st.body),
        para(_LOST[1], st.body),
        _storage_box(),
    ]
    letterhead = Letterhead(sheet.issuer_title, sheet.office_name, sheet.logo_png)
    return build_pdf(
        flowables,
        title=TITLE,
        subject=f"Coffre {sheet.vault_id}",
        letterhead=letterhead,
        one_page=True,
    )


def _key_box(sheet: RecoverySheet) -> Flowable:
    """The key in a light-blue box, one cell per group, then the vault's identity."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Table

    from desktop.documents.fonts import MONO_BOLD
    from desktop.documents.layout import (
        BLUE_FRANCE,
        CONTENT_WIDTH,
        LIGHT_BLUE,
        para,
        table_style,
    )
    from desktop.documents.layout import styles as document_styles

    st = document_styles()
    key_size = 16.0
    groups = key_groups(sheet.recovery_key)
    padding = 5 * mm
    inner_width = CONTENT_WIDTH - 2 * padding
    cell_width = max(stringWidth(g, MONO_BOLD, key_size) for g in groups) + 5 * mm
    per_row = max(1, min(len(groups), int(inner_width // cell_width)))
    rows_count = -(-len(groups) // per_row)
    per_row = -(-len(groups) // rows_count)  # balance the rows
    rows = [groups[i : i + per_row] for i in range(0, len(groups), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    key_table = Table(rows, colWidths=[cell_width] * per_row, hAlign="LEFT")
    key_table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), MONO_BOLD, key_size, key_size * 1.25),
            ("ALIGN", (0, 0), (-1, -1), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    label = ParagraphStyle("EgideKeyLabel", parent=st.small, textColor=BLUE_FRANCE, spaceAfter=0)
    mono = ParagraphStyle("EgideKeyMono", parent=st.mono, fontSize=9, leading=12)
    value = ParagraphStyle("EgideKeyValue", parent=st.body, spaceAfter=0)
    details = Table(
        [
            [para("Coffre", label), Paragraph(escape(sheet.vault_id), mono)],
            [para("Emplacement", label), Paragraph(escape(sheet.vault_path), mono)],
            [para("Clé établie le", label), para(french_date(sheet.created_on), value)],
        ],
        colWidths=[32 * mm, "*"],
        hAlign="LEFT",
    )
    details.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, BLUE_FRANCE),
        )
    )
    box = Table(
        [
            [para("Clé de secours", label)],
            [key_table],
            [details],
        ],
        colWidths=["100%"],
        spaceBefore=6,
        spaceAfter=4,
    )
    box.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT_BLUE),
            ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE_FRANCE),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 4 * mm),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 4 * mm),
        )
    )
    return box


def _storage_box() -> Flowable:
    """A box to fill by hand: when and by whom the sheet was put away."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from desktop.documents.layout import GREY_MENTION, para, styles, table_style

    label = styles().small
    cells = [[para(text, label) for text in ("Rangée le", "par (nom et fonction)", "Signature")]]
    table = Table(
        cells,
        colWidths=["25%", "45%", "30%"],
        rowHeights=[14 * mm],
        spaceBefore=6,
    )
    table.setStyle(
        table_style(
            ("GRID", (0, 0), (-1, -1), 0.5, GREY_MENTION),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table
