"""The import graph of ``desktop/``, read from the source with ``ast`` (nothing is imported).

Every ``import`` statement counts, wherever it stands: at module level, inside a function,
under ``try``, ``if`` or ``if TYPE_CHECKING:`` (a type from the wrong layer is a wrong arrow,
and a back-reference by type is the coupling a circle means). Relative imports
(``from . import x``, ``from ..y import z``) are resolved against the importing module.

``python -m tests.core.import_graph`` prints the circles found, for a quick look.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "desktop"


@dataclass(frozen=True)
class Import:
    """One imported name as it resolves: ``target`` is a module (of ``desktop`` or not)."""

    importer: str
    target: str
    line: int

    def where(self) -> str:
        return f"{self.importer}:{self.line} imports {self.target}"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules(root: Path = ROOT, package: str = PACKAGE) -> dict[str, Path]:
    """Every module of the package, by dotted name."""
    return {module_name(path, root): path for path in sorted((root / package).rglob("*.py"))}


def _base(importer: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = importer.split(".")
    # In a package's __init__, "." is the package itself; in a module, its parent.
    keep = len(parts) - node.level + (1 if is_package else 0)
    base = parts[:keep]
    if node.module:
        base.append(node.module)
    return ".".join(base)


def imports_of(
    importer: str, source: str, is_package: bool, known: Iterable[str] = ()
) -> list[Import]:
    """The imports of one module's source; ``known`` names the modules that exist, so that
    ``from pkg import name`` resolves to ``pkg.name`` when that is a module."""
    modules = set(known)
    found: list[Import] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Import):
            found.extend(Import(importer, alias.name, node.lineno) for alias in node.names)
            continue
        base = _base(importer, is_package, node)
        for alias in node.names:
            candidate = f"{base}.{alias.name}"
            target = candidate if candidate in modules else base
            found.append(Import(importer, target, node.lineno))
    return sorted(set(found), key=lambda item: (item.line, item.target))


def project_imports(root: Path = ROOT, package: str = PACKAGE) -> list[Import]:
    """Every import of every module of the package."""
    modules = source_modules(root, package)
    found: list[Import] = []
    for name, path in modules.items():
        source = path.read_text(encoding="utf-8")
        found.extend(imports_of(name, source, path.name == "__init__.py", modules))
    return found


def within(module: str, package: str) -> bool:
    """``module`` is ``package`` or one of its submodules."""
    return module == package or module.startswith(package + ".")


def offending(
    imports: Iterable[Import], importers: Iterable[str], targets: Iterable[str],
    allowed: Iterable[str] = (),
) -> list[Import]:
    """The imports from a module under one of ``importers`` (but none of ``allowed``) of a
    module under one of ``targets``."""
    importers, targets, allowed = tuple(importers), tuple(targets), tuple(allowed)
    return [
        item
        for item in imports
        if any(within(item.importer, package) for package in importers)
        and not any(within(item.importer, package) for package in allowed)
        and any(within(item.target, package) for package in targets)
    ]


def graph(imports: Iterable[Import], package: str = PACKAGE) -> dict[str, dict[str, int]]:
    """Module → {imported module of the package: first line}; self-imports left out."""
    edges: dict[str, dict[str, int]] = {}
    for item in imports:
        if item.target == item.importer or not within(item.target, package):
            continue
        targets = edges.setdefault(item.importer, {})
        targets[item.target] = min(targets.get(item.target, item.line), item.line)
    return edges


def strongly_connected(edges: Mapping[str, Mapping[str, int]]) -> list[list[str]]:
    """The groups of modules that reach each other (Tarjan), each sorted; groups of one left
    out (a module importing itself is dropped by ``graph``)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    nodes = sorted(set(edges) | {target for targets in edges.values() for target in targets})
    for start in nodes:
        if start in index:
            continue
        # Iterative Tarjan: (node, iterator over its successors).
        work: list[tuple[str, Iterator[str]]] = []
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        work.append((start, iter(sorted(edges.get(start, {})))))
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(edges.get(successor, {})))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)


def _shortest_cycle(
    edges: Mapping[str, Mapping[str, int]], start: str, members: set[str]
) -> list[str]:
    """The shortest path start → … → start inside one group (breadth first)."""
    previous: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for successor in sorted(edges.get(node, {})):
            if successor not in members:
                continue
            if successor == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if successor not in previous:
                previous[successor] = node
                queue.append(successor)
    raise AssertionError(f"{start} is in no cycle")  # pragma: no cover - groups are cycles


def cycles(edges: Mapping[str, Mapping[str, int]]) -> list[list[str]]:
    """Readable circles: for each group of modules that reach each other, the shortest cycle
    through each member not yet shown, until every member of the group has been shown."""
    found: list[list[str]] = []
    for group in strongly_connected(edges):
        members = set(group)
        shown: set[str] = set()
        for module in group:
            if module in shown:
                continue
            cycle = _shortest_cycle(edges, module, members)
            shown.update(cycle)
            found.append(cycle)
    return found


def chain(cycle: list[str], edges: Mapping[str, Mapping[str, int]], package: str = PACKAGE
          ) -> str:
    """``a:12 → b:40 → a``: each module with the line where it imports the next one."""
    short = [name.removeprefix(package + ".") for name in cycle]
    steps = [f"{short[i]}:{edges[cycle[i]][cycle[i + 1]]}" for i in range(len(cycle) - 1)]
    return " → ".join([*steps, short[-1]])


if __name__ == "__main__":  # pragma: no cover - a developer's look
    project = graph(project_imports())
    for circle in cycles(project):
        print(chain(circle, project))
