"""A step, consent or transmission date is neither in the future nor before the case's current
step (or its facts); the timeline keeps the date given, apart from when it was typed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ValidationError, ValidationErrors
from desktop.models.enums import CaseStatus, ConsentChannel, RecipientKind, TransmissionChannel
from desktop.services.cases import consent, workflow
from desktop.services.cases.queries import get_case
from tests.computer_zone import FAR_ZONES, computer_in
from tests.core.cases.conftest import World
from tests.core.cases.helpers import TODAY, reach

S = CaseStatus
TOMORROW = TODAY + dt.timedelta(days=1)


def test_a_step_in_the_future_is_refused(world: World) -> None:
    case_id = world.new_case()
    with pytest.raises(ValidationError, match="dans le futur") as refused:
        workflow.transition(world.db, case_id, S.FICHE_ENVOYEE, on=TOMORROW)
    assert refused.value.field == "on"
    assert get_case(world.db, case_id).status == S.RECU


def test_a_step_before_the_previous_one_is_refused(world: World) -> None:
    case_id = world.new_case()  # facts on 14/03/2026
    with pytest.raises(ValidationError, match="antérieure aux faits"):
        workflow.transition(world.db, case_id, S.FICHE_ENVOYEE, on=dt.date(2026, 3, 1))
    workflow.transition(world.db, case_id, S.FICHE_ENVOYEE, on=dt.date(2026, 5, 10))
    with pytest.raises(ValidationError, match="antérieure à l'étape « Fiche envoyée") as refused:
        workflow.transition(world.db, case_id, S.FICHE_VALIDEE, on=dt.date(2026, 5, 9))
    assert "10/05/2026" in str(refused.value)
    workflow.transition(world.db, case_id, S.FICHE_VALIDEE, on=dt.date(2026, 5, 10))
    assert get_case(world.db, case_id).status == S.FICHE_VALIDEE


def test_consent_and_transmission_dates_follow_the_steps(world: World) -> None:
    case_id = reach(world, S.CONSENTEMENT_DEMANDE)  # every step dated today
    yesterday = TODAY - dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="du consentement") as refused:
        consent.record_consent(world.db, case_id, consent.ConsentInput(
            True, yesterday, ConsentChannel.EMAIL, (RecipientKind.POLICE,)))
    assert refused.value.field == "decided_on"
    with pytest.raises(ValidationError, match="d'envoi") as refused:
        consent.record_transmission(world.db, case_id, consent.TransmissionInput(
            RecipientKind.URPS, TOMORROW, TransmissionChannel.EMAIL, document=b"%PDF"))
    assert refused.value.field == "sent_on"


def test_every_problem_of_a_consent_at_once_in_the_form_order(world: World) -> None:
    case_id = world.new_case()
    with pytest.raises(ValidationErrors) as refused:
        consent.record_consent(world.db, case_id, consent.ConsentInput(
            True, TOMORROW, ConsentChannel.PHONE, ()))
    assert [error.field for error in refused.value.errors] == ["decided_on", "scope", "witness"]


def test_the_timeline_keeps_the_date_given(world: World) -> None:
    case_id = world.new_case()
    workflow.transition(world.db, case_id, S.FICHE_ENVOYEE, on=dt.date(2026, 5, 10))
    event = get_case(world.db, case_id).events[-1]
    assert event.dated_on == dt.date(2026, 5, 10)
    assert event.at.date() != event.dated_on  # recorded today, dated in May


@pytest.mark.parametrize("zone", FAR_ZONES)
def test_a_step_given_no_date_is_dated_on_the_computers_day(world: World, zone: str) -> None:
    """Not on the UTC day of the moment it is recorded: at 0:30 in Paris that is the day before,
    and the next step, dated today, would then look out of order."""
    case_id = world.new_case()
    with computer_in(zone):
        workflow.transition(world.db, case_id, S.FICHE_ENVOYEE)
        today = dt.date.today()
    assert get_case(world.db, case_id).events[-1].dated_on == today


def test_a_withdrawal_is_neither_in_the_future_nor_before_the_consent(world: World) -> None:
    case_id = reach(world, S.CONSENTEMENT_DONNE)
    given = get_case(world.db, case_id).consents[0]
    with pytest.raises(ValidationError, match="dans le futur"):
        consent.withdraw_consent(world.db, given.id, TOMORROW, "Par courriel")
    with pytest.raises(ValidationError, match="ne peut pas précéder le consentement"):
        consent.withdraw_consent(world.db, given.id, TODAY - dt.timedelta(days=1), "Courriel")
    consent.withdraw_consent(world.db, given.id, TODAY, "Par courriel")
    assert get_case(world.db, case_id).consents[0].withdrawn_on == TODAY
    assert get_case(world.db, case_id).events[-1].dated_on == TODAY
