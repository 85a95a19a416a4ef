"""desktop.io is pure: importing all of it loads neither Qt nor SQLAlchemy (nor openpyxl,
which is imported only when a workbook is read or written)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MODULES = (
    "desktop.io.communes, desktop.io.competence, desktop.io.reference, "
    "desktop.io.referents_sheet, desktop.io.roster_xlsx, desktop.io.sheet"
)


def test_io_imports_nothing_heavy() -> None:
    code = (
        f"import sys; import {MODULES}; "
        "bad = [m for m in ('PySide6', 'sqlalchemy', 'openpyxl', 'reportlab') "
        "if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
