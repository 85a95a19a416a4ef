"""Writing a file so that a crash or a full disk never leaves half of it: a temporary file
beside the target, flushed to the disk (fsync), then renamed over the target (the old file or
the new one, never a mix). The one such writer, for the vault's sidecar and for the exports."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, content: bytes) -> None:
    """Raises ``OSError`` (the target untouched, the temporary file removed)."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
