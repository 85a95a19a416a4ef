"""Fuzzing of every importer with hypothesis: valid files with bytes flipped, cut, or text
inserted, and files of random bytes. Each input either imports, or is refused with one French
line (an ``EgideError``) and the vault exactly as it was; never another exception.

``EGIDE_FUZZ_EXAMPLES`` sets the examples per importer (``make soak`` raises it).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import EgideError
from desktop.io.xlsx import workbook_bytes
from desktop.services.protocol.exchange import import_json
from desktop.services.protocol.sample import sample_json
from desktop.services.roster import imports
from desktop.services.roster.referent_import import import_referents
from desktop.services.vault.database import Database
from tests.core.roster.conftest import COMPETENCE
from tests.core.roster.test_damaged_imports import COG

# The vault's tables are compared through SQLite's catalogue: the SQLCipher file only.
pytestmark = pytest.mark.sqlcipher_only

EXAMPLES = int(os.environ.get("EGIDE_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
REFERENTS_CSV = ("Nom;Prénom;Unité;Rôle;Téléphone;Communes\n"
                 "DUPONT;Jeanne;;référent sûreté;01 64 00 00 00;77131\n"
                 "MARTIN;Paul;;correspondant;06 12 34 56 78;Coulommiers\n")
LAPOSTE = ("#Code_commune_INSEE;Nom_de_la_commune;Code_postal;Libellé_d_acheminement;Ligne_5\n"
           "77131;COULOMMIERS;77120;COULOMMIERS;\n")


def referents_xlsx() -> bytes:
    """The CSV seed's rows as a workbook (XlsxWriter, in memory)."""
    rows = [line.split(";") for line in REFERENTS_CSV.splitlines()]

    def fill(workbook: Any) -> None:
        sheet = workbook.add_worksheet("Référents")
        for number, row in enumerate(rows):
            sheet.write_row(number, 0, row)
    return workbook_bytes(fill)


@st.composite
def damaged(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few bytes changed, maybe cut, maybe some random bytes inserted; or,
    once in a while, nothing but random bytes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2048))
    data = bytearray(seed)
    for _ in range(draw(st.integers(0, 8))):
        if data:
            offset = draw(st.integers(0, len(data) - 1))
            data[offset] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(max_size=64))
    return bytes(data)


def fingerprint(db: Database) -> dict[str, int]:
    """Rows of every table: a refused import leaves each count as it was."""
    with db.reading() as session:
        tables = session.scalars(sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%'")).all()
        return {t: int(session.scalar(sa.text(f'SELECT count(*) FROM "{t}"')) or 0)
                for t in tables}


OUTCOMES: dict[str, list[str]] = {}


def attempt(db: Database, name: str, run: Callable[[], Any]) -> None:
    before = fingerprint(db)
    try:
        run()
    except EgideError as error:
        message = str(error)
        assert message and "\n" not in message and "Traceback" not in message, message
        assert fingerprint(db) == before, f"refused ({message}) but the vault changed"
        OUTCOMES.setdefault(name, []).append("refused")
    else:
        OUTCOMES.setdefault(name, []).append("imported")


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_fuzz_competence_csv(communes: Database, tmp_path: Path) -> None:
    @FUZZ
    @given(damaged(COMPETENCE.read_bytes()[:6000]))
    def run(data: bytes) -> None:
        path = _file(tmp_path, "competence.csv", data)
        attempt(communes, "competence", lambda: imports.import_competence(communes, path))

    run()


def test_fuzz_insee_and_laposte_csv(communes: Database, tmp_path: Path) -> None:
    @FUZZ
    @given(damaged(COG.encode()[:3000]), damaged(LAPOSTE.encode()))
    def run(cog: bytes, laposte: bytes) -> None:
        path = _file(tmp_path, "communes.csv", cog)
        attempt(communes, "insee", lambda: imports.import_communes(communes, path, "insee"))
        postal = _file(tmp_path, "laposte.csv", laposte)
        attempt(communes, "laposte", lambda: imports.import_postal_codes(communes, postal))

    run()


def test_fuzz_referents_csv_and_xlsx(communes: Database, tmp_path: Path) -> None:
    xlsx = referents_xlsx()

    @FUZZ
    @given(damaged(REFERENTS_CSV.encode("utf-8")), damaged(xlsx))
    def run(csv: bytes, sheet: bytes) -> None:
        path = _file(tmp_path, "referents.csv", csv)
        attempt(communes, "referents-csv", lambda: import_referents(communes, path))
        book = _file(tmp_path, "referents.xlsx", sheet)
        attempt(communes, "referents-xlsx", lambda: import_referents(communes, book))

    run()


def test_fuzz_protocol_json(db: Database) -> None:
    seed = sample_json(articles=3, parties=2).encode("utf-8")

    @FUZZ
    @given(damaged(seed))
    def run(data: bytes) -> None:
        text = data.decode("utf-8", errors="replace")
        attempt(db, "protocol", lambda: import_json(db, text))

    run()


def test_the_fuzzing_saw_both_outcomes() -> None:
    """Run last in this module: the mutations refused most inputs and let some through."""
    seen = {name: set(found) for name, found in OUTCOMES.items()}
    assert seen, "the fuzz tests above did not run"
    assert all("refused" in found for found in seen.values()), seen
    total = sum(len(found) for found in OUTCOMES.values())
    print(f"\n{total} fuzzed imports: "
          + ", ".join(f"{n} {found.count('refused')}/{len(found)} refused"
                      for n, found in sorted(OUTCOMES.items())))
