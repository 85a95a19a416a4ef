"""Every enumeration of the domain, with the French label the UI and the documents show.

Members are ``enum.StrEnum`` whose value (lower-case snake) is what the vault stores; the label
sits beside it: ``PN = "pn", "Police nationale"``, read as ``ForceZone.PN.label``. Values never
change once released (they are data); labels may.
"""

from __future__ import annotations

import enum
from typing import Self


class LabelledEnum(enum.StrEnum):
    """A ``StrEnum`` whose members carry a French label."""

    _label: str

    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label or value
        return member

    @property
    def label(self) -> str:
        """The French text shown to users (``str(member)`` stays the stored value)."""
        return self._label


# --- territory -------------------------------------------------------------------------------


class ForceZone(LabelledEnum):
    """Which force answers a 17 call from a commune; ``mixte`` awaits a manual decision."""

    PN = "pn", "Police nationale"
    GN = "gn", "Gendarmerie nationale"
    MIXTE = "mixte", "Mixte (à trancher)"


class Force(LabelledEnum):
    """A force itself (a unit or a 17 pre-registration belongs to exactly one)."""

    PN = "pn", "Police nationale"
    GN = "gn", "Gendarmerie nationale"


class UnitKind(LabelledEnum):
    GROUPEMENT = "groupement", "Groupement de gendarmerie"
    COMPAGNIE = "compagnie", "Compagnie"
    BRIGADE = "brigade", "Brigade"
    COB = "cob", "Communauté de brigades"
    DDPN = "ddpn", "Direction départementale de la police nationale"
    DIPN = "dipn", "Direction interdépartementale de la police nationale"
    CIRCONSCRIPTION = "circonscription", "Circonscription"
    COMMISSARIAT = "commissariat", "Commissariat"


class ReferentRole(LabelledEnum):
    REFERENT = "referent", "Référent sûreté"
    CORRESPONDANT = "correspondant", "Correspondant sûreté"


# --- contacts --------------------------------------------------------------------------------


class Civility(LabelledEnum):
    M = "m", "M."
    MME = "mme", "Mme"


class OrganisationKind(LabelledEnum):
    PREFECTURE = "prefecture", "Préfecture"
    PARQUET = "parquet", "Tribunal judiciaire / parquet"
    ARS = "ars", "ARS (délégation départementale)"
    ORDRE = "ordre", "Ordre professionnel"
    POLICE = "police", "Police nationale (DDPN / DIPN)"
    GENDARMERIE = "gendarmerie", "Gendarmerie nationale"
    URPS = "urps", "URPS"
    SOS_MEDECINS = "sos_medecins", "SOS Médecins"
    CHU = "chu", "CHU / établissement de santé"
    MAIRIE = "mairie", "Mairie"
    OTHER = "other", "Autre"


class Profession(LabelledEnum):
    MEDECIN_GENERALISTE = "medecin_generaliste", "Médecin généraliste"
    MEDECIN_SPECIALISTE = "medecin_specialiste", "Médecin spécialiste"
    SOS_MEDECINS = "sos_medecins", "Médecin SOS Médecins"
    INFIRMIER = "infirmier", "Infirmier"
    PHARMACIEN = "pharmacien", "Pharmacien"
    CHIRURGIEN_DENTISTE = "chirurgien_dentiste", "Chirurgien-dentiste"
    SAGE_FEMME = "sage_femme", "Sage-femme"
    MASSEUR_KINESITHERAPEUTE = "masseur_kinesitherapeute", "Masseur-kinésithérapeute"
    PEDICURE_PODOLOGUE = "pedicure_podologue", "Pédicure-podologue"
    OTHER = "other", "Autre"


class AlertDeviceKind(LabelledEnum):
    PUSH_BUTTON = "push_button", "Bouton d'alerte géolocalisé"
    DEDICATED_NUMBER = "dedicated_number", "Numéro d'alerte dédié"
    REGULATION_RELAY = "regulation_relay", "Relais par la régulation"
    OTHER = "other", "Autre"


# --- protocol --------------------------------------------------------------------------------


class VersionKind(LabelledEnum):
    ORIGINAL = "original", "Version initiale"
    UPDATE = "update", "Mise à jour"
    AMENDMENT = "amendment", "Avenant"


class VersionStatus(LabelledEnum):
    PROJET = "projet", "Projet"
    SIGNE = "signe", "Signé"
    EN_VIGUEUR = "en_vigueur", "En vigueur"
    REMPLACE = "remplace", "Remplacé"


class ArticleChange(LabelledEnum):
    """What an avenant does to one article."""

    ADDED = "added", "Ajouté"
    CHANGED = "changed", "Modifié"
    REMOVED = "removed", "Supprimé"


