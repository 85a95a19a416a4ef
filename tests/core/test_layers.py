"""The house rule that keeps the core testable: no Qt below desktop/ui/."""

import subprocess
import sys

import pytest

QT_FREE = [
    "desktop.models",
    "desktop.storage.vault",
    "desktop.storage.backup",
    "desktop.storage.migrate",
    "desktop.services.vault.lifecycle",
    "desktop.services.vault.audit_log",
    "desktop.services.demo.build",
    "desktop.documents.recovery_sheet",
    "desktop.io.communes",
    "desktop.cli",
    "desktop.cli.vault_commands",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_without_qt(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"{module} loaded Qt: {result.stdout}{result.stderr}"


def test_main_entry_point_imports_nothing_heavy_before_the_gui() -> None:
    """``python -m desktop`` must reach the window before SQLAlchemy and friends."""
    code = (
        "import sys, desktop.__main__, desktop.cli; "
        "heavy = [m for m in ('sqlalchemy', 'reportlab', 'alembic', 'pyqtgraph', 'openpyxl') "
        "if m in sys.modules]; print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
