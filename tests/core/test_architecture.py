"""The layer rules of ARCHITECTURE.md, enforced over every module of ``desktop/``.

The imports are read from the source (``tests/core/import_graph.py``), wherever they stand:
module level, inside functions, under ``TYPE_CHECKING``. Each rule is one test; a failure
lists every offending ``module:line``. The self-tests at the end feed the same checks a
synthetic violating graph, so a rule that can no longer fail is caught too. One subprocess
then imports the whole Qt-free core and checks what it really loads.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

import pytest

from tests.core.import_graph import (
    ROOT,
    Import,
    chain,
    cycles,
    graph,
    imports_of,
    offending,
    project_imports,
    source_modules,
    strongly_connected,
)

QT = ("PySide6", "shiboken6", "pyqtgraph")
BELOW_SERVICES = ("desktop.documents", "desktop.io", "desktop.models", "desktop.storage")


@dataclass(frozen=True)
class Rule:
    """Modules under ``importers`` (but not under ``allowed``) never import ``targets``."""

    why: str
    importers: tuple[str, ...]
    targets: tuple[str, ...]
    allowed: tuple[str, ...] = ()

    def violations(self, imports: list[Import]) -> list[str]:
        found = offending(imports, self.importers, self.targets, self.allowed)
        return [item.where() for item in sorted(found, key=lambda i: (i.importer, i.line))]


RULES = {
    "qt_only_in_ui": Rule(
        "no Qt (PySide6, shiboken6) nor pyqtgraph outside desktop/ui and desktop/app.py",
        ("desktop",), QT, allowed=("desktop.ui", "desktop.app"),
    ),
    "ui_through_services": Rule(
        "desktop/ui reaches the database only through services: no storage, no sqlalchemy",
        ("desktop.ui",), ("desktop.storage", "sqlalchemy"),
    ),
    "lower_layers_look_down": Rule(
        "documents, io, models and storage never import services, ui or cli",
        BELOW_SERVICES, ("desktop.services", "desktop.ui", "desktop.cli", "desktop.app"),
    ),
    "services_below_ui_and_cli": Rule(
        "services never import ui or cli (they are called by them)",
        ("desktop.services",), ("desktop.ui", "desktop.cli", "desktop.app"),
    ),
    "cli_through_services": Rule(
        "desktop/cli goes through services: no storage, no ui",
        ("desktop.cli",), ("desktop.storage", "desktop.ui", "desktop.app"),
    ),
}

# A violating import per rule, for the self-test.
SYNTHETIC = {
    "qt_only_in_ui": Import("desktop.services.cases.x", "PySide6.QtCore", 3),
    "ui_through_services": Import("desktop.ui.pages.x", "desktop.storage.vault", 5),
    "lower_layers_look_down": Import("desktop.documents.x", "desktop.services.cases.records", 7),
    "services_below_ui_and_cli": Import("desktop.services.x", "desktop.ui.messages", 9),
    "cli_through_services": Import("desktop.cli.x", "desktop.storage.backup", 11),
}


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    return project_imports()


def _fail(rule: Rule, violations: list[str]) -> str:
    return f"{rule.why}; offending imports:\n  " + "\n  ".join(violations)


def test_no_qt_below_ui(imports: list[Import]) -> None:
    rule = RULES["qt_only_in_ui"]
    assert not (found := rule.violations(imports)), _fail(rule, found)


def test_ui_never_imports_storage_nor_sqlalchemy(imports: list[Import]) -> None:
    rule = RULES["ui_through_services"]
    assert not (found := rule.violations(imports)), _fail(rule, found)


def test_documents_io_models_storage_never_import_upwards(imports: list[Import]) -> None:
    rule = RULES["lower_layers_look_down"]
    assert not (found := rule.violations(imports)), _fail(rule, found)


def test_services_never_import_ui_nor_cli(imports: list[Import]) -> None:
    rule = RULES["services_below_ui_and_cli"]
    assert not (found := rule.violations(imports)), _fail(rule, found)


def test_cli_goes_through_services(imports: list[Import]) -> None:
    rule = RULES["cli_through_services"]
    assert not (found := rule.violations(imports)), _fail(rule, found)


def test_no_import_circle(imports: list[Import]) -> None:
    edges = graph(imports)
    groups = strongly_connected(edges)
    circles = [chain(circle, edges) for circle in cycles(edges)]
    assert not groups, (
        f"{len(groups)} group(s) of modules import each other; each module:line imports the "
        "next:\n  " + "\n  ".join(circles)
    )


# --- the checker itself -------------------------------------------------------------------


def test_the_scan_sees_every_module_and_imports_inside_functions(imports: list[Import]) -> None:
    modules = source_modules()
    assert len(modules) > 200 and "desktop.ui.main_window" in modules
    assert {item.importer for item in imports} >= {"desktop.app", "desktop.storage.vault"}
    # desktop/__main__.py imports desktop.app inside main() only.
    assert any(
        item.importer == "desktop.__main__" and item.target == "desktop.app" for item in imports
    )


@pytest.mark.parametrize("name", sorted(RULES))
def test_each_rule_reports_a_synthetic_violation(name: str) -> None:
    rule, bad = RULES[name], SYNTHETIC[name]
    allowed = Import("desktop.ui.x", "desktop.services.cases.detail", 1)
    assert rule.violations([bad, allowed]) == [bad.where()]


def test_relative_and_function_level_imports_resolve() -> None:
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from . import sibling\n"
        "from .. import parent_name\n"
        "if TYPE_CHECKING:\n"
        "    from ..other import Thing\n"
        "def later():\n"
        "    import desktop.storage.vault\n"
        "    from desktop.services.cases import workflow, SomeName\n"
    )
    known = {"desktop.ui.pages.sibling", "desktop.services.cases.workflow"}
    found = imports_of("desktop.ui.pages.mine", source, is_package=False, known=known)
    assert [(item.target, item.line) for item in found] == [
        ("__future__", 1),
        ("typing", 2),
        ("desktop.ui.pages.sibling", 3),
        ("desktop.ui", 4),
        ("desktop.ui.other", 6),
        ("desktop.storage.vault", 8),
        ("desktop.services.cases", 9),
        ("desktop.services.cases.workflow", 9),
    ]
    in_package = imports_of("desktop.ui.pages", "from . import cases\n", True,
                            {"desktop.ui.pages.cases"})
    assert [item.target for item in in_package] == ["desktop.ui.pages.cases"]


def test_circles_are_found_and_shown_as_chains() -> None:
    synthetic = [
        Import("desktop.a", "desktop.b", 3),
        Import("desktop.b", "desktop.c", 4),
        Import("desktop.c", "desktop.a", 5),  # a → b → c → a
        Import("desktop.c", "desktop.d", 6),
        Import("desktop.d", "desktop.e", 7),
        Import("desktop.e", "desktop.d", 8),  # d ↔ e
        Import("desktop.f", "desktop.f", 1),  # a module naming itself is no circle
        Import("desktop.a", "os", 1),
    ]
    edges = graph(synthetic)
    assert [chain(circle, edges) for circle in cycles(edges)] == [
        "a:3 → b:4 → c:5 → a",
        "d:7 → e:8 → d",
    ]
    assert cycles(graph(synthetic[3:])) == [["desktop.d", "desktop.e", "desktop.d"]]
    assert cycles(graph(synthetic[:2])) == []


# --- what the Qt-free core really loads ---------------------------------------------------

# Modules that load a heavy library when imported, by design; everything else loads it only
# inside the function that needs it.
LOADS_AT_IMPORT = {
    "desktop.documents.layout": "reportlab",  # the page frame every renderer lays out on
    "desktop.documents.fonts": "reportlab",  # registers the embedded fonts
    "desktop.documents.annuaire": "reportlab",  # imported only when the directory is printed
    "desktop.io.protocol_json": "sqlalchemy",  # its enums come from desktop.models
}
LATE = ("reportlab", "openpyxl", "icalendar")

PROBE = r"""
import importlib, json, sys

