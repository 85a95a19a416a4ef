"""Importing the roster's search costs no mapper configuration (the home page's desk imports
it; configuring every mapper takes about 80 ms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PROBE = """
import desktop.services.roster.matching
from desktop.models.territory import Unit
print(Unit.__mapper__.configured)
"""


def test_importing_the_matcher_configures_no_mapper() -> None:
    # A fresh process: in this one, other tests have configured the mappers already.
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]
