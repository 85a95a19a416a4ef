"""The dashboard's national axes and yearly documents, by clicks: each axis a named chart with
its table (the year beside the year before); "Rapport annuel…" opens the year dialog and
produces the PDF in the background; "Axes nationaux (CSV)…" writes the observatories' file."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.dialogs.yearly_report_dialog import YearDialog
from desktop.ui.pages.dashboard import DashboardPage
from tests.core.committee.test_national_axes import build
from tests.ui.conftest import wait_idle


def shown_page(qtbot: QtBot, context: AppContext) -> DashboardPage:
    build(context.require_db())
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitSignal(page.axes_loaded, timeout=20_000):
        page.show()
    with qtbot.waitSignal(page.axes_loaded, timeout=20_000) as blocker:
        page.set_period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert blocker.args[0].year == 2026
    return page


def ok_button(dialog: YearDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def choose_year(qtbot: QtBot, dialog: YearDialog, year: str) -> None:
    spin = dialog.findChild(QSpinBox)
    assert spin is not None and spin.accessibleName() == "Année des faits"
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), year)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_each_axis_is_a_named_chart_with_its_table(qtbot: QtBot, context: AppContext) -> None:
    page = shown_page(qtbot, context)
    chart = page.axis_charts["sex"]
    assert chart.title.text() == "Sexe de la victime"  # type: ignore[attr-defined]
    assert chart.plot_widget.accessibleName() == "Sexe de la victime"  # type: ignore[attr-defined]
    table = chart.table  # type: ignore[attr-defined]
    qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert table.isVisible() and table.hasFocus()
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Modalité", "2026", "2025"]
    cells = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
             for r in range(table.rowCount())}
    assert cells == {"Femme": ("1", "0"), "Homme": ("0", "3"), "Non renseigné": ("7", "0")}
    measure = page.axis_charts["measure"]
    assert "plusieurs réponses" in measure.title.text()  # type: ignore[attr-defined]
    assert set(page.axis_charts) >= {"motive", "itt", "weapon", "follow_up", "source"}


def test_the_yearly_report_from_the_dashboard(qtbot: QtBot, context: AppContext) -> None:
    page = shown_page(qtbot, context)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = page.yearly.dialog
    assert isinstance(dialog, YearDialog) and dialog.isVisible()
    assert dialog.findChild(QSpinBox).value() == 2026  # type: ignore[union-attr]
    with qtbot.waitSignal(page.yearly.previewed, timeout=30_000) as blocker:
        choose_year(qtbot, dialog, "2026")
    preview = blocker.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.suggested_name == "rapport-annuel-2026.pdf"
    reader = pypdf.PdfReader(io.BytesIO(preview.pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Rapport annuel 2026" in text and "Sexe de la victime" in text
    assert preview.document.pageCount() == len(reader.pages) >= 4
    preview.close()


def test_the_axes_csv_from_the_dashboard(qtbot: QtBot, context: AppContext,
                                         tmp_path: Path) -> None:
    page = shown_page(qtbot, context)
    qtbot.mouseClick(page.axes_csv_button, Qt.MouseButton.LeftButton)
    dialog = page.yearly.dialog
    assert isinstance(dialog, YearDialog) and dialog.windowTitle() == "Axes nationaux (CSV)"
    choose_year(qtbot, dialog, "2025")
    files = [d for d in page.findChildren(QFileDialog) if d.isVisible()]
    assert len(files) == 1
    target = tmp_path / "axes-2025.csv"
    name = files[0].findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(target))
    buttons = files[0].findChild(QDialogButtonBox)
    accept = next(b for b in buttons.buttons()
                  if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(page.yearly.exported, timeout=20_000):
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context.runner)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")),
                               delimiter=";"))
    assert [r["annee"] for r in rows] == ["2025"] * 3
    assert {r["sexe_victime"] for r in rows} == {"Homme"}
