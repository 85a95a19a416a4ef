"""Département names keep their article (INSEE's type of name) on every document."""

from __future__ import annotations

import pytest

from desktop.io.departments import DEPARTMENT_LIST, find_department
from desktop.services.vault.office import OfficeIdentity


@pytest.mark.parametrize(("code", "prefecture", "prefet"), [
    ("77", "Préfecture de Seine-et-Marne", "PRÉFET DE SEINE-ET-MARNE"),
    ("83", "Préfecture du Var", "PRÉFET DU VAR"),
    ("93", "Préfecture de la Seine-Saint-Denis", "PRÉFET DE LA SEINE-SAINT-DENIS"),
    ("13", "Préfecture des Bouches-du-Rhône", "PRÉFET DES BOUCHES-DU-RHÔNE"),
    ("01", "Préfecture de l'Ain", "PRÉFET DE L'AIN"),
    ("35", "Préfecture d'Ille-et-Vilaine", "PRÉFET D'ILLE-ET-VILAINE"),
    ("974", "Préfecture de La Réunion", "PRÉFET DE LA RÉUNION"),
    ("2a", "Préfecture de la Corse-du-Sud", "PRÉFET DE LA CORSE-DU-SUD"),
])
def test_the_code_alone_gives_the_names_with_their_article(
        code: str, prefecture: str, prefet: str) -> None:
    identity = OfficeIdentity.for_department(code)
    assert (identity.prefecture_name, identity.prefet_title) == (prefecture, prefet)
    assert identity.department_name == find_department(code).name  # type: ignore[union-attr]


def test_every_department_once_with_a_known_article_and_zone() -> None:
    codes = [d.code for d in DEPARTMENT_LIST]
    assert len(codes) == len(set(codes)) == 101
    assert {d.name_type for d in DEPARTMENT_LIST} <= {0, 1, 2, 3, 4, 5}
    assert OfficeIdentity.for_department("971").time_zone == "America/Guadeloupe"
    assert OfficeIdentity.for_department("974").time_zone == "Indian/Reunion"
    assert OfficeIdentity.for_department("77").time_zone == "Europe/Paris"


def test_a_name_typed_by_hand_is_kept_and_the_article_follows_it() -> None:
    identity = OfficeIdentity.for_department("83", "Var")
    assert identity.prefet_title == "PRÉFET DU VAR"
    odd = OfficeIdentity.for_department("99", "Essai")
    assert odd.prefecture_name == "Préfecture d'Essai"
