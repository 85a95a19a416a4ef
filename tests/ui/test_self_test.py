"""``egide --self-test``: one line per check, exit 0 when all pass, 1 on any failure."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from desktop.services.vault import self_test as core
from desktop.ui.self_test import run_self_test


def test_self_test_runs_from_the_command_line_and_passes() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(" : ")[0].split(maxsplit=1)[1] for line in lines[:-1]] == [
        "Python", "SQLCipher", "Communes livrées avec Égide", "Signalement écrit puis relu",
        "Convention (PDF)", "Graphique (PDF)", "Qt", "Traductions françaises de Qt",
        "Graphique à l'écran"]
    assert all(line.startswith("OK") for line in lines[:-1])
    assert lines[-1] == "Autotest : 9 vérification(s) réussie(s), 0 en échec."


def test_a_failing_check_is_one_french_line_and_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_case(_db: object) -> str:
        raise RuntimeError("le signalement relu ne correspond pas à celui écrit")

    monkeypatch.setattr(core, "_case", broken_case)
    out = io.StringIO()
    assert run_self_test(out) == 1
    text = out.getvalue()
    assert ("ÉCHEC Signalement écrit puis relu : le signalement relu ne correspond pas à celui "
            "écrit") in text
    assert "Convention (PDF)" in text  # the other checks still ran
    assert text.splitlines()[-1] == "Autotest : 8 vérification(s) réussie(s), 1 en échec."
