"""Writing a case down: validation of the facts, the yearly reference, corrections."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.errors import Conflict, NotFound, ValidationError, raise_all
from desktop.models.base import utc_now
from desktop.models.cases import Case, CaseAuthor, CaseEvent, CaseType, CaseVictim, SeverityLevel
from desktop.models.contacts import Practitioner
from desktop.models.enums import CaseEventKind, CaseStatus, Civility, SeverityFamily, VictimSex
from desktop.models.territory import Commune
from desktop.services.cases import search
from desktop.services.cases.defaults import delays, seed_defaults
from desktop.services.cases.records import CaseCreated, CaseInput
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork
from desktop.services.vault.office import office_zone
from desktop.storage.versioning import expect_version

FUTURE_TOLERANCE = dt.timedelta(minutes=5)
"""Clocks differ a little: a time a few minutes ahead is not "in the future"."""
MAX_ITT_DAYS = 3650


def as_utc(moment: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """Naive times are the office's wall clock (``zone``; the computer's when not given)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone else moment.astimezone()
    return moment.astimezone(dt.UTC)


def validate(data: CaseInput, now: dt.datetime | None = None) -> None:
    """Refuse what cannot be a case: every problem at once, in the form's order (a
    ``ValidationErrors`` when there are several); each message says which field and why."""
    raise_all(problems(data, now))


def problems(data: CaseInput, now: dt.datetime | None = None) -> list[ValidationError]:
    """What is wrong with ``data``, in the order of the case form's fields."""
    now = now or utc_now()
    found: list[ValidationError] = []

    def refuse(field: str, message: str) -> None:
        found.append(ValidationError(field, message))

    if as_utc(data.occurred_at) > now + FUTURE_TOLERANCE:
        refuse("occurred_at", "La date des faits est dans le futur : indiquez la date et "
                              "l'heure auxquelles les faits se sont produits.")
    if data.commune_id is None:
        refuse("commune", "Indiquez la commune où les faits se sont produits.")
    if not data.victim_ids:
        refuse("victims", "Indiquez au moins une victime (un praticien).")
    if not data.types:
        refuse("types", "Indiquez au moins un type d'atteinte.")
    if any(author.impairment_cause.strip() and not author.impaired_judgement
           for author in data.authors):
        refuse("authors", "Une cause d'altération du discernement est indiquée sans que "
                          "l'altération soit cochée.")
    if data.severity_persons is not None and not 1 <= data.severity_persons <= 4:
        refuse("severity_persons", "La gravité des atteintes aux personnes va de 1 à 4.")
    if data.severity_property is not None and not 1 <= data.severity_property <= 3:
        refuse("severity_property", "La gravité des atteintes aux biens va de 1 à 3.")
    if data.itt_days is not None and not 0 <= data.itt_days <= MAX_ITT_DAYS:
        refuse("itt_days", f"Le nombre de jours d'ITT doit être compris entre 0 et "
                           f"{MAX_ITT_DAYS}.")
    if not data.narrative.strip() and not data.exact_words.strip():
        refuse("narrative", "Les faits ne sont pas décrits : écrivez le récit des faits (ou au "
                            "moins les propos exacts tenus).")
    return found


def next_reference(session: Session, year: int) -> tuple[int, str]:
    """The next number of ``year`` (the unique (year, seq) constraint guards the race)."""
    last = session.scalar(sa.select(sa.func.max(Case.seq)).where(Case.year == year)) or 0
    seq = int(last) + 1
    return seq, f"{year}-{seq:04d}"


def create_case(db: Database, data: CaseInput, today: dt.date | None = None) -> CaseCreated:
    """Record a new case ("reçu"); returns its id and reference."""
    validate(data)
    try:
        with db.unit_of_work() as uow:
            case = add_case(uow, data, today or dt.date.today())
            return CaseCreated(case.id, case.reference)
    except IntegrityError as error:  # another writer took the same number
        raise Conflict("Le numéro de dossier vient d'être attribué par un autre poste : "
                       "enregistrez à nouveau.") from error


def add_case(uow: UnitOfWork, data: CaseInput, today: dt.date,
             at: dt.datetime | None = None, reindex: bool = True) -> Case:
    """The creation itself, inside a unit of work (the demo calls it too, ``reindex=False``,
    then rebuilds the search index once)."""
    session = uow.session
    if session.scalar(sa.select(SeverityLevel.id).limit(1)) is None:
        seed_defaults(session)
    seq, reference = next_reference(session, today.year)
    case = Case(reference=reference, year=today.year, seq=seq, status=CaseStatus.RECU,
                due_on=today + dt.timedelta(days=delays(session)[CaseStatus.RECU]))
    _apply(session, case, data)
    if case.victim_sex is None and data.victim_ids:
        case.victim_sex = _sex_of(session, data.victim_ids[0])
    session.add(case)
    session.flush()
    session.add(CaseEvent(case_id=case.id, at=at or utc_now(), dated_on=today, actor=uow.actor,
                          kind=CaseEventKind.CREATED, to_status=CaseStatus.RECU,
                          comment="Signalement reçu"))
    uow.audit("create", "case", case.id, {"reference": [None, reference]})
    if reindex:
        search.index_case(session, case)
    return case


