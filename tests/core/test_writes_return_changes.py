"""Every write returns its ``Changes`` (or a frozen result carrying ``.changes``), so the UI
relays what the service says changed instead of guessing it.

A writer is a public function of ``desktop/services`` that takes the open vault (its first
parameter is a ``Database``) and opens a unit of work, itself or through a private helper of
its module. The only exemption is ``@no_changes`` (audited reads, derived data created on
first use), and its users are listed here so that a new one is a visible decision.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.services.vault.changes import Changes

SERVICES = Path(__file__).resolve().parents[2] / "desktop" / "services"

EXEMPT = {
    "desktop.services.cases.attachments.copy_attachment",
    "desktop.services.cases.attachments.read_attachment",
    "desktop.services.cases.consent_forms.transmission_consent_pdf",
    "desktop.services.cases.defaults.severity_levels",
    "desktop.services.cases.printing.fiche_pdf",
    "desktop.services.cases.printing.summary_pdf",
    "desktop.services.cases.queries.get_case",
    "desktop.services.cases.search.prepare",
    "desktop.services.committee.axes_export.export_axes_csv",
    "desktop.services.committee.printing.dossier_pdf",
    "desktop.services.committee.yearly_report.yearly_report_pdf",
    "desktop.services.practitioners.directory.view_practitioner",
    "desktop.services.practitioners.personal_data.personal_data_pdf",
    "desktop.services.practitioners.preregistration_form.preregistration_consent_pdf",
    "desktop.services.measures.advice.cover_letter_pdf",
    "desktop.services.roster.annuaire.annuaire_pdf",
    "desktop.services.roster.annuaire.export_referents_xlsx",
    "desktop.services.vault.audit_listing.export_csv",
}


def _opens_unit_of_work(tree: ast.Module) -> set[str]:
    """Names of the module's functions that open a unit of work, directly or by calling a
    function of the same module that does."""
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    direct = {name for name, node in functions.items()
              if any(isinstance(n, ast.Attribute) and n.attr == "unit_of_work"
                     for n in ast.walk(node))}
    calls = {name: {n.func.id for n in ast.walk(node)
                    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
             for name, node in functions.items()}
    opening = set(direct)
    grew = True
    while grew:
        grew = False
        for name, called in calls.items():
            if name not in opening and called & opening:
                opening.add(name)
                grew = True
    return opening


def writers_in(source: str) -> list[str]:
    """Public functions of ``source`` that take a ``Database`` first and open a unit of work."""
    tree = ast.parse(source)
    opening = _opens_unit_of_work(tree)
    found = []
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
            continue
        params = node.args.posonlyargs + node.args.args
        first = ast.unparse(params[0].annotation) if params and params[0].annotation else ""
        if node.name in opening and first.endswith("Database"):
            found.append(node.name)
    return found


def _writers() -> Iterator[tuple[str, Callable[..., Any]]]:
    for path in sorted(SERVICES.rglob("*.py")):
        module_name = ".".join(path.relative_to(SERVICES.parents[1]).with_suffix("").parts)
        names = writers_in(path.read_text(encoding="utf-8"))
        if names:
            module = importlib.import_module(module_name)
            for name in names:
                yield f"{module_name}.{name}", getattr(module, name)


def carries_changes(returned: Any) -> bool:
    if returned is Changes:
        return True
    if not (isinstance(returned, type) and dataclasses.is_dataclass(returned)):
        return False
    if not returned.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        return False
    hints = typing.get_type_hints(returned)
    return hints.get("changes") is Changes


def test_every_writer_returns_its_changes() -> None:
    writers = dict(_writers())
    assert len(writers) > 100  # the scan sees the services (it found 111 when written)
    wrong = []
    for name, fn in writers.items():
        if getattr(fn, "no_changes", False):
            continue
        returned = typing.get_type_hints(fn).get("return")
        if not carries_changes(returned):
            wrong.append(f"{name} -> {returned}")
    assert wrong == [], "writers that do not return their Changes:\n" + "\n".join(wrong)


def test_the_exemptions_are_the_listed_ones() -> None:
    exempt = {name for name, fn in _writers() if getattr(fn, "no_changes", False)}
    assert exempt == EXEMPT


def test_the_scan_catches_a_writer_that_returns_an_id() -> None:
    source = '''
def _save(db: Database) -> None:
    with db.unit_of_work() as uow:
        pass

def create_thing(db: Database, title: str) -> int:
    _save(db)
    return 1

def read_thing(db: Database) -> int:
    with db.reading() as session:
        return 1
'''
    assert writers_in(source) == ["create_thing"]
    assert not carries_changes(int)
    assert not carries_changes(tuple[int, Changes])

    @dataclasses.dataclass
    class Mutable:
        changes: Changes

    assert not carries_changes(Mutable)
