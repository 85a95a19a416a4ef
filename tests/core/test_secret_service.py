"""The keyring slot against a real Secret Service: a throwaway gnome-keyring on its own D-Bus.

HOME and the XDG folders point into tmp_path, so the user's own keyring is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.secret_service
DROPPED = {"EGIDE_KEYRING", "DBUS_SESSION_BUS_ADDRESS"}

SCRIPT = """
set -e
printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$PY" -m desktop init --vault "$VAULT"
"$PY" -m desktop check --vault "$VAULT"
"$PY" -c "from desktop.storage import keyring_slot as k; \
print('backend', type(k.system_backend()).__module__)"
"""


def test_init_stores_the_key_and_check_opens_silently(tmp_path: Path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("gnome-keyring ou dbus-run-session absent : installez gnome-keyring et "
                    "dbus-daemon (make test le fait) pour tester le trousseau réel")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if k not in DROPPED},
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "PY": sys.executable,
        "VAULT": str(tmp_path / "coffre.egide"),
    }
    (tmp_path / "run").mkdir(mode=0o700)
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", SCRIPT],
        capture_output=True, text=True, env=env, timeout=120,
    )
    if "Aucun trousseau" in result.stderr:
        pytest.skip(f"le Secret Service n'a pas démarré : {result.stderr.strip()}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Clé dans le trousseau du système : oui" in result.stdout
    assert "Intégrité des pages : aucune anomalie" in result.stdout
    assert "backend keyring.backends.SecretService" in result.stdout
    assert (home / ".local" / "share" / "keyrings").exists()