def update_case(db: Database, case_id: int, data: CaseInput, comment: str = "", *,
                seen_version: int | None = None) -> Changes:
    """Correct the facts; the timeline says what changed (names of the fields).

    ``seen_version`` is the case's ``row_version`` when the form was filled: a colleague's
    save since then refuses this one (``ConcurrentEdit``)."""
    validate(data)
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, case_id, with_for_update=True)
        if case is None:
            raise NotFound("Ce signalement n'existe plus.")
        expect_version(uow.session, case, seen_version)
        before = _snapshot(case)
        _apply(uow.session, case, data)
        uow.session.flush()
        after = _snapshot(case)
        changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        if not changed:
            return Changes.NONE
        uow.session.add(CaseEvent(case_id=case.id, actor=uow.actor, kind=CaseEventKind.UPDATED,
                                  comment=comment.strip() or "Modifié : " + ", ".join(changed)))
        uow.audit("update", "case", case.id, changed)
        search.index_case(uow.session, case)
    return Changes.CASES


def _apply(session: Session, case: Case, data: CaseInput) -> None:
    commune = session.get(Commune, data.commune_id) if data.commune_id is not None else None
    if commune is None:
        raise ValidationError("commune", "Cette commune n'est pas dans le référentiel.")
    case.occurred_at = as_utc(data.occurred_at, office_zone(session))
    case.commune_id = commune.id
    case.force_zone = commune.force_zone
    case.place, case.setting, case.motive = data.place, data.setting, data.motive
    case.source = data.source
    case.victim_sex = data.victim_sex
    case.exact_words = data.exact_words.strip() or None
    case.narrative = data.narrative.strip()
    case.itt_days = data.itt_days
    case.weapon = data.weapon
    case.weapon_text = data.weapon_text.strip() or None
    case.severity_persons_id = _level(session, SeverityFamily.PERSONS, data.severity_persons)
    case.severity_property_id = _level(session, SeverityFamily.PROPERTY, data.severity_property)
    found = set(session.scalars(sa.select(Practitioner.id).where(
        Practitioner.id.in_(data.victim_ids))))
    missing = [str(i) for i in data.victim_ids if i not in found]
    if missing:
        raise ValidationError("victims", "Praticien introuvable : " + ", ".join(missing) + ".")
    wanted = list(dict.fromkeys(data.victim_ids))
    case.victims[:] = [v for v in case.victims if v.practitioner_id in wanted]
    have = {v.practitioner_id for v in case.victims}
    case.victims.extend(CaseVictim(practitioner_id=i) for i in wanted if i not in have)
    kinds = list(dict.fromkeys(data.types))
    case.types[:] = [t for t in case.types if t.incident_type in kinds]
    have_types = {t.incident_type for t in case.types}
    case.types.extend(CaseType(incident_type=k) for k in kinds if k not in have_types)
    case.authors[:] = [
        CaseAuthor(kind=a.kind, description=a.description.strip() or None,
                   impaired_judgement=a.impaired_judgement,
                   impairment_cause=a.impairment_cause.strip() or None)
        for a in data.authors
    ]


def _sex_of(session: Session, practitioner_id: int) -> VictimSex | None:
    """The sex the civility says (M. → homme, Mme → femme), None when it is not known."""
    civility = session.scalar(sa.select(Practitioner.civility).where(
        Practitioner.id == practitioner_id))
    if civility is None:
        return None
    return {Civility.M: VictimSex.HOMME, Civility.MME: VictimSex.FEMME}.get(Civility(civility))


def _level(session: Session, family: SeverityFamily, level: int | None) -> int | None:
    if level is None:
        return None
    found = session.scalar(sa.select(SeverityLevel.id).where(
        SeverityLevel.family == family, SeverityLevel.level == level))
    if found is None:
        raise ValidationError(f"severity_{family}", f"Le niveau de gravité {level} "
                                                    f"({family.label}) n'existe pas.")
    return int(found)


def _snapshot(case: Case) -> dict[str, object]:
    return {
        "occurred_at": case.occurred_at.isoformat() if case.occurred_at else None,
        "commune_id": case.commune_id, "place": case.place, "setting": case.setting,
        "motive": case.motive, "exact_words": case.exact_words, "narrative": case.narrative,
        "source": case.source, "victim_sex": case.victim_sex,
        "itt_days": case.itt_days, "weapon": case.weapon, "weapon_text": case.weapon_text,
        "severity_persons_id": case.severity_persons_id,
        "severity_property_id": case.severity_property_id,
        "victims": sorted(v.practitioner_id for v in case.victims),
        "types": sorted(str(t.incident_type) for t in case.types),
        "authors": [(str(a.kind), a.description, a.impaired_judgement, a.impairment_cause)
                    for a in case.authors],
    }
