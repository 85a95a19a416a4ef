"""Build ``resources/communes/communes-france.csv.gz`` and ``arrondissements.csv`` from Etalab's
"découpage administratif".

Usage (from the repository root)::

    cd /tmp && npm pack @etalab/decoupage-administratif@6.0.0
    .venv/bin/python tools/build_communes_resource.py /tmp/etalab-decoupage-administratif-6.0.0.tgz

The argument may be the ``.tgz`` from ``npm pack``, the unpacked ``package/`` folder, or a bare
``communes.json`` (then give ``--version``; the arrondissements are read from the
``arrondissements.json`` beside it). Only "commune-actuelle" entries whose INSEE code is a
département commune (01-95, 2A, 2B, 971-976) are kept; the output is sorted by code and
byte-for-byte reproducible; ``arrondissements.csv`` holds all of the package's arrondissements
with their COG type of name. ``SOURCE.md`` (for people) and ``communes-france.meta.json`` (read
by ``desktop.io.reference``) are rewritten beside it.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import sys
import tarfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.io.insee import is_valid_insee_code  # noqa: E402

OUTPUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "communes"
COLUMNS = ("insee_code", "name", "department", "arrondissement", "postal_codes", "population")
PACKAGE = "@etalab/decoupage-administratif"


def load_package(source: Path, version: str | None) -> tuple[bytes, bytes | None, str]:
    """The bytes of ``communes.json`` and ``arrondissements.json`` (None when a bare
    ``communes.json`` has no ``arrondissements.json`` beside it) and the package version."""
    if source.is_dir():
        manifest = json.loads((source / "package.json").read_text(encoding="utf-8"))
        data = source / "data"
        return ((data / "communes.json").read_bytes(),
                (data / "arrondissements.json").read_bytes(), str(manifest["version"]))
    if source.suffix == ".json":
        if not version:
            raise SystemExit("--version est requis avec un fichier communes.json seul.")
        beside = source.with_name("arrondissements.json")
        return source.read_bytes(), beside.read_bytes() if beside.exists() else None, version
    with tarfile.open(source, "r:gz") as archive:
        manifest = json.loads(_member(archive, "package/package.json"))
        return (_member(archive, "package/data/communes.json"),
                _member(archive, "package/data/arrondissements.json"),
                str(manifest["version"]))


def _member(archive: tarfile.TarFile, name: str) -> bytes:
    handle = archive.extractfile(name)
    if handle is None:
        raise SystemExit(f"{name} absent de l'archive.")
    return handle.read()


def build_rows(entries: list[dict[str, Any]]) -> tuple[list[tuple[str, ...]], list[str]]:
    """CSV rows for the kept communes, and the codes left out (collectivités d'outre-mer)."""
    rows: list[tuple[str, ...]] = []
    skipped: list[str] = []
    for entry in entries:
        if entry.get("type") != "commune-actuelle":
            continue
        code = str(entry["code"])
        if not is_valid_insee_code(code):
            skipped.append(code)
            continue
        population = entry.get("population")
        rows.append(
            (
                code,
                str(entry["nom"]),
                str(entry["departement"]),
                str(entry.get("arrondissement") or ""),
                " ".join(dict.fromkeys(entry.get("codesPostaux") or [])),
                "" if population is None else str(int(population)),
            )
        )
    rows.sort(key=lambda row: row[0])
    return rows, skipped


ARRONDISSEMENT_COLUMNS = ("code", "name", "name_type")


def arrondissement_rows(entries: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(code, name, COG type of name) for every arrondissement, sorted by code: "762",
    "Le Havre", "2" (the name keeps its article; the type says how "de" joins it)."""
    rows = [(str(entry["code"]), str(entry["nom"]), str(int(entry.get("typeLiaison") or 0)))
            for entry in entries]
    return sorted(rows)


def write_arrondissements(rows: list[tuple[str, str, str]], target: Path) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(ARRONDISSEMENT_COLUMNS)
    writer.writerows(rows)
    target.write_bytes(buffer.getvalue().encode("utf-8"))


def write_gzip_csv(rows: list[tuple[str, ...]], target: Path) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    payload = buffer.getvalue().encode("utf-8")
    with target.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as compressed:
        compressed.write(payload)


SOURCE_TEMPLATE = """\
# Communes de France — source de `communes-france.csv.gz`

- **Source** : Etalab / DINUM, « Découpage administratif », paquet npm `{package}`
  version **{version}**, fichier `data/communes.json`
  (SHA-256 `{digest}`).
  Millésime **{vintage}** : Code officiel géographique de l'INSEE au 1er janvier {vintage},
  codes postaux de La Poste, populations légales de l'INSEE.
  <https://www.npmjs.com/package/{package}> ;
  <https://github.com/datagouv/decoupage-administratif>
- **Licence des données** : Licence Ouverte / Open Licence (Etalab) 2.0 — réutilisation libre,
  mention de la source obligatoire (ci-dessus). Le code du paquet est sous licence MIT.
- **Contenu** : {count} communes (type `commune-actuelle`) des départements 01 à 95, 2A, 2B et
  971 à 976 ; {skipped} communes des collectivités d'outre-mer (977, 978, 984, 986 à 989) sont
  écartées car leur code n'est pas un code communal départemental. Communes déléguées et
  associées et arrondissements municipaux (Paris, Lyon, Marseille) ne sont pas repris.
- **Format** : CSV UTF-8 compressé gzip, séparateur `;`, colonnes
  `{columns}` ;
  `postal_codes` séparés par des espaces, `arrondissement` et `population` vides quand la
  source n'en donne pas. Lu par `desktop.io.communes.parse_communes_resource` ; source,
  version et millésime aussi dans `communes-france.meta.json` (`desktop.io.reference`).
- **Généré le** {generated} par `tools/build_communes_resource.py`.

# Arrondissements — source de `arrondissements.csv`

- **Source** : le même paquet (version **{version}**), fichier `data/arrondissements.json`
  (SHA-256 `{arr_digest}`),
  Code officiel géographique de l'INSEE au 1er janvier {vintage} ; même licence.
- **Contenu** : les {arr_count} arrondissements de France (départements métropolitains et
  d'outre-mer), chacun nommé d'après son chef-lieu.
- **Format** : CSV UTF-8, séparateur `;`, colonnes `{arr_columns}` ;
  `name` garde son article (« Le Havre ») ; `name_type` est le type de nom du COG
  (`typeLiaison`, TNCC) qui dit comment « de » s'y joint : 0 « de », 1 « d' », 2 « du »,
  3 « de la », 4 « des », 5 « de l' » (« arrondissement du Havre »).
  Lu par `desktop.io.arrondissements`.

## Reconstruire (nouveau millésime)

```sh
cd /tmp && npm pack {package}@<version>
cd <dépôt> && .venv/bin/python tools/build_communes_resource.py \\
    /tmp/etalab-decoupage-administratif-<version>.tgz --vintage <année>
```

Puis relancer `tests/core/io` et mettre à jour le millésime annoncé dans l'application.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help=".tgz de npm pack, dossier package/ ou .json")
    parser.add_argument("--version", help="version du paquet (avec un communes.json seul)")
    parser.add_argument(
        "--vintage", help="millésime (par défaut 2020 + version majeure : 6.x.x -> 2026)"
    )
    parser.add_argument("--output-dir", type=Path, default=OUTPUT_DIR)
    args = parser.parse_args(argv)

    data, arr_data, version = load_package(args.source, args.version)
    rows, skipped = build_rows(json.loads(data))
    if arr_data is None:
        raise SystemExit("arrondissements.json introuvable à côté de communes.json.")
    arrondissements = arrondissement_rows(json.loads(arr_data))
    vintage = args.vintage or str(2020 + int(version.split(".")[0]))
    args.output_dir.mkdir(parents=True, exist_ok=True)
    target = args.output_dir / "communes-france.csv.gz"
    write_gzip_csv(rows, target)
    write_arrondissements(arrondissements, args.output_dir / "arrondissements.csv")
    source_md = SOURCE_TEMPLATE.format(
        package=PACKAGE,
        version=version,
        vintage=vintage,
        digest=hashlib.sha256(data).hexdigest(),
        count=f"{len(rows):,}".replace(",", " "),
        skipped=len(skipped),
        columns=";".join(COLUMNS),
        generated=datetime.now(UTC).date().isoformat(),
        arr_digest=hashlib.sha256(arr_data).hexdigest(),
        arr_count=len(arrondissements),
        arr_columns=";".join(ARRONDISSEMENT_COLUMNS),
    )
    (args.output_dir / "SOURCE.md").write_text(source_md, encoding="utf-8")
    meta = {
        "source": "Etalab, découpage administratif",
        "package": PACKAGE,
        "version": version,
        "vintage": vintage,
        "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
        "rows": len(rows),
        "communes_json_sha256": hashlib.sha256(data).hexdigest(),
    }
    meta_text = json.dumps(meta, ensure_ascii=False, indent=2) + "\n"
    (args.output_dir / "communes-france.meta.json").write_text(meta_text, encoding="utf-8")
    size = target.stat().st_size
    print(f"{target}: {len(rows)} communes, {size} octets, {len(skipped)} communes COM écartées, "
          f"{len(arrondissements)} arrondissements")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
