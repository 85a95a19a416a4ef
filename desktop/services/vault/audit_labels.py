"""The audit trail in French, for an inspector: what each stored action and entity name means,
and each change as "étape : Fiche validée → Transmis URPS / Ordre" rather than raw values.

The trail stores stable English codes (they are data, hashed into the chain); only the reading
translates them. An unknown code shows as stored, never hidden.
"""

from __future__ import annotations

from typing import Any

from desktop.field_labels import FIELDS
from desktop.models.enums import (
    CaseStatus,
    ComplaintKind,
    ConsentChannel,
    ForceZone,
    LabelledEnum,
    RecipientKind,
    TransmissionChannel,
)

ACTIONS: dict[str, str] = {
    "create": "Création", "update": "Modification", "delete": "Suppression",
    "view": "Consultation", "print": "Impression", "export": "Export", "import": "Import",
    "transmit": "Transmission", "transition": "Changement d'étape", "reopen": "Réouverture",
    "backup": "Sauvegarde", "restore": "Restauration", "restore_access": "Accès rétabli",
    "change_passphrase": "Phrase de passe changée", "rekey": "Nouvelle clé de secours",
    "verify": "Vérification", "reassign": "Réaffectation", "assign": "Affectation",
    "end": "Fin d'affectation", "move": "Déplacement", "merge": "Fusion",
    "lock": "Verrouillage", "invite": "Convocation", "decide": "Décision",
    "purge": "Purge", "checkpoint": "Point de contrôle", "erase": "Effacement",
    "archive": "Archivage",
}

ENTITIES: dict[str, str] = {
    "case": "Signalement", "consent": "Consentement", "attachment": "Pièce jointe",
    "transmission": "Transmission", "complaint": "Plainte",
    "vault": "Coffre", "office_settings": "Service", "setting": "Réglage",
    "practitioner": "Praticien", "preregistration": "Pré-enregistrement 17",
    "alert_device": "Dispositif d'alerte", "referent": "Référent", "unit": "Unité",
    "assignment": "Affectation", "commune": "Commune", "postal_code": "Code postal",
    "annuaire": "Annuaire", "person": "Personne", "tenure": "Fonction occupée",
    "party": "Signataire", "protocol": "Protocole", "protocol_version": "Version du protocole",
    "article": "Article", "ceremony": "Cérémonie", "ceremony_attendance": "Présence à la "
    "cérémonie", "signature": "Signature", "checklist_item": "Point de préparation",
    "meeting": "Séance", "attendance": "Présence", "agenda_item": "Point de l'ordre du jour",
    "agenda_link": "Lien de l'ordre du jour", "decision": "Décision",
    "action_item": "Action", "minutes": "Relevé de décisions",
    "meeting_pack": "Dossier de séance", "workflow_delay": "Délai d'étape",
    "severity_level": "Échelle de gravité", "demo": "Démonstration", "audit": "Journal d'audit",
    "access_log": "Journal des accès", "office_rules": "Règles du protocole",
}


_ENUMS: dict[str, type[LabelledEnum]] = {
    "status": CaseStatus, "recipient": RecipientKind, "scope": RecipientKind,
    "channel": ConsentChannel, "force_zone": ForceZone, "kind": ComplaintKind,
}
_ANY_ENUM: tuple[type[LabelledEnum], ...] = (CaseStatus, RecipientKind, TransmissionChannel)
EMPTY = "—"


def action_label(action: str) -> str:
    return ACTIONS.get(action, action)


def entity_label(entity: str) -> str:
    return ENTITIES.get(entity, entity)


def value_text(field: str, value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list | tuple):
        return ", ".join(value_text(field, v) for v in value) or EMPTY
    if isinstance(value, str):
        return _enum_label(field, value)
    return str(value)


def _enum_label(field: str, value: str) -> str:
    kinds = (_ENUMS[field],) if field in _ENUMS else _ANY_ENUM
    for kind in kinds:
        try:
            return kind(value).label
        except ValueError:
            continue
    return value


def changes_text(changes: dict[str, Any], separator: str = " ; ") -> str:
    """"étape : Fiche validée → Transmis URPS / Ordre ; destinataire : URPS"."""
    parts = []
    for name, change in changes.items():
        label = FIELDS.get(name, name)
        if isinstance(change, list | tuple) and len(change) == 2:
            old, new = change
            if old is None:
                parts.append(f"{label} : {value_text(name, new)}")
            else:
                parts.append(f"{label} : {value_text(name, old)} → {value_text(name, new)}")
        else:
            parts.append(f"{label} : {value_text(name, change)}")
    return separator.join(parts)


def search_codes(text: str, table: dict[str, str]) -> list[str]:
    """The codes whose French label contains ``text`` (a search typed in French)."""
    needle = text.strip().casefold()
    if not needle:
        return []
    return [code for code, label in table.items() if needle in label.casefold()]
