"""Private files: every file Égide writes is 0600 in folders it creates 0700 (POSIX), and no
export or print ever writes plaintext to the temp folder — watched with inotify while the
commands run, so even a file deleted a moment later is seen (openpyxl's sheets were)."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import stat
import struct
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.cli import run_command
from desktop.config import Preferences, preferences_path, save_preferences
from desktop.models.cases import Case
from desktop.models.committee import Meeting, Minutes
from desktop.models.enums import MinutesStatus
from desktop.models.protocol import Ceremony, Protocol
from desktop.services.demo.build import create_demo
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from desktop.storage.sidecar import sidecar_path
from tests.core.conftest import OFFICE_77, PASSPHRASE

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask of most desktops (files 0644 unless Égide says otherwise)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


# --- modes -------------------------------------------------------------------------------------


@posix_only
def test_vault_sidecar_wal_backups_and_preferences_are_private(
    tmp_path: Path, usual_umask: None
) -> None:
    path = tmp_path / "nouveau" / "dossier" / "coffre.egide"
    made = lifecycle.create(path, OFFICE_77, passphrase=PASSPHRASE, use_keyring=False)
    db = made.db
    try:
        backups = tmp_path / "sauvegardes" / "auto"
        info = lifecycle.backup(db, Preferences(backup_folder=str(backups)))
        save_preferences(Preferences(vault_path=str(path)))
        written = [path, sidecar_path(path), path.with_name(path.name + "-wal"),
                   path.with_name(path.name + "-shm"), info.path, sidecar_path(info.path),
                   preferences_path()]
        assert {str(p.relative_to(tmp_path)) if p.is_relative_to(tmp_path) else p.name:
                oct(mode(p)) for p in written} == {
            str(p.relative_to(tmp_path)) if p.is_relative_to(tmp_path) else p.name: "0o600"
            for p in written}
        for folder in (tmp_path / "nouveau", path.parent, tmp_path / "sauvegardes", backups):
            assert mode(folder) == 0o700, folder
    finally:
        db.close()


@posix_only
def test_opening_an_older_world_readable_vault_makes_it_private(
    created: lifecycle.Created, vault_path: Path, usual_umask: None
) -> None:
    created.db.close()
    for file in (vault_path, sidecar_path(vault_path)):
        file.chmod(0o644)
    lifecycle.open_with_passphrase(vault_path, PASSPHRASE).close()
    assert mode(vault_path) == mode(sidecar_path(vault_path)) == 0o600


# --- the temp folder, watched ------------------------------------------------------------------


class TempWatch:
    """inotify on one folder: every file created or moved in, however briefly."""

    IN_CREATE, IN_MOVED_TO, IN_NONBLOCK = 0x100, 0x80, 0o4000

    def __init__(self, folder: Path) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = libc.inotify_init1(self.IN_NONBLOCK)
        if self.fd < 0 or libc.inotify_add_watch(
                self.fd, str(folder).encode(), self.IN_CREATE | self.IN_MOVED_TO) < 0:
            pytest.skip("inotify n'est pas disponible ici")

    def created(self) -> list[str]:
        names: list[str] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                raw = data[offset + 16: offset + 16 + length]
                names.append(raw.rstrip(b"\0").decode(errors="replace"))
                offset += 16 + length

    def close(self) -> None:
        os.close(self.fd)


def _ids(db: Database) -> dict[str, str]:
    with db.reading() as session:
        locked = sa.select(Minutes.meeting_id).where(Minutes.status == MinutesStatus.VERROUILLE)
        return {
            "case": str(session.scalars(sa.select(Case.reference).limit(1)).one()),
            "ceremony": str(session.scalars(sa.select(Ceremony.id).limit(1)).one()),
            "meeting": str(session.scalars(sa.select(Meeting.id).where(
                Meeting.id.not_in(locked)).order_by(Meeting.id)).first()),
            "minutes": str(session.scalars(sa.select(Minutes.meeting_id).limit(1)).one()),
            "protocol": str(session.scalars(sa.select(Protocol.id).limit(1)).one()),
        }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify")
def test_no_export_or_print_writes_to_the_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, usual_umask: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault = tmp_path / "demo.egide"
    demo = create_demo(vault, passphrase=PASSPHRASE)
    ids = _ids(demo.db)
    demo.db.close()
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE, encoding="utf-8")
    out = tmp_path / "sorties"
    unlock = ["--vault", str(vault), "--passphrase-file", str(phrase)]
    commands = {
        "fiche.pdf": ["print", "fiche", "--case", ids["case"]],
        "synthese.pdf": ["print", "case", "--case", ids["case"]],
        "invitation.pdf": ["print", "invitation", "--ceremony", ids["ceremony"]],
        "dossier.pdf": ["print", "dossier", "--meeting", ids["meeting"], "--exact-words"],
        "releve.pdf": ["print", "releve", "--meeting", ids["minutes"]],
        "convention.pdf": ["print", "convention", "--protocol", ids["protocol"]],
        "annuaire.pdf": ["print", "annuaire"],
        "contacts.xlsx": ["export", "contacts"],
        "contacts.vcf": ["export", "contacts"],
        "ceremonie.ics": ["export", "ceremony", "--ceremony", ids["ceremony"]],
        "referents.xlsx": ["export", "referents"],
        "gendarmerie.xlsx": ["export", "preregistration", "--force", "GN", "--no-mark-sent"],
        "police.csv": ["export", "preregistration", "--force", "PN", "--no-mark-sent"],
        "protocole.json": ["protocol", "export", "--protocol", ids["protocol"]],
        "seance.egide": ["pack", "export", "--meeting", ids["meeting"],
                         "--pack-passphrase-file", str(phrase)],
    }
    watched = tmp_path / "temp-surveille"
    watched.mkdir()
    monkeypatch.setenv("TMPDIR", str(watched))
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    watch = TempWatch(watched)
    out.mkdir(mode=0o700)
    try:
        for name, command in commands.items():
            code = run_command([*command, *unlock, "--to", str(out / name)])
            assert code == 0, (name, capsys.readouterr().err)
            assert watch.created() == [], f"{name} : fichiers écrits dans le dossier temporaire"
    finally:
        watch.close()
    assert sorted(os.listdir(watched)) == []
    expected = {*commands, "seance.egide.keys"}  # the pack travels with its key sidecar
    assert {p.name: oct(mode(p)) for p in out.iterdir()} == {name: "0o600" for name in expected}
