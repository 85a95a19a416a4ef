"""The demonstration vault holds what the issue promises, and is marked as fictitious."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from desktop.models.cases import Complaint, Consent
from desktop.models.enums import ComplaintModality, ConsentChannel
from desktop.models.protocol import ProtocolVersion
from desktop.models.territory import Commune
from desktop.services.cases.complaint import THIRD_PARTY
from desktop.services.demo.build import create_demo
from desktop.services.vault import lifecycle


def test_demo_vault_contents(tmp_path: Path) -> None:
    created = create_demo(tmp_path / "demo.egide")
    db = created.db
    assert lifecycle.status(db).demo
    with db.reading() as session:
        assert session.scalar(sa.select(sa.func.count(Commune.id))) == 507
        coulommiers = session.scalars(sa.select(Commune).where(Commune.insee_code == "77131"))
        assert "77120" in {p.code for p in coulommiers.one().postal_codes}
        versions = session.scalars(sa.select(ProtocolVersion).order_by(ProtocolVersion.number))
        signed = [(v.kind.value, v.signed_on.isoformat() if v.signed_on else None)
                  for v in versions]
        # Consent forms and article 6: what the services require, the demo holds.
        forms = session.execute(sa.select(Consent.channel, Consent.attachment_id)).all()
        assert sum(channel is ConsentChannel.SIGNED_FORM for channel, _ in forms) >= 20
        assert all(kept for channel, kept in forms if channel is ConsentChannel.SIGNED_FORM)
        complaints = session.scalars(sa.select(Complaint)).all()
        third = [c for c in complaints if c.kind in THIRD_PARTY]
        assert third and all(c.victim_consent_on and c.victim_consent_attachment_id
                             for c in third)
        assert {c.modality for c in complaints} >= {ComplaintModality.APPOINTMENT,
                                                   ComplaintModality.AT_PRACTICE}
        assert any(c.informed_on for c in complaints)
    assert signed == [("original", "2018-06-22"), ("update", "2023-11-07")]
    _every_national_axis_has_values(db)
    db.close()


def _every_national_axis_has_values(db: object) -> None:
    """This year and the year before: on every axis at least two rows other than "Non
    renseigné" hold cases, and no case lacks its sex or source."""
    import datetime as dt

    from desktop.services.committee.axes import NOT_GIVEN, national_axes

    axes = national_axes(db, dt.date.today().year, every=True)  # type: ignore[arg-type]
    for axis in axes.axes:
        for year in ("current", "previous"):
            filled = [r for r in axis.rows if r.label != NOT_GIVEN and getattr(r, year)]
            assert len(filled) >= 2, (axis.key, year)
    for key in ("sex", "source"):
        assert NOT_GIVEN not in {r.label for r in axes.get(key).rows}, key


def test_global_search_finds_each_domain_in_the_demo(tmp_path: Path) -> None:
    from desktop.services.search import global_search

    db = create_demo(tmp_path / "demo.egide").db
    communes = global_search.communes(db, "coulommiers")
    assert communes and communes[0].label.startswith("Coulommiers (77131)")
    reference = global_search.cases(db, "menaces")[0].label.split(" — ")[0]
    assert global_search.cases(db, reference)[0].label == reference
    assert global_search.practitioners(db, "melun") or global_search.practitioners(db, "meaux")
    people = global_search.people(db, "procureure meaux")
    assert people and "Meaux" in people[0].label
    db.close()
