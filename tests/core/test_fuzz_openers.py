"""Fuzzing of the openers with hypothesis: a vault, its key file, a meeting pack and a backup,
each with bytes flipped, zeroed or cut (or replaced by random bytes). Each either opens, or is
refused with one French line (an ``EgideError``), the damaged file left byte for byte as it
was; a restore from a damaged backup leaves the vault in place untouched.

``EGIDE_FUZZ_EXAMPLES`` sets the examples per opener (``make soak`` raises it).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.config import Preferences
from desktop.errors import EgideError
from desktop.services.committee import packs
from desktop.services.vault import backups, lifecycle
from desktop.storage.sidecar import sidecar_path
from desktop.storage.vault import ByPassphrase, ByRawKey, open_vault
from tests.core.committee.test_packs import PACK_PASS, _export, prepared
from tests.core.conftest import PASSPHRASE

__all__ = ["prepared"]
EXAMPLES = int(os.environ.get("EGIDE_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
PAGE = 4096
OUTCOMES: dict[str, list[str]] = {}


@st.composite
def damaged_file(draw: st.DrawFn, size: int) -> list[tuple[str, int, int]]:
    """A list of damages to a file of ``size`` bytes: (what, where, how much)."""
    if draw(st.integers(0, 12)) == 0:
        return [("random", 0, draw(st.integers(0, 3 * PAGE)))]
    damages = []
    for _ in range(draw(st.integers(1, 3))):
        what = draw(st.sampled_from(["flip", "zero", "cut", "cut-on-page"]))
        where = draw(st.integers(0, max(size - 1, 0)))
        damages.append((what, where, draw(st.integers(1, 64))))
    return damages


def apply(path: Path, damages: list[tuple[str, int, int]], rng_bytes: bytes = b"") -> None:
    data = bytearray(path.read_bytes())
    for what, where, length in damages:
        if what == "random":
            data = bytearray((rng_bytes * (length // max(len(rng_bytes), 1) + 1))[:length]
                             if rng_bytes else bytes(length))
        elif what == "flip":
            for offset in range(where, min(where + length, len(data))):
                data[offset] ^= 0xA5
        elif what == "zero":
            data[where:where + length] = bytes(len(data[where:where + length]))
        elif what == "cut":
            data = data[:where]
        elif what == "cut-on-page":
            data = data[: (where // PAGE) * PAGE]
    path.write_bytes(bytes(data))


def attempt(name: str, path: Path, run: Callable[[], Any]) -> None:
    before = path.read_bytes() if path.exists() else None
    try:
        run()
    except EgideError as error:
        message = str(error)
        assert message and "\n" not in message, message
        after = path.read_bytes() if path.exists() else None
        assert after == before, f"refused ({message}) but the file changed"
        OUTCOMES.setdefault(name, []).append("refused")
    else:
        OUTCOMES.setdefault(name, []).append("opened")


def _fresh_copy(original: Path, folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    copy = folder / original.name
    shutil.copyfile(original, copy)
    if sidecar_path(original).exists():
        shutil.copyfile(sidecar_path(original), sidecar_path(copy))
    return copy


def _open_and_close(path: Path, unlock: Any, verify: bool) -> None:
    open_vault(path, unlock, verify=verify, migrate=False).close()


def test_fuzz_the_vault_opener(created: lifecycle.Created, vault_path: Path,
                               tmp_path: Path) -> None:
    key = created.db.vault.key
    created.db.close()
    size = vault_path.stat().st_size

    @FUZZ
    @given(damaged_file(size), st.binary(min_size=1, max_size=32), st.booleans())
    def run(damages: list[tuple[str, int, int]], noise: bytes, verify: bool) -> None:
        copy = _fresh_copy(vault_path, tmp_path / "copie")
        apply(copy, damages, noise)
        attempt("vault", copy, lambda: _open_and_close(copy, ByRawKey(key), verify))

    run()


def test_fuzz_the_key_file(created: lifecycle.Created, vault_path: Path,
                           tmp_path: Path) -> None:
    created.db.close()
    size = sidecar_path(vault_path).stat().st_size

    @FUZZ
    @given(damaged_file(size), st.binary(min_size=1, max_size=32))
    def run(damages: list[tuple[str, int, int]], noise: bytes) -> None:
        copy = _fresh_copy(vault_path, tmp_path / "copie")
        apply(sidecar_path(copy), damages, noise)
        attempt("sidecar", sidecar_path(copy),
                lambda: _open_and_close(copy, ByPassphrase(PASSPHRASE), False))

    run()


def test_fuzz_the_pack_opener(prepared: Any, tmp_path: Path) -> None:
    db, meeting, _ = prepared
    pack = _export(db, meeting, tmp_path)
    size = pack.stat().st_size

    @FUZZ
    @given(damaged_file(size), st.binary(min_size=1, max_size=32))
    def run(damages: list[tuple[str, int, int]], noise: bytes) -> None:
        copy = _fresh_copy(pack, tmp_path / "copie")
        apply(copy, damages, noise)
        attempt("pack", copy, lambda: packs.open_pack(copy, PACK_PASS).close())

    run()


def test_fuzz_the_backup_opener_and_restore(created: lifecycle.Created, vault_path: Path,
                                            tmp_path: Path) -> None:
    backup = tmp_path / "sauvegarde.egide"
    lifecycle.backup(created.db, Preferences(), backup)
    created.db.close()
    size = backup.stat().st_size
    vault_bytes = vault_path.read_bytes()

    @FUZZ
    @given(damaged_file(size), st.binary(min_size=1, max_size=32))
    def run(damages: list[tuple[str, int, int]], noise: bytes) -> None:
        copy = _fresh_copy(backup, tmp_path / "copie")
        apply(copy, damages, noise)
        attempt("backup", copy, lambda: backups.verify(copy, ByPassphrase(PASSPHRASE)))
        if OUTCOMES["backup"][-1] == "refused":
            attempt("restore", copy,
                    lambda: backups.restore(vault_path, copy, ByPassphrase(PASSPHRASE)))
            assert OUTCOMES["restore"][-1] == "refused"
            assert vault_path.read_bytes() == vault_bytes  # the vault never moved

    run()


def test_the_openers_fuzzing_refused_damage() -> None:
    """Run last in this module: damage was refused (and some survived unread pages)."""
    assert OUTCOMES, "the fuzz tests above did not run"
    assert all("refused" in found for found in OUTCOMES.values()), OUTCOMES
    total = sum(len(found) for found in OUTCOMES.values())
    print(f"\n{total} fuzzed openings: "
          + ", ".join(f"{n} {found.count('refused')}/{len(found)} refused"
                      for n, found in sorted(OUTCOMES.items())))
