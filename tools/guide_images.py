"""Copy the screenshots the user guide shows from a tour's folder (``egide tour --to DIR``)
into ``docs/guide/images``, under stable names the guide's Markdown refers to.

    .venv/bin/python tools/guide_images.py TOUR_DIR docs/guide/images

(``make guide`` runs the tour on a demonstration vault at 1366×768, then this.)
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

# guide image → the tour screen's name (its window title or page name)
WANTED = {
    "accueil.png": "Accueil",
    "tableau-de-bord.png": "Tableau de bord",
    "signalements.png": "Signalements",
    "nouveau-signalement.png": "Nouveau signalement",
    "referents.png": "Référents",
    "praticiens.png": "Praticiens",
    "protocoles.png": "Protocoles",
    "comite.png": "Comité de suivi",
    "mesures.png": "Mesures",
    "audit.png": "Journal d'audit",
    "sauvegardes.png": "Sauvegardes",
    "conservation.png": "Conservation des données",
    "creation-cle-de-secours.png": "Création du coffre — La clé de secours",
    "coffre-verrouille.png": "Coffre verrouillé",
}


def main(tour: Path, target: Path) -> int:
    shots = {entry["name"]: entry for entry in
             json.loads((tour / "index.json").read_text(encoding="utf-8"))}
    target.mkdir(parents=True, exist_ok=True)
    missing = []
    for image, name in WANTED.items():
        entry = shots.get(name)
        if entry is None or not entry.get("file"):
            missing.append(name)
            continue
        shutil.copyfile(tour / entry["file"], target / image)
    print(f"{len(WANTED) - len(missing)} capture(s) copiée(s) dans {target}")
    if missing:
        print("absentes de la visite : " + ", ".join(missing), file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
