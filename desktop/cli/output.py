"""Where commands write their files: privately (0600, see ``desktop.files``) and atomically,
with one French line when the file cannot be written."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import EgideError
from desktop.files import write_private


def write_file(path: Path, data: bytes | str) -> None:
    content = data.encode("utf-8") if isinstance(data, str) else data
    try:
        write_private(Path(path), content)
    except OSError as error:
        from desktop.io.oserror import os_error_clause

        raise EgideError(f"Impossible d'écrire « {path} » : {os_error_clause(error)}.") from None
