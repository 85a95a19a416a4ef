"""Reference data shipped with the application (see ``resources/communes/SOURCE.md``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.io.communes import CommuneRecord, parse_communes_resource
from desktop.io.report import ParseResult
from desktop.resources import resource_path


@dataclass(frozen=True, slots=True)
class ResourceInfo:
    """Where a bundled list comes from: "Etalab, découpage administratif", "6.0.0", "2026"."""

    source: str
    version: str
    vintage: str
    rows: int


def france_communes_path() -> Path:
    """The bundled list of France's communes (gzip CSV, about 35,000 rows)."""
    return resource_path("communes", "communes-france.csv.gz")


def france_communes_info() -> ResourceInfo:
    """Source, package version and vintage of the bundled list (written by the build tool)."""
    meta = json.loads(
        resource_path("communes", "communes-france.meta.json").read_text(encoding="utf-8")
    )
    return ResourceInfo(
        str(meta["source"]), str(meta["version"]), str(meta["vintage"]), int(meta["rows"])
    )


def load_france_communes(departments: set[str] | None = None) -> ParseResult[CommuneRecord]:
    """Parse the bundled list; with ``departments`` ({"77", "91"}), keep only their communes."""
    result = parse_communes_resource(france_communes_path())
    if departments is None:
        return result
    records = tuple(record for record in result.records if record.department in departments)
    return ParseResult(records, result.rejects)