class MeasureKind(LabelledEnum):
    SECURITY_ADVICE = "security_advice", "Conseils de sûreté"
    ALERT_DEVICE = "alert_device", "Dispositif d'alerte"
    PREREGISTRATION = "preregistration", "Pré-enregistrement au 17"
    FACILITATED_COMPLAINT = "facilitated_complaint", "Dépôt de plainte facilité"
    INFORMATION_CIRCUIT = "information_circuit", "Circuits d'information"
    VIDEOPROTECTION = "videoprotection", "Vidéoprotection"
    FOLLOW_UP_COMMITTEE = "follow_up_committee", "Comité de suivi"
    OTHER = "other", "Autre"


class SignatureMode(LabelledEnum):
    CEREMONY = "ceremony", "En cérémonie"
    CIRCULATION = "circulation", "Par circulation"


# --- cases -----------------------------------------------------------------------------------


class CaseStatus(LabelledEnum):
    """The workflow states; which transitions are allowed is the cases service's business."""

    RECU = "recu", "Reçu"
    FICHE_ENVOYEE = "fiche_envoyee", "Fiche envoyée pour validation"
    FICHE_VALIDEE = "fiche_validee", "Fiche validée"
    TRANSMIS_URPS_ORDRE = "transmis_urps_ordre", "Transmis URPS / Ordre"
    QUALIFIE = "qualifie", "Qualifié"
    CONSENTEMENT_DEMANDE = "consentement_demande", "Consentement demandé"
    CONSENTEMENT_DONNE = "consentement_donne", "Consentement donné"
    CONSENTEMENT_REFUSE = "consentement_refuse", "Consentement refusé"
    TRANSMIS_AUTORITES = "transmis_autorites", "Transmis aux autorités"
    SUIVI = "suivi", "Suivi"
    CLOS = "clos", "Clos"


class CaseEventKind(LabelledEnum):
    CREATED = "created", "Création"
    UPDATED = "updated", "Modification"
    TRANSITION = "transition", "Changement d'étape"
    REOPENED = "reopened", "Réouverture"
    NOTE = "note", "Note"
    CONSENT = "consent", "Consentement"
    TRANSMISSION = "transmission", "Transmission"
    COMPLAINT = "complaint", "Plainte"
    ATTACHMENT = "attachment", "Pièce jointe"


class Place(LabelledEnum):
    PRACTICE = "practice", "Cabinet"
    PATIENT_HOME = "patient_home", "Domicile du patient"
    PUBLIC_ROAD = "public_road", "Voie publique"
    PHARMACY = "pharmacy", "Officine"
    ESTABLISHMENT = "establishment", "Établissement"
    OTHER = "other", "Autre"


class UrbanSetting(LabelledEnum):
    """Where the place lies (the observatory axis "centre-ville / banlieue / rural")."""

    CITY_CENTRE = "city_centre", "Centre-ville"
    SUBURB = "suburb", "Banlieue"
    RURAL = "rural", "Rural"


class AuthorKind(LabelledEnum):
    PATIENT = "patient", "Patient"
    COMPANION = "companion", "Accompagnant"
    OTHER = "other", "Autre"
    UNKNOWN = "unknown", "Inconnu"


class IncidentType(LabelledEnum):
    VERBAL = "verbal", "Agression verbale, menace"
    PHYSICAL = "physical", "Agression physique"
    THEFT = "theft", "Vol ou tentative"
    VANDALISM = "vandalism", "Vandalisme"
    FALSIFICATION = "falsification", "Falsification de document"
    SEXUAL = "sexual", "Agression sexuelle"
    OTHER = "other", "Autre"


class Motive(LabelledEnum):
    """The Ordre's observatory axis "motif"."""

    CARE_COMPLAINT = "care_complaint", "Reproche relatif à la prise en charge"
    REFUSED_PRESCRIPTION = "refused_prescription", "Refus de prescription, certificat ou arrêt"
    WAITING_TIME = "waiting_time", "Temps d'attente"
    FALSIFICATION = "falsification", "Falsification"
    PAYMENT = "payment", "Paiement"
    THEFT = "theft", "Vol"
    PSYCHIATRIC_STATE = "psychiatric_state", "État psychiatrique"
    NONE = "none", "Sans motif"
    OTHER = "other", "Autre"


class CaseSource(LabelledEnum):
    """Who brought the case to the office."""

    CDOM = "cdom", "Conseil de l'Ordre (CDOM)"
    DIRECT = "direct", "Appel direct du praticien"
    FORCES = "forces", "Police ou gendarmerie"
    URPS = "urps", "URPS"
    ESTABLISHMENT = "establishment", "Établissement de santé"
    OTHER = "other", "Autre"


class VictimSex(LabelledEnum):
    """The victim's sex, an axis of the Ordre's observatory; kept on the case (a statistical
    field: it outlives the erasure of the practitioner's identity)."""

    FEMME = "femme", "Femme"
    HOMME = "homme", "Homme"


