"""Who is acting: the OS user name, as the audit trail records it."""

from __future__ import annotations

import getpass


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some service accounts
        return "inconnu"
