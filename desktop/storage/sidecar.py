"""The key-slot sidecar ``<vault>.keys``: the passphrase slot, kept beside the database.

Small JSON: format version, the vault's id (also stored inside the database, so a sidecar
paired with the wrong file is detected), and the vault key wrapped with AES-256-GCM under a key
derived from the passphrase with scrypt (n=2^17, r=8, p=1); the vault id is the associated
data. Changing the passphrase rewrites only this file. Losing it loses only this slot.

During a re-key the sidecar also holds a *pending* slot: the new key, wrapped under the same
passphrase, written before ``PRAGMA rekey`` so that a crash at any moment leaves a key that
opens the file (the current one before the re-key commits, the pending one after).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.errors import NotAVault, SidecarMismatch, WrongPassphrase
from desktop.files import write_private

FORMAT_VERSION = 1


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**17
    r: int = 8
    p: int = 1

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        maxmem = 128 * self.r * self.n * 2 + 1024 * 1024
        return hashlib.scrypt(
            passphrase.encode("utf-8"), salt=salt, n=self.n, r=self.r, p=self.p,
            maxmem=maxmem, dklen=32,
        )


DEFAULT_SCRYPT = ScryptParams()


def sidecar_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


@dataclass(frozen=True)
class PassphraseSlot:
    params: ScryptParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    @classmethod
    def seal(
        cls, key: bytes, passphrase: str, vault_id: str, params: ScryptParams | None = None
    ) -> PassphraseSlot:
        """Wrap ``key``; ``params`` default to ``DEFAULT_SCRYPT`` read at call time."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        params = params or DEFAULT_SCRYPT
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapping = params.derive(passphrase, salt)
        wrapped = AESGCM(wrapping).encrypt(nonce, key, vault_id.encode())
        return cls(params, salt, nonce, wrapped)

    def open(self, passphrase: str, vault_id: str) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapping = self.params.derive(passphrase, self.salt)
        try:
            return AESGCM(wrapping).decrypt(self.nonce, self.wrapped_key, vault_id.encode())
        except InvalidTag:
            raise WrongPassphrase() from None


@dataclass(frozen=True)
class Sidecar:
    vault_id: str
    passphrase: PassphraseSlot | None
    pending: PassphraseSlot | None = None  # the new key of a re-key not yet promoted
    file_salt: bytes | None = None  # the vault file's salt: tells a damaged salt from a wrong key

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT_VERSION, "vault_id": self.vault_id}
        if self.passphrase is not None:
            data["passphrase"] = _slot_json(self.passphrase)
        if self.pending is not None:
            data["pending"] = _slot_json(self.pending)
        if self.file_salt is not None:
            data["file_salt"] = _b64(self.file_salt)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], where: Path) -> Sidecar:
        try:
            if data.get("format") != FORMAT_VERSION:
                raise NotAVault(where, "Format de fichier de clés inconnu.")
            return cls(
                str(data["vault_id"]),
                _slot_from(data.get("passphrase"), where),
                _slot_from(data.get("pending"), where),
                _unb64(data["file_salt"]) if data.get("file_salt") else None,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise NotAVault(where, f"Fichier de clés illisible ({error}).") from None


def _slot_json(slot: PassphraseSlot) -> dict[str, Any]:
    return {
        "kdf": "scrypt",
        "n": slot.params.n,
        "r": slot.params.r,
        "p": slot.params.p,
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped_key": _b64(slot.wrapped_key),
        "aead": "AES-256-GCM",
    }


def _slot_from(slot_data: Any, where: Path) -> PassphraseSlot | None:
    if not slot_data:
        return None
    if slot_data.get("kdf") != "scrypt":
        raise NotAVault(where, "Méthode de dérivation inconnue.")
    return PassphraseSlot(
        ScryptParams(int(slot_data["n"]), int(slot_data["r"]), int(slot_data["p"])),
        _unb64(slot_data["salt"]),
        _unb64(slot_data["nonce"]),
        _unb64(slot_data["wrapped_key"]),
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def read_sidecar(vault_path: Path) -> Sidecar | None:
    """The sidecar beside the vault, or None when there is none."""
    path = sidecar_path(vault_path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise NotAVault(path, f"Fichier de clés illisible ({error}).") from None
    if not isinstance(data, dict):
        raise NotAVault(path, "Fichier de clés illisible.")
    return Sidecar.from_json(data, path)


def write_sidecar(vault_path: Path, sidecar: Sidecar) -> None:
    """Write atomically: temporary file, fsync, rename (a crash leaves the old or the new)."""
    write_private(sidecar_path(vault_path), json.dumps(sidecar.to_json(), indent=2).encode())


def check_pairing(sidecar: Sidecar, vault_id: str, vault_path: Path) -> None:
    if sidecar.vault_id != vault_id:
        raise SidecarMismatch(sidecar_path(vault_path))
