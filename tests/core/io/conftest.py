"""Paths of the real samples (Etalab JSON and La Poste file for Seine-et-Marne) and helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.resources import resource_path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "data"
_SHARED = HERE.parents[3] / "shared" / "data"  # ../shared/data beside the repository


def _sample(name: str) -> Path:
    """The sample copied into resources/demo/, else the shared folder beside the repository."""
    for candidate in (resource_path("demo", name), _SHARED / name):
        if candidate.is_file():
            return candidate
    pytest.skip(f"real sample {name} not available")


@pytest.fixture
def etalab_77() -> Path:
    return _sample("communes-77-etalab-2026.json")


@pytest.fixture
def laposte_77() -> Path:
    return _sample("laposte-hexasmal-77.csv")


@pytest.fixture
def competence_77() -> Path:
    return FIXTURES / "competence-territoriale-77-extrait.csv"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` with ``encoding`` (``newline=""``: line ends as given) and return the path."""
    path.write_bytes(text.encode(encoding))
    return path
