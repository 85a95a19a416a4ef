"""The case documents, rendered from the vault (each printing is logged, CNIL)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop.documents.case_data import (
    AttachmentLine,
    AuthorLine,
    CaseData,
    ComplaintLine,
    ConsentLine,
    EventLine,
    SeverityLevel,
    TransmissionLine,
    VictimLine,
)
from desktop.models.settings import OfficeSettings
from desktop.services.cases.detail import load
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone, zone_named

if TYPE_CHECKING:
    from desktop.documents.layout import Letterhead
    from desktop.services.cases.records import CaseDetail, SeverityRow

OFFICE_NAME = "Cabinet du préfet\nBureau de la sécurité intérieure"


def letterhead(session: Session) -> tuple[Letterhead, str]:
    from desktop.documents.layout import Letterhead

    office = session.get(OfficeSettings, 1)
    if office is None:
        return Letterhead("PRÉFECTURE", OFFICE_NAME), ""
    return (Letterhead(office.prefet_title, office.bureau or OFFICE_NAME, office.logo,
                       organisation=office.prefecture_name), office.city or "")


def return_address(session: Session) -> tuple[str, ...]:
    """Where the practitioner sends the validated fiche: the office's postal address, then
    its phone and e-mail."""
    from desktop.io.phones import display_phone

    office = session.get(OfficeSettings, 1)
    if office is None:
        return ()
    town = " ".join(filter(None, (office.postal_code, (office.city or "").upper())))
    lines = [office.prefecture_name, *(office.bureau or OFFICE_NAME).splitlines(),
             *(office.address or "").splitlines(), town]
    if office.phone:
        lines.append(f"tél. {display_phone(office.phone)}")
    if office.email:
        lines.append(office.email)
    return tuple(line for line in lines if line)


def fiche_pdf_for(session: Session, case_id: int) -> bytes:
    from desktop.documents.case_report import render_case_report

    head, city = letterhead(session)
    return render_case_report(case_data(load(session, case_id), office_zone(session)), head,
                              city, return_address=return_address(session))


@no_changes
def fiche_pdf(db: Database, case_id: int) -> bytes:
    """The fiche de signalement to send to the practitioner for validation."""
    with db.unit_of_work() as uow:
        pdf = fiche_pdf_for(uow.session, case_id)
        uow.audit("print", "case", case_id, {"document": [None, "fiche"]})
        return pdf


@no_changes
def summary_pdf(db: Database, case_id: int) -> bytes:
    from desktop.documents.case_summary import render_case_summary

    with db.unit_of_work() as uow:
        head, _city = letterhead(uow.session)
        pdf = render_case_summary(case_data(load(uow.session, case_id),
                                            office_zone(uow.session)), head)
        uow.audit("print", "case", case_id, {"document": [None, "synthese"]})
        return pdf


def case_data(case: CaseDetail, zone: dt.tzinfo | None = None) -> CaseData:
    """The case as its documents print it: plain French labels, nothing from the vault; its
    times in the office's zone (``zone``, default Europe/Paris)."""
    zone = zone or zone_named("Europe/Paris")

    def local(moment: dt.datetime) -> dt.datetime:
        return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(zone)

    return CaseData(
        reference=case.reference,
        occurred_at=local(case.occurred_at),
        commune_name=case.commune_name,
        insee_code=case.insee_code,
        force_zone=case.force_zone.label if case.force_zone else None,
        place=case.place.label if case.place else None,
        setting=case.setting.label if case.setting else None,
        motive=case.motive.label if case.motive else None,
        types=tuple(kind.label for kind in case.types),
        severity_persons=_severity(case.severity_persons),
        severity_property=_severity(case.severity_property),
        itt_days=case.itt_days,
        weapon=case.weapon,
        weapon_text=case.weapon_text,
        exact_words=case.exact_words,
        narrative=case.narrative,
        status=case.status.label,
        due_on=case.due_on,
        qualification_degree=case.qualification_degree,
        outcome=case.outcome,
        victims=tuple(
            VictimLine(v.name, v.profession.label, v.specialty) for v in case.victims
        ),
        authors=tuple(
            AuthorLine(a.kind.label, a.description, a.impaired_judgement, a.impairment_cause)
            for a in case.authors
        ),
        events=tuple(
            EventLine(local(e.at), (e.to_status or e.kind).label, e.actor, e.comment)
            for e in case.events
        ),
        consents=tuple(
            ConsentLine(c.decided_on, c.given, tuple(k.label for k in c.scope), c.channel.label,
                        c.witness, c.withdrawn_on)
            for c in case.consents
        ),
        transmissions=tuple(
            TransmissionLine(t.sent_on, t.recipient_kind.label, t.organisation, t.channel.label,
                             t.sha256)
            for t in case.transmissions
        ),
        complaints=tuple(
            ComplaintLine(c.kind.label, c.filed_on, c.service, c.pv_number,
                          c.domiciled_at_ordre, c.cdom_partie_civile, c.parquet_outcome,
                          c.modality.label if c.modality else None, c.address_text,
                          c.informed_on, c.victim_consent_on,
                          c.victim_consent_attachment_id is not None)
            for c in case.complaints
        ),
        attachments=tuple(
            AttachmentLine(a.filename, a.size, a.sha256) for a in case.attachments
        ),
    )


def _severity(row: SeverityRow | None) -> SeverityLevel | None:
    return SeverityLevel(row.level, row.label) if row else None
