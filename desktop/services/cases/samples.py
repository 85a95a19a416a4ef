"""Fictitious facts for the demonstration vault and the benchmark.

The mix follows DOMAIN.md §3 (Observatoire de la sécurité des médecins, 2024: 1,207 verbal
aggressions or threats, 306 falsified prescriptions, 166 thefts, 105 physical aggressions,
104 acts of vandalism out of 1,992; about a third led to a plainte).
"""

from __future__ import annotations

import random

from desktop.models.enums import AuthorKind, IncidentType, Motive, Place, UrbanSetting

TYPE_WEIGHTS: tuple[tuple[IncidentType, float], ...] = (
    (IncidentType.VERBAL, 60.6), (IncidentType.FALSIFICATION, 15.4),
    (IncidentType.THEFT, 8.3), (IncidentType.PHYSICAL, 5.3), (IncidentType.VANDALISM, 5.2),
    (IncidentType.SEXUAL, 0.7), (IncidentType.OTHER, 4.5),
)

STORIES: dict[IncidentType, tuple[tuple[str, str, Motive], ...]] = {
    IncidentType.VERBAL: (
        ("Le patient s'est emporté à l'accueil après le refus d'un arrêt de travail ; menaces "
         "répétées devant la salle d'attente, le praticien a dû interrompre la consultation.",
         "Je sais où tu habites, tu vas le regretter", Motive.REFUSED_PRESCRIPTION),
        ("Insultes et menaces au téléphone puis au cabinet à propos du temps d'attente ; le "
         "patient a frappé du poing sur le bureau de la secrétaire.",
         "Vous êtes tous des incapables, je vais revenir", Motive.WAITING_TIME),
        ("L'accompagnant d'une patiente a contesté la prise en charge et proféré des menaces "
         "de mort répétées avant de quitter le cabinet.",
         "La prochaine fois je viens avec des amis", Motive.CARE_COMPLAINT),
        ("Refus de régler la consultation, insultes à caractère raciste envers le praticien, "
         "le patient est parti en claquant la porte.", "Tu n'as rien à faire ici",
         Motive.PAYMENT),
    ),
    IncidentType.FALSIFICATION: (
        ("Présentation à l'officine d'une ordonnance falsifiée portant le cachet du praticien "
         "(médicaments opioïdes) ; le pharmacien a refusé la délivrance.", "",
         Motive.FALSIFICATION),
        ("Plusieurs pharmacies signalent des ordonnances sécurisées volées puis falsifiées au "
         "nom du médecin.", "", Motive.FALSIFICATION),
    ),
    IncidentType.THEFT: (
        ("Vol d'un ordonnancier et du tampon dans le cabinet pendant une visite ; tentative "
         "de vol de la sacoche du praticien dans la salle d'attente.", "", Motive.THEFT),
        ("Vol de la sacoche médicale dans le véhicule du praticien stationné devant le "
         "domicile d'un patient.", "", Motive.THEFT),
    ),
    IncidentType.PHYSICAL: (
        ("Le patient a bousculé puis frappé le praticien qui refusait de prolonger un arrêt de "
         "travail ; constatations aux urgences.", "Tu vas me le faire, ce papier",
         Motive.REFUSED_PRESCRIPTION),
        ("Agression physique lors d'une visite à domicile par un membre de la famille en état "
         "d'ivresse ; menaces répétées avant les coups.", "Dégage d'ici",
         Motive.PSYCHIATRIC_STATE),
    ),
    IncidentType.VANDALISM: (
        ("Dégradation de la plaque professionnelle et de la porte du cabinet, tags injurieux "
         "sur la façade.", "", Motive.NONE),
        ("Vitre du cabinet brisée pendant la nuit après une altercation la veille avec un "
         "patient mécontent.", "", Motive.CARE_COMPLAINT),
    ),
    IncidentType.SEXUAL: (
        ("Gestes déplacés et propos à connotation sexuelle d'un patient pendant l'examen ; la "
         "praticienne a mis fin à la consultation.", "", Motive.NONE),
    ),
    IncidentType.OTHER: (
        ("Le patient s'est filmé dans le cabinet en interpellant le praticien puis a diffusé "
         "la vidéo sur les réseaux sociaux.", "Tout le monde va savoir", Motive.CARE_COMPLAINT),
    ),
}

DESCRIPTIONS = ("Homme d'une trentaine d'années", "Femme d'une cinquantaine d'années",
                "Jeune homme", "Patient connu du cabinet", "Fils de la patiente")
IMPAIRMENTS = ("alcoolisation", "troubles psychiatriques", "usage de stupéfiants")


def pick_type(rng: random.Random) -> IncidentType:
    kinds = [kind for kind, _weight in TYPE_WEIGHTS]
    return rng.choices(kinds, [weight for _kind, weight in TYPE_WEIGHTS])[0]


def story(rng: random.Random, kind: IncidentType) -> tuple[str, str, Motive]:
    return rng.choice(STORIES[kind])


def place_for(rng: random.Random, kind: IncidentType) -> Place:
    if kind == IncidentType.FALSIFICATION:
        return Place.PHARMACY
    return rng.choices((Place.PRACTICE, Place.PATIENT_HOME, Place.PUBLIC_ROAD,
                        Place.ESTABLISHMENT), (70, 18, 7, 5))[0]


def setting_for(rng: random.Random) -> UrbanSetting:
    return rng.choices(list(UrbanSetting), (45, 30, 25))[0]


def author_kind(rng: random.Random) -> AuthorKind:
    return rng.choices(list(AuthorKind), (70, 15, 5, 10))[0]
