"""Retention on the demo vault ten years ahead: every closed case erased, the statistics
unchanged, one audit entry per case naming it, a backup first, the search index emptied."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.config import Preferences
from desktop.models.audit import AuditEntry
from desktop.models.cases import Attachment, Case, CaseAuthor, CaseEvent, Consent
from desktop.models.contacts import Practitioner
from desktop.services.committee import statistics
from desktop.services.committee.statistics_raw import clear_cache
from desktop.services.demo.build import create_demo
from desktop.services.retention import apply as retention_apply
from desktop.services.retention import preview as retention_preview
from desktop.services.vault import audit_log, backups
from desktop.services.vault.database import Database

TODAY = dt.date.today()
TEN_YEARS = TODAY.replace(year=TODAY.year + 10)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    created = create_demo(tmp_path_factory.mktemp("retention") / "demo.egide", use_keyring=False,
                          passphrase="phrase de test longue")
    yield created.db
    created.db.close()


def _all_figures(db: Database) -> statistics.Statistics:
    clear_cache()
    return statistics.compute(db, statistics.Filters(dt.date(2000, 1, 1), TEN_YEARS), TODAY)


def test_preview_lists_and_explains_without_writing(demo: Database) -> None:
    before = audit_log.count_entries(demo)
    now = retention_preview.preview(demo, TODAY)
    later = retention_preview.preview(demo, TEN_YEARS)
    assert later.to_erase and not later.to_archive
    assert all("plus de 6 ans" in case.reason for case in later.to_erase)
    assert {c.case_id for c in now.to_archive} <= {c.case_id for c in later.to_erase}
    assert all("2 ans" in case.reason for case in now.to_archive)
    assert all("Praticien n°" in p.label for p in later.practitioners)
    assert audit_log.count_entries(demo) == before


def test_apply_erases_personal_data_and_keeps_every_figure(
        demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        closed = session.scalars(sa.select(Case.id).where(Case.status == "clos")).all()
        words = session.scalar(sa.select(Case.narrative).where(Case.id == closed[0]))
    figures = _all_figures(demo)
    plan = retention_preview.preview(demo, TEN_YEARS)
    preferences = Preferences(backup_folder=str(tmp_path / "sauvegardes"))

    done = retention_apply.apply(demo, preferences, TEN_YEARS)

    assert done.backup is not None and done.backup.is_file()
    assert backups.record_of(done.backup).reason == "avant conservation"
    assert _all_figures(demo) == figures
    erased = {c.case_id for c in plan.to_erase}
    assert erased == set(closed)
    with demo.reading() as session:
        cases = session.scalars(sa.select(Case).where(Case.id.in_(erased))).all()
        assert all(c.erased_at and not c.narrative and c.exact_words is None for c in cases)
        assert not session.scalar(sa.select(sa.func.count(Attachment.id))
                                  .where(Attachment.case_id.in_(erased)))
        assert not session.scalar(sa.select(sa.func.count(CaseAuthor.id)).where(
            CaseAuthor.case_id.in_(erased), CaseAuthor.description.is_not(None)))
        assert not session.scalar(sa.select(sa.func.count(CaseEvent.id)).where(
            CaseEvent.case_id.in_(erased), CaseEvent.comment.is_not(None)))
        assert not session.scalar(sa.select(sa.func.count(Consent.id)).where(
            Consent.case_id.in_(erased), Consent.attachment_id.is_not(None)))
        people = session.scalars(sa.select(Practitioner).where(
            Practitioner.id.in_([p.practitioner_id for p in plan.practitioners]))).all()
        assert people and all(p.erased_at and p.phone is None and p.rpps is None
                              and p.last_name.startswith("Praticien effacé") for p in people)
        entries = session.scalars(sa.select(AuditEntry).where(
            AuditEntry.action == "erase", AuditEntry.entity == "case")).all()
    assert len(entries) == len(erased)
    assert all(e.changes and words[:20] not in e.changes for e in entries)
    assert {e.entity_id for e in entries} == {str(i) for i in erased}
    assert audit_log.verify(demo).ok
    from desktop.services.cases import search

    with demo.reading() as session:
        assert search.ensure(session)
        indexed = session.execute(sa.text(
            f"SELECT count(*) FROM {search.TABLE} WHERE rowid = :id AND (facts != '' "
            "OR exact_words != '' OR names LIKE '%' || :name || '%')"),
            {"id": closed[0], "name": people[0].first_name or "?"}).scalar()
    assert indexed == 0
    again = retention_preview.preview(demo, TEN_YEARS)
    assert again.empty
    from desktop.services.cases.queries import count_cases, get_case
    from desktop.services.cases.records import CaseFilter

    # Restricted access: out of the everyday list, in the archives, each opening logged so.
    assert count_cases(demo, CaseFilter(archived=True)) == len(erased)
    assert count_cases(demo, CaseFilter()) == figures.total - len(erased)
    get_case(demo, closed[0])
    [view] = [r for r in audit_log.recent_entries(demo, 0, 3) if r.action == "view"]
    assert view.changes == {"archive": [None, True]}
