"""One case as plain data (``CaseDetail``), read inside the caller's session."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.errors import NotFound
from desktop.models.cases import Case, CaseVictim, Consent, SeverityLevel, Transmission
from desktop.services.cases import attachments, workflow
from desktop.services.cases.records import (
    AuthorRow,
    CaseDetail,
    ComplaintRow,
    ConsentRow,
    EventRow,
    SeverityRow,
    TransmissionRow,
    VictimRow,
)


def load(session: Session, case_id: int) -> CaseDetail:
    case = session.scalars(
        sa.select(Case).where(Case.id == case_id).options(
            joinedload(Case.commune), joinedload(Case.severity_persons),
            joinedload(Case.severity_property),
            selectinload(Case.types), selectinload(Case.authors),
            selectinload(Case.victims).joinedload(CaseVictim.practitioner),
            selectinload(Case.events), selectinload(Case.complaints),
            selectinload(Case.attachments),
            selectinload(Case.consents).selectinload(Consent.scope),
            selectinload(Case.transmissions).joinedload(Transmission.organisation),
        )
    ).first()
    if case is None:
        raise NotFound("Ce signalement n'existe plus.")
    return CaseDetail(
        id=case.id, reference=case.reference, occurred_at=case.occurred_at,
        row_version=case.row_version, commune_id=case.commune_id,
        commune_name=case.commune.name if case.commune else None,
        insee_code=case.commune.insee_code if case.commune else None,
        force_zone=case.force_zone, place=case.place, setting=case.setting, motive=case.motive,
        source=case.source, victim_sex=case.victim_sex,
        exact_words=case.exact_words, severity_persons=_severity(case.severity_persons),
        severity_property=_severity(case.severity_property), itt_days=case.itt_days,
        weapon=case.weapon, weapon_text=case.weapon_text, narrative=case.narrative,
        status=case.status, due_on=case.due_on, qualification_degree=case.qualification_degree,
        outcome=case.outcome, closed_at=case.closed_at, created_at=case.created_at,
        types=tuple(sorted((t.incident_type for t in case.types), key=_order)),
        victims=tuple(
            VictimRow(v.practitioner_id,
                      f"{v.practitioner.first_name} {v.practitioner.last_name}".strip(),
                      v.practitioner.profession, v.practitioner.specialty)
            for v in case.victims
        ),
        authors=tuple(AuthorRow(a.kind, a.description, a.impaired_judgement, a.impairment_cause)
                      for a in case.authors),
        events=tuple(EventRow(e.at, e.actor, e.kind, e.from_status, e.to_status, e.comment,
                              e.dated_on) for e in case.events),
        consents=tuple(
            ConsentRow(c.id, c.given, c.decided_on, c.channel, c.witness,
                       tuple(s.recipient_kind for s in c.scope), c.withdrawn_on, c.attachment_id)
            for c in sorted(case.consents, key=lambda c: (c.decided_on, c.id))
        ),
        transmissions=tuple(
            TransmissionRow(t.id, t.recipient_kind, t.organisation.name if t.organisation else
                            None, t.sent_on, t.channel, t.attachment_id, t.sha256)
            for t in sorted(case.transmissions, key=lambda t: (t.sent_on, t.id))
        ),
        complaints=tuple(
            ComplaintRow(c.id, c.kind, c.filed_on, c.service, c.pv_number, c.domiciled_at_ordre,
                         c.cdom_partie_civile, c.parquet_outcome, c.modality,
                         c.declared_address, c.declared_address_text, c.informed_on,
                         c.victim_consent_on, c.victim_consent_attachment_id)
            for c in sorted(case.complaints, key=lambda c: c.id)
        ),
        attachments=tuple(attachments.row(a) for a in sorted(case.attachments,
                                                             key=lambda a: a.id)),
        next_steps=workflow.next_steps(session, case),
        reopenable=workflow.is_final(case.status),
    )


def _severity(level: SeverityLevel | None) -> SeverityRow | None:
    if level is None:
        return None
    return SeverityRow(level.id, level.family, level.level, level.label)


def _order(kind: object) -> int:
    from desktop.models.enums import IncidentType

    return list(IncidentType).index(kind)  # type: ignore[arg-type]
