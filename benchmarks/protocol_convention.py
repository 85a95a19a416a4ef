"""Convention PDF of a 40-article, 12-party protocol, in process, from the service call
(reading the vault) to the PDF bytes. Goal (issue 5): ≤ 150 ms. Prints the wall time and
the process's CPU time (the latter is what a busy shared machine does not inflate).

    .venv/bin/python benchmarks/protocol_convention.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import record_times, summary  # noqa: E402

GOAL_MS = 150.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="egide-bench-"))
    os.environ.setdefault("EGIDE_HOME", str(home / "home"))
    os.environ.setdefault("EGIDE_KEYRING", "none")

    from desktop.services.demo.build import DEMO_OFFICE
    from desktop.services.protocol.convention import convention_pdf
    from desktop.services.protocol.exchange import import_json
    from desktop.services.protocol.sample import sample_json
    from desktop.services.vault import lifecycle

    made = lifecycle.create(
        home / "bench.egide", DEMO_OFFICE, passphrase="bench " * 4, use_keyring=False
    )
    protocol_id = import_json(made.db, sample_json(articles=40, parties=12)).id
    start = time.perf_counter()
    first = convention_pdf(made.db, protocol_id)  # imports ReportLab, registers the fonts
    cold = time.perf_counter() - start
    # The same document laid out from its dataclasses (no vault read): ReportLab's share.
    from desktop.documents.convention import render_convention
    from desktop.documents.layout import Letterhead
    from desktop.services.protocol.convention import convention_for
    from desktop.services.protocol.protocols import find_version

    convention = convention_for(find_version(made.db, protocol_id), "Toulon")
    letterhead = Letterhead(DEMO_OFFICE.prefet_title)
    _floor(convention)  # its fonts registered before it is timed, as the service's were
    # The three are timed in turn, run after run: a virtual machine's speed drifts over a
    # few seconds (the floor alone measured 29 to 48 ms from one run of this script to the
    # next), and timing each in its own block let that drift into the ratio.
    times, cpu, layout_cpu, floor_cpu = [], [], [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        pdf = convention_pdf(made.db, protocol_id)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        start_cpu = time.process_time()
        render_convention(convention, letterhead, draft=True)
        layout_cpu.append(time.process_time() - start_cpu)
        start_cpu = time.process_time()
        _floor(convention)
        floor_cpu.append(time.process_time() - start_cpu)
    made.db.close()
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    median = statistics.median(times) * 1000
    print(f"convention 40 articles / 12 parties: {pages} pages, {len(first) // 1024} Kio")
    print(f"  first call (ReportLab import + fonts): {cold * 1000:.0f} ms")
    print(
        f"  warm: {summary(times)}  goal ≤ {GOAL_MS:.0f} ms: "
        f"{'OK' if median <= GOAL_MS else 'NOT MET'}"
    )
    # On a shared machine the wall time includes waiting for a core: the CPU time does not.
    print(f"  CPU time of the process: {summary(cpu)}; load average {os.getloadavg()[0]:.1f}")
    print(f"  of which layout alone (ReportLab, CPU): {summary(layout_cpu)}")
    ratio = statistics.median(cpu) / statistics.median(floor_cpu)
    record_times("Convention, 40 articles et 12 parties (temps CPU)", cpu,
                 floor=statistics.median(floor_cpu), goal="≤ 1,5 × le plancher")
    _mark_last_row_met(ratio <= 1.5)
    layout_ratio = statistics.median(layout_cpu) / statistics.median(floor_cpu)
    print(
        f"  floor, the same text as plain paragraphs in a bare ReportLab document (CPU): "
        f"{summary(floor_cpu)}; service / floor = {ratio:.2f} (goal ≤ 1.5: "
        f"{'OK' if ratio <= 1.5 else 'NOT MET'}), layout alone / floor = {layout_ratio:.2f}"
    )


def _mark_last_row_met(met: bool) -> None:
    """The convention's goal is a ratio: written on the row once the ratio is known."""
    import json

    from benchmarks._common import RESULTS_VARIABLE

    path = os.environ.get(RESULTS_VARIABLE)
    if not path:
        return
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[-1])
    row["met"] = met
    lines[-1] = json.dumps(row, ensure_ascii=False)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _floor(convention: object) -> bytes:
    """The same words as bare ReportLab paragraphs with the embedded DejaVu font: no
    bloc-marque, typography, bullets, page numbers or signature grid."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.documents.convention import Convention
    from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts

    assert isinstance(convention, Convention)
    register_fonts()
    body = ParagraphStyle("floor", fontName=SANS, fontSize=9.5, leading=13.5)
    head = ParagraphStyle("floorh", fontName=SANS_BOLD, fontSize=11, leading=14)
    story = [Paragraph(p.function, body) for p in convention.parties]
    for article in convention.articles:
        story.append(Paragraph(article.heading, head))
        story += [Paragraph(line, body) for line in article.body.splitlines() if line]
    story += [Paragraph(p.function, body) for p in convention.parties]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


if __name__ == "__main__":
    main()
