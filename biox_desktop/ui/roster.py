"""The Roster screen: a mission's delegates with warnings, a checklist, import and export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.enums import REGISTRATION_STATUSES, ROSTER_ROLES
from biox_desktop.core.i18n import format_datetime, format_day
from biox_desktop.core.roster import (
    IGNORE,
    IMPORT_FIELDS,
    SENSITIVE_FIELDS,
    VISA_STATUSES,
    DelegateInput,
    DelegateView,
    ImportReport,
    ImportTable,
    RosterWarning,
    check_mapping,
    suggest_mapping,
    validate_delegate,
)
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.ui import theme
from biox_desktop.ui.dates import typed_date, typed_local_datetime
from biox_desktop.ui.forms import ERROR_STYLE, FieldForm, FormGuard
from biox_desktop.ui.operations import Operations, error_text, show_error

if TYPE_CHECKING:
    from biox_desktop.db.batches import BatchView, UndoReport

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
#: Rows fetched with the ids of a search: more than a tall window shows.
FIRST_ROWS = 60


class RosterTableModel(QAbstractTableModel):
    """Delegates as rows over a list of ids; rows are fetched a page at a time, on demand.

    Sorting and filtering happen in SQL (the screen asks the service for the ids); the model
    only asks for the rows the view shows, through ``fetch(ids, done)`` (a background call).
    """

    COLUMNS = ("!", "Name", "Organisation", "Role", "Status", "Arrival", "Departure", "Hotel",
               "Passport expiry", "Visa", "E-mail")
    SORT_KEYS = ("warnings", "name", "organisation", "role", "status", "arrival", "departure",
                 "hotel", "passport", "visa", "email")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, DelegateView] = {}
        self._asked: set[int] = set()
        self._zone = ZoneInfo("UTC")
        self.generation = 0
        self.fetch: Callable[[list[str], Callable[[list[DelegateView]], None]], None] | None = None
        self.on_sort: Callable[[str, bool], None] | None = None

    def set_ids(self, ids: list[str], zone: str, rows: Sequence[DelegateView] = ()) -> None:
        """A new list; ``rows`` fetched with it (the first page) show at once, with no "…"
        placeholders for a fast answer."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {r.id: r for r in rows}
        self._asked = set()
        self._zone = ZoneInfo(zone)
        self.generation += 1
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, entry_id: str) -> int:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return -1

    def delegate(self, row: int) -> DelegateView | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._rows.get(self._ids[row])

    def loaded(self) -> bool:
        """True when every row has been fetched (tests wait on it)."""
        return all(i in self._rows for i in self._ids)

    def _ask(self, row: int) -> None:
        page = row // PAGE
        if page in self._asked or self.fetch is None:
            return
        self._asked.add(page)
        generation = self.generation
        wanted = self._ids[page * PAGE:(page + 1) * PAGE]

        def done(views: list[DelegateView]) -> None:
            if generation != self.generation:
                return  # the list changed meanwhile
            for v in views:
                self._rows[v.id] = v
            first, last = page * PAGE, min(len(self._ids), (page + 1) * PAGE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(self.COLUMNS) - 1))

        self.fetch(wanted, done)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return self.tr("Warnings")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.on_sort is not None and 0 <= column < len(self.SORT_KEYS):
            self.on_sort(self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def _when(self, value: dt.datetime | None) -> str:
        return format_datetime(value.astimezone(self._zone), "day_month") if value else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        d = self._rows.get(self._ids[index.row()])
        col = index.column()
        if d is None:
            self._ask(index.row())
            return "…" if role == Qt.ItemDataRole.DisplayRole and col == 1 else None
        warnings = [w for w in d.warnings if w.severity == "warning"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"⚠ {len(warnings)}" if warnings else ("•" if d.warnings else "")
            return (
                "", d.display_name, d.organisation, self.tr(ROSTER_ROLES.get(d.role, d.role)),
                self.tr(REGISTRATION_STATUSES.get(d.registration_status,
                                                  d.registration_status)),
                " ".join(x for x in (d.arrival_flight, self._when(d.arrival_at)) if x),
                " ".join(x for x in (d.departure_flight, self._when(d.departure_at)) if x),
                d.hotel, format_day(d.passport_expiry, "medium") if d.passport_expiry else "",
                self.tr(VISA_STATUSES.get(d.visa_status, d.visa_status)), d.email,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole value (a cell may cut it) and why
            shown = str(self.data(index) or "") if col else ""
            return "\n".join([x for x in (shown,) if x] + [w.message for w in d.warnings]) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if d.registration_status == "cancelled":
                return theme.colour("muted")
            codes = {w.field for w in warnings}
            fields = {0: None, 5: "arrival_at", 7: "hotel", 8: "passport_expiry",
                      9: "visa_status"}
            if col == 0 and warnings:
                return theme.colour("warning")
            if col == 0 and d.warnings:
                return theme.colour("todo")
            if col in fields and (fields[col] in codes or (col == 7 and "hotel_check_in" in codes)):
                return theme.colour("warning")
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:
            return self.tr("%n warning(s)", "", len(warnings))
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        return None


# --------------------------------------------------------------------------------------------
# Delegate form
# --------------------------------------------------------------------------------------------


class DelegateDialog(QDialog):
    """Add or edit a delegate; refuses to close while the input is invalid."""

    def __init__(self, parent: QWidget | None, zone: str, organisations: list[str],
                 delegate: DelegateView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit delegate") if delegate else self.tr("Add delegate"))
        self.setMinimumWidth(760)
        self.zone = zone
        self.result_input: DelegateInput | None = None
        self.banner = QLabel()
        self.banner.setObjectName("delegateWarnings")
        self.banner.setWordWrap(True)
        theme.tint(self.banner, "color: {banner_text}; background: {banner_bg}; padding: 6px;")
        self.banner.hide()

        def line(placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            return edit

        self.name = line()
        self.name_native = line(self.tr("e.g. 山田太郎"))
        self.organisation = line()
        completer = QCompleter(organisations, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.email = line()
        self.phone = line("+33 6 12 34 56 78")
        self.job_title = line()
        self.role = QComboBox()
        for key, label in ROSTER_ROLES.items():
            self.role.addItem(self.tr(label), key)
        self.status = QComboBox()
        for key, label in REGISTRATION_STATUSES.items():
            self.status.addItem(self.tr(label), key)
        when = self.tr("YYYY-MM-DD HH:MM, local time")
        day = self.tr("YYYY-MM-DD")
        self.arrival_flight = line("AF292")
        self.arrival_at = line(when)
        self.departure_flight = line()
        self.departure_at = line(when)
        self.hotel = line()
        self.hotel_check_in = line(day)
        self.hotel_check_out = line(day)
        self.passport_expiry = line(day)
        self.visa_status = QComboBox()
        self.visa_status.addItem(self.tr("(not known)"), "")
        for key, label in VISA_STATUSES.items():
            self.visa_status.addItem(self.tr(label), key)
        self.dietary = line()
        self.accessibility = line()
        self.interpreter = QCheckBox(self.tr("Needs an interpreter"))
        self.languages = line("en, fr")
        self.emergency_name = line()
        self.emergency_phone = line()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.rows = FieldForm()
        self.errors, self.fields = self.rows.errors, self.rows.fields
        left, right = QFormLayout(), QFormLayout()
        layout_of = {
            "name": left, "name_native": left, "organisation": left, "email": left,
            "phone": left, "job_title": left, "role": left, "registration_status": left,
            "languages": left, "interpreter_needed": left, "dietary": left,
            "accessibility": left,
        }
        for field, label, widget in (
            ("name", self.tr("&Name"), self.name),
            ("name_native", self.tr("Name in native script"), self.name_native),
            ("organisation", self.tr("&Organisation"), self.organisation),
            ("email", self.tr("&E-mail"), self.email),
            ("phone", self.tr("&Phone"), self.phone),
            ("job_title", self.tr("Job title"), self.job_title),
            ("role", self.tr("&Role"), self.role),
            ("registration_status", self.tr("Registration &status"), self.status),
            ("languages", self.tr("Languages"), self.languages),
            ("interpreter_needed", self.tr("Interpreter"), self.interpreter),
            ("dietary", self.tr("Dietary needs"), self.dietary),
            ("accessibility", self.tr("Accessibility needs"), self.accessibility),
            ("arrival_flight", self.tr("Arrival flight"), self.arrival_flight),
            ("arrival_at", self.tr("&Arrives"), self.arrival_at),
            ("departure_flight", self.tr("Departure flight"), self.departure_flight),
            ("departure_at", self.tr("&Departs"), self.departure_at),
            ("hotel", self.tr("&Hotel"), self.hotel),
            ("hotel_check_in", self.tr("Check-in"), self.hotel_check_in),
            ("hotel_check_out", self.tr("Check-out"), self.hotel_check_out),
            ("passport_expiry", self.tr("Passport e&xpiry"), self.passport_expiry),
            ("visa_status", self.tr("&Visa"), self.visa_status),
            ("emergency_contact_name", self.tr("Emergency contact"), self.emergency_name),
            ("emergency_contact_phone", self.tr("Emergency phone"), self.emergency_phone),
            ("notes", self.tr("Notes"), self.notes),
        ):
            self.rows.add(layout_of.get(field, right), field, label, widget)
        zone_note = QLabel(self.tr("Times are local to {zone}.").format(zone=zone))
        theme.tint(zone_note, "color: {muted};")
        right.addRow(zone_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        # The imports that created or changed this delegate (filled in by the screen).
        self.history = QLabel()
        self.history.setObjectName("delegateHistory")
        self.history.setWordWrap(True)
        theme.tint(self.history, "color: {muted};")
        self.history.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self._fill(delegate)
        self.guard = FormGuard(self)  # first field focused, Enter saves, Escape asks

    def show_history(self, batches: list[BatchView]) -> None:
        """Name the imports (batches) that created or changed the delegate."""
        if not batches:
            self.history.hide()
            return
        parts = []
        for b in batches:
            at = b.at if b.at.tzinfo else b.at.replace(tzinfo=dt.UTC)
            text = f"{b.label} ({format_datetime(at.astimezone(), 'medium')})"
            if b.undone_at is not None:
                text += " " + self.tr("(undone)")
            parts.append(text)
        self.history.setText(self.tr("History: {batches}").format(batches="; ".join(parts)))
        self.history.show()

    def _fill(self, d: DelegateView | None) -> None:
        if d is None:
            self.status.setCurrentIndex(self.status.findData("registered"))
            return
        tz = ZoneInfo(self.zone)

        def when(value: dt.datetime | None) -> str:
            return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""

        def day(value: dt.date | None) -> str:
            return value.isoformat() if value else ""

        self.name.setText(d.name)
        self.name_native.setText(d.name_native)
        self.organisation.setText(d.organisation)
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        self.job_title.setText(d.job_title)
        self.role.setCurrentIndex(max(0, self.role.findData(d.role)))
        self.status.setCurrentIndex(max(0, self.status.findData(d.registration_status)))
        self.languages.setText(", ".join(d.languages))
        self.interpreter.setChecked(d.interpreter_needed)
        self.dietary.setText(d.dietary)
        self.accessibility.setText(d.accessibility)
        self.arrival_flight.setText(d.arrival_flight)
        self.arrival_at.setText(when(d.arrival_at))
        self.departure_flight.setText(d.departure_flight)
        self.departure_at.setText(when(d.departure_at))
        self.hotel.setText(d.hotel)
        self.hotel_check_in.setText(day(d.hotel_check_in))
        self.hotel_check_out.setText(day(d.hotel_check_out))
        self.passport_expiry.setText(day(d.passport_expiry))
        self.visa_status.setCurrentIndex(max(0, self.visa_status.findData(d.visa_status)))
        self.emergency_name.setText(d.emergency_contact_name)
        self.emergency_phone.setText(d.emergency_contact_phone)
        self.notes.setPlainText(d.notes)
        if d.details_hidden:
            self._hide_details()
        if d.warnings:
            self.banner.setText("\n".join(f"⚠ {w.message}" for w in d.warnings))
            self.banner.show()

    def _hide_details(self) -> None:
        """The server keeps these fields of another delegate from this user: say so, rather
        than offer empty fields as if nothing were known."""
        hidden = self.tr("(visible to the mission's leaders)")
        for name in SENSITIVE_FIELDS:
            widget = self.fields.get(name)
            if widget is None:
                continue
            widget.setEnabled(False)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setPlaceholderText(hidden)
            elif isinstance(widget, QComboBox):
                widget.setItemText(0, hidden)

    def focus_field(self, field: str) -> None:
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def collect(self) -> DelegateInput:
        """The form as a delegate; unreadable dates raise ValidationError for their field."""
        errors: list[FieldError] = []

        def read(field: str, edit: QLineEdit, fn: Callable[..., Any], *args: Any) -> Any:
            try:
                return fn(edit.text().strip(), *args)
            except ValueError as exc:
                errors.append(FieldError(field, str(exc)))
                return None

        data = DelegateInput(
            name=self.name.text(), organisation=self.organisation.text(),
            name_native=self.name_native.text(), email=self.email.text(),
            phone=self.phone.text(), job_title=self.job_title.text(),
            role=str(self.role.currentData()),
            registration_status=str(self.status.currentData()),
            arrival_flight=self.arrival_flight.text(),
            arrival_at=read("arrival_at", self.arrival_at, typed_local_datetime, self.zone),
            departure_flight=self.departure_flight.text(),
            departure_at=read("departure_at", self.departure_at, typed_local_datetime,
                              self.zone),
            hotel=self.hotel.text(),
            hotel_check_in=read("hotel_check_in", self.hotel_check_in, typed_date),
            hotel_check_out=read("hotel_check_out", self.hotel_check_out, typed_date),
            passport_expiry=read("passport_expiry", self.passport_expiry, typed_date),
            visa_status=str(self.visa_status.currentData() or ""),
            dietary=self.dietary.text(), accessibility=self.accessibility.text(),
            interpreter_needed=self.interpreter.isChecked(),
            languages=tuple(x for x in self.languages.text().replace(";", ",").split(",")),
            emergency_contact_name=self.emergency_name.text(),
            emergency_contact_phone=self.emergency_phone.text(),
            notes=self.notes.toPlainText(),
        )
        try:
            data = validate_delegate(data)
        except ValidationError as exc:
            errors.extend(e for e in exc.errors if e.field not in {x.field for x in errors})
        if errors:
            raise ValidationError(errors)
        return data

    def show_errors(self, error: ValidationError) -> None:
        self.rows.show(error)

    def accept(self) -> None:
        try:
            self.result_input = self.collect()
        except ValidationError as error:
            self.show_errors(error)
            return
        super().accept()


# --------------------------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Read a registration export, map its columns, preview, then import (or cancel)."""

    def __init__(self, parent: QWidget | None, ops: Operations, mission_id: str) -> None:
        super().__init__(parent)
        self.ops = ops
        self.mission_id = mission_id
        self.setWindowTitle(self.tr("Import registrations"))
        self.resize(900, 640)
        self.table: ImportTable | None = None
        self.report: ImportReport | None = None
        #: The batch the import made (set once imported; the undo takes it back).
        self.batch_id: str | None = None
        self.undo_button: QPushButton | None = None
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx registration export"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.read_button = QPushButton(self.tr("&Read file"))
        self.file_error = QLabel()
        self.file_error.setObjectName("importFileError")
        theme.tint(self.file_error, ERROR_STYLE)
        self.file_error.setWordWrap(True)
        self.file_error.hide()
        self.mapping = QTableWidget(0, 3)
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Roster field")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.preview_button = QPushButton(self.tr("&Preview"))
        # Off by default: an empty cell, like a column the file lacks, keeps what is there.
        self.clear_empty = QCheckBox(self.tr("&Empty cells clear fields"))
        self.clear_empty.setObjectName("importClearEmpty")
        self.clear_empty.setToolTip(self.tr(
            "When ticked, an empty cell empties its field (hotel, flight, needs...). Names, "
            "e-mails, phones, company, role and status are never emptied."))
        self.clear_empty.toggled.connect(self._clear_empty_toggled)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.results = QTableWidget(0, 5)
        self.results.setAccessibleName(self.tr("Rows of the import"))
        self.results.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Action"), self.tr("Name"), self.tr("Organisation"),
             self.tr("Changes or reason")])
        self.results.setWordWrap(True)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        self.browse.clicked.connect(self._browse)
        self.read_button.clicked.connect(self.read_file)
        self.path.returnPressed.connect(self.read_file)
        self.preview_button.clicked.connect(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("1. Choose the file")))
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addWidget(QLabel(self.tr("2. Match its columns to roster fields")))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("3. Check the rows and their changes, then import")))
        layout.addWidget(self.clear_empty)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 3)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import registrations"), "",
            self.tr("Registration exports (*.csv *.xlsx)"))
        if name:
            self.path.setText(name)
            self.read_file()

    def _fail(self, error: BaseException) -> None:
        self.file_error.setText(error_text(error))
        self.file_error.show()

    def read_file(self) -> None:
        from biox_desktop.reports.spreadsheet import read_table

        path = Path(self.path.text().strip())
        self.file_error.hide()
        self.table = None
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.ops.run(lambda ws: read_table(path), success=self._read, failure=self._fail,
                     parent=self)

    def _read(self, table: ImportTable) -> None:
        self.table = table
        guess = suggest_mapping(list(table.headers))
        self.mapping.setRowCount(len(table.headers))
        for i, header in enumerate(table.headers):
            first = table.rows[0][i] if table.rows and i < len(table.rows[0]) else ""
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            self.mapping.setItem(i, 1, QTableWidgetItem(str(first)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {name}").format(name=header))
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for key, label in IMPORT_FIELDS.items():
                combo.addItem(self.tr(label), key)
            combo.setCurrentIndex(max(0, combo.findData(guess.get(i, IGNORE))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(i, 2, combo)
        self.preview_button.setEnabled(True)
        self.summary.setText(self.tr("{n} rows read from {file}.").format(
            n=len(table.rows), file=table.source))
        self.preview()

    def mapping_choice(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[i] = str(combo.currentData())
        return out

    def set_field(self, column: int, field: str) -> None:
        combo = self.mapping.cellWidget(column, 2)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(field))

    def _mapping_changed(self) -> None:
        self.import_button.setEnabled(False)
        self.report = None

    def preview(self) -> None:
        if self.table is None:
            return
        table, mapping, mission_id = self.table, self.mapping_choice(), self.mission_id
        try:
            check_mapping(list(table.headers), mapping)
        except ValidationError as exc:
            self._fail(exc)
            self.import_button.setEnabled(False)
            return
        self.file_error.hide()
        clear = self.clear_empty.isChecked()
        self.import_button.setEnabled(False)
        self.ops.run(lambda ws: ws.roster.preview_import(mission_id, table, mapping,
                                                         clear_empty=clear),
                     success=self._previewed, failure=self._fail, parent=self)

    def _clear_empty_toggled(self, _checked: bool) -> None:
        # The preview must show what a confirm would do: compute it again.
        self.report = None
        self.import_button.setEnabled(False)
        if self.table is not None and self.batch_id is None:
            self.preview()

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        self.results.setRowCount(len(report.rows))
        labels = {"add": self.tr("add"), "update": self.tr("update"),
                  "unchanged": self.tr("unchanged"), "reject": self.tr("rejected")}
        for i, r in enumerate(sorted(report.rows, key=lambda r: (r.action != "reject", r.row))):
            # One line per field change (old -> new), after the reasons or the duplicate note.
            details = "\n".join([*r.reasons, *(c.describe() for c in r.changes)])
            for col, text in enumerate((str(r.row), labels.get(r.action, r.action), r.name,
                                        r.organisation, details)):
                item = QTableWidgetItem(text)
                if r.action == "reject" or r.duplicate_of or any(
                        c.kind in ("cleared", "backwards") for c in r.changes):
                    item.setForeground(theme.colour("warning"))
                self.results.setItem(i, col, item)
        self.results.resizeColumnsToContents()
        self.results.resizeRowsToContents()

    def details(self) -> dict[str, str]:
        """Row number -> the changes or reason shown for it (what a person reads)."""
        out: dict[str, str] = {}
        for r in range(self.results.rowCount()):
            row, text = self.results.item(r, 0), self.results.item(r, 4)
            if row is not None and text is not None:
                out[row.text()] = text.text()
        return out

    def _previewed(self, report: ImportReport) -> None:
        if report.clear_empty != self.clear_empty.isChecked():
            return  # the box was toggled meanwhile: the newer preview is on its way
        self._show_report(report)
        self.summary.setText(self.tr(
            "Ready: {a} to add, {u} to update, {n} unchanged, {r} rejected (listed first, with "
            "the reason). Nothing is saved until you click Import.").format(
            a=report.added, u=report.updated, n=report.unchanged, r=len(report.rejected)))
        self.import_button.setEnabled(report.added + report.updated > 0)

    def run_import(self) -> None:
        if self.table is None:
            return
        table, mapping, mission_id = self.table, self.mapping_choice(), self.mission_id
        clear = self.clear_empty.isChecked()
        self.import_button.setEnabled(False)
        self.ops.run(lambda ws, progress: ws.roster.import_table(mission_id, table, mapping,
                                                                 progress, clear_empty=clear),
                     success=self._imported, failure=self._fail, changes={"roster", "missions"},
                     progress_label=self.tr("Importing registrations"), parent=self)

    def _imported(self, report: ImportReport) -> None:
        self._show_report(report)
        self.batch_id = report.batch_id
        # The import is done: its file, mapping and options are no longer choices (the
        # Import button is gone; Undo and Close remain).
        for w in (self.clear_empty, self.preview_button, self.mapping, self.path, self.browse,
                  self.read_button):
            w.setEnabled(False)
        self.summary.setText(self.tr(
            "Imported: {a} added, {u} updated, {n} unchanged, {r} rejected.").format(
            a=report.added, u=report.updated, n=report.unchanged, r=len(report.rejected)))
        self.buttons.clear()
        if report.batch_id:
            self.undo_button = self.buttons.addButton(self.tr("&Undo this import"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.undo_button.clicked.connect(self.undo_import)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)

    def undo_import(self) -> None:
        """Take the whole import back: earlier values return, delegates it added go."""
        batch_id = self.batch_id
        if not batch_id or self.undo_button is None:
            return
        self.undo_button.setEnabled(False)
        self.ops.run(lambda ws: ws.batches.undo(batch_id), success=self._undone,
                     failure=self._undo_failed, changes={"roster", "missions"}, parent=self)

    def _undo_failed(self, error: BaseException) -> None:
        self._fail(error)
        if self.undo_button is not None:
            self.undo_button.setEnabled(True)

    def _undone(self, report: UndoReport) -> None:
        text = self.tr("Import undone: {r} fields restored, {n} records removed.").format(
            r=report.restored, n=report.removed)
        if report.kept:
            text += " " + self.tr(
                "{k} fields edited since the import were kept as they are.").format(
                k=len(report.kept))
        self.summary.setText(text)


# --------------------------------------------------------------------------------------------
# Screen
# --------------------------------------------------------------------------------------------


class RosterScreen(QWidget):
    """The current mission's delegates, with search, filters, checklist, import and export."""


    def __init__(self, ops: Operations, window: Any = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.mission_id = ""
        self.zone = "UTC"
        self._generation = 0  # of the list asked for last; older answers are dropped
        self.sort_key, self.descending = "name", False
        self._organisations: list[str] = []
        self.model = RosterTableModel(self)
        self.model.fetch = self._fetch
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setAccessibleName(self.tr("Delegates"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for col, width in enumerate(self._column_widths()):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, company, e-mail, hotel, flight"))
        self.search.setAccessibleName(self.tr("Search delegates"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        # Coalesces a burst of keys into one query; short, since the answer takes milliseconds.
        self._debounce.setInterval(25)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Registration status filter"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for key, label in REGISTRATION_STATUSES.items():
            self.status_filter.addItem(self.tr(label), key)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.warnings_only = QCheckBox(self.tr("With &warnings only"))
        self.warnings_only.toggled.connect(lambda _b: self.reload())
        self.add_button = QPushButton(self.tr("&Add delegate…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.cancel_button = QPushButton(self.tr("&Cancel registration"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.booklet_button = QPushButton(self.tr("&Booklet PDF…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        self.booklet_button.clicked.connect(self.booklet)
        self.count = QLabel()
        self.count.setObjectName("rosterCount")
        self.checklist = QListWidget()
        self.checklist.setObjectName("rosterChecklist")
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.checklist.setWordWrap(True)
        self.checklist.itemActivated.connect(self._checklist_open)
        self.checklist.itemDoubleClicked.connect(self._checklist_open)
        self.checklist_title = QLabel(self.tr("Checklist"))
        self.checklist_title.setStyleSheet("font-weight: 600;")

        title = QLabel(self.tr("Roster"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for w in (self.add_button, self.edit_button, self.cancel_button, self.import_button,
                  self.export_button, self.booklet_button):
            bar.addWidget(w)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.warnings_only)
        filters.addWidget(self.count)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.checklist_title)
        side_layout.addWidget(self.checklist)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([820, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        # A row selected before its data arrived: Edit and Cancel follow once it does.
        self.model.dataChanged.connect(self._update_buttons)
        self._update_buttons()
        self.model.on_sort = self._sort
        ops.changed.connect(self._on_changed)
        if window is not None and hasattr(window, "mission_changed"):
            window.mission_changed.connect(self.set_mission)

    # -- loading ------------------------------------------------------------------------------

    def set_mission(self, mission_id: str) -> None:
        if mission_id != self.mission_id:
            self.mission_id = mission_id
            self.reload()

    def reload(self) -> None:
        """Load the list, the checklist and the mission's time zone."""
        self._load(everything=True)

    def _search(self) -> None:
        """A keystroke in the search box: the matching ids and their first page of rows in
        one call; the checklist (the whole mission's warnings) does not change as one types."""
        self._load(everything=False)

    def _load(self, *, everything: bool) -> None:
        mission_id = self.mission_id
        if not mission_id:
            self.model.set_ids([], "UTC")
            self.checklist.clear()
            self._update_buttons()
            return
        self._generation += 1
        generation = self._generation
        search, status = self.search.text(), str(self.status_filter.currentData() or "")
        only, sort, desc = self.warnings_only.isChecked(), self.sort_key, self.descending
        zone = self.zone

        def load(ws: Any) -> dict[str, Any]:
            ids = ws.roster.ids(mission_id, search=search, status=status,
                                warnings_only=only, sort=sort, descending=desc)
            # The rows a window shows, with the ids (each row is built with its warnings;
            # the rest of the page follows when the view asks for it).
            result: dict[str, Any] = {"ids": ids,
                                      "rows": ws.roster.rows(mission_id, ids[:FIRST_ROWS])}
            if everything:
                result.update(warnings=ws.roster.warnings(mission_id),
                              zone=ws.missions.get(mission_id).timezone,
                              organisations=ws.roster.organisation_names())
            else:
                result["zone"] = zone
            return result

        self.ops.run(load, success=lambda r: self._loaded(mission_id, generation, r),
                     failure=lambda e: self._load_failed(mission_id, e), parent=self)

    def _load_failed(self, mission_id: str, error: BaseException) -> None:
        if mission_id != self.mission_id:
            return
        if isinstance(error, NotFoundError):  # the mission was deleted meanwhile
            self.mission_id = ""
            self.reload()
        else:
            show_error(self, error)

    def _loaded(self, mission_id: str, generation: int, result: dict[str, Any]) -> None:
        if mission_id != self.mission_id or generation != self._generation:
            return  # another mission, or typed on meanwhile: a newer answer is on its way
        ids, zone = result["ids"], result["zone"]
        selected = self.selected()
        self.zone = zone
        self.model.set_ids(ids, zone, result["rows"])
        self.count.setText(self.tr("%n delegate(s)", "", len(ids)))
        if selected is not None:
            self.select(selected.id)
        if "warnings" not in result:
            return
        warnings: list[RosterWarning] = result["warnings"]
        self._organisations = result["organisations"]
        self.checklist.clear()
        for w in warnings:
            mark = "⚠" if w.severity == "warning" else "☐"
            item = QListWidgetItem(f"{mark} {w.delegate}: {w.message}")
            item.setData(Qt.ItemDataRole.UserRole, (w.entry_id, w.field))
            item.setForeground(theme.colour("warning" if w.severity == "warning" else "todo"))
            self.checklist.addItem(item)
        n = sum(1 for w in warnings if w.severity == "warning")
        self.checklist_title.setText(
            self.tr("Checklist: %n warning(s), {t} to do", "", n).format(t=len(warnings) - n))

    def _column_widths(self) -> list[int]:
        """Widths that show every role, status, arrival and date whole in the user's language
        (German "KMU-Delegierte", "Reisepass gültig bis"), and each column's title."""
        cells, header = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        sample = dt.datetime(2027, 12, 28, 23, 59, tzinfo=dt.UTC)
        longest = {
            3: [self.tr(x) for x in ROSTER_ROLES.values()],
            4: [self.tr(x) for x in REGISTRATION_STATUSES.values()],
            5: ["LH7400 " + format_datetime(sample, "day_month")],
            6: ["LH7400 " + format_datetime(sample, "day_month")],
            8: [format_day(sample.date(), "medium")],
            9: [self.tr(x) for x in VISA_STATUSES.values()],
        }
        widths = []
        for col, least in enumerate((44, 220, 190, 0, 0, 0, 0, 150, 0, 0)):
            title = header.horizontalAdvance(self.model.headerData(
                col, Qt.Orientation.Horizontal) or "") + 28  # room for the sort arrow
            content = max((cells.horizontalAdvance(t) for t in longest.get(col, [])),
                          default=0) + 16
            widths.append(max(least, title if col else least, content))
        return widths

    def _fetch(self, ids: list[str], done: Callable[[list[DelegateView]], None]) -> None:
        mission_id = self.mission_id
        self.ops.run(lambda ws: ws.roster.rows(mission_id, ids), success=done,
                     failure=lambda e: None, parent=self)

    def _sort(self, key: str, descending: bool) -> None:
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload()

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"roster", "agenda", "missions", "all"} & areas:
            self.reload()

    # -- selection ----------------------------------------------------------------------------

    def selected(self) -> DelegateView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.delegate(rows[0].row()) if rows else None

    def select(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.cancel_button.setEnabled(has)
        for b in (self.add_button, self.import_button, self.export_button,
                  self.booklet_button):
            b.setEnabled(bool(self.mission_id))

    # -- actions ------------------------------------------------------------------------------

    def open_dialog(self, delegate: DelegateView | None) -> DelegateDialog:
        dialog = DelegateDialog(self, self.zone, self._organisations, delegate)
        dialog.setObjectName("delegateDialog")
        return dialog

    def add(self) -> None:
        if not self.mission_id:
            return
        dialog = self.open_dialog(None)
        mission_id = self.mission_id

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_input is not None:
                data = dialog.result_input
                self.ops.run(lambda ws: ws.roster.add(mission_id, data),
                             success=self._after_save, changes={"roster"}, parent=self)

        dialog.finished.connect(done)
        dialog.open()

    def edit_selected(self, field: str = "") -> None:
        delegate = self.selected()
        if delegate is not None:
            self.edit(delegate, field)

    def edit(self, delegate: DelegateView, field: str = "") -> None:
        dialog = self.open_dialog(delegate)
        self.ops.run(lambda ws: ws.roster.history(delegate.id), success=dialog.show_history,
                     failure=lambda _e: None, parent=self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_input is not None:
                data = dialog.result_input
                self.ops.run(lambda ws: ws.roster.update(delegate.id, data),
                             success=self._after_save, changes={"roster"}, parent=self)

        dialog.finished.connect(done)
        dialog.open()
        if field:
            dialog.focus_field(field)

    def _after_save(self, delegate: DelegateView) -> None:
        QTimer.singleShot(0, lambda: self.select(delegate.id))

    def _checklist_open(self, item: QListWidgetItem) -> None:
        entry_id, field = item.data(Qt.ItemDataRole.UserRole)
        self.ops.run(lambda ws: ws.roster.get(entry_id),
                     success=lambda d: self.edit(d, field), parent=self)

    def cancel_selected(self) -> None:
        delegate = self.selected()
        if delegate is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmCancel")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel registration"))
        box.setText(self.tr("Cancel the registration of {name}?").format(
            name=delegate.display_name))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def done(_button: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.ops.run(lambda ws: ws.roster.cancel(delegate.id), changes={"roster"},
                             failure=lambda e: show_error(self, e), parent=self)

        box.finished.connect(done)
        box.open()

    def open_import(self) -> ImportDialog | None:
        if not self.mission_id:
            return None
        dialog = ImportDialog(self, self.ops, self.mission_id)
        dialog.setObjectName("importDialog")
        dialog.open()
        return dialog

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export roster"), "roster.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        from biox_desktop.reports.spreadsheet import write_table

        mission_id = self.mission_id

        def run(ws: Any) -> Path:
            headers, rows = ws.roster.export_rows(mission_id)
            return write_table(path, headers, rows)

        self.ops.run(run, success=lambda p: self._done(self.tr("Roster exported to {p}"), p),
                     parent=self)

    def booklet(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Roster booklet"), "booklet.pdf",
                                              self.tr("PDF (*.pdf)"))
        if name:
            self.booklet_to(Path(name))

    def booklet_to(self, path: Path) -> None:
        from biox_desktop.reports.booklet import write_booklet
        from biox_desktop.reports.pdfbase import check_can_write

        mission_id = self.mission_id
        self.ops.run_checked(
            lambda ws: check_can_write(path),
            lambda: self.ops.run(
                lambda ws, progress: write_booklet(ws, mission_id, path, progress),
                success=lambda p: self._done(self.tr("Booklet written to {p}"), p),
                progress_label=self.tr("Writing the roster booklet"), parent=self),
            parent=self)

    def _done(self, text: str, path: Path) -> None:
        self.count.setText(text.format(p=path))
