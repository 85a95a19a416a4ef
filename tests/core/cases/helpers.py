"""Bringing a case to any step through the services, as the office would.

The route and what each move needs are read from the step table (``workflow.STEPS``)."""

from __future__ import annotations

import datetime as dt

from desktop.models.cases import Case
from desktop.models.enums import CaseStatus, ConsentChannel, RecipientKind, TransmissionChannel
from desktop.services.cases import consent, workflow
from desktop.services.cases.queries import get_case
from desktop.services.cases.records import Requirement
from desktop.services.vault.database import Database
from tests.core.cases.conftest import World

R = Requirement
TODAY = dt.date.today()
PATH = workflow.usual_path()


def give_consent(world: World, case_id: int, given: bool = True,
                 scope: tuple[RecipientKind, ...] = (RecipientKind.POLICE,)) -> None:
    _consent(world.db, case_id, given, scope)


def send(world: World, case_id: int, kind: RecipientKind) -> None:
    _send(world.db, case_id, kind)


def step(world: World, case_id: int, to: CaseStatus) -> None:
    walk(world.db, case_id, to)


def walk(db: Database, case_id: int, to: CaseStatus) -> None:
    """Do what moves the case to ``to``: the record its move needs, or the move itself."""
    with db.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        option = workflow.transition_to(case.status, to)
    needs = option.needs if option is not None else R.NOTHING
    if needs == R.URPS_ORDRE:
        _send(db, case_id, RecipientKind.URPS)
    elif needs == R.CONSENT:
        _consent(db, case_id, True, (RecipientKind.POLICE,))
    elif needs == R.REFUSAL:
        _consent(db, case_id, False, ())
    elif needs == R.AUTHORITIES:
        _send(db, case_id, RecipientKind.POLICE)
    else:
        workflow.transition(db, case_id, to, f"vers {to.label}",
                            degree="Niveau 2" if needs == R.DEGREE else "",
                            outcome="Situation apaisée" if needs == R.OUTCOME else "")


def walk_to(db: Database, case_id: int, status: CaseStatus) -> None:
    """Walk a new case along the usual route (``workflow.usual_path``) to ``status``."""
    path = workflow.usual_path(status)
    for target in path[1:path.index(status) + 1]:
        walk(db, case_id, target)


def _consent(db: Database, case_id: int, given: bool,
             scope: tuple[RecipientKind, ...]) -> None:
    consent.record_consent(db, case_id, consent.ConsentInput(
        given=given, decided_on=TODAY, channel=ConsentChannel.EMAIL, scope=scope))


def _send(db: Database, case_id: int, kind: RecipientKind) -> None:
    consent.record_transmission(db, case_id, consent.TransmissionInput(
        recipient_kind=kind, sent_on=TODAY, channel=TransmissionChannel.SECURE_MESSAGING,
        document=b"%PDF-1.4 fiche de test", filename="fiche.pdf"))


def reach(world: World, status: CaseStatus) -> int:
    case_id = world.new_case()
    walk_to(world.db, case_id, status)
    assert get_case(world.db, case_id).status == status
    return case_id
