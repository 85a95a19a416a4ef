"""The roster as a whole: rows for the XLSX export and the annuaire PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import IO, Literal

import sqlalchemy as sa

from desktop.io.roster_xlsx import ReferentExportRow, RosterRow
from desktop.models.settings import OfficeSettings
from desktop.models.territory import Assignment, Commune, Referent, Unit
from desktop.services.roster.lookup import _COMMUNE_COLUMNS, build_cards
from desktop.services.roster.records import AnswerCard
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database

GroupBy = Literal["arrondissement", "force"]
DEFAULT_BUREAU = "Cabinet du préfet\nBureau de la sécurité intérieure"
"""The service under the bloc-marque when the office has not given its own."""


def all_cards(
    db: Database, *, arrondissement: str | None = None, on: dt.date | None = None
) -> list[AnswerCard]:
    query = sa.select(*_COMMUNE_COLUMNS).order_by(Commune.search_key, Commune.id)
    if arrondissement:
        query = query.where(Commune.arrondissement == arrondissement)
    with db.reading() as session:
        return build_cards(session, session.execute(query).all(), on or dt.date.today())


def roster_rows(cards: Sequence[AnswerCard]) -> list[RosterRow]:
    from desktop.io.arrondissements import arrondissement_label

    rows = []
    for card in cards:
        base = (card.insee_code, card.name, card.postal_codes,
                arrondissement_label(card.arrondissement) or None,
                card.force_text, card.unit_chain)
        if not card.referents:
            rows.append(RosterRow(*base, None, None, None, None, None))
        for ref in card.referents:
            rows.append(RosterRow(*base, ref.full_name, ref.role.label, ref.phone, ref.email,
                                  ref.verified_on))
    return rows


def referent_export_rows(
    db: Database, *, arrondissement: str | None = None, on: dt.date | None = None
) -> list[ReferentExportRow]:
    """Each active référent with the communes they cover on ``on`` (with ``arrondissement``,
    those covering one of its communes, with those communes only)."""
    from desktop.io.roster_xlsx import ReferentExportRow
    from desktop.services.roster.lookup import valid_on

    day = on or dt.date.today()
    covered = (
        sa.select(Assignment.referent_id, Commune.insee_code, Commune.name)
        .join(Commune, Commune.id == Assignment.commune_id)
        .where(*valid_on(day))
        .order_by(Commune.insee_code)
    )
    if arrondissement:
        covered = covered.where(Commune.arrondissement == arrondissement)
    query = (
        sa.select(Referent, Unit.name, Unit.force)
        .outerjoin(Unit, Unit.id == Referent.unit_id)
        .where(Referent.active.is_(True))
        .order_by(Referent.last_name, Referent.first_name, Referent.id)
    )
    with db.reading() as session:
        communes: dict[int, list[tuple[str, str]]] = {}
        for referent_id, code, name in session.execute(covered):
            communes.setdefault(referent_id, []).append((code, name))
        rows = []
        for referent, unit, force in session.execute(query):
            mine = communes.get(referent.id, [])
            if arrondissement and not mine:
                continue
            rows.append(ReferentExportRow(
                referent.last_name, referent.first_name, referent.role.label, referent.grade,
                force.name if force else None, unit, referent.phone, referent.mobile,
                referent.email, tuple(code for code, _ in mine),
                tuple(name for _, name in mine), referent.verified_on,
            ))
        return rows


@no_changes
def export_referents_xlsx(
    db: Database, target: Path | str | IO[bytes], *, arrondissement: str | None = None
) -> int:
    """Write the référents to an XLSX workbook, one line per référent with the columns the
    import reads by itself (export, then import: the same roster); returns the lines
    written. "À jour au" is the oldest verification date."""
    from desktop.files import write_private
    from desktop.io.roster_xlsx import referents_xlsx_bytes

    rows = referent_export_rows(db, arrondissement=arrondissement)
    dates = [row.verified_on for row in rows if row.verified_on]
    data = referents_xlsx_bytes(rows, as_of=min(dates) if dates else None)
    if isinstance(target, str | Path):
        write_private(Path(target), data)
    else:
        target.write(data)
    with db.unit_of_work() as uow:
        uow.audit("export", "referent", None, {"lines": [None, len(rows)]})
    return len(rows)


@no_changes
def annuaire_pdf(
    db: Database,
    *,
    arrondissement: str | None = None,
    group_by: GroupBy = "arrondissement",
    on: dt.date | None = None,
) -> bytes:
    """The "Annuaire des référents sûreté" PDF (the printing is logged)."""
    from desktop.documents.annuaire import Annuaire, AnnuaireGroup, AnnuaireLine, render_annuaire
    from desktop.documents.layout import Letterhead
    from desktop.io.arrondissements import arrondissement_title
    from desktop.io.collation import french_key
    from desktop.io.departments import department_name
    from desktop.io.phones import display_phone

    day = on or dt.date.today()
    cards = all_cards(db, arrondissement=arrondissement, on=day)

    def key(card: AnswerCard) -> str:
        if group_by == "force":
            return card.force_text
        return arrondissement_title(card.arrondissement)

    groups = []
    ordered = sorted(cards, key=lambda c: (french_key(key(c)), french_key(c.name)))
    for title, members in groupby(ordered, key=key):
        lines = tuple(
            AnnuaireLine(
                f"{card.name} ({', '.join(card.postal_codes) or card.insee_code})",
                card.units[0].name if card.units else "",
                tuple((f"{ref.grade + ' ' if ref.grade else ''}{ref.full_name} "
                       f"({ref.role.label.lower()})",
                       "\n".join(filter(None, (ref.phone_text, ref.mobile_text
                                                and f"port. {ref.mobile_text}"))),
                       ref.email or "")
                      for ref in card.referents),
                unit_phone=(display_phone(card.units[0].phone)
                            if card.units and card.units[0].phone else ""),
                stale=tuple(ref.stale for ref in card.referents),
            )
            for card in members
        )
        groups.append(AnnuaireGroup(title, lines))
    dates = [card.up_to_date for card in cards if card.up_to_date]
    with db.unit_of_work() as uow:
        office = uow.session.get(OfficeSettings, 1)
        letterhead = Letterhead(
            office.prefet_title if office else "PRÉFECTURE",
            (office.bureau if office and office.bureau else DEFAULT_BUREAU),
            office.logo if office else None,
            organisation=office.prefecture_name if office else None,
        )
        department = office.department_name if office else (
            department_name(cards[0].department) if cards else "")
        scope = (arrondissement_title(arrondissement) if arrondissement
                 else "Toutes les communes")
        annuaire = Annuaire(department, scope, min(dates) if dates else None, day, tuple(groups))
        uow.audit("print", "annuaire", None, {"scope": [None, scope],
                                               "communes": [None, len(cards)]})
    return render_annuaire(annuaire, letterhead)
