"""Paths and the user's preferences, declared once with their type and default.

Preferences live in a small JSON file in the user's configuration folder (``EGIDE_HOME``
overrides the base folder: tests and portable installs use it). Window geometry is the UI's
business (QSettings), not this file's.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

APP_NAME = "Egide"
VAULT_SUFFIX = ".egide"


def _base_dirs() -> tuple[Path, Path]:
    home = os.environ.get("EGIDE_HOME")
    if home:
        return Path(home) / "config", Path(home) / "data"
    from platformdirs import user_config_dir, user_data_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)), Path(
        user_data_dir(APP_NAME, appauthor=False)
    )


def config_dir() -> Path:
    return _base_dirs()[0]


def data_dir() -> Path:
    return _base_dirs()[1]


def default_vault_path() -> Path:
    return data_dir() / f"coffre{VAULT_SUFFIX}"


def default_backup_dir() -> Path:
    return data_dir() / "sauvegardes"


@dataclass
class Preferences:
    """Everything the user can set in Préférences, with its default."""

    vault_path: str = ""
    known_vaults: dict[str, str] = field(default_factory=dict)  # path -> vault id
    idle_lock_minutes: int = 10
    unlock_requires_passphrase: bool | None = None
    """"Exiger la phrase de passe pour déverrouiller": None means yes when the vault has a
    passphrase (the lock then protects a laptop left open even with the key in the keyring)."""
    backup_folder: str = ""
    backups_kept: int = 10  # the last ones, whatever their age
    backup_days: int = 7  # then one a day for this many days,
    backup_weeks: int = 4  # one a week for this many weeks,
    backup_months: int = 12  # one a month for this many months
    backup_on_close: bool = True
    backup_every_minutes: int = 30  # while open, when something changed (0: never)
    backup_mirror_folder: str = ""  # a second location (network share, USB key), optional
    shared_database: str = ""
    """Shared mode: the office's PostgreSQL URL (no password; it is in the keyring). When set,
    Égide opens this server instead of the local vault."""
    recovery_unconfirmed: list[str] = field(default_factory=list)
    """Vaults created whose recovery key was never confirmed kept (the assistant was
    interrupted on its last page): the next start offers a new recovery sheet."""

    def vault(self) -> Path:
        return Path(self.vault_path) if self.vault_path else default_vault_path()

    def backups(self) -> Path:
        return Path(self.backup_folder) if self.backup_folder else default_backup_dir()

    def mirror(self) -> Path | None:
        return Path(self.backup_mirror_folder) if self.backup_mirror_folder else None

    def remember_vault(self, path: Path, vault_id: str) -> None:
        self.known_vaults[str(Path(path).resolve())] = vault_id

    def vault_id_for(self, path: Path) -> str | None:
        return self.known_vaults.get(str(Path(path).resolve()))

    def recovery_pending(self, path: Path) -> bool:
        return str(Path(path).resolve()) in self.recovery_unconfirmed

    def set_recovery_pending(self, path: Path, pending: bool) -> None:
        key = str(Path(path).resolve())
        others = [p for p in self.recovery_unconfirmed if p != key]
        self.recovery_unconfirmed = [*others, key] if pending else others


def preferences_path() -> Path:
    return config_dir() / "preferences.json"


def load_preferences() -> Preferences:
    path = preferences_path()
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    defaults = Preferences()
    values: dict[str, Any] = {}
    for name, value in data.items():
        default = getattr(defaults, name, None)
        if name in known and (isinstance(value, type(default)) or default is None):
            values[name] = value
    return Preferences(**values)


def save_preferences(preferences: Preferences) -> None:
    from desktop.files import write_private

    text = json.dumps(asdict(preferences), indent=2, ensure_ascii=False)
    write_private(preferences_path(), text.encode("utf-8"))
