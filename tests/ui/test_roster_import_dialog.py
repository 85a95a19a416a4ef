"""The référents import dialog driven by clicks: the office's sheet with its French headings,
the mapping step (changed by the user), refused lines, "Importer les N lignes valides", the
report saved as CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.resources import resource_path
from desktop.services.roster import editing, imports
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.roster_import import ImportDialog
from tests.core.roster.office_sheet import write_office_xlsx

from .conftest import wait_idle

COMPETENCE = (Path(__file__).resolve().parents[1] / "core" / "io" / "data"
              / "competence-territoriale-77-extrait.csv")
ATLANTIS = (("Atlantis", "77999", "GN", "Brigade de proximité de Rebais", "Gendarme", "NOIR",
             "Léa", "01 64 04 50 19", "", "", "12/01/2026"),)


@pytest.fixture
def roster_db(context: AppContext) -> Database:
    db = context.require_db()
    imports.import_communes(db, resource_path("demo", "communes-77-etalab-2026.json"))
    imports.import_competence(db, COMPETENCE)
    return db


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in a combo box. The entries are French ("— aucune —"): like accented
    text typed with ``setText``, the entry is chosen by index (offscreen, the opened list
    does not reliably take clicks), and the combo's own signals run as for a user."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setFocus()
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: combo.currentIndex() == index)


def test_office_sheet_mapping_step_skip_rejected_and_report(
    qtbot: QtBot, context: AppContext, roster_db: Database, tmp_path: Path
) -> None:
    sheet = write_office_xlsx(tmp_path / "referents.xlsx", ATLANTIS)
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(qtbot, dialog.kind, "Feuille des référents (XLSX ou CSV)")
    qtbot.keyClicks(dialog.path, str(sheet))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.mapping["mobile"].currentData() == "Portable",
                    timeout=20_000)
    assert dialog.mapping_box.isVisible()
    assert "proposée d'après les en-têtes" in dialog.mapping_note.text()
    assert {f: c.currentData() for f, c in dialog.mapping.items()} == {
        "last_name": "NOM", "first_name": "Prénom", "role": "", "grade": "Grade",
        "force": "Force (PN/GN)", "unit": "Unité", "phone": "Tél. fixe", "mobile": "Portable",
        "email": "Mél", "communes": "Commune", "postal_code": "Code postal",
        "verified_on": "Mise à jour"}
    # The user decides the grade is not to be imported.
    _choose(qtbot, dialog.mapping["grade"], "— aucune —")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report.isVisible(), timeout=20_000)
    wait_idle(qtbot, context.runner)
    assert "ligne 11 : refusée — commune « Atlantis (77999) » inconnue" in (
        dialog.report.toPlainText())
    assert "rien n'a été modifié" in dialog.status.text()
    assert editing.list_referents(roster_db) == []
    assert dialog.import_valid.isVisible()
    assert dialog.import_valid.text().replace("&", "") == "Importer les 4 lignes valides"
    qtbot.mouseClick(dialog.import_valid, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert dialog.status.text().startswith(
        "Référents : 4 ajouté(s), 0 modifié(s), 0 inchangé(s), 1 refusé(s).")
    assert "à vérifier — Anne LEFÈVRE (vérifié le 15/06/2023)" in dialog.report.toPlainText()
    assert len(editing.list_referents(roster_db)) == 4
    assert all(row.grade is None for row in _referents(roster_db))  # the user's mapping
    # The report saved where the user types it.
    qtbot.mouseClick(dialog.save_report, Qt.MouseButton.LeftButton)
    chooser = next(d for d in dialog.findChildren(QFileDialog, "file_dialog") if d.isVisible())
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    target = tmp_path / "compte-rendu.csv"
    name.setText(str(target))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists, timeout=20_000)
    text = target.read_text("utf-8-sig")
    assert text.startswith("Ligne;Statut;Motif")
    assert "11;refusée;commune « Atlantis (77999) » inconnue" in text
    # Opened again, the same sheet's remembered mapping is shown as such.
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(sheet))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "mémorisée" in dialog.mapping_note.text(), timeout=20_000)
    assert dialog.mapping["grade"].currentData() == ""
    dialog.close()


def _referents(db: Database) -> list[object]:
    import sqlalchemy as sa

    from desktop.models.territory import Referent

    with db.reading() as session:
        return list(session.scalars(sa.select(Referent)))


def test_national_communes_file_with_the_overseas_choice_both_ways(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """The national Etalab file imported by clicks: by default (as the CLI) its 92 communes
    of the collectivités d'outre-mer are left out and counted per collectivité; chosen,
    they are imported under their collectivité."""
    import sqlalchemy as sa

    from desktop.models.territory import Commune
    from tests.core.roster.national import write_national_file

    db = context.require_db()
    national = write_national_file(tmp_path / "communes.json")
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(qtbot, dialog.kind, "Communes ou codes postaux (Etalab, INSEE, La Poste)")
    assert dialog.overseas.isVisible()
    assert dialog.overseas.currentData() == "skip"  # the CLI's default
    qtbot.keyClicks(dialog.path, str(national))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60_000)
    status = dialog.status.text()
    assert status.startswith("Communes : 34877 ajouté(s), 0 modifié(s), 0 inchangé(s).")
    assert ("92 commune(s) des collectivités d'outre-mer laissée(s) de côté, hors départements "
            "(Saint-Barthélemy 1, Saint-Martin 1, Terres australes et antarctiques françaises 5, "
            "Wallis-et-Futuna 3, Polynésie française 48, Nouvelle-Calédonie 33, "
            "Île de Clipperton 1).") in status
    assert "Choisissez « importées sous leur collectivité »" in status
    assert "--outre-mer" not in status

    def communes_of(department: str) -> int:
        with db.reading() as session:
            return int(session.scalar(sa.select(sa.func.count()).where(
                Commune.department == department)) or 0)

    assert communes_of("987") == 0
    dialog.summary = None
    _choose(qtbot, dialog.overseas, "Communes des collectivités d'outre-mer importées sous "
                                    "leur collectivité")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60_000)
    assert dialog.status.text().startswith(
        "Communes : 92 ajouté(s), 0 modifié(s), 34877 inchangé(s).")
    assert "laissée(s) de côté" not in dialog.status.text()
    assert (communes_of("987"), communes_of("988")) == (48, 33)
    dialog.close()
