"""The dossier de séance carries the measures board of the meeting's year, small counts
masked like every other figure."""

from __future__ import annotations

import datetime as dt

from desktop.models.enums import AdviceKind
from desktop.services.committee import meetings, printing
from desktop.services.measures import advice
from desktop.services.measures.records import AdviceInput
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import add_cases, at
from tests.core.committee.test_documents import _text


def test_dossier_has_the_measures_section(db: Database) -> None:
    add_cases(db)  # Melun (77288) among its communes
    meeting = meetings.create_meeting(db, at(2026, 4, 2, 12), "Préfecture").id
    for day in range(1, 7):
        advice.request_advice(db, AdviceInput(AdviceKind.CONSULTATION, dt.date(2026, 2, day),
                                              "77288", structure="Officine Fictive"))
    advice.request_advice(db, AdviceInput(AdviceKind.AUDIT, dt.date(2025, 2, 1), "77288",
                                          structure="Officine Fictive"))
    text = _text(printing.dossier_pdf(db, meeting))
    assert "Mesures du protocole" in text and "Chaque indicateur en 2026, comparé à 2025" in text
    assert "Conseils demandés 6 < 5" in text  # one in 2025: masked
