"""The Missions screen: list, create, edit and delete missions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QDate,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.enums import MISSION_KINDS, MISSION_STATUSES
from biox_desktop.core.i18n import format_day
from biox_desktop.core.missions import MissionInput, MissionView, validate_mission
from biox_desktop.core.places import country_choices, country_name, suggested_timezone, timezones
from biox_desktop.core.validation import ValidationError
from biox_desktop.ui.dates import DateField
from biox_desktop.ui.forms import FieldForm, FormGuard
from biox_desktop.ui.operations import Operations, show_error
from biox_desktop.ui.tablemodel import RowsTableModel
from biox_desktop.ui.tables import fit_columns, keep_fitted


class MissionTableModel(RowsTableModel[MissionView]):
    """Missions as rows. Missions are few (tens), so the whole list is held."""

    COLUMNS = ("Name", "Kind", "Country", "Cities", "Dates", "Time zone", "Lead cluster",
               "Companies", "Delegates", "Status")

    def set_missions(self, missions: list[MissionView]) -> None:
        self.set_rows(missions)

    def mission(self, row: int) -> MissionView:
        return self.rows[row]

    def row_of(self, mission_id: str) -> int:
        for i, m in enumerate(self.rows):
            if m.id == mission_id:
                return i
        return -1

    def cell(self, m: MissionView, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                m.name,
                self.tr(MISSION_KINDS.get(m.kind, m.kind)),
                country_name(m.country),
                ", ".join(m.cities),
                f"{format_day(m.start_date, 'medium')} – {format_day(m.end_date, 'medium')}",
                m.timezone,
                m.lead_cluster_name or "",
                str(m.companies),
                str(m.delegates),
                self.tr(MISSION_STATUSES.get(m.status, m.status)),
            )[col]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return (m.name.casefold(), m.kind, country_name(m.country), ", ".join(m.cities),
                    m.start_date.isoformat(), m.timezone, m.lead_cluster_name or "", m.companies,
                    m.delegates, m.status)[col]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole value, which a narrow column cuts
            shown = str(self.cell(m, col, Qt.ItemDataRole.DisplayRole))
            return "\n".join(x for x in (shown, m.description if col == 0 else "") if x)
        return None


class MissionDialog(QDialog):
    """Create or edit a mission; refuses to close while the input is invalid."""

    def __init__(self, parent: QWidget | None, clusters: list[tuple[str, str]],
                 mission: MissionView | None = None,
                 default_cluster: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit mission") if mission else self.tr("New mission"))
        self.setMinimumWidth(520)
        self.result_input: MissionInput | None = None
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Mission name"))
        self.kind = QComboBox()
        for key, label in MISSION_KINDS.items():
            self.kind.addItem(self.tr(label), key)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, cname in country_choices():
            self.country.addItem(f"{cname} ({code})", code)
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.setCurrentIndex(-1)
        self.cities = QLineEdit()
        self.cities.setPlaceholderText(self.tr("Osaka, Kobe"))
        # Typed as ISO or in the user's locale order, stored exactly (ui/dates.py).
        self.start = DateField("start_date")
        self.end = DateField("end_date")
        self.timezone = self._zone_combo()
        self.home_timezone = self._zone_combo()
        self.lead_cluster = QComboBox()
        self.lead_cluster.addItem(self.tr("(none)"), None)
        for cid, cname in clusters:
            self.lead_cluster.addItem(cname, cid)
        if mission is None and default_cluster is not None:
            # A leader's mission belongs to the leader's cluster (the server insists).
            self.lead_cluster.setCurrentIndex(max(0, self.lead_cluster.findData(default_cluster)))
        self.status = QComboBox()
        for key, label in MISSION_STATUSES.items():
            self.status.addItem(self.tr(label), key)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.rows = FieldForm()
        self.errors, self.fields = self.rows.errors, self.rows.fields
        for field, label, widget in (
            ("name", self.tr("&Name"), self.name),
            ("kind", self.tr("&Kind"), self.kind),
            ("country", self.tr("&Country"), self.country),
            ("cities", self.tr("C&ities"), self.cities),
            ("start_date", self.tr("&Starts"), self.start),
            ("end_date", self.tr("&Ends"), self.end),
            ("timezone", self.tr("&Time zone"), self.timezone),
            ("home_timezone", self.tr("&Home time zone"), self.home_timezone),
            ("lead_cluster_id", self.tr("&Lead cluster"), self.lead_cluster),
            ("status", self.tr("Stat&us"), self.status),
            ("description", self.tr("&Description"), self.description),
        ):
            self.rows.add(form, field, label, widget)
        self.country.currentIndexChanged.connect(self._country_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill(mission)
        self.guard = FormGuard(self)  # first field focused, Enter saves, Escape asks

    def _zone_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(timezones()))
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        return combo

    def _fill(self, m: MissionView | None) -> None:
        today = dt.date.today()
        if m is None:
            self.start.setDate(QDate(today.year, today.month, today.day))
            self.end.setDate(QDate(today.year, today.month, today.day).addDays(4))
            self.timezone.setCurrentText("")
            self.home_timezone.setCurrentText("Europe/Paris")
            return
        self.name.setText(m.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind)))
        self.country.setCurrentIndex(self.country.findData(m.country))
        self.cities.setText(", ".join(m.cities))
        self.start.setDate(QDate(m.start_date.year, m.start_date.month, m.start_date.day))
        self.end.setDate(QDate(m.end_date.year, m.end_date.month, m.end_date.day))
        self.timezone.setCurrentText(m.timezone)
        self.home_timezone.setCurrentText(m.home_timezone)
        self.lead_cluster.setCurrentIndex(max(0, self.lead_cluster.findData(m.lead_cluster_id)))
        self.status.setCurrentIndex(max(0, self.status.findData(m.status)))
        self.description.setPlainText(m.description)

    def _country_changed(self) -> None:
        code = self.country.currentData()
        zone = suggested_timezone(code) if code else None
        if zone and not self.timezone.currentText().strip():
            self.timezone.setCurrentText(zone)

    def _country_code(self) -> str:
        text = self.country.currentText().strip()
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.country.itemData(index))
        # Typed rather than picked: accept a bare code ("jp") or a name.
        from biox_desktop.core.places import normalise_country

        return normalise_country(text) or text

    def collect(self) -> MissionInput:
        start, end = self.start.date(), self.end.date()
        return MissionInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            country=self._country_code(),
            cities=tuple(c for c in self.cities.text().split(",")),
            start_date=dt.date(start.year(), start.month(), start.day()),
            end_date=dt.date(end.year(), end.month(), end.day()),
            timezone=self.timezone.currentText().strip(),
            home_timezone=self.home_timezone.currentText().strip(),
            lead_cluster_id=self.lead_cluster.currentData(),
            status=str(self.status.currentData()),
            description=self.description.toPlainText(),
        )

    def show_errors(self, error: ValidationError) -> None:
        self.rows.show(error)

    def accept(self) -> None:
        try:
            self.result_input = validate_mission(self.collect())
        except ValidationError as error:
            self.show_errors(error)
            return
        super().accept()


class MissionsScreen(QWidget):
    """List of missions with New, Edit and Delete."""

    #: Emitted with the missions after every reload (the main window's selector listens).
    missions_loaded = Signal(list)


    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = MissionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self._fitted = False  # columns kept to the width on the first load (keep_fitted)
        self.table.setObjectName("missionsTable")
        self.table.setAccessibleName(self.tr("Missions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter missions"))
        self.search.setAccessibleName(self.tr("Filter missions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("&New mission…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty = QLabel(self.tr("No missions yet. Create the first one with “New mission”."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        bar = QHBoxLayout()
        title = QLabel(self.tr("Missions"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.search)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        from biox_desktop.ui.briefing import BriefingPanel
        from biox_desktop.ui.organisations import MissionPartnersPanel

        #: The chosen mission's gateway partners (add, remove) and briefing pack.
        self.partners = MissionPartnersPanel(ops, self)
        self.briefing = BriefingPanel(ops, self)
        below = QHBoxLayout()
        below.addWidget(self.partners, 1)
        below.addWidget(self.briefing, 1)
        layout.addLayout(below)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_partners)
        self._update_buttons()
        self._clusters: list[tuple[str, str]] = []
        self._default_cluster: str | None = None
        ops.changed.connect(self._on_changed)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        def load(ws: Any) -> tuple[list[MissionView], list[tuple[str, str]], str | None]:
            return ws.missions.list(), ws.missions.clusters(), ws.missions.default_lead_cluster()

        self.ops.run(load, success=self._loaded, parent=self)

    def _loaded(self, result: tuple[list[MissionView], list[tuple[str, str]], str | None]
                ) -> None:  # fmt: skip
        selected = self.selected()
        missions, self._clusters, self._default_cluster = result
        self.model.set_missions(missions)
        # Every column in sight at 1280 px: name, cities and cluster give way (tooltip: all).
        if self._fitted:
            fit_columns(self.table, (0, 3, 6, 1, 2, 5))
        else:
            keep_fitted(self.table, (0, 3, 6, 1, 2, 5))
            self._fitted = True
        self.empty.setVisible(not missions)
        self.table.setVisible(bool(missions))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.missions_loaded.emit(missions)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"missions", "roster", "all", "account"} & areas:
            self.reload()

    def _show_partners(self) -> None:
        mission = self.selected()
        mission_id = mission.id if mission is not None else ""
        if mission_id != self.partners.mission_id:
            self.partners.set_mission(mission_id)
        if mission_id != self.briefing.mission_id:
            self.briefing.set_mission(mission_id)

    # -- selection ----------------------------------------------------------------------------

    def selected(self) -> MissionView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.mission(self.proxy.mapToSource(rows[0]).row())

    def select(self, mission_id: str) -> None:
        row = self.model.row_of(mission_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(index.row())

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- actions ------------------------------------------------------------------------------

    def open_dialog(self, mission: MissionView | None) -> MissionDialog:
        dialog = MissionDialog(self, self._clusters, mission, self._default_cluster)
        dialog.setObjectName("missionDialog")
        return dialog

    def create(self) -> None:
        dialog = self.open_dialog(None)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_input is not None:
                data = dialog.result_input
                self.ops.run(lambda ws: ws.missions.create(data),
                             success=lambda m: self._after_save(m), changes={"missions"},
                             parent=self)

        dialog.finished.connect(done)
        dialog.open()

    def edit_selected(self) -> None:
        mission = self.selected()
        if mission is None:
            return
        dialog = self.open_dialog(mission)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_input is not None:
                data = dialog.result_input
                self.ops.run(lambda ws: ws.missions.update(mission.id, data),
                             success=lambda m: self._after_save(m), changes={"missions"},
                             parent=self)

        dialog.finished.connect(done)
        dialog.open()

    def _after_save(self, mission: MissionView) -> None:
        def select_later(missions: list[MissionView]) -> None:
            self.missions_loaded.disconnect(select_later)
            self.select(mission.id)

        self.missions_loaded.connect(select_later)

    def delete_selected(self) -> None:
        mission = self.selected()
        if mission is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete mission"))
        box.setText(self.tr("Delete the mission “{name}”?").format(name=mission.name))
        box.setInformativeText(
            self.tr("Its roster, programme and meetings go with it, for everyone, at the next "
                    "sync.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(button: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.ops.run(lambda ws: ws.missions.delete(mission.id), changes={"missions"},
                             failure=lambda e: show_error(self, e), parent=self)

        box.finished.connect(done)
        box.open()
