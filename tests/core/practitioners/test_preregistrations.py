"""The 17 pre-registration register: force from the commune, export of the pending requests
(CSV and XLSX read back), sent / confirmed dates, withdrawal, audit."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from desktop.errors import Conflict, NotFound, TransitionRefused, ValidationError
from desktop.io.preregistration_export import HEADERS
from desktop.models.enums import Civility, Force
from desktop.services.practitioners import preregistrations
from desktop.services.practitioners.preregistration_exports import ExportResult, export_pending
from desktop.services.practitioners.preregistrations import PreregistrationStatus as Status
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database

from .conftest import RPPS_A, make

TODAY = dt.date(2026, 11, 20)
CONSENT = dt.date(2026, 10, 2)


SIGNED = b"%PDF-1.4 formulaire de consentement signe"


def request(db: Database, practitioner_id: int, *phones: str,
            consent_on: dt.date = CONSENT) -> None:
    preregistrations.request_preregistration(db, practitioner_id, phones or ("01 99 00 12 34",),
                                             consent_on, form=SIGNED, today=TODAY)


def rows(db: Database, **filters: object) -> list[preregistrations.PreregistrationRow]:
    return preregistrations.list_preregistrations(db, **filters)  # type: ignore[arg-type]


def export(db: Database, force: Force, fmt: str = "csv", **options: object) -> tuple[
        ExportResult, bytes]:
    written: list[bytes] = []
    result = export_pending(db, force, fmt, written.append, **options)  # type: ignore[arg-type]
    return result, written[0]


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_force_follows_the_commune(territory: Database) -> None:
    police = make(territory, commune_code="77288")
    gendarmerie = make(territory, first_name="Paul", commune_code="77001")
    request(territory, police)
    request(territory, gendarmerie, "01 99 00 22 22")
    assert [r.force for r in rows(territory, practitioner_id=police)] == [Force.PN]
    assert [r.force for r in rows(territory, practitioner_id=gendarmerie)] == [Force.GN]
    assert [r.practitioner_id for r in rows(territory, force=Force.GN)] == [gendarmerie]


@pytest.mark.parametrize(("code", "words"), [("77152", "est mixte"),
                                             ("77186", "est non renseignée")])
def test_undecided_zone_is_refused(territory: Database, code: str, words: str) -> None:
    practitioner = make(territory, commune_code=code)
    with pytest.raises(ValidationError) as caught:
        request(territory, practitioner)
    assert caught.value.field == "commune" and words in str(caught.value)
    assert "décidez d'abord" in str(caught.value)
    assert rows(territory) == []


def test_no_commune_is_refused(territory: Database) -> None:
    practitioner = make(territory, commune_code="")
    with pytest.raises(ValidationError, match="Commune d'exercice inconnue"):
        request(territory, practitioner)


def test_request_validates_phone_date_and_duplicates(territory: Database) -> None:
    practitioner = make(territory)
    with pytest.raises(ValidationError, match="« 01 99 »"):
        request(territory, practitioner, "01 99")
    with pytest.raises(ValidationError) as caught:
        request(territory, practitioner, consent_on=TODAY + dt.timedelta(days=1))
    assert caught.value.field == "consent_on" and "dans le futur" in str(caught.value)
    with pytest.raises(ValidationError, match="au moins un numéro"):
        preregistrations.request_preregistration(territory, practitioner, [" "], CONSENT)
    request(territory, practitioner, "01 99 00 12 34", "+33199001234", "09 99 00 11 11")
    assert len(rows(territory)) == 2  # the same number typed twice is one request
    with pytest.raises(Conflict, match="01 99 00 12 34"):
        request(territory, practitioner)


def test_csv_export_has_only_pending_rows_and_needed_fields(territory: Database) -> None:
    a = make(territory, civility=Civility.MME, rpps=RPPS_A, email="x@exemple.fr",
             practice_address="3 rue des Tilleuls, 77000 Melun", mobile_phone="09 99 00 56 78")
    b = make(territory, first_name="Zoé", last_name="Abeille-Fictive", phone="01 99 00 33 33")
    c = make(territory, first_name="Léa", last_name="Withdrawn", phone="01 99 00 44 44")
    gn = make(territory, first_name="Gérard", commune_code="77001", phone="01 99 00 55 55")
    request(territory, a, "01 99 00 12 34", "09 99 00 56 78")
    request(territory, b, "01 99 00 33 33")
    request(territory, c, "01 99 00 44 44")
    request(territory, gn, "01 99 00 55 55")
    [withdrawn] = [r.id for r in rows(territory, practitioner_id=c)]
    preregistrations.withdraw_consent(territory, [withdrawn], "Départ à la retraite", TODAY,
                                      today=TODAY)

    result, data = export(territory, Force.PN)
    table = read_csv(data)
    assert tuple(table[0]) == HEADERS
    assert table[1:] == [
        ["", "ABEILLE-FICTIVE", "Zoé", "Médecin généraliste", "01 99 00 33 33", "", "Melun",
         "02/10/2026"],
        ["Mme", "LEFÈVRE-FICTIF", "Bénédicte", "Médecin généraliste",
         "01 99 00 12 34 / 09 99 00 56 78", "3 rue des Tilleuls, 77000 Melun", "Melun",
         "02/10/2026"],
    ]
    assert RPPS_A not in data.decode("utf-8-sig") and "exemple.fr" not in data.decode("utf-8-sig")
    assert result.lines == 2 and len(result.ids) == 3 and result.marked_sent
    assert all(r.status is Status.SENT and r.sent_on == dt.date.today()
               for r in rows(territory) if r.id in result.ids)
    assert [r.status for r in rows(territory, force=Force.GN)] == [Status.PENDING]

    entry = audit_log.recent_entries(territory, 0, 1)[0]
    assert (entry.action, entry.entity) == ("export", "preregistration")
    assert sorted(entry.changes["ids"][1]) == sorted(result.ids)
    assert entry.changes["force"] == [None, "pn"]

    with pytest.raises(NotFound, match="Aucune demande en attente pour la police nationale"):
        export(territory, Force.PN)  # everything was sent


def test_xlsx_export_reads_back_with_openpyxl(territory: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    practitioner = make(territory, first_name="Gérard", last_name="Nœud-Fictif",
                        commune_code="77001", practice_address="=HYPERLINK(\"x\")")
    request(territory, practitioner, "01 99 00 55 55")
    result, data = export(territory, Force.GN, "xlsx")
    path = tmp_path / "gn.xlsx"
    path.write_bytes(data)
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert tuple(values[0]) == HEADERS
    assert values[1][:7] == [None, "NŒUD-FICTIF", "Gérard", "Médecin généraliste",
                             "01 99 00 55 55", "'=HYPERLINK(\"x\")", "Achères-la-Forêt"]
    assert values[1][7] == dt.datetime(2026, 10, 2)
    assert len(values) == 2 and result.lines == 1


def test_sending_date_cannot_be_in_the_future(territory: Database) -> None:
    request(territory, make(territory))
    with pytest.raises(ValidationError, match="dans le futur"):
        export(territory, Force.PN, sent_on=dt.date.today() + dt.timedelta(days=1))
    assert [r.status for r in rows(territory)] == [Status.PENDING]


def test_export_without_marking_leaves_rows_pending(territory: Database) -> None:
    practitioner = make(territory)
    request(territory, practitioner)
    result, _ = export(territory, Force.PN, mark_sent=False)
    assert not result.marked_sent
    assert [r.status for r in rows(territory)] == [Status.PENDING]
    export(territory, Force.PN)  # still exportable


def test_failed_write_keeps_rows_pending(territory: Database) -> None:
    practitioner = make(territory)
    request(territory, practitioner)

    def broken(_data: bytes) -> None:
        raise OSError("disque plein")

    with pytest.raises(OSError):
        export_pending(territory, Force.PN, "csv", broken)
    assert [r.status for r in rows(territory)] == [Status.PENDING]
    assert audit_log.recent_entries(territory, 0, 1)[0].action == "create"


def test_sent_then_confirmed_dates(territory: Database) -> None:
    practitioner = make(territory)
    request(territory, practitioner)
    [row] = rows(territory)
    with pytest.raises(TransitionRefused, match="pas encore été envoyée"):
        preregistrations.record_confirmed(territory, [row.id], TODAY, today=TODAY)
    preregistrations.record_sent(territory, [row.id], dt.date(2026, 11, 3), today=TODAY)
    with pytest.raises(ValidationError, match="précède l'envoi"):
        preregistrations.record_confirmed(territory, [row.id], dt.date(2026, 11, 1), today=TODAY)
    preregistrations.record_confirmed(territory, [row.id], dt.date(2026, 11, 10), today=TODAY)
    [row] = rows(territory)
    assert (row.sent_on, row.confirmed_on) == (dt.date(2026, 11, 3), dt.date(2026, 11, 10))
    assert row.status is Status.CONFIRMED
    assert rows(territory, status=Status.CONFIRMED) == [row]
    entry = audit_log.recent_entries(territory, 0, 1)[0]
    assert entry.changes == {"confirmed_on": [None, "2026-11-10"]}


def test_withdrawal_removes_from_the_next_export_and_records_why(territory: Database) -> None:
    stays = make(territory, first_name="Reste")
    leaves = make(territory, first_name="Part", phone="01 99 00 77 77")
    request(territory, stays)
    request(territory, leaves, "01 99 00 77 77")
    [row] = rows(territory, practitioner_id=leaves)
    with pytest.raises(ValidationError, match="Motif du retrait"):
        preregistrations.withdraw_consent(territory, [row.id], "  ", TODAY, today=TODAY)
    preregistrations.withdraw_consent(territory, [row.id], "Ne souhaite plus", TODAY,
                                      today=TODAY)
    [row] = rows(territory, practitioner_id=leaves)
    assert row.status is Status.WITHDRAWN
    assert (row.withdrawn_on, row.withdrawal_reason) == (TODAY, "Ne souhaite plus")
    raw = audit_log.recent_entries(territory, 0, 1)[0].changes
    assert raw["withdrawal_reason"] == [None, "Ne souhaite plus"]
    _, data = export(territory, Force.PN)
    names = [line[2] for line in read_csv(data)[1:]]
    assert names == ["Reste"]
    with pytest.raises(TransitionRefused, match="retiré"):
        preregistrations.record_sent(territory, [row.id], TODAY, today=TODAY)
    # a new consent after a withdrawal is a new request for the same number
    request(territory, leaves, "01 99 00 77 77", consent_on=TODAY)
    assert len(rows(territory, practitioner_id=leaves)) == 2
    assert json.dumps([r.status.value for r in rows(territory, practitioner_id=leaves)]) == (
        '["pending", "withdrawn"]')
