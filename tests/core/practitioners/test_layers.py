"""The practitioner services, writers and command stay Qt-free; the command module stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

QT_FREE = [
    "desktop.services.practitioners.directory",
    "desktop.services.practitioners.preregistrations",
    "desktop.services.practitioners.preregistration_exports",
    "desktop.services.practitioners.alert_devices",
    "desktop.services.demo.practitioners",
    "desktop.io.preregistration_export",
    "desktop.io.rpps",
    "desktop.cli.practitioner_commands",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_imports_without_qt_or_openpyxl(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'openpyxl'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"{module} loaded: {result.stdout}{result.stderr}"
