"""Bringing a case to any step through the services, as the office would."""

from __future__ import annotations

import datetime as dt

from desktop.models.enums import CaseStatus, ConsentChannel, RecipientKind, TransmissionChannel
from desktop.services.cases import consent, workflow
from desktop.services.cases.queries import get_case
from tests.core.cases.conftest import World

S = CaseStatus
TODAY = dt.date.today()
PATH = (S.RECU, S.FICHE_ENVOYEE, S.FICHE_VALIDEE, S.TRANSMIS_URPS_ORDRE, S.QUALIFIE,
        S.CONSENTEMENT_DEMANDE, S.CONSENTEMENT_DONNE, S.TRANSMIS_AUTORITES, S.SUIVI, S.CLOS)


def give_consent(world: World, case_id: int, given: bool = True,
                 scope: tuple[RecipientKind, ...] = (RecipientKind.POLICE,)) -> None:
    consent.record_consent(world.db, case_id, consent.ConsentInput(
        given=given, decided_on=TODAY, channel=ConsentChannel.EMAIL, scope=scope))


def send(world: World, case_id: int, kind: RecipientKind) -> None:
    consent.record_transmission(world.db, case_id, consent.TransmissionInput(
        recipient_kind=kind, sent_on=TODAY, channel=TransmissionChannel.SECURE_MESSAGING,
        document=b"%PDF-1.4 fiche de test", filename="fiche.pdf"))


def step(world: World, case_id: int, to: CaseStatus) -> None:
    """Do what moves the case to ``to`` (records for the guarded steps)."""
    if to == S.TRANSMIS_URPS_ORDRE:
        send(world, case_id, RecipientKind.URPS)
    elif to == S.CONSENTEMENT_DONNE:
        give_consent(world, case_id, True)
    elif to == S.CONSENTEMENT_REFUSE:
        give_consent(world, case_id, False, ())
    elif to == S.TRANSMIS_AUTORITES:
        send(world, case_id, RecipientKind.POLICE)
    else:
        workflow.transition(world.db, case_id, to, f"vers {to.label}",
                            degree="Niveau 2" if to == S.QUALIFIE else "",
                            outcome="Situation apaisée" if to == S.CLOS else "")


def reach(world: World, status: CaseStatus) -> int:
    case_id = world.new_case()
    path = list(PATH)
    if status == S.CONSENTEMENT_REFUSE:
        path = [*PATH[:PATH.index(S.CONSENTEMENT_DEMANDE) + 1], S.CONSENTEMENT_REFUSE]
    for target in path[1:path.index(status) + 1]:
        step(world, case_id, target)
    assert get_case(world.db, case_id).status == status
    return case_id
