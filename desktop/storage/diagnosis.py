"""Tell a damaged vault from a wrong key, by checking SQLCipher's page HMACs ourselves.

When SQLCipher refuses a key it only says "file is not a database": that is what a wrong key,
a damaged first page and a damaged salt all look like to it. Every SQLCipher 4 page ends with
an HMAC-SHA512 of its encrypted content and number, under a key derived from the vault key and
the file's salt (its first 16 bytes). If the key verifies pages other than page 1, the key is
right and page 1 is damaged; if it verifies them only with the salt remembered in the sidecar,
the salt is damaged. Nothing here writes; the file is only read.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

PAGE_SIZE = 4096  # SQLCipher 4 defaults (the engine never changes them)
SALT_SIZE = 16
HMAC_SIZE = 64
_MAX_PAGES = 2048  # a diagnosis, not a full check: enough to see whether the key fits


@dataclass(frozen=True)
class PageDiagnosis:
    size: int
    pages_checked: int
    bad_pages: tuple[int, ...]
    key_fits: bool  # some page verifies under this key
    salt_damaged: bool
    all_zero: bool

    @property
    def truncated(self) -> bool:
        return self.size % PAGE_SIZE != 0 or self.size < PAGE_SIZE

    @property
    def is_damage(self) -> bool:
        """The file itself is damaged (rather than opened with another vault's key)."""
        return self.all_zero or self.truncated or self.salt_damaged or (
            self.key_fits and bool(self.bad_pages)
        )

    def describe(self) -> str:
        """French, for the user: what is wrong with the file."""
        if self.size == 0:
            return "le fichier est vide."
        if self.all_zero:
            return "le fichier ne contient que des zéros."
        if self.truncated:
            return f"le fichier est tronqué ({self.size} octets, pas un nombre entier de pages)."
        if self.salt_damaged:
            return "le sel du fichier (ses 16 premiers octets) est endommagé."
        if self.bad_pages:
            listed = ", ".join(str(page) for page in self.bad_pages[:10])
            more = "…" if len(self.bad_pages) > 10 else ""
            return f"la vérification a échoué sur la page {listed}{more} du fichier."
        return "aucune page endommagée trouvée."


def read_salt(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            salt = handle.read(SALT_SIZE)
    except OSError:
        return None
    return salt if len(salt) == SALT_SIZE else None


def diagnose(path: Path, key: bytes, known_salt: bytes | None = None) -> PageDiagnosis:
    """Check the first pages of ``path`` under ``key`` (and ``known_salt`` when the file's own
    salt verifies nothing)."""
    with open(path, "rb") as handle:
        data = handle.read(PAGE_SIZE * _MAX_PAGES)
        size = handle.seek(0, 2)
    pages = [data[start:start + PAGE_SIZE] for start in range(0, len(data), PAGE_SIZE)]
    pages = [page for page in pages if len(page) == PAGE_SIZE]
    all_zero = size > 0 and not data.strip(b"\x00")
    bad = _bad_pages(pages, key, data[:SALT_SIZE])
    fits = len(bad) < len(pages)
    salt_damaged = False
    if not fits and known_salt and known_salt != data[:SALT_SIZE] and len(pages) > 1:
        with_known = _bad_pages(pages, key, known_salt)
        if len(with_known) < len(pages):
            salt_damaged, fits, bad = True, True, sorted({1, *with_known})
    return PageDiagnosis(size, len(pages), tuple(bad), fits, salt_damaged, all_zero)


def _bad_pages(pages: list[bytes], key: bytes, salt: bytes) -> list[int]:
    if len(salt) != SALT_SIZE:
        return list(range(1, len(pages) + 1))
    mask = bytes(byte ^ 0x3A for byte in salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, mask, 2, 32)
    bad = []
    for number, page in enumerate(pages, start=1):
        start = SALT_SIZE if number == 1 else 0
        body, mac = page[start:PAGE_SIZE - HMAC_SIZE], page[PAGE_SIZE - HMAC_SIZE:]
        expected = hmac.new(hmac_key, body + number.to_bytes(4, "little"), hashlib.sha512)
        if not hmac.compare_digest(expected.digest(), mac):
            bad.append(number)
    return bad


IV_SIZE = 16


def expected_pages(path: Path, key: bytes) -> int | None:
    """The number of pages the file's own header says it has (page 1 decrypted here), or None
    when page 1 does not verify or the header's count is not valid. A file cut exactly on a
    page boundary looks whole by its size; its header still says how long it was."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    try:
        with open(path, "rb") as handle:
            page = handle.read(PAGE_SIZE)
    except OSError:
        return None
    if len(page) != PAGE_SIZE or _bad_pages([page], key, page[:SALT_SIZE]):
        return None
    reserve = IV_SIZE + HMAC_SIZE
    iv = page[PAGE_SIZE - reserve:PAGE_SIZE - HMAC_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[SALT_SIZE:PAGE_SIZE - reserve]) + decryptor.finalize()
    header = bytes(SALT_SIZE) + plain  # offsets below are those of the SQLite header
    change_counter = int.from_bytes(header[24:28], "big")
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    return pages if pages and valid_for == change_counter else None
