"""The cases core imports no Qt, and the CLI does not load the cases services up front."""

import subprocess
import sys

import pytest

MODULES = ["desktop.services.cases.queries", "desktop.services.cases.consent",
           "desktop.services.cases.printing", "desktop.services.demo.cases",
           "desktop.documents.case_report", "desktop.documents.case_summary",
           "desktop.cli.case_commands"]


@pytest.mark.parametrize("module", MODULES)
def test_no_qt(module: str) -> None:
    code = (f"import sys, {module}; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_documents_import_no_reportlab_until_rendering() -> None:
    code = ("import sys, desktop.documents.case_report, desktop.documents.case_summary; "
            "sys.exit(1 if 'reportlab' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
