""""Tableau de bord": the statistics of a period, filtered by arrondissement and force, as
charts (pyqtgraph, imported when the page is first shown), each exportable to PNG, CSV and
XLSX with the small counts suppressed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.files import write_private
from desktop.io.arrondissements import arrondissement_title
from desktop.models.enums import ForceZone
from desktop.services.committee import statistics
from desktop.services.committee.axes import DASHBOARD_KEYS, NationalAxes, national_axes
from desktop.services.committee.statistics import Filters, Statistics
from desktop.services.vault.changes import Changes
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.pages.dashboard_report import YearlyDocuments
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.measures_board import MeasuresBoardView

CHART_KEYS = ("month", "type", "force", "place", "profession", "author")
MEASURES_ROW = 100  # below the charts, whatever their number
AXES_ROW = 50  # the national axes: below the period's charts, above the measures


class DashboardPage(RefreshingPage):
    watches = (Changes.CASES | Changes.CONTACTS | Changes.OFFICE | Changes.TERRITORY
               | Changes.PROTOCOL | Changes.COMMITTEE)
    refreshed = Signal(object)  # Statistics
    axes_loaded = Signal(object)  # NationalAxes

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.stats: Statistics | None = None
        self.charts: dict[str, object] = {}
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addYears(-1).addDays(1), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._filter_changed)
        self.arrondissement = QComboBox(self)
        self.force = QComboBox(self)
        self.arrondissement.currentIndexChanged.connect(self._filter_changed)
        self.force.currentIndexChanged.connect(self._filter_changed)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.export_csv = QPushButton(self)
        self.export_xlsx = QPushButton(self)
        self.export_csv.clicked.connect(lambda: self._ask_export(None, "csv"))
        self.export_xlsx.clicked.connect(lambda: self._ask_export(None, "xlsx"))
        self.yearly = YearlyDocuments(context, self)
        self.report_button = QPushButton(self)
        self.axes_csv_button = QPushButton(self)
        self.report_button.clicked.connect(
            lambda: self.yearly.ask_report(self.date_to.date().year()))
        self.axes_csv_button.clicked.connect(
            lambda: self.yearly.ask_axes_csv(self.date_to.date().year()))
        self.axes: NationalAxes | None = None
        self.axis_charts: dict[str, object] = {}
        filters = FlowLayout()  # wraps on a narrow screen
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to,
                       self.arrondissement, self.force):
            filters.addWidget(widget)
        filters.addWidget(self.export_csv)
        filters.addWidget(self.export_xlsx)
        filters.addWidget(self.report_button)
        filters.addWidget(self.axes_csv_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.grid = QGridLayout()
        self.measures_title = QLabel(self)
        self.measures_title.setProperty("role", "heading")
        self.measures = MeasuresBoardView(context, self, with_year=False)
        self.measures.setMinimumHeight(320)
        self.axes_title = QLabel(self)
        self.axes_title.setProperty("role", "heading")
        self.axes_title.setWordWrap(True)
        self.grid.addWidget(self.axes_title, AXES_ROW, 0, 1, 2)
        self.grid.addWidget(self.measures_title, MEASURES_ROW, 0, 1, 2)
        self.grid.addWidget(self.measures, MEASURES_ROW + 1, 0, 1, 2)
        holder = QWidget(self)
        holder.setLayout(self.grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tableau de bord"))
        self.title.setText(self.tr("Tableau de bord"))
        self.from_label.setText(self.tr("Du"))
        self.to_label.setText(self.tr("au"))
        self.date_from.setAccessibleName(self.tr("Début de la période"))
        self.date_to.setAccessibleName(self.tr("Fin de la période"))
        self.arrondissement.setAccessibleName(self.tr("Arrondissement"))
        self.force.setAccessibleName(self.tr("Force"))
        self.export_csv.setText(self.tr("Exporter en CSV…"))
        self.export_xlsx.setText(self.tr("Exporter en XLSX…"))
        self.report_button.setText(self.tr("Rapport annuel…"))
        self.report_button.setToolTip(self.tr("Le rapport de l'année sur les axes des "
                                              "observatoires nationaux (PDF)"))
        self.axes_csv_button.setText(self.tr("Axes nationaux (CSV)…"))
        self.axes_csv_button.setToolTip(self.tr("Les signalements de l'année, un par ligne, "
                                                "pseudonymisés, pour les observatoires"))
        self.axes_title.setText(self.tr("Axes des observatoires nationaux (année des faits de "
                                        "fin de période, comparée à la précédente)"))
        self.measures_title.setText(self.tr("Mesures du protocole (année de fin de période, "
                                            "comparée à la précédente)"))
        self._filling = True
        current = self.force.currentIndex()
        self.force.clear()
        self.force.addItem(self.tr("Police et gendarmerie"), None)
        self.force.addItem(self.tr("Zone police (PN)"), ForceZone.PN)
        self.force.addItem(self.tr("Zone gendarmerie (GN)"), ForceZone.GN)
        self.force.setCurrentIndex(max(current, 0))
        if self.arrondissement.count() == 0:
            self.arrondissement.addItem(self.tr("Tous les arrondissements"), None)
        self._filling = False

    # --- loading ---------------------------------------------------------------------------

    def filters(self) -> Filters:
        return Filters(self.date_from.date().toPython(), self.date_to.date().toPython(),
                       arrondissement=self.arrondissement.currentData(),
                       force=self.force.currentData())

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self._filling = True
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self._filling = False
        self.date_to.setDate(QDate(end.year, end.month, end.day))

    def showEvent(self, event: QShowEvent) -> None:
        if not self.charts:
            self._build_charts()
        if not self.axis_charts:
            self._build_axis_charts()
        if self.stale and not self.context.locked:
            self.context.query(statistics.arrondissements, self._fill_arrondissements)
        super().showEvent(event)

    def _fill_arrondissements(self, codes: tuple[str, ...]) -> None:
        self._filling = True
        current = self.arrondissement.currentData()
        self.arrondissement.clear()
        self.arrondissement.addItem(self.tr("Tous les arrondissements"), None)
        for code in codes:
            self.arrondissement.addItem(arrondissement_title(code), code)
        index = self.arrondissement.findData(current)
        self.arrondissement.setCurrentIndex(max(index, 0))
        self._filling = False

    def _filter_changed(self) -> None:
        if not self._filling:
            self.reload()

    def load(self) -> None:
        """Also run when a filter changes; a hidden page stays stale until shown."""
        if not self.isVisible():
            self._stale = True
            return
        flt = self.filters()
        if flt.date_to < flt.date_from:
            self.summary.setText(self.tr("La fin de la période précède son début."))
            return
        self.context.query(lambda db: statistics.compute(db, flt), self._first_figures,
                           lambda error: messages.error(self, str(error)))
        self.measures.show_year(flt.date_to.year)
        self.load_axes(flt)

    def load_axes(self, flt: Filters) -> None:
        """The national axes of the period's end year, in their own query (GROUP BY per
        axis over two years of cases), after the period's figures."""
        year = flt.date_to.year
        self.context.query(
            lambda db: national_axes(db, year, arrondissement=flt.arrondissement,
                                     force=flt.force),
            self.show_axes, lambda error: messages.error(self, str(error)))

    def _build_axis_charts(self) -> None:
        from desktop.ui.widgets.axis_chart import AxisChart

        for index, key in enumerate(DASHBOARD_KEYS):
            chart = AxisChart(key, self)
            self.grid.addWidget(chart, AXES_ROW + 1 + index // 2, index % 2)
            self.axis_charts[key] = chart

    def show_axes(self, found: NationalAxes) -> None:
        self.axes = found
        if not self.axis_charts:
            self._build_axis_charts()
        for key, chart in self.axis_charts.items():
            axis = found.get(key)
            title = axis.title + (self.tr(" (plusieurs réponses)") if axis.several else "")
            chart.show_axis(title, found.year,  # type: ignore[attr-defined]
                            [(r.label, r.current, r.previous) for r in axis.rows])
        self.axes_loaded.emit(found)

    def _first_figures(self, stats: Statistics) -> None:
        """Shown at once (they counted only their period), then the whole history is counted
        on the worker so that the next period or filter is quick (nothing when it already is)."""
        self.show_statistics(stats)
        self.context.query(statistics.prepare)

    def _build_charts(self) -> None:
        from desktop.ui.widgets.stat_chart import StatChart

        for index, key in enumerate(CHART_KEYS):
            chart = StatChart(key, self)
            chart.export_requested.connect(self._ask_export)
            self.grid.addWidget(chart, index // 2, index % 2)
            self.charts[key] = chart

    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        if not self.charts:
            self._build_charts()
        share = stats.plainte_share
        self.summary.setText(self.tr(
            "{0} signalement(s) · {1} suivi(s) d'une plainte ({2}) · {3} en cours, dont {4} en "
            "retard · {5} numéro(s) pré-enregistré(s) au 17 · {6} dispositif(s) d'alerte en "
            "service").format(stats.total, stats.with_plainte,
                              f"{round(100 * share)} %" if share is not None else "–",
                              stats.open_cases, stats.overdue_cases, stats.preregistrations,
                              stats.alert_devices)
            + ("\n" + self.tr("Délai moyen depuis la réception : {0}").format(" · ".join(
                f"{d.step} {QLocale().toString(d.mean_days, 'f', 1)} j ({d.cases})"
                for d in stats.delays))
               if stats.delays else ""))
        for key, chart in self.charts.items():
            series = stats.get(key)
            rows = [r for r in series.rows if r[1] or key in ("month", "force")]
            chart.show_series(series.title, [label for label, _ in rows],  # type: ignore[attr-defined]
                              [count for _, count in rows])
        self.refreshed.emit(stats)

    # --- exports (small counts suppressed) -------------------------------------------------

    def _ask_export(self, key: str | None, kind: str) -> None:
        if self.stats is None:
            return
        filters = {"png": self.tr("Image PNG (*.png)"), "csv": self.tr("CSV (*.csv)"),
                   "xlsx": self.tr("Classeur Excel (*.xlsx)")}
        name = f"statistiques-{key or 'toutes'}.{kind}"
        choose_save(self, self.tr("Exporter"), name, filters[kind],
                    lambda path: self.export(key, kind, path))

    def export(self, key: str | None, kind: str, path: Path) -> None:
        """``key`` None: every figure; otherwise one chart's numbers (or its image)."""
        from desktop.io.statistics_export import to_csv, to_xlsx
        from desktop.services.committee.suppression import export_rows

        assert self.stats is not None
        if kind == "png":
            assert key is not None
            self.charts[key].save_png(str(path), self.stats.threshold)  # type: ignore[attr-defined]
            return
        rows = export_rows(self.stats)
        if key is not None:
            title = self.stats.get(key).title
            rows = [row for row in rows if row[0] == title]
        write_private(path, to_csv(rows) if kind == "csv" else to_xlsx(rows))
