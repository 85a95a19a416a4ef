"""Arrondissement names ("Arrondissement de Meaux") from their INSEE code ("771").

The bundled table (``resources/communes/arrondissements.csv``, from the COG: each
arrondissement is named after its chef-lieu) covers the départements the project has data
for; an arrondissement it does not know is shown by its code. Extend the table from INSEE's
``v_arrondissement_<année>.csv`` (columns ARR, LIBELLE) when an office needs it.
"""

from __future__ import annotations

from functools import cache

from desktop.resources import resource_path

_VOWELS = "AEIOUYÉÈÊÎÔÂ"


@cache
def arrondissement_names() -> dict[str, str]:
    text = resource_path("communes", "arrondissements.csv").read_text(encoding="utf-8")
    rows = (line.split(";", 1) for line in text.splitlines()[1:] if ";" in line)
    return {code.strip(): name.strip() for code, name in rows}


def arrondissement_title(code: str | None) -> str:
    """"Arrondissement de Meaux (771)", "Arrondissement d'Aix-en-Provence (131)",
    "Arrondissement 999" when the name is not known, "Arrondissement non renseigné"."""
    if not code:
        return "Arrondissement non renseigné"
    name = arrondissement_names().get(code)
    if name is None:
        return f"Arrondissement {code}"
    join = "d'" if name[:1].upper() in _VOWELS else "de "
    return f"Arrondissement {join}{name} ({code})"
