"""The signatories' core modules import no Qt, and no heavy library before it is needed
(ReportLab, openpyxl and icalendar load inside the functions that use them)."""

from __future__ import annotations

import subprocess
import sys

MODULES = (
    "desktop.services.signatories.queries", "desktop.services.signatories.edits",
    "desktop.services.signatories.exports", "desktop.services.signatories.ceremonies",
    "desktop.services.signatories.signatures", "desktop.services.signatories.ceremony_documents",
    "desktop.services.demo.signatories", "desktop.io.vcard", "desktop.io.ics",
    "desktop.documents.press_invitation", "desktop.cli.ceremony_commands",
)
HEAVY = ("PySide6", "pyqtgraph", "reportlab", "openpyxl", "icalendar")


def test_core_modules_import_nothing_heavy() -> None:
    code = (
        f"import sys; import {', '.join(MODULES)}; "
        f"bad = sorted({{m.split('.')[0] for m in sys.modules if m.startswith({HEAVY!r})}}); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"loaded at import: {result.stdout}{result.stderr}"
