"""Small-count suppression: the ONE function that turns counts below the office's threshold
into "< N" in everything that leaves the application (exports, PDFs, packs, ``egide stats``).

Zero is kept as "0": an empty cell identifies nobody, and hiding it would blur the figures.
A share is withheld ("s.") when its numerator or the rest of its denominator is a small count,
otherwise it could give the small count back.
"""

from __future__ import annotations

from desktop.services.committee.statistics import Statistics

WITHHELD = "s."
"""Printed for a share withheld under the statistical secret (explained in a footnote)."""


def shown_count(count: int, threshold: int) -> str:
    """What leaves the application for a count: "< 5" for 1..4 (threshold 5), else the number."""
    if 0 < count < threshold:
        return f"< {threshold}"
    return str(count)


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
        rows += [(series.title, label, shown_count(count, t)) for label, count in series.rows]
    for delay in stats.delays:
        value = f"{delay.mean_days:.1f}" if delay.cases >= t else WITHHELD
        rows.append(("Délai moyen depuis la réception (jours)", delay.step, value))
    return rows
