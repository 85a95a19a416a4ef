"""Contact exports read back: vCard 4.0 (parsed by a strict reading of RFC 6350) and XLSX."""

from __future__ import annotations

import datetime as dt
import io
import re

from desktop.io.vcard import VCardContact, card, write_vcards
from desktop.services.signatories import exports
from desktop.services.vault.database import Database

TODAY = dt.date(2024, 6, 1)


def parse_vcards(data: bytes) -> list[dict[str, list[tuple[str, str]]]]:
    """Cards as {property: [(parameters, value)]}; checks CRLF, folding and octet limits."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    unfolded = re.sub(r"\r\n ", "", text)
    cards: list[dict[str, list[tuple[str, str]]]] = []
    for line in unfolded.split("\r\n"):
        if not line:
            continue
        head, _, value = line.partition(":")
        name, _, params = head.partition(";")
        if name == "BEGIN":
            cards.append({})
            continue
        value = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), value)
        cards[-1].setdefault(name, []).append((params, value))
    return cards


def test_vcard_content_parsed_back(demo_db: Database) -> None:
    cards = parse_vcards(exports.export_vcard(demo_db, TODAY))
    assert len(cards) == 11  # one card per person
    by_name = {c["FN"][0][1]: c for c in cards}
    lambrecht = by_name["Sophie Lambrecht"]
    assert lambrecht["VERSION"] == [("", "4.0")]
    assert lambrecht["N"] == [("", "LAMBRECHT;Sophie;;Mme;")]
    assert lambrecht["ORG"] == [("", "Tribunal judiciaire de Meaux")]
    assert lambrecht["TITLE"] == [("", "Procureure de la République près le tribunal "
                                       "judiciaire de Meaux")]
    assert lambrecht["EMAIL"] == [("TYPE=work", "sophie.lambrecht@exemple.fr")]
    params, tel = lambrecht["TEL"][0]
    assert params.startswith("VALUE=uri") and re.fullmatch(r"tel:\+331990\d{5}", tel)
    assert "TITLE" not in by_name["Hélène Vallier"]  # no function any more in 2024


def test_vcard_escapes_and_folds() -> None:
    contact = VCardContact("Jean", "DU PONT; fils", "M.", (("Mairie, Melun", "Maire\nadjoint"),
                                                          ("URPS", "Élu " * 30)))
    parsed = parse_vcards(card(contact).encode())[0]
    assert parsed["N"][0][1] == "DU PONT; fils;Jean;;M.;"  # the escaped ";" is kept
    assert parsed["ORG"] == [("PREF=1", "Mairie, Melun"), ("", "URPS")]
    assert parsed["TITLE"][0][1] == "Maire\nadjoint"
    assert parsed["TITLE"][1][1] == "Élu " * 30
    assert write_vcards([]) == b""


def test_xlsx_read_back(demo_db: Database) -> None:
    from openpyxl import load_workbook

    data = exports.export_xlsx(demo_db, TODAY)
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == exports.XLSX_HEADERS
    louvel = next(r for r in rows if r[2] == "LOUVEL")
    assert louvel[:5] == ("M.", "Thierry", "LOUVEL",
                          "Président du conseil départemental de l'Ordre des médecins",
                          "Conseil départemental de l'Ordre des médecins de Seine-et-Marne")
    assert louvel[5] == dt.datetime(2022, 7, 1)
    assert louvel[6] == "thierry.louvel@exemple.fr"
    assert re.fullmatch(r"01 99 0\d \d\d \d\d", louvel[7])
    vallier = next(r for r in rows if r[2] == "VALLIER")
    assert vallier[3] is None  # listed, with no current function
    assert len(rows) == 12
