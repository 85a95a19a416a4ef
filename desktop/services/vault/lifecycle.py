"""The vault's life as the user sees it: create, open by each slot, recover, back up, status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop.config import Preferences, save_preferences
from desktop.errors import VaultError, stop_if
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import OfficeIdentity, validate, write_office
from desktop.services.vault.records import BackedUp as BackedUp
from desktop.services.vault.records import Created as Created
from desktop.services.vault.records import NewRecoveryKey as NewRecoveryKey
from desktop.services.vault.records import VaultStatus as VaultStatus
from desktop.storage import keyring_slot
from desktop.storage.backup import automatic_backup_path, backup_vault
from desktop.storage.backup_retention import RetentionPolicy, prune
from desktop.storage.shared import SharedVault
from desktop.storage.sidecar import ScryptParams, read_sidecar
from desktop.storage.vault import (
    ByKeyring,
    ByPassphrase,
    ByRecoveryKey,
    Unlock,
    Vault,
    create_vault,
    open_vault,
)


def embedded(db: Database) -> Vault:
    """The local SQLCipher vault; key slots and file backups make no sense on a server."""
    if not isinstance(db.vault, Vault):
        raise VaultError(
            "Cette action concerne le coffre local chiffré ; en mode partagé, la sauvegarde "
            "et les accès relèvent de l'administrateur du serveur PostgreSQL."
        )
    return db.vault


def create(
    path: Path,
    office: OfficeIdentity,
    *,
    passphrase: str | None,
    use_keyring: bool,
    preferences: Preferences | None = None,
    scrypt: ScryptParams | None = None,
    with_communes: bool = False,
    logo: bytes | None = None,
) -> Created:
    """A new vault holding the office identity; remembered in the preferences when given.

    ``with_communes`` loads the département's communes from the list bundled with Égide (what
    a real office wants; tests and the demo leave it off and load their own). ``logo``: the
    office's logo (PNG, JPEG or SVG, checked before the vault is made).
    """
    office = validate(office)
    if logo is not None:
        from desktop.services.vault.office import check_logo

        check_logo(logo)
    made = create_vault(path, passphrase=passphrase, use_keyring=use_keyring, scrypt=scrypt)
    db = Database(made.vault)
    with db.unit_of_work() as uow:
        uow.audit("create", "vault", made.vault.vault_id, {"path": [None, str(path)]})
        write_office(uow, office)
        if logo is not None:
            from desktop.models.settings import OfficeSettings

            row = uow.session.get(OfficeSettings, 1)
            assert row is not None  # written just above
            row.logo = logo
    if with_communes:
        from desktop.services.roster.imports import import_france_communes

        import_france_communes(db, {office.department_code})
    if preferences is not None:
        preferences.vault_path = str(path)
        preferences.remember_vault(path, made.vault.vault_id)
        save_preferences(preferences)
    return Created(db, made.recovery_key, made.in_keyring)


def open_database(
    path: Path, unlock: Unlock, preferences: Preferences | None = None, *, verify: bool = False
) -> Database:
    known = preferences.vault_id_for(path) if preferences else None
    vault = open_vault(path, unlock, verify=verify, known_vault_id=known)
    _tighten(vault.path)
    if preferences is not None and preferences.vault_id_for(path) != vault.vault_id:
        preferences.remember_vault(path, vault.vault_id)
        save_preferences(preferences)
    return Database(vault)


def keyring_available() -> bool:
    """Whether this PC has a real OS keyring to hold the vault key (never a file-based one)."""
    return keyring_slot.available()


def _tighten(path: Path) -> None:
    """A vault written by an older Égide (or copied in) may be world-readable: 0600 now."""
    from desktop.files import make_private
    from desktop.storage.sidecar import sidecar_path

    for file in (path, sidecar_path(path), path.with_name(path.name + "-wal"),
                 path.with_name(path.name + "-shm")):
        make_private(file)


def open_silently(path: Path, preferences: Preferences | None = None) -> Database:
    """The daily path: the key from the OS keyring (``KeyringEntryMissing`` otherwise)."""
    return open_database(path, ByKeyring(), preferences)


def open_with_passphrase(
    path: Path, passphrase: str, preferences: Preferences | None = None
) -> Database:
    return open_database(path, ByPassphrase(passphrase), preferences)


def open_with_recovery_key(
    path: Path, text: str, preferences: Preferences | None = None
) -> Database:
    return open_database(path, ByRecoveryKey(text), preferences)


def restore_access(
    db: Database,
    *,
    new_passphrase: str | None,
    store_in_keyring: bool,
    scrypt: ScryptParams | None = None,
) -> Changes:
    """After "J'ai perdu l'accès": set a new passphrase and/or put the key back in the keyring."""
    vault = embedded(db)
    if new_passphrase:
        vault.set_passphrase(new_passphrase, scrypt)
    if store_in_keyring:
        vault.store_in_keyring()
    with db.unit_of_work() as uow:
        uow.audit(
            "restore_access", "vault", vault.vault_id,
            {"passphrase": [None, bool(new_passphrase)], "keyring": [None, store_in_keyring]},
        )
    return Changes.VAULT


def change_passphrase(
    db: Database, new_passphrase: str, scrypt: ScryptParams | None = None
) -> Changes:
    embedded(db).set_passphrase(new_passphrase, scrypt)
    with db.unit_of_work() as uow:
        uow.audit("change_passphrase", "vault", db.vault.vault_id)
    return Changes.VAULT




def backup(
    db: Database, preferences: Preferences, target: Path | None = None, *, reason: str = "",
    cancelled: Callable[[], bool] | None = None,
) -> BackedUp:
    """Write a verified backup (to ``target`` or the automatic folder, pruned to the policy).

    ``reason``: a key of ``storage.backup_catalog.REASONS`` (by default manual or automatic).
    ``cancelled`` is asked between the steps (copy, check): once it answers True, the partial
    copy is removed and ``Cancelled`` raised, the vault untouched."""
    automatic = target is None
    destination = target or automatic_backup_path(preferences.backups())
    reason = reason or ("automatic" if automatic else "manual")
    stop_if(cancelled)
    info = backup_vault(embedded(db), destination, reason=reason, cancelled=cancelled)
    if automatic:
        prune(preferences.backups(), RetentionPolicy(
            preferences.backups_kept, preferences.backup_days, preferences.backup_weeks,
            preferences.backup_months))
    with db.unit_of_work() as uow:
        uow.audit("backup", "vault", db.vault.vault_id, {"to": [None, str(destination)]})
    return BackedUp(info.path, info.size, info.written_at)


def status(db: Database) -> VaultStatus:
    if isinstance(db.vault, SharedVault):
        shared = db.vault
        return VaultStatus(
            path=None, vault_id=shared.vault_id, schema_version=shared.schema_version(),
            last_backup_at=None, demo=shared.meta("demo") == "1", in_keyring=False,
            has_passphrase=False, server=shared.display_url(),
        )
    vault = embedded(db)
    last = vault.meta("last_backup_at")
    sidecar = read_sidecar(vault.path)
    return VaultStatus(
        path=vault.path,
        vault_id=vault.vault_id,
        schema_version=vault.schema_version(),
        last_backup_at=dt.datetime.fromisoformat(last) if last else None,
        demo=vault.meta("demo") == "1",
        in_keyring=keyring_slot.load_key(vault.vault_id) == vault.key,
        has_passphrase=bool(sidecar and sidecar.passphrase),
    )


def create_shared(url: str, office: OfficeIdentity) -> Database:
    """Shared mode: lay the schema on an empty PostgreSQL database, with the office identity."""
    from desktop.storage.shared import create_shared as create_on_server

    office = validate(office)
    db = Database(create_on_server(url))
    with db.unit_of_work() as uow:
        uow.audit("create", "vault", db.vault.vault_id, {"server": [None, db.vault.vault_id]})
        write_office(uow, office)
    return db


def open_shared(url: str) -> Database:
    from desktop.storage.shared import open_shared as open_on_server

    return Database(open_on_server(url))




def new_recovery_key(
    db: Database, preferences: Preferences, *, passphrase: str | None = None
) -> NewRecoveryKey:
    """Issue a new recovery key after a loss or a leak: the only honest rotation re-keys the
    database (whoever held the old key and a copy of the file could read it).

    A verified backup is written first (under the old key: older backups stay readable with
    the old recovery key only). The passphrase, when the vault has one, must be given: the
    new key is wrapped under it; the keyring entry is replaced when there was one. The re-key
    is crash-safe (``storage.rekey``): killed at any moment, the vault still opens with the
    passphrase (and the keyring); the new recovery key is returned only once the vault
    verifiably opens with it.
    """
    from desktop.errors import ValidationError
    from desktop.storage.rekey import rekey_safely

    vault = embedded(db)
    sidecar = read_sidecar(vault.path)
    if sidecar is not None and sidecar.passphrase is not None:
        if not passphrase:
            raise ValidationError(
                "passphrase",
                "Saisissez la phrase de passe actuelle : elle restera valable avec la nouvelle "
                "clé.",
            )
        sidecar.passphrase.open(passphrase, vault.vault_id)  # WrongPassphrase if it does not
    saved = backup(db, preferences, reason="rekey")
    rekey_safely(vault, passphrase)
    db.rebind()
    with db.unit_of_work() as uow:
        uow.audit("rekey", "vault", vault.vault_id, {"backup_before": [None, str(saved.path)]})
    return NewRecoveryKey(vault.recovery_key(), saved.path)


def recovery_sheet_pdf(db: Database, recovery_key: str) -> bytes:
    """The one-page sheet to print for a recovery key of this vault."""
    from desktop.documents.recovery_sheet import RecoverySheet, render_recovery_sheet
    from desktop.services.vault.office import get_office, office_logo

    vault = embedded(db)
    identity = get_office(db)
    sheet = RecoverySheet(
        logo_png=office_logo(db),
        recovery_key=recovery_key,
        vault_id=vault.vault_id,
        vault_path=str(vault.path),
        office_name=identity.prefecture_name if identity else "",
        created_on=dt.date.today(),
        issuer_title=identity.prefet_title if identity else "",
    )
    return render_recovery_sheet(sheet)
