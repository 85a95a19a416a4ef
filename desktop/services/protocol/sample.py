"""A large synthetic protocol (40 articles, 12 parties by default), in its JSON form, for the
convention benchmark and the pagination test. Fictitious text and people."""

from __future__ import annotations

from desktop.io.protocol_json import (
    ArticleRecord,
    MeasureRecord,
    PartyRecord,
    ProtocolDocument,
    SignerRecord,
    dump,
)
from desktop.models.enums import Civility, MeasureKind, OrganisationKind, Profession, VersionKind

_FUNCTIONS = (
    ("Préfecture du Var", OrganisationKind.PREFECTURE, "Préfet du Var", "Préfète du Var"),
    (
        "Tribunal judiciaire de Toulon",
        OrganisationKind.PARQUET,
        "Procureur de la République près le tribunal judiciaire de Toulon",
        "Procureure de la République près le tribunal judiciaire de Toulon",
    ),
    (
        "Tribunal judiciaire de Draguignan",
        OrganisationKind.PARQUET,
        "Procureur de la République près le tribunal judiciaire de Draguignan",
        "Procureure de la République près le tribunal judiciaire de Draguignan",
    ),
    (
        "ARS Provence-Alpes-Côte d'Azur",
        OrganisationKind.ARS,
        "Délégué départemental de l'Agence régionale de santé",
        "Déléguée départementale de l'Agence régionale de santé",
    ),
    (
        "Conseil départemental de l'Ordre des médecins du Var",
        OrganisationKind.ORDRE,
        "Président du conseil départemental de l'Ordre des médecins",
        "Présidente du conseil départemental de l'Ordre des médecins",
    ),
    (
        "Conseil départemental de l'Ordre des infirmiers du Var",
        OrganisationKind.ORDRE,
        "Président du conseil départemental de l'Ordre des infirmiers",
        "Présidente du conseil départemental de l'Ordre des infirmiers",
    ),
    (
        "Conseil régional de l'Ordre des pharmaciens",
        OrganisationKind.ORDRE,
        "Président du conseil régional de l'Ordre des pharmaciens",
        "Présidente du conseil régional de l'Ordre des pharmaciens",
    ),
    (
        "Direction interdépartementale de la police nationale du Var",
        OrganisationKind.POLICE,
        "Directeur interdépartemental de la police nationale",
        "Directrice interdépartementale de la police nationale",
    ),
    (
        "Groupement de gendarmerie départementale du Var",
        OrganisationKind.GENDARMERIE,
        "Commandant du groupement de gendarmerie départementale",
        "Commandante du groupement de gendarmerie départementale",
    ),
    (
        "URPS médecins libéraux",
        OrganisationKind.URPS,
        "Président de l'URPS médecins libéraux",
        "Présidente de l'URPS médecins libéraux",
    ),
    (
        "SOS Médecins Toulon",
        OrganisationKind.SOS_MEDECINS,
        "Président de SOS Médecins Toulon",
        "Présidente de SOS Médecins Toulon",
    ),
    (
        "Centre hospitalier intercommunal Toulon La Seyne-sur-Mer",
        OrganisationKind.CHU,
        "Directeur du centre hospitalier intercommunal",
        "Directrice du centre hospitalier intercommunal",
    ),
)
_PEOPLE = (
    "Anne MARTEL",
    "Louis BERTHIER",
    "Inès CARRÉ",
    "Paul DUMONTEIL",
    "Lucie FABRE",
    "Hugo GARNIER",
    "Chloé HAMON",
    "Yann IZARD",
    "Léa JOUBERT",
    "Marc KLEIN",
    "Zoé LAFORGE",
    "Noé MERCIER",
)
_BODY = (
    "Les signataires s'engagent à mettre en œuvre les mesures prévues au présent article dans "
    "le respect de leurs compétences respectives et du secret professionnel. Le comité de suivi "
    "en dresse le bilan chaque année : il peut proposer toute adaptation utile.\n"
    "À cette fin, les services concernés :\n"
    "- désignent un correspondant et le font connaître aux autres parties ;\n"
    "- transmettent les informations nécessaires dans un délai de huit jours ;\n"
    "- rendent compte des difficultés rencontrées.\n"
    "Les modalités pratiques sont précisées, en tant que de besoin, par une note commune."
)


def sample_document(articles: int = 40, parties: int = 12) -> ProtocolDocument:
    records = []
    for index in range(parties):
        organisation, kind, masculine, feminine = _FUNCTIONS[index % len(_FUNCTIONS)]
        first, last = _PEOPLE[index % len(_PEOPLE)].split(" ")
        civility = Civility.MME if index % 2 == 0 else Civility.M
        suffix = f" ({index // len(_FUNCTIONS) + 1})" if index >= len(_FUNCTIONS) else ""
        records.append(
            PartyRecord(
                organisation + suffix,
                kind,
                masculine + suffix,
                feminine + suffix,
                SignerRecord(civility, first, last),
            )
        )
    measure = MeasureRecord("advice", MeasureKind.SECURITY_ADVICE, "Conseils de sûreté")
    return ProtocolDocument(
        title="Protocole départemental relatif à la sécurité des professionnels de santé "
        "dans le Var",
        professions=(Profession.MEDECIN_GENERALISTE, Profession.INFIRMIER),
        version_title="Protocole départemental relatif à la sécurité des professionnels de "
        "santé dans le Var",
        kind=VersionKind.ORIGINAL,
        signed_place="Toulon",
        signed_on=None,
        copies=None,
        parties=tuple(records),
        preamble=(
            "Vu le code pénal ;",
            "Vu le code de procédure pénale ;",
            "Vu le code de la santé publique ;",
            "Vu la loi n° 2025-623 du 9 juillet 2025 ;",
        ),
        measures=(measure,),
        articles=tuple(
            ArticleRecord(
                n, f"Engagement n° {n} des signataires", _BODY, ("advice",) if n % 5 == 0 else ()
            )
            for n in range(1, articles + 1)
        ),
    )


def sample_json(articles: int = 40, parties: int = 12) -> str:
    return dump(sample_document(articles, parties))
