"""Small-count suppression: the ONE function that turns counts below the office's threshold
into "< N" in everything that leaves the application (exports, PDFs, packs, ``egide stats``).

Zero is kept as "0": an empty cell identifies nobody, and hiding it would blur the figures.
A share is withheld ("s.") when its numerator or the rest of its denominator is a small count,
otherwise it could give the small count back.

Complementary suppression: in a table whose total is known (total 100, police 40, gendarmerie
58: "Mixte < 5" is 2), masking the small cells is not enough. ``protect`` masks further cells
("s.", the smallest first) until no masked cell has a single possible value given the total,
the shown cells and what a reader knows of the masked ones ("< 5" is 1 to 4, "s." is at least
the threshold).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.services.committee.statistics import Statistics

WITHHELD = "s."
"""Printed for a share withheld under the statistical secret (explained in a footnote)."""


def shown_count(count: int, threshold: int) -> str:
    """What leaves the application for a count: "< 5" for 1..4 (threshold 5), else the number."""
    if 0 < count < threshold:
        return f"< {threshold}"
    return str(count)


def _bounds(count: int, primary: bool, threshold: int, total: int) -> tuple[int, int]:
    return (1, threshold - 1) if primary else (threshold, max(total, threshold))


def derivable(counts: Sequence[int], primary: set[int], complementary: set[int],
              threshold: int) -> set[int]:
    """The masked cells whose value follows from the total of the masked cells (known: the
    published total minus the shown cells) and the bounds a reader knows."""
    masked = sorted(primary | complementary)
    if not masked:
        return set()
    rest = sum(counts[i] for i in masked)
    bounds = {i: _bounds(counts[i], i in primary, threshold, rest) for i in masked}
    low_all = sum(lo for lo, _ in bounds.values())
    high_all = sum(hi for _, hi in bounds.values())
    found = set()
    for i in masked:
        lo, hi = bounds[i]
        least = max(lo, rest - (high_all - hi))
        most = min(hi, rest - (low_all - lo))
        if least >= most:
            found.add(i)
    return found


def protect(counts: Sequence[int], threshold: int) -> tuple[str, ...]:
    """The shown value of each cell of one table (whose total is published): small counts as
    "< N", complementary cells as "s.", so that no masked value can be recomputed.

    Limit: when every non-zero cell ends up masked and the total still gives them away (six
    months of one case each; 1, 5 and 5), only withholding the total would protect them."""
    primary = {i for i, n in enumerate(counts) if 0 < n < threshold}
    complementary: set[int] = set()
    while primary and derivable(counts, primary, complementary, threshold):
        candidates = sorted((n, i) for i, n in enumerate(counts)
                            if n >= threshold and i not in complementary)
        if not candidates:
            break
        complementary.add(candidates[0][1])
    return tuple(WITHHELD if i in complementary else shown_count(n, threshold)
                 for i, n in enumerate(counts))


def shown_share(part: int, whole: int, threshold: int) -> str:
    if whole == 0:
        return "–"
    if 0 < part < threshold or 0 < whole - part < threshold:
        return WITHHELD
    return f"{round(100 * part / whole)} %"


def export_rows(stats: Statistics) -> list[tuple[str, str, str]]:
    """Every figure as (section, label, shown value), counts suppressed: CSV, XLSX, CLI."""
    t = stats.threshold
    rows = [
        ("Synthèse", "Signalements", shown_count(stats.total, t)),
        ("Synthèse", "Suivis d'une plainte", shown_count(stats.with_plainte, t)),
        ("Synthèse", "Part suivie d'une plainte",
         shown_share(stats.with_plainte, stats.total, t)),
        ("Synthèse", "Signalements en cours", shown_count(stats.open_cases, t)),
        ("Synthèse", "Signalements en retard", shown_count(stats.overdue_cases, t)),
        ("Synthèse", "Pré-enregistrements au 17 actifs", shown_count(stats.preregistrations, t)),
        ("Synthèse", "Dispositifs d'alerte en service", shown_count(stats.alert_devices, t)),
    ]
    for series in stats.series:
        shown = protect([count for _, count in series.rows], t)
        rows += [(series.title, label, value)
                 for (label, _count), value in zip(series.rows, shown, strict=True)]
    for delay in stats.delays:
        value = f"{delay.mean_days:.1f}" if delay.cases >= t else WITHHELD
        rows.append(("Délai moyen depuis la réception (jours)", delay.step, value))
    return rows