class SeverityFamily(LabelledEnum):
    PERSONS = "persons", "Atteintes aux personnes"
    PROPERTY = "property", "Atteintes aux biens"


class RecipientKind(LabelledEnum):
    """Who may receive a case file (consent scope, transmissions)."""

    URPS = "urps", "URPS"
    ORDRE = "ordre", "Ordre"
    POLICE = "police", "Police nationale"
    GENDARMERIE = "gendarmerie", "Gendarmerie nationale"
    PARQUET = "parquet", "Parquet"
    MAIRIE = "mairie", "Mairie"
    OTHER = "other", "Autre"


class ConsentChannel(LabelledEnum):
    SIGNED_FORM = "signed_form", "Formulaire signé"
    EMAIL = "email", "Courriel"
    PHONE = "phone", "Téléphone (avec témoin)"


class TransmissionChannel(LabelledEnum):
    EMAIL = "email", "Courriel"
    SECURE_MESSAGING = "secure_messaging", "Messagerie sécurisée"
    POST = "post", "Courrier"
    HAND = "hand", "Remise en main propre"
    OTHER = "other", "Autre"


class ComplaintKind(LabelledEnum):
    PLAINTE = "plainte", "Plainte"
    MAIN_COURANTE = "main_courante", "Main courante"
    NONE = "none", "Aucune"
    PLAINTE_BY_ORDRE = "plainte_by_ordre", "Plainte déposée par l'Ordre"
    PLAINTE_BY_URPS = "plainte_by_urps", "Plainte déposée par l'URPS"
    PLAINTE_BY_EMPLOYER = "plainte_by_employer", "Plainte déposée par l'employeur"


class ComplaintModality(LabelledEnum):
    """How the complaint was taken (article 6 of the Seine-et-Marne protocol, 2023 update:
    "sur rendez-vous ou, lorsque les circonstances le justifient, à son cabinet")."""

    AT_STATION = "at_station", "Au commissariat ou à la brigade"
    APPOINTMENT = "appointment", "Sur rendez-vous"
    AT_PRACTICE = "at_practice", "Au cabinet du praticien"
    ONLINE = "online", "Pré-plainte en ligne"
    BY_LETTER = "by_letter", "Par courrier au procureur de la République"


class DeclaredAddress(LabelledEnum):
    """The address the complainant declares instead of their home (article 6; the law
    n° 2025-623 of 9 July 2025 on domiciliation)."""

    ORDRE = "ordre", "Adresse du conseil de l'Ordre"
    PRACTICE = "practice", "Adresse du lieu d'exercice"
    OTHER = "other", "Autre adresse"
    PERSONAL = "personal", "Adresse personnelle"


# --- committee -------------------------------------------------------------------------------


class MeetingKind(LabelledEnum):
    COMITE_SUIVI = "comite_suivi", "Comité de suivi"
    REUNION_TECHNIQUE = "reunion_technique", "Réunion technique"
    OTHER = "other", "Autre"


class MeetingStatus(LabelledEnum):
    PREPAREE = "preparee", "Préparée"
    TENUE = "tenue", "Tenue"
    RELEVE_PROJET = "releve_projet", "Relevé en projet"
    RELEVE_VALIDE = "releve_valide", "Relevé validé"
    VERROUILLEE = "verrouillee", "Verrouillée"


class AttendanceStatus(LabelledEnum):
    PRESENT = "present", "Présent"
    ABSENT = "absent", "Absent"
    EXCUSE = "excuse", "Excusé"
    REPRESENTE = "represente", "Représenté"


class ActionStatus(LabelledEnum):
    OPEN = "open", "Ouverte"
    IN_PROGRESS = "in_progress", "En cours"
    DONE = "done", "Réalisée"
    DROPPED = "dropped", "Abandonnée"


class MinutesStatus(LabelledEnum):
    PROJET = "projet", "Projet"
    VALIDE = "valide", "Validé"
    VERROUILLE = "verrouille", "Verrouillé"


# --- the protocol's measures (advice, alerts, vidéoprotection) -------------------------------


class AdviceKind(LabelledEnum):
    """The three levels of security advice of article 4 (2023 update)."""

    CONSULTATION = "consultation", "Consultation"
    DIAGNOSTIC = "diagnostic", "Diagnostic écrit"
    AUDIT = "audit", "Audit"


class VideoSiteKind(LabelledEnum):
    PRACTICE = "practice", "Cabinet"
    HEALTH_CENTRE = "health_centre", "Maison de santé"
    PHARMACY = "pharmacy", "Officine"
    ESTABLISHMENT = "establishment", "Établissement"
    OTHER = "other", "Autre"


class VideoSiteStatus(LabelledEnum):
    PROJET = "projet", "Projet"
    SUBVENTION_DEMANDEE = "subvention_demandee", "Subvention demandée"
    SUBVENTION_ACCORDEE = "subvention_accordee", "Subvention accordée"
    INSTALLE = "installe", "Installé"
