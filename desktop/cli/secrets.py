"""Reading a passphrase or a recovery key given to a command (never on the command line)."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import EgideError


def read_secret_file(path: Path) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise EgideError(f"Impossible de lire le fichier « {path} » : {error.strerror}.") from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise EgideError(f"Le fichier « {path} » est vide.")
    return secret
