"""The Reports screen: key figures with charts, filtered by mission, cluster, country, period;
the funder report PDF and the CSV/XLSX export of the same figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.enums import AGREEMENT_KINDS
from biox_desktop.core.kpis import (
    DEFINITIONS,
    AgreementRow,
    Breakdown,
    KpiFilter,
    KpiReport,
    format_figure,
)
from biox_desktop.core.outcomes import AGREEMENT_STATUSES, MOU_KINDS
from biox_desktop.ui import theme
from biox_desktop.ui.dates import DateField
from biox_desktop.ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex

HEADLINE = ("companies", "delegates", "meetings_held", "leads", "agreements", "mous",
            "follow_ups_done", "conversion_rate")
COLUMNS = ("companies", "delegates", "meetings_requested", "meetings_scheduled",
           "meetings_held", "meetings_no_show", "leads", "lead_rating_avg", "follow_ups_done",
           "follow_ups_overdue", "agreements", "mous", "agreements_open", "conversion_rate")
PALETTE = ("#1B5E7A", "#E07A1F", "#3E9A5B", "#B23A48", "#7A5BA6", "#C9A227", "#4D8FB8")
#: Areas whose changes move the figures.
AREAS = {"agreements", "follow_ups", "missions", "roster", "agenda", "leads", "all", "sync"}

PERIODS = ("all", "this_year", "last_year", "last_12_months", "custom")


def period_dates(kind: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The dates of a period preset (custom and all return no dates)."""
    if kind == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if kind == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if kind == "last_12_months":
        return today - dt.timedelta(days=365), today
    return None, None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class BreakdownModel(QAbstractTableModel):
    """Figures per mission, cluster or country (a few rows), plus a total row."""

    def __init__(self, first: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.first = first
        self._rows: list[Breakdown] = []

    def set_rows(self, rows: list[Breakdown]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.first) if section == 0 else self.tr(
                DEFINITIONS[COLUMNS[section - 1]][0])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self.tr(DEFINITIONS[COLUMNS[section - 1]][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.label
            key = COLUMNS[col - 1]
            return format_figure(key, row.figures.figure(key))
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if col == 0:
                return row.label.casefold()
            value = row.figures.figure(COLUMNS[col - 1])
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgreementRowsModel(QAbstractTableModel):
    """The agreements and MoUs the figures count."""

    HEADERS = ("Signed", "Kind", "Title", "Parties", "Mission", "Status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgreementRow] = []

    def set_rows(self, rows: list[AgreementRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            kind = self.tr(AGREEMENT_KINDS.get(a.kind, a.kind))
            return (
                a.signed_on.isoformat() if a.signed_on else "",
                f"MoU · {kind}" if a.kind in MOU_KINDS and a.kind != "mou" else kind,
                a.title,
                "; ".join(a.parties),
                a.mission,
                self.tr(AGREEMENT_STATUSES.get(a.status, a.status)),
            )[index.column()]
        return None


class Tile(QFrame):
    """One headline figure: a big number and what it counts."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName(f"value_{key}")
        theme.tint(self.value, "font-size: 20pt; font-weight: 600; color: {accent};")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(self.tr(DEFINITIONS[key][0]))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setWordWrap(True)
        self.setToolTip(self.tr(DEFINITIONS[key][1]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.value)
        layout.addWidget(caption)
        self.setAccessibleName(self.tr(DEFINITIONS[key][0]))

    def show_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


def _chart_view(title: str, name: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins().__class__(4, 4, 4, 4))
    view = QChartView(chart)
    view.setObjectName(name)
    view.setAccessibleName(title)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _bar_axes(chart: QChart, series: QBarSeries | QHorizontalBarSeries,
              categories: list[str], top: float, horizontal: bool = False) -> None:
    cat = QBarCategoryAxis()
    cat.append(categories)
    val = QValueAxis()
    val.setRange(0, max(top, 1) * 1.1)
    val.setLabelFormat("%d")
    val.applyNiceNumbers()
    if horizontal:
        chart.addAxis(cat, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(val, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(cat, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(val, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(cat)
    series.attachAxis(val)


class ReportsScreen(QWidget):
    """Dashboard of the key figures, with the funder report and the export."""

    #: Emitted after each report shown (tests and the screenshot wait for it).
    report_shown = Signal(object)
    #: Emitted with the path of a written PDF or export.
    file_written = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.report: KpiReport | None = None
        self._request = 0
        self._filling = False

        title = QLabel(self.tr("Reports"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.mission = self._combo(self.tr("Mission"), self.tr("All missions"))
        self.cluster = self._combo(self.tr("Cluster"), self.tr("All clusters"))
        self.country = self._combo(self.tr("Target country"), self.tr("All countries"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, label in zip(PERIODS, (self.tr("All dates"), self.tr("This year"),
                                        self.tr("Last year"), self.tr("Last 12 months"),
                                        self.tr("Custom dates")), strict=True):
            self.period.addItem(label, key)
        # Typed as ISO or in the user's locale order, stored exactly (ui/dates.py).
        self.start = DateField("start")
        self.end = DateField("end")
        today = dt.date.today()
        for edit, name, day in ((self.start, self.tr("From"), dt.date(today.year, 1, 1)),
                                (self.end, self.tr("To"), dt.date(today.year, 12, 31))):
            edit.setAccessibleName(name)
            edit.setDate(_qdate(day))
            edit.setEnabled(False)
            edit.dateChanged.connect(self._filter_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        for combo in (self.mission, self.cluster, self.country):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.pdf_button = QPushButton(self.tr("Funder report (PDF)…"))
        self.pdf_button.setAccessibleName(self.tr("Write the funder report as PDF"))
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.export_button = QPushButton(self.tr("Export figures…"))
        self.export_button.setAccessibleName(self.tr("Export the figures to CSV or XLSX"))
        self.export_button.clicked.connect(self.ask_export)

        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.export_button)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Mission:"), self.mission),
                              (self.tr("C&luster:"), self.cluster),
                              (self.tr("C&ountry:"), self.country),
                              (self.tr("&Period:"), self.period)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1)
        filters.addWidget(self.start)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.end)
        self.scope_label = QLabel()
        self.scope_label.setObjectName("scopeLabel")
        theme.tint(self.scope_label, "color: {muted};")

        tiles = QGridLayout()
        self.tiles = {key: Tile(key) for key in HEADLINE}
        for i, key in enumerate(HEADLINE):
            tiles.addWidget(self.tiles[key], i // 4, i % 4)

        self.funnel = _chart_view(self.tr("Meetings: from request to agreement"), "funnelChart")
        self.clusters_chart = _chart_view(self.tr("Results per cluster"), "clusterChart")
        self.kinds = _chart_view(self.tr("Signed agreements by kind"), "kindsChart")
        self.ratings = _chart_view(self.tr("Leads by rating (1 cold – 5 very promising)"),
                                   "ratingsChart")
        charts = QGridLayout()
        charts.addWidget(self.funnel, 0, 0)
        charts.addWidget(self.clusters_chart, 0, 1)
        charts.addWidget(self.kinds, 1, 0)
        charts.addWidget(self.ratings, 1, 1)

        self.by_cluster = BreakdownModel("Cluster", self)
        self.by_country = BreakdownModel("Target country", self)
        self.by_mission = BreakdownModel("Mission", self)
        self.agreements = AgreementRowsModel(self)
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableView] = {}
        for key, label, model in (("cluster", self.tr("Per cluster"), self.by_cluster),
                                  ("country", self.tr("Per country"), self.by_country),
                                  ("mission", self.tr("Per mission"), self.by_mission),
                                  ("agreements", self.tr("Agreements and MoUs"),
                                   self.agreements)):
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(Qt.ItemDataRole.UserRole)
            table = QTableView()
            table.setObjectName(f"{key}Table")
            table.setAccessibleName(label)
            table.setModel(proxy)
            table.setSortingEnabled(True)
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.setMinimumHeight(170)
            self.tables[key] = table
            self.tabs.addTab(table, label)
        self.empty = QLabel(self.tr("No figures for this selection yet: record meeting "
                                    "outcomes, leads and agreements, or widen the filters."))
        self.empty.setObjectName("emptyLabel")
        self.empty.setWordWrap(True)
        self.empty.hide()

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(tiles)
        body.addWidget(self.empty)
        body.addLayout(charts, 3)
        body.addWidget(self.tabs, 2)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Figures and charts"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.scope_label)
        layout.addWidget(scroll, 1)
        ops.changed.connect(self._on_changed)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # -- filters ------------------------------------------------------------------------------

    def current_filter(self) -> KpiFilter:
        kind = str(self.period.currentData())
        if kind == "custom":
            # While a typed day is unreadable (shown in red) the last readable one counts.
            start, end = self.start.stored(), self.end.stored()
        else:
            start, end = period_dates(kind, dt.date.today())
        return KpiFilter(mission_id=self.mission.currentData(),
                         cluster_id=self.cluster.currentData(),
                         country=self.country.currentData(), start=start, end=end)

    def _period_changed(self) -> None:
        kind = str(self.period.currentData())
        custom = kind == "custom"
        start, end = period_dates(kind, dt.date.today())
        self._filling = True
        if start is not None and end is not None:
            self.start.setDate(_qdate(start))
            self.end.setDate(_qdate(end))
        self._filling = False
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self._filter_changed()

    def _filter_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        wanted = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for key, label in items:
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh the filter choices, then the figures."""
        self.ops.run(lambda ws: ws.kpis.choices(), success=self._choices_loaded, parent=self)

    def _choices_loaded(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        self._fill(self.mission, choices["missions"])
        self._fill(self.cluster, choices["clusters"])
        self._fill(self.country, choices["countries"])
        self.refresh()

    def refresh(self) -> None:
        self._request += 1
        request = self._request
        flt = self.current_filter()
        self.ops.run(lambda ws: ws.kpis.report(flt),
                     success=lambda report: self._show(request, report), parent=self)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if AREAS & areas:
            self.reload()

    def _show(self, request: int, report: KpiReport) -> None:
        if request != self._request:
            return  # a newer filter was chosen meanwhile
        self.report = report
        t = report.totals
        for key, tile in self.tiles.items():
            tile.show_value(format_figure(key, t.figure(key)))
        self.scope_label.setText(" · ".join(f"{self.tr(k)}: {v}" for k, v in
                                            report.filter_labels))
        self.empty.setVisible(t.is_empty)
        self.by_cluster.set_rows(list(report.by_cluster))
        self.by_country.set_rows(list(report.by_country))
        self.by_mission.set_rows(list(report.by_mission))
        self.agreements.set_rows(list(report.agreements))
        for table in self.tables.values():
            table.resizeColumnsToContents()
        self._draw_funnel(report)
        self._draw_clusters(report)
        self._draw_kinds(report)
        self._draw_ratings(report)
        self.report_shown.emit(report)

    # -- charts -------------------------------------------------------------------------------

    def _draw_funnel(self, report: KpiReport) -> None:
        chart = self.funnel.chart()
        _reset(chart)
        t = report.totals
        labels = [self.tr("Led to an agreement"), self.tr("No-show"), self.tr("Held"),
                  self.tr("Scheduled"), self.tr("Requested")]
        values = [t.meetings_converted, t.meetings_no_show, t.meetings_held,
                  t.meetings_scheduled, t.meetings_requested]
        bars = QBarSet(self.tr("Meetings"))
        bars.append([float(v) for v in values])
        bars.setColor(QColor(PALETTE[0]))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        chart.legend().hide()
        _bar_axes(chart, series, labels, max(values), horizontal=True)

    def _draw_clusters(self, report: KpiReport) -> None:
        chart = self.clusters_chart.chart()
        _reset(chart)
        rows = list(report.by_cluster)
        series = QBarSeries()
        top = 0
        for i, (label, key) in enumerate(((self.tr("Meetings held"), "meetings_held"),
                                          (self.tr("Promising leads"), "hot_leads"),
                                          (self.tr("SME agreements"), "agreements"),
                                          (self.tr("MoUs"), "mous"))):
            bars = QBarSet(label)
            values = [int(b.figures.figure(key) or 0) for b in rows]
            top = max([top, *values])
            bars.append([float(v) for v in values])
            bars.setColor(QColor(PALETTE[i]))
            series.append(bars)
        chart.addSeries(series)
        chart.legend().show()
        _bar_axes(chart, series, [b.label for b in rows] or [self.tr("(none)")], top)

    def _draw_kinds(self, report: KpiReport) -> None:
        chart = self.kinds.chart()
        _reset(chart)
        series = QPieSeries()
        for i, (kind, n) in enumerate(report.totals.agreements_by_kind.items()):
            pie_slice = series.append(f"{self.tr(AGREEMENT_KINDS.get(kind, kind))} ({n})", n)
            pie_slice.setColor(QColor(PALETTE[i % len(PALETTE)]))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setVisible(bool(report.totals.agreements_by_kind))

    def _draw_ratings(self, report: KpiReport) -> None:
        chart = self.ratings.chart()
        _reset(chart)
        bars = QBarSet(self.tr("Leads"))
        values = [report.totals.lead_ratings.get(r, 0) for r in range(1, 6)]
        bars.append([float(v) for v in values])
        bars.setColor(QColor(PALETTE[1]))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        chart.legend().hide()
        _bar_axes(chart, series, ["1", "2", "3", "4", "5"], max(values))

    # -- files --------------------------------------------------------------------------------

    def ask_pdf(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save the funder report"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"funder-report-{dt.date.today():%Y-%m-%d}.pdf")
        dialog.fileSelected.connect(lambda path: self.write_pdf(Path(path)))
        dialog.open()
        return dialog

    def ask_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export the figures"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbooks (*.xlsx)"),
                               self.tr("CSV files (*.csv)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(f"kpis-{dt.date.today():%Y-%m-%d}.xlsx")
        dialog.fileSelected.connect(lambda path: self.write_export(Path(path)))
        dialog.open()
        return dialog

    def write_pdf(self, path: Path) -> None:
        """Write the funder report of the current filters to ``path`` in the background."""
        flt = self.current_filter()

        def work(ws: Any, progress: Any) -> str:
            from biox_desktop.reports.funder import write_funder_report

            return str(write_funder_report(path, ws.kpis.report(flt), progress=progress))

        from biox_desktop.reports.pdfbase import check_can_write

        self.ops.run_checked(
            lambda ws: check_can_write(path),
            lambda: self.ops.run(work, success=self.file_written.emit,
                                 progress_label=self.tr("Writing the funder report…"),
                                 parent=self),
            parent=self)

    def write_export(self, path: Path) -> None:
        """Export the figures of the current filters to ``path`` (.csv or .xlsx)."""
        flt = self.current_filter()

        def work(ws: Any) -> str:
            from biox_desktop.reports.funder import export_figures

            return str(export_figures(path, ws.kpis.report(flt)))

        self.ops.run(work, success=self.file_written.emit, parent=self)
