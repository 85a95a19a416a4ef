"""Arrondissement names ("Arrondissement du Havre") from their INSEE code ("762").

The bundled table (``resources/communes/arrondissements.csv``, all 333 arrondissements of the
COG, built by ``tools/build_communes_resource.py`` from Etalab's package) gives each
arrondissement its name, article included ("Le Havre"), and its COG type of name (TNCC,
``typeLiaison``), which says how "de" joins it: "du Havre", "des Andelys", "de La Rochelle",
"d'Ajaccio". A code the table does not know (a future arrondissement) is shown as
"Arrondissement 999", never as a bare code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desktop.resources import resource_path


@dataclass(frozen=True, slots=True)
class Arrondissement:
    code: str
    name: str
    """As the COG writes it, article included: "Le Havre", "Toulon"."""
    name_type: int
    """COG type of name: 0 "de", 1 "d'", 2 "du" (Le), 3 "de la" (La), 4 "des" (Les),
    5 "de l'" (L')."""

    @property
    def of_name(self) -> str:
        """"du Havre", "des Andelys", "de La Rochelle", "de L'Haÿ-les-Roses", "d'Arles"."""
        if self.name_type == 2 and self.name.startswith("Le "):
            return "du " + self.name[3:]
        if self.name_type == 4 and self.name.startswith("Les "):
            return "des " + self.name[4:]
        if self.name_type == 1:
            return "d'" + self.name
        return "de " + self.name


_VOWELS = "AEIOUYÉÈÊÎÔÂ"


@cache
def arrondissements() -> dict[str, Arrondissement]:
    text = resource_path("communes", "arrondissements.csv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines()[1:]:
        fields = [field.strip() for field in line.split(";")]
        if len(fields) < 2 or not fields[0]:
            continue
        code, name = fields[0], fields[1]
        if len(fields) > 2 and fields[2].isdigit():
            name_type = int(fields[2])
        else:  # a two-column table: the elision is the only article
            name_type = 1 if name[:1].upper() in _VOWELS else 0
        table[code] = Arrondissement(code, name, name_type)
    return table


def arrondissement_names() -> dict[str, str]:
    """Code → name ("832" → "Toulon")."""
    return {code: entry.name for code, entry in arrondissements().items()}


def arrondissement_title(code: str | None) -> str:
    """"Arrondissement de Meaux (771)", "Arrondissement du Havre (762)",
    "Arrondissement 999" when the name is not known, "Arrondissement non renseigné"."""
    if not code:
        return "Arrondissement non renseigné"
    entry = arrondissements().get(code)
    if entry is None:
        return f"Arrondissement {code}"
    return f"Arrondissement {entry.of_name} ({code})"


def arrondissement_phrase(code: str | None) -> str:
    """The title inside a sentence: "arrondissement du Havre (762)"."""
    title = arrondissement_title(code)
    return title[:1].lower() + title[1:]


def arrondissement_label(code: str | None) -> str:
    """The arrondissement as a cell or a list shows it: "Toulon (832)", "Le Havre (762)";
    "999" becomes "Arrondissement 999" (never a bare code); empty when there is none."""
    if not code:
        return ""
    entry = arrondissements().get(code)
    return f"{entry.name} ({code})" if entry else f"Arrondissement {code}"
