"""The French name of a stored field (the audit trail's changes, a colleague's save): data
only, so that any layer may read it (``errors`` included)."""

from __future__ import annotations

FIELDS: dict[str, str] = {
    "status": "étape", "case": "dossier", "given": "donné", "scope": "destinataires",
    "recipient": "destinataire", "sha256": "empreinte SHA-256", "filename": "fichier",
    "withdrawn_on": "retiré le", "reference": "référence", "name": "nom", "title": "titre",
    "due_on": "échéance", "owner": "responsable", "decided_on": "décidé le",
    "sent_on": "envoyé le", "kind": "nature", "channel": "modalité", "force_zone": "zone",
    "comment": "commentaire", "on": "le", "from": "du", "to": "au", "rows": "lignes",
    "count": "nombre", "path": "emplacement", "outcome": "issue", "degree": "degré",
    "narrative": "récit", "occurred_at": "date des faits", "commune": "commune",
    "number": "numéro", "starts_at": "début", "place": "lieu", "period": "période",
    "department_code": "code du département", "department_name": "département",
    "prefecture_name": "préfecture", "prefet_title": "titre du préfet", "address": "adresse",
    "city": "ville", "phone": "téléphone", "email": "courriel",
    "stale_referent_months": "référents à vérifier après (mois)",
    "small_count_threshold": "seuil des petits effectifs",
    "committee_every_months": "comité tous les (mois)",
    # Rows edited in forms (a colleague's save names them: ``errors.ConcurrentEdit``).
    "body": "texte", "first_name": "prénom", "last_name": "nom", "mobile": "portable",
    "grade": "grade", "role": "rôle", "unit": "unité", "represented_by": "représenté par",
    "signer_id": "signataire", "measures": "mesures", "preamble": "préambule",
    "chair": "présidence", "quorum": "quorum", "press_contacts": "contacts presse",
    "signed_place": "lieu de signature", "signed_on": "signé le", "copies": "exemplaires",
    "in_force_from": "en vigueur le", "arrived_at": "arrivée", "left_at": "départ",
    "attending_person": "présent", "decided_at": "heure de décision", "text": "texte",
    "note": "note", "description": "description", "profession": "profession",
    "rpps": "RPPS", "structure": "structure", "valid_from": "du", "valid_to": "au",
    "verified_on": "vérifié le", "parent_id": "unité de rattachement",
    "short_name": "nom court", "title_feminine": "titre au féminin", "civility": "civilité",
}
