"""Every visible string goes through Qt's translation system, and the catalogue
(``resources/translations/egide_fr.ts``, refreshed by ``make translations``) holds them all.

A literal given straight to a label, a button, a title or a message box would escape the
catalogue: an office could not adjust its wording, and a new language would miss it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"
CATALOGUE = ROOT / "resources" / "translations" / "egide_fr.ts"

# Calls whose string arguments a user reads.
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
    "setWhatsThis", "addTab", "setTabText", "setTitle", "setAccessibleName",
    "setAccessibleDescription", "addItem", "addItems", "setHeaderLabels",
    "setHorizontalHeaderLabels", "showMessage", "setLabelText", "setInformativeText",
    "setDetailedText", "setSubTitle", "setButtonText", "setSuffix", "setPrefix",
    "setSpecialValueText", "addRow", "setItemText",
}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
                "QToolButton", "QMessageBox", "QCommandLinkButton"}
MESSAGE_FUNCTIONS = {"info", "error", "confirm", "ask_text", "ask_passphrase"}


def _has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(char.isalpha() for char in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and _has_words(part) for part in node.values)
    return False


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        if func.attr in MESSAGE_FUNCTIONS and not (
                isinstance(owner, ast.Name) and owner.id in {"messages", "confirm"}):
            return None  # log.error(...), not a message box
        return func.attr
    return None


def untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name in TEXT_SETTERS | TEXT_WIDGETS | MESSAGE_FUNCTIONS:
            found += [f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:70]}"
                      for arg in node.args if _has_words(arg)]
    return found


def test_no_visible_literal_escapes_tr() -> None:
    escaped = [line for path in sorted(UI.rglob("*.py")) for line in untranslated(path)]
    assert escaped == [], "texte visible hors de self.tr() :\n" + "\n".join(escaped)


def test_the_scan_catches_a_literal(tmp_path: Path) -> None:
    sample = UI / "_scan_sample.py"
    try:
        sample.write_text("def f(label, box):\n    label.setText('Enregistrer')\n"
                          "    label.setToolTip(label.tr('Bien'))\n"
                          "    messages.info(box, 'Titre', label.tr('Texte'))\n",
                          encoding="utf-8")
        assert [line.split(": ", 1)[1] for line in untranslated(sample)] == [
            "'Enregistrer'", "'Titre'"]
    finally:
        sample.unlink()


def _sources(ts: Path) -> set[str]:
    text = ts.read_text(encoding="utf-8")
    return set(re.findall(r"<source>(.*?)</source>", text, re.DOTALL))


def test_the_catalogue_holds_every_string(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate absent de l'environnement (PySide6-Essentials)")
    fresh = tmp_path / "egide_fr.ts"
    files = [str(path) for path in sorted(UI.rglob("*.py"))]
    subprocess.run([lupdate, "-locations", "none", "-no-obsolete", *files, "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    missing = _sources(fresh) - _sources(CATALOGUE)
    stale = _sources(CATALOGUE) - _sources(fresh)
    assert not missing and not stale, (
        f"catalogue à rafraîchir (make translations) : {len(missing)} texte(s) absent(s), "
        f"{len(stale)} périmé(s), par exemple {sorted(missing or stale)[:3]}")
