"""Run every benchmark script in this folder, one after the other, then print one table:
figure, median, p95, goal, ratio to its floor (measured in the same run), goal met.

    make bench            (or: .venv/bin/python benchmarks/run_all.py [--only NAME …])

The table is also written to ``benchmarks/RESULTS.md`` (with the machine and the date), the
file the README quotes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks._common import RESULTS_VARIABLE  # noqa: E402


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.1f}".replace(",", " ").replace(".", ",")


def table(rows: list[dict[str, object]]) -> str:
    lines = ["| mesure | médiane | p95 | objectif | rapport au plancher | atteint | charge |",
             "|---|---:|---:|---|---:|:---:|---:|"]
    for row in rows:
        unit = str(row["unit"])
        ratio = row.get("ratio")
        met = row.get("met")
        lines.append(
            f"| {row['figure']} | {_number(row['median'])} {unit} "  # type: ignore[arg-type]
            f"| {_number(row.get('p95'))}{' ' + unit if row.get('p95') is not None else ''} "  # type: ignore[arg-type]
            f"| {row.get('goal') or ''} "
            f"| {_number(ratio) + ' ×' if ratio is not None else ''} "  # type: ignore[arg-type]
            f"| {'' if met is None else ('oui' if met else '**non**')} "
            f"| {_number(row.get('load'))} |")  # type: ignore[arg-type]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", help="scripts to run (names without .py)")
    args = parser.parse_args()
    started = os.getloadavg()[0]
    results = Path(tempfile.mkstemp(prefix="egide-bench-", suffix=".jsonl")[1])
    env = {**os.environ, RESULTS_VARIABLE: str(results)}
    failed, ran = [], []
    for script in sorted(HERE.glob("*.py")):
        if script.name.startswith("_") or script.name == "run_all.py":
            continue
        if args.only and script.stem not in args.only:
            continue
        print(f"\n=== {script.name} ===", flush=True)
        ran.append(script.stem)
        if subprocess.run([sys.executable, str(script)], cwd=HERE.parent, env=env).returncode:
            failed.append(script.name)
    rows = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    results.unlink()
    text = table(rows)
    load = os.getloadavg()[0]
    header = (f"Mesuré le {dt.date.today():%d/%m/%Y} par `make bench` sur {platform.node()} "
              f"({os.cpu_count()} cœurs, Python {platform.python_version()}, charge "
              f"{started:.1f} au début et {load:.1f} en fin de mesure ; la colonne « charge » "
              f"est la charge moyenne sur une minute, `uptime`, quand la mesure a été prise).")
    if args.only:
        header += f" Scripts : {', '.join(ran)} (`make bench` les passe tous)."
    print(f"\n{header}\n\n{text}")
    (HERE / "RESULTS.md").write_text(f"# Performances\n\n{header}\n\n{text}\n",
                                     encoding="utf-8")
    if failed:
        print(f"\nÉchec : {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
