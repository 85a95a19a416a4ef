"""A national Etalab "découpage administratif" communes file, written from the bundled list
(the 34,877 communes of the départements) plus the 92 communes of the collectivités
d'outre-mer that the real file carries (type "commune-actuelle", a ``collectiviteOutremer``
instead of a ``departement``), so tests read the real shape without downloading it."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.io.reference import load_france_communes

# Collectivité → (name, commune codes). Counts as in the Etalab 2026 file (92 in all).
_OVERSEAS = {
    "977": ("Saint-Barthélemy", ["97701"]),
    "978": ("Saint-Martin", ["97801"]),
    "984": ("Terres australes et antarctiques françaises", [f"984{n:02}" for n in range(11, 16)]),
    "986": ("Wallis-et-Futuna", ["98611", "98612", "98613"]),
    "987": ("Polynésie française", [f"987{n:02}" for n in range(11, 59)]),
    "988": ("Nouvelle-Calédonie", [f"988{n:02}" for n in range(1, 34)]),
    "989": ("Île de Clipperton", ["98901"]),
}
_NAMES = {"97701": "Saint-Barthélemy", "97801": "Saint-Martin", "98735": "Papeete",
          "98818": "Nouméa", "98613": "Uvea", "98901": "Île de Clipperton"}
OVERSEAS_COUNT = sum(len(codes) for _, codes in _OVERSEAS.values())


def overseas_entries() -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for collectivity, (name, codes) in _OVERSEAS.items():
        for code in codes:
            entries.append({
                "code": code, "nom": _NAMES.get(code, f"{name} ({code})"), "typeLiaison": 0,
                "zone": "com", "collectiviteOutremer": {"code": collectivity, "nom": name},
                "type": "commune-actuelle", "codesPostaux": [f"{code[:3]}{code[3:]}0"[:5]],
                "population": 1000,
            })
    return entries


def write_national_file(path: Path) -> Path:
    """communes.json as Etalab publishes it: départements' communes, then the COM's."""
    entries: list[dict[str, object]] = []
    for record in load_france_communes().records:
        entry: dict[str, object] = {
            "code": record.insee_code, "nom": record.name, "typeLiaison": 0,
            "zone": "drom" if record.department.startswith("97") else "metro",
            "departement": record.department, "type": "commune-actuelle",
            "codesPostaux": list(record.postal_codes),
        }
        if record.arrondissement:
            entry["arrondissement"] = record.arrondissement
        if record.population is not None:
            entry["population"] = record.population
        entries.append(entry)
    entries.append({"code": "13201", "nom": "Marseille 1er Arrondissement",
                    "type": "arrondissement-municipal", "departement": "13"})
    entries += overseas_entries()
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path
