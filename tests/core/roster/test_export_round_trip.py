"""Export → import into a fresh vault gives the same référents (issue 13, item 6)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.enums import ReferentRole
from desktop.services.roster import assignments, editing, imports
from desktop.services.roster.annuaire import export_referents_xlsx, referent_export_rows
from desktop.services.roster.assignments import CommuneSelection
from desktop.services.roster.editing import ReferentDraft
from desktop.services.roster.referent_import import import_referents
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database

from ..conftest import OFFICE_77, PASSPHRASE
from .conftest import COMPETENCE
from .office_sheet import write_office_xlsx


@pytest.fixture
def fresh(tmp_path: Path, etalab_77: Path, laposte_77: Path) -> Iterator[Database]:
    made = lifecycle.create(tmp_path / "autre.egide", OFFICE_77, passphrase=PASSPHRASE,
                            use_keyring=True)
    imports.import_communes(made.db, etalab_77)
    imports.import_communes(made.db, laposte_77)
    imports.import_competence(made.db, COMPETENCE)
    yield made.db
    made.db.close()


def _content(db: Database) -> list[tuple[object, ...]]:
    return sorted(
        (row.last_name, row.first_name, row.role, row.grade, row.force, row.unit, row.phone,
         row.mobile, row.email, row.commune_codes, row.verified_on)
        for row in referent_export_rows(db)
    )


def test_export_imports_back_identically(competent: Database, fresh: Database,
                                         tmp_path: Path) -> None:
    import_referents(competent, write_office_xlsx(tmp_path / "office.xlsx"))
    loner = editing.save_referent(competent, ReferentDraft(
        "Zoé", "Petit", ReferentRole.CORRESPONDANT, None, "01 99 00 12 34",
        "zoe.petit@exemple.fr", dt.date(2026, 1, 5))).id
    ids = [r.id for r in assignments.select_communes(competent, CommuneSelection(
        postal_code="77140"))]
    assignments.assign(competent, loner, ids, dt.date.today())
    exported = tmp_path / "export.xlsx"
    lines = export_referents_xlsx(competent, exported)
    assert lines == 5  # one line per référent, not per commune
    before = _content(competent)
    summary = import_referents(fresh, exported)
    assert (summary.added, summary.changed, summary.rejected) == (5, 0, 0)
    assert _content(fresh) == before
    again = import_referents(fresh, exported)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 5)
    into_source = import_referents(competent, exported)
    assert (into_source.added, into_source.changed, into_source.unchanged) == (0, 0, 5)
    assert _content(competent) == before
