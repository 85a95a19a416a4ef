"""The consent forms the practitioner signs, printed with the office's identity, each on one
page (shrunk only if it must: a form signed on its last page of two loses its first):

- consent to the transmission of a case (to whom, what is sent, how to withdraw);
- consent to the 17 pre-registration (which numbers, what the force sees, how to withdraw).

The signed form comes back as a scan that the office attaches to the consent it records.
Importing this module is cheap: ReportLab is imported by the renderers only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop.documents.layout import Letterhead

BOX = "\u2610"
"""An empty ballot box: the practitioner ticks it by hand."""
DOTS = "." * 60


@dataclass(frozen=True)
class Recipient:
    name: str
    """"Police nationale (commissariat compétent pour Melun)"."""
    purpose: str
    """What it does with the case, one line."""


@dataclass(frozen=True)
class TransmissionConsentForm:
    reference: str
    practitioner: str
    """"Dr Amélie AUBÉPINE, médecin généraliste"."""
    facts: str
    """"Violence verbale du 12/03/2026 à Melun"."""
    recipients: tuple[Recipient, ...]
    scope: tuple[str, ...]
    """What is transmitted, one item a line."""
    protocol_recipients: tuple[str, ...]
    """Who receives the validated fiche under the protocol, without this consent."""
    return_address: tuple[str, ...]
    city: str
    printed_on: dt.date


@dataclass(frozen=True)
class PreregistrationConsentForm:
    practitioner: str
    practice: str
    """The practice address and commune, as the force will see it."""
    force: str
    """"Police nationale (système « Pégase »)", or the choice left open."""
    numbers: tuple[str, ...]
    """The numbers on record, displayed ("01 64 00 00 00")."""
    seen_by_force: tuple[str, ...]
    return_address: tuple[str, ...]
    city: str
    printed_on: dt.date


TRANSMISSION_TITLE = "Consentement à la transmission d'un signalement"
PREREGISTRATION_TITLE = "Consentement au pré-enregistrement de numéros au 17"


def render_transmission_consent(form: TransmissionConsentForm, letterhead: Letterhead) -> bytes:
    from desktop.documents.case_common import label_table
    from desktop.documents.layout import build_pdf, bullets, para, styles

    st = styles()
    story: list[Flowable] = [
        para(TRANSMISSION_TITLE, st.title),
        para(f"Dossier n° {form.reference}", st.heading),
        label_table([("Praticien", form.practitioner), ("Faits", form.facts)]),
        para("Destinataires", st.heading),
        para("Cochez chaque destinataire auquel vous acceptez que le bureau transmette votre "
             "signalement ; rien n'est transmis à un destinataire que vous n'avez pas coché.",
             st.body),
        bullets([f"{BOX}  {r.name} : {r.purpose}" for r in form.recipients]),
        para("Ce qui est transmis", st.heading),
        bullets(list(form.scope)),
    ]
    if form.protocol_recipients:
        story.append(para(
            "Conformément au protocole, la fiche que vous avez validée est déjà adressée à "
            + " et ".join(form.protocol_recipients) + " ; ce consentement ne les concerne pas.",
            st.small))
    story += [
        para("Retrait", st.heading),
        para("Vous pouvez retirer ce consentement à tout moment, par écrit ou par téléphone "
             "auprès du bureau : rien ne sera plus transmis à partir de ce jour ; ce qui a été "
             "transmis auparavant reste tracé (date, destinataire, empreinte du document).",
             st.body),
        *_signature_block("Je soussigné(e) consens à la transmission de mon signalement aux "
                         "destinataires cochés ci-dessus, dans les limites indiquées.",
                         form.city, form.printed_on, form.return_address),
    ]
    return build_pdf(story, title=f"{TRANSMISSION_TITLE} {form.reference}",
                     subject="Formulaire à signer par le praticien", letterhead=letterhead,
                     one_page=True)


def render_preregistration_consent(form: PreregistrationConsentForm,
                                   letterhead: Letterhead) -> bytes:
    from desktop.documents.case_common import label_table
    from desktop.documents.layout import build_pdf, bullets, para, styles

    st = styles()
    numbers = [f"{BOX}  {number}" for number in form.numbers]
    numbers += [f"{BOX}  autre numéro : {DOTS[:40]}"] * 2
    story: list[Flowable] = [
        para(PREREGISTRATION_TITLE, st.title),
        label_table([("Praticien", form.practitioner), ("Lieu d'exercice", form.practice),
                     ("Force destinataire", form.force)]),
        para("Numéros à pré-enregistrer", st.heading),
        para("Cochez les numéros que vous demandez à faire enregistrer ; un appel au 17 passé "
             "depuis l'un d'eux sera identifié comme le vôtre et traité en priorité.", st.body),
        bullets(numbers),
        para("Ce que voient les forces", st.heading),
        para("Lors de votre appel, l'opérateur du 17 voit seulement : "
             + ", ".join(item[:1].lower() + item[1:] for item in form.seen_by_force)
             + ". Aucune autre information (signalements, données de santé) n'est transmise.",
             st.body),
        para("Retrait", st.heading),
        para("Ce pré-enregistrement est volontaire. Vous pouvez le retirer à tout moment, par "
             "écrit ou par téléphone auprès du bureau : il demande alors à la force de "
             "supprimer vos numéros, qui ne figurent plus dans les envois suivants.", st.body),
        *_signature_block("Je soussigné(e) demande le pré-enregistrement des numéros cochés "
                         "ci-dessus et consens à leur communication à la force indiquée.",
                         form.city, form.printed_on, form.return_address),
    ]
    return build_pdf(story, title=PREREGISTRATION_TITLE,
                     subject="Formulaire à signer par le praticien", letterhead=letterhead,
                     one_page=True)


def _signature_block(statement: str, city: str, printed_on: dt.date,
                     return_address: tuple[str, ...]) -> list[Flowable]:
    """The practitioner's part: statement, place, date, signature, and where to send it."""
    from desktop.documents.layout import para, styles
    from desktop.documents.signature_box import return_to, signature_box

    box = signature_box("Consentement du praticien", statement, "Formulaire établi", city,
                        printed_on, signature_height_mm=18)
    return [box, para(f"Merci de retourner ce formulaire signé{return_to(return_address)}.",
                      styles().small)]
