"""The national observatories' axes: a case counts on every axis it has (one row of each
single-valued axis, every applying row of the others), the year beside the year before; the
yearly report's PDF and the per-case CSV read back; the CLI on a real vault."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pypdf
import pytest
import sqlalchemy as sa

from desktop.cli import run_command
from desktop.models.cases import Case, CaseAuthor, CaseType, CaseVictim, Complaint, SeverityLevel
from desktop.models.contacts import AlertDevice, Practitioner, Preregistration
from desktop.models.enums import (
    AdviceKind,
    AlertDeviceKind,
    AuthorKind,
    CaseSource,
    CaseStatus,
    Civility,
    ComplaintKind,
    Force,
    ForceZone,
    IncidentType,
    Motive,
    Place,
    Profession,
    SeverityFamily,
    VictimSex,
    VideoSiteKind,
    VideoSiteStatus,
)
from desktop.models.measures import AdviceRequest, AlertEvent, AlertLoan, VideoSite
from desktop.models.territory import Commune
from desktop.services.cases.defaults import seed_defaults
from desktop.services.committee.axes import national_axes
from desktop.services.committee.axes_export import case_rows_in, export_axes_csv
from desktop.services.committee.yearly_report import yearly_report_pdf
from desktop.services.vault import audit_log, lifecycle
from desktop.services.vault.database import Database
from tests.core.conftest import PASSPHRASE

UTC = dt.UTC
SECRET_WORDS = "Je vais vous retrouver, docteur Zébulon"


def at(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d, 10, tzinfo=UTC)


def build(db: Database) -> dict[str, int]:
    """2026: a case with every axis filled (and every measure), seven sparse cases, two
    main courantes; 2025: three cases. Returns the full case's and a sparse case's ids."""
    with db.unit_of_work() as uow:
        s = uow.session
        seed_defaults(s)
        level = {(lv.family, lv.level): lv.id for lv in s.scalars(sa.select(SeverityLevel))}
        melun = Commune(insee_code="77288", name="Melun", search_key="melun", department="77",
                        arrondissement="772", force_zone=ForceZone.PN, population=40_000)
        provins = Commune(insee_code="77379", name="Provins", search_key="provins",
                          department="77", arrondissement="774", force_zone=ForceZone.GN)
        s.add_all([melun, provins])
        anne = Practitioner(first_name="Anne", last_name="Zébulon", civility=Civility.MME,
                            profession=Profession.MEDECIN_GENERALISTE, commune=melun)
        paul = Practitioner(first_name="Paul", last_name="Fougère", civility=Civility.M,
                            profession=Profession.INFIRMIER, commune=provins)
        s.add_all([anne, paul])
        s.flush()
        seq = iter(range(1, 100))

        def case(when: dt.datetime, commune: Commune, victim: Practitioner,
                 **fields: object) -> Case:
            n = next(seq)
            made = Case(reference=f"{when.year}-{n:04d}", year=when.year, seq=n,
                        occurred_at=when, commune_id=commune.id,
                        force_zone=commune.force_zone, status=CaseStatus.RECU,
                        narrative="Le Dr Zébulon raconte", **fields)
            s.add(made)
            s.flush()
            s.add(CaseVictim(case_id=made.id, practitioner_id=victim.id))
            return made

        full = case(at(2026, 3, 10), melun, anne, motive=Motive.WAITING_TIME,
                    source=CaseSource.CDOM, victim_sex=VictimSex.FEMME, itt_days=10,
                    weapon=True, weapon_text="couteau", place=Place.PRACTICE,
                    exact_words=SECRET_WORDS,
                    severity_persons_id=level[(SeverityFamily.PERSONS, 4)],
                    severity_property_id=level[(SeverityFamily.PROPERTY, 1)])
        s.add_all([CaseType(case_id=full.id, incident_type=IncidentType.PHYSICAL),
                   CaseType(case_id=full.id, incident_type=IncidentType.VANDALISM),
                   CaseAuthor(case_id=full.id, kind=AuthorKind.PATIENT),
                   CaseAuthor(case_id=full.id, kind=AuthorKind.COMPANION),
                   Complaint(case_id=full.id, kind=ComplaintKind.PLAINTE_BY_ORDRE,
                             filed_on=dt.date(2026, 3, 11)),
                   Complaint(case_id=full.id, kind=ComplaintKind.MAIN_COURANTE,
                             filed_on=dt.date(2026, 3, 10))])
        sparse = [case(at(2026, 4, d), provins, paul) for d in range(1, 8)]
        for one in sparse[:2]:
            s.add(Complaint(case_id=one.id, kind=ComplaintKind.MAIN_COURANTE))
        for d in (5, 6, 7):
            case(at(2025, 6, d), provins, paul, motive=Motive.WAITING_TIME,
                 victim_sex=VictimSex.HOMME, source=CaseSource.DIRECT)
        # Anne's measures after the 2026 facts; Paul's advice was before his.
        s.add_all([
            AdviceRequest(kind=AdviceKind.DIAGNOSTIC, practitioner_id=anne.id,
                          commune_id=melun.id, requested_on=dt.date(2026, 3, 12),
                          done_on=dt.date(2026, 4, 1)),
            AdviceRequest(kind=AdviceKind.CONSULTATION, practitioner_id=paul.id,
                          commune_id=provins.id, requested_on=dt.date(2026, 1, 2)),
            Preregistration(practitioner_id=anne.id, force=Force.PN, phone="+33612345678",
                            consent_on=dt.date(2026, 3, 15)),
        ])
        device = AlertDevice(kind=AlertDeviceKind.PUSH_BUTTON, identifier="B-1",
                             holder_id=anne.id, issued_on=dt.date(2026, 3, 20))
        s.add(device)
        s.flush()
        s.add_all([
            AlertLoan(device_id=device.id, practitioner_id=anne.id,
                      issued_on=dt.date(2026, 3, 20)),
            AlertEvent(raised_at=at(2026, 5, 1), device_id=device.id, practitioner_id=anne.id,
                       relayed_by_regulation=True, response_minutes=7),
            VideoSite(name="Cabinet des Lilas", kind=VideoSiteKind.PRACTICE,
                      commune_id=melun.id, status=VideoSiteStatus.INSTALLE,
                      status_on=dt.date(2026, 6, 1), fipd_amount=4000,
                      practitioners=[anne]),
        ])
        return {"full": full.id, "sparse": sparse[0].id}


def rows(axes: object, key: str) -> dict[str, tuple[int, int]]:
    return {r.label: (r.current, r.previous) for r in axes.get(key).rows}  # type: ignore[attr-defined]


def test_a_case_counts_on_every_axis_it_has(created: lifecycle.Created) -> None:
    build(created.db)
    axes = national_axes(created.db, 2026, every=True)
    assert (axes.year, axes.total, axes.previous_total) == (2026, 8, 3)
    assert rows(axes, "motive")["Temps d'attente"] == (1, 3)
    assert rows(axes, "motive")["Non renseigné"] == (7, 0)
    persons = rows(axes, "severity_persons")
    assert [v for k, v in persons.items() if k.startswith("Niveau 4")] == [(1, 0)]
    assert persons["Non renseigné"] == (7, 3)
    goods = rows(axes, "severity_property")
    assert [v for k, v in goods.items() if k.startswith("Niveau 1")] == [(1, 0)]
    itt = rows(axes, "itt")
    assert itt["ITT de plus de 8 jours"] == (1, 0) and itt["Non renseigné"] == (7, 3)
    assert rows(axes, "weapon") == {"Avec arme": (1, 0), "Sans arme": (7, 3)}
    # a plainte and a main courante on one case: counted once, as a plainte
    assert rows(axes, "follow_up") == {"Plainte": (1, 0), "Main courante": (2, 0),
                                       "Ni plainte ni main courante": (5, 3)}
    assert rows(axes, "sex") == {"Femme": (1, 0), "Homme": (0, 3), "Non renseigné": (7, 0)}
    source = rows(axes, "source")
    assert source["Conseil de l'Ordre (CDOM)"] == (1, 0)
    assert source["Appel direct du praticien"] == (0, 3)
    measure = rows(axes, "measure")
    # Paul's advice (January 2026) came after his 2025 cases, before his 2026 ones
    assert list(measure.values()) == [(1, 3)] + [(1, 0)] * 4 + [(7, 0)]
    assert axes.get("measure").several
    types = rows(axes, "type")
    assert types["Agression physique"] == (1, 0) and types["Vandalisme"] == (1, 0)
    assert rows(axes, "author")["Accompagnant"] == (1, 0)
    for key in ("motive", "itt", "weapon", "follow_up", "sex", "source", "place"):
        axis = axes.get(key)
        assert sum(r.current for r in axis.rows) == 8, key  # single-valued: adds up
        assert sum(r.previous for r in axis.rows) == 3, key


def test_the_dashboard_axes_are_kept_until_the_data_change(
        created: lifecycle.Created) -> None:
    from desktop.services.cases.intake import create_case
    from desktop.services.cases.records import CaseInput

    build(created.db)
    first = national_axes(created.db, 2026)
    assert {a.key for a in first.axes} >= {"motive", "measure", "sex", "source"}
    assert "type" not in {a.key for a in first.axes}  # the dashboard has its own chart
    assert national_axes(created.db, 2026) is first  # kept: nothing changed
    with created.db.reading() as session:
        paul = session.scalar(sa.select(Practitioner.id).where(Practitioner.first_name == "Paul"))
        provins = session.scalar(sa.select(Commune.id).where(Commune.insee_code == "77379"))
    create_case(created.db, CaseInput(occurred_at=dt.datetime(2026, 8, 1, 9),
                                      commune_id=provins, victim_ids=(paul,),
                                      types=(IncidentType.VERBAL,), narrative="Menaces"))
    again = national_axes(created.db, 2026)
    assert again.total == first.total + 1
    assert rows(again, "sex")["Homme"] == (1, 3)  # from Paul's civility


def test_the_dashboard_filters_apply(created: lifecycle.Created) -> None:
    build(created.db)
    police = national_axes(created.db, 2026, force=ForceZone.PN)
    assert (police.total, police.previous_total) == (1, 0)
    provins = national_axes(created.db, 2026, arrondissement="774")
    assert (provins.total, provins.previous_total) == (7, 3)


def test_the_victims_sex_comes_from_the_civility_at_intake(created: lifecycle.Created) -> None:
    from desktop.services.cases.intake import create_case
    from desktop.services.cases.queries import get_case
    from desktop.services.cases.records import CaseInput

    build(created.db)
    with created.db.reading() as session:
        anne = session.scalar(sa.select(Practitioner.id).where(Practitioner.first_name == "Anne"))
        melun = session.scalar(sa.select(Commune.id).where(Commune.insee_code == "77288"))
    made = create_case(created.db, CaseInput(occurred_at=dt.datetime(2026, 5, 2, 9),
                                             commune_id=melun, victim_ids=(anne,),
                                             types=(IncidentType.VERBAL,),
                                             narrative="Menaces à l'accueil"))
    assert get_case(created.db, made.id).victim_sex == VictimSex.FEMME
    chosen = create_case(created.db, CaseInput(
        occurred_at=dt.datetime(2026, 5, 3, 9), commune_id=melun, victim_ids=(anne,),
        types=(IncidentType.VERBAL,), victim_sex=VictimSex.HOMME, narrative="Insultes"))
    assert get_case(created.db, chosen.id).victim_sex == VictimSex.HOMME


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf)
    try:
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    except FileNotFoundError:  # pragma: no cover - poppler absent
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_the_yearly_report_reads_back(created: lifecycle.Created, tmp_path: Path) -> None:
    build(created.db)
    pdf = yearly_report_pdf(created.db, 2026)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 4
    text = pdf_text(pdf, tmp_path)
    for heading in ("Rapport annuel 2026", "Protocole santé-sécurité-justice de Seine-et-Marne",
                    "Motif", "Gravité : atteintes aux personnes", "Incapacité totale de travail",
                    "Usage ou menace d'une arme", "Suites judiciaires : plainte ou main courante",
                    "Sexe de la victime", "Source du signalement",
                    "Mesures du protocole mobilisées pour les victimes", "Mesures du protocole",
                    "Conseils de sûreté (article 4)", "Dispositifs d'alerte et alertes",
                    "Vidéoprotection", "PRÉFET", "Page 1 /"):
        assert heading in text, heading
    # the sex table: 2026 beside 2025; 1 of 8 masked, and the 7 too ("s."), else the
    # published total would give the 1 back
    assert re.search(r"Sexe de la victime\s+2026\s+2025", text)
    assert re.search(r"\nFemme\s+<\s?5\s+0\n", text)
    assert re.search(r"\nHomme\s+0\s+<\s?5\n", text)
    assert re.search(r"\nNon renseigné\s+s\.\s+0\n", text)
    assert "Zébulon" not in text and "Anne" not in text and "couteau" not in text
    entries = [row for row in audit_log.recent_entries(created.db, 0, 5)
               if row.action == "print" and row.entity == "report"]
    assert [row.entity_id for row in entries] == ["2026"]


def test_the_axes_csv_reads_back_and_names_nobody(created: lifecycle.Created) -> None:
    ids = build(created.db)
    data = export_axes_csv(created.db, 2026)
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(table) == 8
    with created.db.reading() as session:
        reference = session.get(Case, ids["full"]).reference  # type: ignore[union-attr]
    full = next(r for r in table if r["numero_signalement"] == reference)
    assert full["annee"] == "2026" and full["mois"] == "03"
    assert full["sexe_victime"] == "Femme" and full["itt_jours"] == "10"
    assert full["arme"] == "oui" and full["suites"] == "Plainte"
    assert full["gravite_personnes"] == "4" and full["gravite_biens"] == "1"
    assert full["types"] == "Agression physique ; Vandalisme"
    assert full["auteurs"] == "Patient ; Accompagnant"
    assert full["source"] == "Conseil de l'Ordre (CDOM)"
    assert [full[c] for c in ("mesure_conseil", "mesure_dispositif_alerte",
                              "mesure_preenregistrement", "mesure_plainte_facilitee",
                              "mesure_videoprotection")] == ["oui"] * 5
    # fewer than 5 victims of the profession in the year: its group only
    assert full["profession"] == "Médecin"
    text = data.decode("utf-8-sig")
    for secret in ("Zébulon", "Anne", "Melun", "Provins", "77288", "couteau", "raconte",
                   "10/03"):
        assert secret not in text, secret
    sparse = [r for r in table if r["numero_signalement"] != reference]
    assert {r["suites"] for r in sparse} == {"Main courante", "Ni plainte ni main courante"}
    assert {r["sexe_victime"] for r in sparse} == {""}
    with created.db.reading() as session:
        assert len(case_rows_in(session, 2025)) == 3


def test_cli_prints_the_report_and_exports_the_csv(created: lifecycle.Created,
                                                    vault_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    build(created.db)
    created.db.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    unlock = ["--vault", str(vault_path), "--passphrase-file", str(secret)]
    report = tmp_path / "rapport.pdf"
    assert run_command(["print", "rapport", "--year", "2026", "--to", str(report),
                        *unlock]) == 0
    assert report.read_bytes().startswith(b"%PDF")
    assert "Rapport annuel 2026" in pdf_text(report.read_bytes(), tmp_path)
    axes = tmp_path / "axes.csv"
    assert run_command(["export", "axes", "--year", "2025", "--to", str(axes), *unlock]) == 0
    assert "3 signalement(s) de 2025" in capsys.readouterr().out
    lines = axes.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("numero_signalement;annee;mois;")
    assert len(lines) == 4
    assert run_command(["print", "rapport", "--year", "1999", "--to", str(report),
                        *unlock]) == 1
    assert "L'année doit être comprise entre 2000" in capsys.readouterr().err


@pytest.mark.both_engines
def test_the_axes_and_the_csv_on_both_engines(db: Database) -> None:
    from desktop.services.committee.yearly_report import report_data_in

    build(db)
    axes = national_axes(db, 2026, every=True)
    assert (axes.total, axes.previous_total) == (8, 3)
    assert rows(axes, "follow_up")["Plainte"] == (1, 0)
    assert rows(axes, "measure")["Conseil de sûreté demandé après les faits"] == (1, 3)
    assert rows(axes, "sex")["Homme"] == (0, 3)
    with db.reading() as session:
        assert len(case_rows_in(session, 2026)) == 8
        data = report_data_in(session, 2026)
    assert data.department == "de Seine-et-Marne"
    assert [t.title for t in data.sections] == [
        "Conseils de sûreté (article 4)", "Dispositifs d'alerte et alertes", "Vidéoprotection"]