def loaded(names):
    return sorted({m.split(".")[0] for m in sys.modules} & set(names))

def phase(modules, forbidden):
    for module in modules:
        importlib.import_module(module)
        if loaded(forbidden):
            return [f"{module} loaded {', '.join(loaded(forbidden))}"]
    return []

plan = json.loads(sys.argv[1])
report = {name: phase(modules, forbidden) for name, modules, forbidden in plan}
print(json.dumps(report))
"""


def _core_modules() -> list[str]:
    return [
        name for name in source_modules()
        if not name.startswith(("desktop.ui", "desktop.app", "desktop.storage.migrations"))
    ]


def test_the_core_loads_no_qt_and_heavy_libraries_only_when_used() -> None:
    """One fresh interpreter imports every module of the Qt-free core, in phases; each phase
    names the first module that loaded what it must not."""
    core = _core_modules()
    light = [name for name in core if name not in LOADS_AT_IMPORT]
    pure = [name for name in light if name.startswith(("desktop.io", "desktop.documents"))]
    plan = [
        # ``python -m desktop`` reaches the window before any of these.
        ("entry point", ["desktop.__main__", "desktop.cli"],
         [*QT, "sqlalchemy", "alembic", *LATE]),
        ("io and documents are pure", pure, [*QT, "sqlalchemy", *LATE]),
        ("the core loads heavy libraries late", light, [*QT, *LATE]),
        ("no Qt anywhere in the core", list(LOADS_AT_IMPORT), list(QT)),
        ("charts load pyqtgraph when shown",
         ["desktop.ui.pages.dashboard", "desktop.ui.pages.committee"], ["pyqtgraph"]),
    ]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(plan)],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    failures = [f"{name}: {problem}" for name, problems in report.items() for problem in problems]
    assert not failures, "\n".join(failures)
