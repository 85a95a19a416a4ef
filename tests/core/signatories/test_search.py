"""Search by name, organisation or function, accents and case ignored."""

from __future__ import annotations

import datetime as dt

from desktop.services.signatories import queries
from desktop.services.vault.database import Database

TODAY = dt.date(2024, 6, 1)


def names(hits: tuple[queries.SearchHit, ...]) -> list[str]:
    return [h.person.display_name for h in hits]


def test_search_by_name_ignores_accents_and_case(demo_db: Database) -> None:
    assert names(queries.search(demo_db, "guerande", TODAY)) == ["Françoise Guérande"]
    assert names(queries.search(demo_db, "HÉLÈNE", TODAY)) == ["Hélène Vallier"]
    assert names(queries.search(demo_db, "deschamps rieu", TODAY)) == [
        "Olivier Deschamps-Rieu"]


def test_search_by_function_and_organisation(demo_db: Database) -> None:
    # Either form of the function finds its holders, the current one first.
    for text in ("procureure melun", "Procureur de la République près le TJ de Melun"[:24]
                 + " melun"):
        hits = queries.search(demo_db, text, TODAY)
        assert names(hits) == ["Olivier Deschamps-Rieu", "Agnès Ferrandi"]
        assert [h.current for h in hits] == [True, False]
    assert hits[1].position_title == ("Procureure de la République près le tribunal "
                                      "judiciaire de Melun")
    assert hits[0].position_title == ("Procureur de la République près le tribunal judiciaire "
                                      "de Melun")
    hits = queries.search(demo_db, "ordre des medecins", TODAY)
    assert names(hits) == ["Thierry Louvel", "Françoise Guérande"]
    assert queries.search(demo_db, "cdom 77", TODAY)[0].organisation_name == (
        "Conseil départemental de l'Ordre des médecins de Seine-et-Marne")
    assert queries.search(demo_db, "zorglub", TODAY) == ()
