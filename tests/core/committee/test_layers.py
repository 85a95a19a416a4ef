"""The committee modules stay Qt-free, and light at import (reportlab, openpyxl, icalendar,
pyqtgraph only inside the functions that need them)."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = [
    "desktop.services.committee.meetings",
    "desktop.services.committee.agenda",
    "desktop.services.committee.action_items",
    "desktop.services.committee.minutes",
    "desktop.services.committee.statistics",
    "desktop.services.committee.suppression",
    "desktop.services.committee.printing",
    "desktop.services.committee.convocation",
    "desktop.services.committee.packs",
    "desktop.services.committee.pack_merge",
    "desktop.services.demo.committee",
    "desktop.documents.meeting_dossier",
    "desktop.documents.minutes",
    "desktop.documents.charts",
    "desktop.documents.convocation",
    "desktop.io.statistics_export",
    "desktop.cli.committee_commands",
]


@pytest.mark.parametrize("module", MODULES)
def test_imports_without_qt_nor_heavy_libraries(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'reportlab', 'openpyxl', 'icalendar')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"{module}: {result.stdout}{result.stderr}"


def test_dashboard_page_imports_pyqtgraph_only_when_shown() -> None:
    code = (
        "import sys, desktop.ui.pages.dashboard, desktop.ui.pages.committee; "
        "sys.exit(1 if 'pyqtgraph' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
