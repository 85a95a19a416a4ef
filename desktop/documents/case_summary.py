"""The case summary: the facts, then the timeline, consents, transmissions (with the SHA-256
of what was sent), the complaint and the attachments: everything that proves each step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.documents.case_common import (
    CONFIDENTIAL,
    EMPTY,
    day,
    facts_rows,
    grid,
    label_table,
    people_rows,
    when,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop.documents.case_data import CaseData
    from desktop.documents.layout import Letterhead

TITLE = "Synthèse du dossier"


def render_case_summary(case: CaseData, letterhead: Letterhead) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    from desktop.documents.layout import build_pdf, para, styles

    st = styles()
    # A long table may start under its heading and continue on the next page; keepWithNext
    # would push heading and table whole to the next page and leave a blank half page.
    section = ParagraphStyle("EgideCaseSection", parent=st.heading, keepWithNext=0)
    words = (case.exact_words or "").strip()
    state = f"Étape actuelle : {case.status}"
    if case.due_on:
        state += f", échéance le {day(case.due_on)}"
    if case.qualification_degree:
        state += f". Degré retenu par l'URPS : {case.qualification_degree}"
    if case.outcome:
        state += f". Issue : {case.outcome}"
    flowables: list[Flowable] = [
        para(f"{TITLE} n° {case.reference}", st.title),
        para(CONFIDENTIAL, st.small),
        para(state + ".", st.body),
        para("Les faits", st.heading),
        label_table(facts_rows(case) + people_rows(case)),
        para("Récit des faits", st.heading),
        para(case.narrative or "Non renseigné.", st.body),
        para(f"Propos exacts : « {words} »" if words else "Aucun propos rapporté.", st.body),
        para("Chronologie", section),
        grid(("Date", "Étape", "Par", "Commentaire"),
             [(when(e.at), e.step, e.actor, e.comment or "") for e in case.events],
             (36 * mm, 40 * mm, 24 * mm, "*")),
        para("Consentements", section),
    ]
    if case.consents:
        flowables.append(grid(
            ("Date", "Réponse", "Destinataires", "Modalité", "Retrait"),
            [(day(c.decided_on), "Donné" if c.given else "Refusé",
              ", ".join(c.scope) or EMPTY,
              c.channel + (f", témoin : {c.witness}" if c.witness else ""),
              day(c.withdrawn_on) if c.withdrawn_on else EMPTY) for c in case.consents],
            (26 * mm, 18 * mm, "*", 40 * mm, 24 * mm)))
    else:
        flowables.append(para("Aucun consentement enregistré.", st.body))
    flowables.append(para("Transmissions", section))
    if case.transmissions:
        flowables.append(grid(
            ("Date", "Destinataire", "Modalité", "Empreinte SHA-256 du document envoyé"),
            [(day(t.sent_on), t.recipient + (f" ({t.organisation})" if t.organisation else ""),
              t.channel, _spaced(t.sha256 or EMPTY)) for t in case.transmissions],
            (24 * mm, 40 * mm, 30 * mm, "*")))
    else:
        flowables.append(para("Aucune transmission.", st.body))
    flowables.append(para("Suites judiciaires", st.heading))
    if case.complaints:
        for c in case.complaints:
            rows = [("Nature", c.kind), ("Déposée le", day(c.filed_on)),
                    ("Modalité", c.modality or EMPTY),
                    ("Service", c.service or EMPTY),
                    ("N° de procès-verbal", c.pv_number or EMPTY),
                    ("Adresse déclarée", c.declared_address or EMPTY)]
            if c.victim_consent_on is not None:
                form = ", formulaire signé joint" if c.victim_consent_form else ""
                rows.append(("Consentement écrit de la victime",
                             f"{day(c.victim_consent_on)}{form}"))
            rows += [("Partie civile du CDOM", "oui" if c.cdom_partie_civile else "non"),
                     ("Plaignant informé par le procureur le",
                      day(c.informed_on) if c.informed_on else EMPTY),
                     ("Suite donnée par le parquet", c.parquet_outcome or EMPTY)]
            flowables.append(label_table(rows))
    else:
        flowables.append(para("Aucune suite judiciaire enregistrée.", st.body))
    if case.attachments:
        flowables.append(para("Pièces jointes", st.heading))
        flowables.append(grid(("Fichier", "Taille", "SHA-256"),
                              [(a.filename, f"{a.size:,} octets".replace(",", "\u00a0"),
                                _spaced(a.sha256)) for a in case.attachments],
                              (55 * mm, 25 * mm, "*")))
    return build_pdf(flowables, title=f"{TITLE} {case.reference}",
                     subject="Chronologie, consentements, transmissions, suites",
                     letterhead=letterhead)


def _spaced(digest: str) -> str:
    """A SHA-256 in groups of 8, so that it wraps and can be read aloud."""
    return " ".join(digest[i:i + 8] for i in range(0, len(digest), 8))
