"""Forms of the Agenda screen: programme items, venues and travel times, meeting requests and
meetings added on the day.

Each form checks what it can with the core rules (inline errors under the field, the dialog stays
open), then saves through ``ops.run(..., changes={"agenda"})`` itself: a problem only the service
can see (a table already taken, a venue of another mission) comes back as the same inline error
instead of closing the form. Times are typed as venue-local wall time (``yyyy-MM-dd`` /
``HH:mm``); the home time is shown beside them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.agenda import (
    AgendaItemInput,
    AgendaItemView,
    DelegateView,
    MeetingInput,
    MeetingRequestInput,
    TravelTimeView,
    VenueInput,
    VenueView,
    in_zone,
    local_to_utc,
    shown_time,
    validate_item,
    validate_request,
)
from biox_desktop.core.enums import AGENDA_KINDS
from biox_desktop.core.languages import (
    ANY,
    interpreter_languages,
    language_code,
    language_name,
    main_language,
)
from biox_desktop.core.places import is_timezone, timezones
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.ui.dates import DateField, TimeField
from biox_desktop.ui.forms import FieldForm, FormGuard, error_label
from biox_desktop.ui.operations import Operations, show_error

Guest = tuple[str, str, str]  # person id, name, organisation name


@dataclass(frozen=True)
class FormLookups:
    """What the forms offer to choose from, loaded in the background before a form opens."""

    mission_id: str
    timezone: str
    home_timezone: str
    start_date: dt.date
    venues: tuple[VenueView, ...]
    delegates: tuple[DelegateView, ...]
    guests: tuple[Guest, ...] = ()
    travel: tuple[TravelTimeView, ...] = ()
    #: The main language of the mission's country (ISO 639-1, or "any").
    country_language: str = ANY


def load_lookups(ws: Any, mission_id: str, *, with_guests: bool = False) -> FormLookups:
    a = ws.agenda
    z = a.zones(mission_id)
    return FormLookups(mission_id, z.timezone, z.home_timezone, z.start_date,
                       tuple(a.venues(mission_id)), tuple(a.delegates(mission_id)),
                       tuple(a.guests(mission_id)) if with_guests else (),
                       tuple(a.travel_times(mission_id)),
                       main_language(ws.missions.get(mission_id).country))


def _interpreter_combo(lookups: FormLookups) -> QComboBox:
    """No interpreter, or one of a language: the country's language and those of the roster's
    interpreters first (with how many are there), then any language, then every other one,
    found by typing part of its name."""
    combo = _searchable(QComboBox())
    combo.addItem(QCoreApplication.translate("agenda_forms", "No interpreter"), None)
    on_roster: dict[str, int] = {}
    for d in lookups.delegates:
        if d.is_interpreter:
            for code in filter(None, map(language_code, d.languages)):
                on_roster[code] = on_roster.get(code, 0) + 1
    first = list(dict.fromkeys(
        [c for c in (lookups.country_language,) if c != ANY] + sorted(on_roster)))
    for code in first:
        count = on_roster.get(code, 0)
        label = language_name(code)
        if count:
            label += " — " + QCoreApplication.translate(
                "agenda_forms", "%n interpreter(s) on the roster", "", count)
        combo.addItem(label, code)
    combo.addItem(QCoreApplication.translate("agenda_forms", "Any language"), ANY)
    for code, name in interpreter_languages():
        if code not in first:
            combo.addItem(name, code)
    combo.setCurrentIndex(0)
    combo.setAccessibleName(QCoreApplication.translate("agenda_forms", "Interpreter needed"))
    return combo


def _interpreter_language(combo: QComboBox) -> str | None:
    """The language chosen; text typed that names no language raises for the field's row."""
    typed = combo.currentText().strip()
    index = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
    if index < 0:
        raise ValidationError([FieldError("interpreter_language", QCoreApplication.translate(
            "agenda_forms", "No language called “{t}”; pick one of the suggestions.").format(
                t=typed))])
    data = combo.itemData(index)
    return str(data) if data is not None else None


# -- small helpers ----------------------------------------------------------------------------


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: DateField) -> dt.date:
    """The day typed; an unreadable one raises ValidationError for the field's row."""
    return edit.value()


def _pytime(edit: TimeField) -> dt.time:
    return edit.value()


def _date_edit(field: str = "starts_at") -> DateField:
    # Typed as ISO or in the user's locale order and stored exactly (see ui/dates.py).
    return DateField(field)


def _time_edit(field: str = "starts_at") -> TimeField:
    return TimeField(field)


def _delegate_label(d: DelegateView) -> str:
    return f"{d.name} ({d.organisation_name})" if d.organisation_name else d.name


def _guest_label(g: Guest) -> str:
    return f"{g[1]} ({g[2]})" if g[2] else g[1]


def _searchable(combo: QComboBox) -> QComboBox:
    """An editable combo that finds entries by any part of their text (hundreds of guests)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def _combo_data(combo: QComboBox) -> Any:
    """The data of the entry whose text is shown (typed or picked), else None."""
    if combo.isEditable():
        index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else None
    return combo.currentData()


def _checklist(name: str, entries: Sequence[tuple[str, str]], checked: set[str]) -> QListWidget:
    box = QListWidget()
    box.setAccessibleName(name)
    box.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    for key, label in entries:
        entry = QListWidgetItem(label)
        entry.setData(Qt.ItemDataRole.UserRole, key)
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        box.addItem(entry)
    box.setMinimumHeight(110)
    return box


def checked_ids(box: QListWidget) -> tuple[str, ...]:
    return tuple(str(box.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(box.count())
                 if box.item(i).checkState() == Qt.CheckState.Checked)


# -- the form pattern -------------------------------------------------------------------------


class FormDialog(QDialog):
    """A form with a caption (buddy), an inline error under every field, Save and Cancel.

    Subclasses build fields with :meth:`add_field`, and implement :meth:`collect` (the input,
    raising ValidationError for what the core rules refuse) and :meth:`work` (the service call).
    """

    def __init__(self, parent: QWidget | None, ops: Operations, title: str) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.general_error = error_label("general")
        self.rows = FieldForm(general=self.general_error)
        self.errors, self.fields = self.rows.errors, self.rows.fields
        self.captions = self.rows.captions
        #: What the service returned on Save.
        self.saved: Any = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.guard = FormGuard(self)  # first field focused, Enter saves, Escape asks

    def add_field(self, field: str, caption: str, widget: QWidget,
                  focus: QWidget | None = None) -> None:
        """A row: caption (with & mnemonic, buddy of ``focus`` or ``widget``), widget, error."""
        self.rows.add(self.form, field, caption, widget, focus)

    def set_row_visible(self, field: str, visible: bool) -> None:
        self.form.setRowVisible(self.captions[field], visible)

    def collect(self) -> Any:
        raise NotImplementedError

    def work(self, data: Any) -> Callable[[Any], Any]:
        raise NotImplementedError

    def show_errors(self, error: ValidationError) -> None:
        self.rows.show(error)  # some labels serve two fields (start and end)

    def accept(self) -> None:
        try:
            data = self.collect()
        except ValidationError as error:
            self.show_errors(error)
            return
        self.show_errors(ValidationError([]))
        self.buttons.setEnabled(False)
        self.ops.run(self.work(data), success=self._saved, failure=self._failed,
                     changes={"agenda"}, parent=self)

    def _saved(self, value: Any) -> None:
        self.saved = value
        self.buttons.setEnabled(True)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error)
        else:
            show_error(self, error)


class _HomeTime(QLabel):
    """'Home time (Europe/Paris): 02:00–05:30' beside typed local times."""

    def __init__(self, home_zone: str) -> None:
        super().__init__()
        self.home_zone = home_zone
        self.setObjectName("homeTime")

    def show_range(self, start: dt.datetime | None, end: dt.datetime | None, zone: str) -> None:
        if start is None or end is None:
            self.setText("")
            return
        a = shown_time(start, zone, self.home_zone)
        b = shown_time(end, zone, self.home_zone)
        self.setText(self.tr("Home time ({z}): {a}–{b}").format(
            z=self.home_zone, a=a.home_text(), b=b.home_text()))


# -- programme items --------------------------------------------------------------------------

_BREAK = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


class ItemDialog(FormDialog):
    """Add or edit a programme item: kind, title, venue, local times, who attends, B2B slots."""

    def __init__(self, parent: QWidget | None, ops: Operations, lookups: FormLookups,
                 item: AgendaItemView | None = None) -> None:
        super().__init__(parent, ops, self.tr("Edit programme item") if item
                         else self.tr("New programme item"))
        self.lookups = lookups
        self.item = item
        self.setMinimumWidth(580)
        self.kind = QComboBox()
        for key, label in AGENDA_KINDS.items():
            self.kind.addItem(self.tr(label), key)
        self.title = QLineEdit()
        self.venue = QComboBox()
        self.venue.addItem(self.tr("(no venue)"), None)
        for v in lookups.venues:
            self.venue.addItem(f"{v.name} ({v.city})" if v.city else v.name, v.id)
        self.day = _date_edit("day")
        self.start = _time_edit("starts_at")
        self.end = _time_edit("ends_at")
        self.next_day = QCheckBox(self.tr("ends the &next day"))
        self.next_day.setAccessibleName(self.tr("Ends the next day"))
        self.zone_note = QLabel()
        self.zone_note.setObjectName("itemZone")
        self.home = _HomeTime(lookups.home_timezone)
        times = QWidget()
        tl = QHBoxLayout(times)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.start)
        tl.addWidget(QLabel("–"))
        tl.addWidget(self.end)
        tl.addWidget(self.next_day)
        tl.addStretch(1)
        self.whole = QCheckBox(self.tr("The &whole delegation"))
        self.whole.setAccessibleName(self.tr("The whole delegation attends"))
        self.participants = _checklist(
            self.tr("Participants"),
            [(d.person_id, _delegate_label(d)) for d in lookups.delegates],
            set(item.participant_ids) if item else set())
        who = QWidget()
        wl = QVBoxLayout(who)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.whole)
        wl.addWidget(self.participants)
        self.slot_minutes = QSpinBox()
        self.slot_minutes.setRange(5, 240)
        self.slot_minutes.setSingleStep(5)
        self.slot_minutes.setSuffix(self.tr(" min"))
        self.table_count = QSpinBox()
        self.table_count.setRange(1, 999)
        self.breaks = QLineEdit()
        self.breaks.setPlaceholderText(self.tr("e.g. 10:30-10:45, 12:00-13:00"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(56)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("venue_id", self.tr("&Venue"), self.venue)
        self.add_field("day", self.tr("&Day"), self.day)
        self.add_field("starts_at", self.tr("&Starts – ends"), times, focus=self.start)
        self.start.setAccessibleName(self.tr("Starts (local time)"))
        self.end.setAccessibleName(self.tr("Ends (local time)"))
        self.errors["ends_at"] = self.errors["starts_at"]  # one row shows both times' errors
        self.form.addRow("", self.zone_note)
        self.form.addRow("", self.home)
        self.add_field("participant_ids", self.tr("Who &attends"), who, focus=self.whole)
        self.add_field("slot_minutes", self.tr("S&lot length"), self.slot_minutes)
        self.add_field("table_count", self.tr("T&ables"), self.table_count)
        self.add_field("breaks", self.tr("&Breaks"), self.breaks)
        self.add_field("description", self.tr("Descri&ption"), self.description)
        self._fill(item)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.whole.toggled.connect(self.participants.setDisabled)
        for signal in (self.venue.currentIndexChanged, self.day.dateChanged,
                       self.start.timeChanged, self.end.timeChanged, self.next_day.toggled):
            signal.connect(self._times_changed)
        self._kind_changed()
        self._times_changed()

    def _fill(self, item: AgendaItemView | None) -> None:
        if item is None:
            self.day.setDate(_qdate(self.lookups.start_date))
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(10, 0))
            self.whole.setChecked(True)
            self.slot_minutes.setValue(30)
            self.table_count.setValue(10)
            self.participants.setDisabled(True)
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        self.title.setText(item.title)
        self.venue.setCurrentIndex(max(0, self.venue.findData(item.venue_id)))
        start, end = in_zone(item.starts_at, item.timezone), in_zone(item.ends_at, item.timezone)
        self.day.setDate(_qdate(start.date()))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self.next_day.setChecked(end.date() > start.date())
        self.whole.setChecked(item.whole_delegation)
        self.participants.setDisabled(item.whole_delegation)
        self.slot_minutes.setValue(item.slot_minutes or 30)
        self.table_count.setValue(item.table_count or 10)
        self.breaks.setText(", ".join(
            f"{in_zone(a, item.timezone):%H:%M}-{in_zone(b, item.timezone):%H:%M}"
            for a, b in item.breaks))
        self.description.setPlainText(item.description)

    def zone(self) -> str:
        """Times are typed in the venue's zone, or the mission's without a venue."""
        venue_id = self.venue.currentData()
        venue = next((v for v in self.lookups.venues if v.id == venue_id), None)
        return venue.timezone if venue else self.lookups.timezone

    def _kind_changed(self) -> None:
        b2b = self.kind.currentData() == "b2b"
        for field in ("slot_minutes", "table_count", "breaks"):
            self.set_row_visible(field, b2b)

    def _moments(self) -> tuple[dt.datetime, dt.datetime]:
        day, zone = _pydate(self.day), self.zone()
        end_day = day + dt.timedelta(days=1) if self.next_day.isChecked() else day
        return (local_to_utc(day, _pytime(self.start), zone),
                local_to_utc(end_day, _pytime(self.end), zone))

    def _times_changed(self) -> None:
        zone = self.zone()
        self.zone_note.setText(self.tr("Local time ({z})").format(z=zone))
        try:
            start, end = self._moments()
        except ValidationError:  # a field being typed is unreadable yet: no home time
            start = end = None
        self.home.show_range(start, end, zone)

    def _breaks(self, zone: str) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
        out = []
        day = _pydate(self.day)
        for part in filter(None, (p.strip() for p in self.breaks.text().split(","))):
            match = _BREAK.match(part)
            if match is None:
                raise ValidationError([FieldError(
                    "breaks", self.tr("Write breaks as HH:mm-HH:mm, separated by commas."))])
            h1, m1, h2, m2 = (int(x) for x in match.groups())
            try:
                a, b = dt.time(h1, m1), dt.time(h2, m2)
            except ValueError:
                raise ValidationError([FieldError(
                    "breaks", self.tr("“{p}” is not a time of day.").format(p=part))]) from None
            out.append((local_to_utc(day, a, zone), local_to_utc(day, b, zone)))
        return tuple(out)

    def collect(self) -> AgendaItemInput:
        zone = self.zone()
        start, end = self._moments()
        b2b = self.kind.currentData() == "b2b"
        breaks = self._breaks(zone) if b2b else ()
        whole = self.whole.isChecked()
        people = () if whole else checked_ids(self.participants)
        errors: list[FieldError] = []
        if not whole and not people:
            errors.append(FieldError(
                "participant_ids", self.tr("Tick who attends, or choose the whole delegation.")))
        try:
            data = validate_item(AgendaItemInput(
                kind=str(self.kind.currentData()), title=self.title.text(), starts_at=start,
                ends_at=end, timezone=zone, venue_id=self.venue.currentData(),
                description=self.description.toPlainText(), whole_delegation=whole,
                participant_ids=people, slot_minutes=self.slot_minutes.value() if b2b else None,
                table_count=self.table_count.value() if b2b else None, breaks=breaks,
                ics_uid=self.item.ics_uid if self.item else None))
        except ValidationError as error:
            raise ValidationError([*error.errors, *errors]) from None
        if errors:
            raise ValidationError(errors)
        return data

    def work(self, data: AgendaItemInput) -> Callable[[Any], Any]:
        mission_id, item = self.lookups.mission_id, self.item
        if item is None:
            return lambda ws: ws.agenda.add_item(mission_id, data)
        return lambda ws: ws.agenda.update_item(item.id, data)


# -- venues and travel times ------------------------------------------------------------------


class VenueDialog(FormDialog):
    def __init__(self, parent: QWidget | None, ops: Operations, lookups: FormLookups,
                 venue: VenueView | None = None) -> None:
        super().__init__(parent, ops, self.tr("Edit venue") if venue else self.tr("New venue"))
        self.lookups, self.venue = lookups, venue
        self.name = QLineEdit(venue.name if venue else "")
        self.address = QLineEdit(venue.address if venue else "")
        self.city = QLineEdit(venue.city if venue else "")
        self.timezone = _searchable(QComboBox())
        self.timezone.addItems(list(timezones()))
        self.timezone.setCurrentText(venue.timezone if venue else lookups.timezone)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("address", self.tr("&Address"), self.address)
        self.add_field("city", self.tr("&City"), self.city)
        self.add_field("timezone", self.tr("&Time zone"), self.timezone)

    def collect(self) -> VenueInput:
        data = VenueInput(self.name.text().strip(), self.timezone.currentText().strip(),
                          self.address.text().strip(), self.city.text().strip())
        errors = []
        if not data.name:
            errors.append(FieldError("name", self.tr("Give the venue a name.")))
        if not is_timezone(data.timezone):
            errors.append(FieldError("timezone", self.tr(
                "“{z}” is not a time zone; pick one from the list.").format(z=data.timezone)))
        if errors:
            raise ValidationError(errors)
        return data

    def work(self, data: VenueInput) -> Callable[[Any], Any]:
        mission_id, venue = self.lookups.mission_id, self.venue
        if venue is None:
            return lambda ws: ws.agenda.add_venue(mission_id, data)
        return lambda ws: ws.agenda.update_venue(venue.id, data)


class TravelTimeDialog(FormDialog):
    """Minutes from one venue to another (and back, unless unticked)."""

    def __init__(self, parent: QWidget | None, ops: Operations, lookups: FormLookups,
                 from_venue_id: str | None = None) -> None:
        super().__init__(parent, ops, self.tr("Travel time"))
        self.lookups = lookups
        self.from_venue, self.to_venue = QComboBox(), QComboBox()
        for combo in (self.from_venue, self.to_venue):
            for v in lookups.venues:
                combo.addItem(v.name, v.id)
        if from_venue_id:
            self.from_venue.setCurrentIndex(max(0, self.from_venue.findData(from_venue_id)))
        self.to_venue.setCurrentIndex(1 if self.to_venue.count() > 1 else 0)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.both_ways = QCheckBox(self.tr("The same time &back"))
        self.both_ways.setChecked(True)
        self.add_field("from_venue_id", self.tr("&From"), self.from_venue)
        self.add_field("to_venue_id", self.tr("&To"), self.to_venue)
        self.add_field("minutes", self.tr("&Minutes"), self.minutes)
        self.form.addRow("", self.both_ways)
        for combo in (self.from_venue, self.to_venue):
            combo.currentIndexChanged.connect(self._pair_changed)
        self._pair_changed()

    def _pair_changed(self) -> None:
        """Show the time already known for the chosen pair."""
        a, b = self.from_venue.currentData(), self.to_venue.currentData()
        known = next((t.minutes for t in self.lookups.travel
                      if (t.from_venue_id, t.to_venue_id) == (a, b)), None)
        if known is not None:
            self.minutes.setValue(known)

    def collect(self) -> tuple[str, str, int, bool]:
        a, b = self.from_venue.currentData(), self.to_venue.currentData()
        errors = []
        if not a:
            errors.append(FieldError("from_venue_id", self.tr("Add venues first.")))
        elif a == b:
            errors.append(FieldError("to_venue_id", self.tr("Choose two different venues.")))
        if errors:
            raise ValidationError(errors)
        return a, b, self.minutes.value(), self.both_ways.isChecked()

    def work(self, data: tuple[str, str, int, bool]) -> Callable[[Any], Any]:
        mission_id = self.lookups.mission_id
        a, b, minutes, both = data
        return lambda ws: ws.agenda.set_travel_time(mission_id, a, b, minutes, both_ways=both)


class VenuesDialog(QDialog):
    """The mission's venues and the travel times between them, with add and edit."""

    def __init__(self, parent: QWidget | None, ops: Operations, lookups: FormLookups) -> None:
        super().__init__(parent)
        self.ops, self.lookups = ops, lookups
        self.setWindowTitle(self.tr("Venues and travel times"))
        self.resize(760, 520)
        self.venue_table = QTableWidget(0, 4)
        self.venue_table.setObjectName("venueTable")
        self.venue_table.setAccessibleName(self.tr("Venues"))
        self.venue_table.setHorizontalHeaderLabels(
            [self.tr("Venue"), self.tr("City"), self.tr("Time zone"), self.tr("Address")])
        self.travel_table = QTableWidget(0, 3)
        self.travel_table.setObjectName("travelTable")
        self.travel_table.setAccessibleName(self.tr("Travel times"))
        self.travel_table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Minutes")])
        for table in (self.venue_table, self.travel_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.venue_table.doubleClicked.connect(lambda _i: self.edit_venue())
        self.new_venue_button = QPushButton(self.tr("&New venue…"))
        self.edit_venue_button = QPushButton(self.tr("&Edit venue…"))
        self.travel_button = QPushButton(self.tr("&Travel time…"))
        self.new_venue_button.clicked.connect(self.new_venue)
        self.edit_venue_button.clicked.connect(self.edit_venue)
        self.travel_button.clicked.connect(self.travel_time)
        for b in (self.new_venue_button, self.edit_venue_button, self.travel_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        bar = QHBoxLayout()
        for b in (self.new_venue_button, self.edit_venue_button, self.travel_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("Venues")))
        layout.addWidget(self.venue_table, 3)
        layout.addWidget(QLabel(self.tr("Travel times (minutes, door to door)")))
        layout.addWidget(self.travel_table, 2)
        layout.addWidget(self.buttons)
        self._fill()
        ops.changed.connect(self._on_changed)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"agenda", "all"} & areas and self.isVisible():
            mission_id = self.lookups.mission_id
            self.ops.run(lambda ws: load_lookups(ws, mission_id), success=self._loaded,
                         parent=self)

    def _loaded(self, lookups: FormLookups) -> None:
        self.lookups = lookups
        self._fill()

    def _fill(self) -> None:
        venues = self.lookups.venues
        self.venue_table.setRowCount(len(venues))
        for r, v in enumerate(venues):
            for c, text in enumerate((v.name, v.city, v.timezone, v.address)):
                self.venue_table.setItem(r, c, QTableWidgetItem(text))
        names = {v.id: v.name for v in venues}
        travel = sorted(self.lookups.travel, key=lambda t: (names.get(t.from_venue_id, ""),
                                                            names.get(t.to_venue_id, "")))
        self.travel_table.setRowCount(len(travel))
        for r, t in enumerate(travel):
            for c, text in enumerate((names.get(t.from_venue_id, "?"),
                                      names.get(t.to_venue_id, "?"), str(t.minutes))):
                self.travel_table.setItem(r, c, QTableWidgetItem(text))
        self.venue_table.resizeColumnsToContents()
        self.travel_table.resizeColumnsToContents()
        self.edit_venue_button.setEnabled(bool(venues))
        self.travel_button.setEnabled(len(venues) > 1)

    def selected_venue(self) -> VenueView | None:
        rows = self.venue_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.lookups.venues[rows[0].row()]

    def _open(self, dialog: FormDialog, name: str) -> FormDialog:
        dialog.setObjectName(name)
        dialog.open()
        return dialog

    def new_venue(self) -> FormDialog:
        return self._open(VenueDialog(self, self.ops, self.lookups), "venueDialog")

    def edit_venue(self) -> FormDialog | None:
        venue = self.selected_venue()
        if venue is None:
            return None
        return self._open(VenueDialog(self, self.ops, self.lookups, venue), "venueDialog")

    def travel_time(self) -> FormDialog:
        venue = self.selected_venue()
        return self._open(TravelTimeDialog(self, self.ops, self.lookups,
                                           venue.id if venue else None), "travelDialog")


# -- meeting requests and meetings ------------------------------------------------------------


class RequestDialog(FormDialog):
    """A delegate (or the leader on their behalf) asks to meet someone, with a priority."""

    def __init__(self, parent: QWidget | None, ops: Operations, lookups: FormLookups) -> None:
        super().__init__(parent, ops, self.tr("New meeting request"))
        self.lookups = lookups
        self.requester = QComboBox()
        self.requester.addItem(self.tr("(choose a delegate)"), None)
        for d in lookups.delegates:
            self.requester.addItem(_delegate_label(d), d.person_id)
        self.target = _searchable(QComboBox())
        for g in lookups.guests:
            self.target.addItem(_guest_label(g), g[0])
        self.target.setCurrentIndex(-1)
        self.target.lineEdit().setPlaceholderText(self.tr("Type a name or an organisation"))
        self.priority = QSpinBox()
        self.priority.setRange(1, 5)
        self.priority.setValue(3)
        self.priority.setToolTip(self.tr("1 = nice to have … 5 = must meet"))
        self.expires = QCheckBox(self.tr("E&xpires"))
        self.expires.setAccessibleName(self.tr("The request expires"))
        self.expiry_day = _date_edit("expires_at")
        self.expiry_day.setDate(_qdate(lookups.start_date))
        self.expiry_time = _time_edit("expires_at")
        self.expiry_time.setTime(QTime(18, 0))
        self.expiry_day.setAccessibleName(self.tr("Expiry date"))
        self.expiry_time.setAccessibleName(self.tr("Expiry time (local)"))
        expiry = QWidget()
        el = QHBoxLayout(expiry)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(self.expires)
        el.addWidget(self.expiry_day)
        el.addWidget(self.expiry_time)
        el.addWidget(QLabel(lookups.timezone))
        el.addStretch(1)
        self.expires.toggled.connect(self._expiry_toggled)
        self._expiry_toggled(False)
        self.notes = QLineEdit()
        self.interpreter = _interpreter_combo(lookups)
        self.add_field("requester_person_id", self.tr("&Delegate asking"), self.requester)
        self.add_field("target_person_id", self.tr("&Wants to meet"), self.target)
        self.add_field("priority", self.tr("&Priority (1–5)"), self.priority)
        self.add_field("interpreter_language", self.tr("&Interpreter"), self.interpreter)
        self.add_field("expires_at", self.tr("Expir&y"), expiry, focus=self.expires)
        self.add_field("notes", self.tr("&Notes"), self.notes)

    def _expiry_toggled(self, on: bool) -> None:
        self.expiry_day.setEnabled(on)
        self.expiry_time.setEnabled(on)

    def collect(self) -> MeetingRequestInput:
        target = _combo_data(self.target)
        typed = self.target.currentText().strip()
        expires = (local_to_utc(_pydate(self.expiry_day), _pytime(self.expiry_time),
                                self.lookups.timezone) if self.expires.isChecked() else None)
        errors = []
        try:
            language = _interpreter_language(self.interpreter)
        except ValidationError as error:
            errors.extend(error.errors)
            language = None
        data = MeetingRequestInput(
            requester_person_id=self.requester.currentData(), target_person_id=target,
            priority=self.priority.value(), expires_at=expires, notes=self.notes.text(),
            interpreter_language=language)
        try:
            validate_request(data)
        except ValidationError as error:
            errors.extend(error.errors)
        if typed and target is None:
            errors = [e for e in errors if e.field != "target_person_id"]
            errors.append(FieldError("target_person_id", self.tr(
                "Nobody called “{t}” in the list; pick one of the suggestions.").format(t=typed)))
        if errors:
            raise ValidationError(errors)
        return data

    def work(self, data: MeetingRequestInput) -> Callable[[Any], Any]:
        mission_id = self.lookups.mission_id
        return lambda ws: ws.agenda.create_request(mission_id, data)


class MeetingDialog(FormDialog):
    """Add a meeting on the day: who, whom, local time, table (published at once if the
    agenda is)."""

    def __init__(self, parent: QWidget | None, ops: Operations, lookups: FormLookups,
                 day: dt.date | None = None) -> None:
        super().__init__(parent, ops, self.tr("Add a meeting"))
        self.lookups = lookups
        self.delegates = _checklist(self.tr("Delegates in the meeting"),
                                    [(d.person_id, _delegate_label(d))
                                     for d in lookups.delegates], set())
        self.guest = _searchable(QComboBox())
        for g in lookups.guests:
            self.guest.addItem(_guest_label(g), g[0])
        self.guest.setCurrentIndex(-1)
        self.guest.lineEdit().setPlaceholderText(self.tr("Type a name or an organisation"))
        self.day = _date_edit("day")
        self.day.setDate(_qdate(day or lookups.start_date))
        self.start, self.end = _time_edit("starts_at"), _time_edit("ends_at")
        self.start.setTime(QTime(9, 0))
        self.end.setTime(QTime(9, 30))
        self.start.setAccessibleName(self.tr("Starts (local time)"))
        self.end.setAccessibleName(self.tr("Ends (local time)"))
        times = QWidget()
        tl = QHBoxLayout(times)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.start)
        tl.addWidget(QLabel("–"))
        tl.addWidget(self.end)
        tl.addWidget(QLabel(lookups.timezone))
        tl.addStretch(1)
        self.home = _HomeTime(lookups.home_timezone)
        self.venue = QComboBox()
        self.venue.addItem(self.tr("(the B2B session's venue)"), None)
        for v in lookups.venues:
            self.venue.addItem(v.name, v.id)
        self.table = QSpinBox()
        self.table.setRange(0, 999)
        self.table.setSpecialValueText(self.tr("(none)"))
        self.interpreter = _interpreter_combo(lookups)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("(from the organisations)"))
        self.add_field("delegate_ids", self.tr("&Who (delegates)"), self.delegates)
        self.add_field("guest_ids", self.tr("Meets &whom"), self.guest)
        self.add_field("day", self.tr("&Day"), self.day)
        self.add_field("starts_at", self.tr("&Starts – ends"), times, focus=self.start)
        self.errors["ends_at"] = self.errors["starts_at"]
        self.form.addRow("", self.home)
        self.add_field("venue_id", self.tr("&Venue"), self.venue)
        self.add_field("table_number", self.tr("&Table"), self.table)
        self.add_field("interpreter_language", self.tr("&Interpreter"), self.interpreter)
        self.add_field("title", self.tr("Tit&le"), self.title)
        for signal in (self.day.dateChanged, self.start.timeChanged, self.end.timeChanged):
            signal.connect(self._times_changed)
        self._times_changed()

    def _moments(self) -> tuple[dt.datetime, dt.datetime]:
        day, zone = _pydate(self.day), self.lookups.timezone
        return (local_to_utc(day, _pytime(self.start), zone),
                local_to_utc(day, _pytime(self.end), zone))

    def _times_changed(self) -> None:
        try:
            start, end = self._moments()
        except ValidationError:  # a field being typed is unreadable yet: no home time
            start = end = None
        self.home.show_range(start, end, self.lookups.timezone)

    def collect(self) -> MeetingInput:
        start, end = self._moments()
        guest = _combo_data(self.guest)
        delegates = checked_ids(self.delegates)
        errors = []
        if not delegates:
            errors.append(FieldError("delegate_ids", self.tr("Tick at least one delegate.")))
        if guest is None:
            errors.append(FieldError("guest_ids", self.tr(
                "Choose who they meet from the suggestions.")))
        if end <= start:
            errors.append(FieldError("ends_at", self.tr("The meeting ends before it starts.")))
        language = None
        try:
            language = _interpreter_language(self.interpreter)
        except ValidationError as error:
            errors.extend(error.errors)
        if errors:
            raise ValidationError(errors)
        return MeetingInput(starts_at=start, ends_at=end, delegate_ids=delegates,
                            guest_ids=(guest,), title=self.title.text(),
                            venue_id=self.venue.currentData(),
                            table_number=self.table.value() or None,
                            interpreter_needed=language is not None,
                            interpreter_language=language)

    def work(self, data: MeetingInput) -> Callable[[Any], Any]:
        mission_id = self.lookups.mission_id
        return lambda ws: ws.agenda.add_meeting(mission_id, data)


# -- opening the forms from the Agenda screen -------------------------------------------------


def _with_lookups(screen: Any, open_form: Callable[[FormLookups], QDialog],
                  with_guests: bool = False) -> None:
    """Load what the form offers in the background, then open it (window-modal)."""
    if not screen.mission_id:
        return
    mission_id = screen.mission_id

    def opened(lookups: FormLookups) -> None:
        dialog = open_form(lookups)
        screen.last_form = dialog
        dialog.open()

    screen.ops.run(lambda ws: load_lookups(ws, mission_id, with_guests=with_guests),
                   success=opened, parent=screen)


def selected_item(screen: Any) -> AgendaItemView | None:
    """The programme item selected in the Day view (meetings there are not items)."""
    rows = screen.day_view.selectionModel().selectedRows()
    if not rows or screen.data is None:
        return None
    row_id = screen.day_model.id_at(rows[0].row())
    return next((i for i in screen.data.items if i.id == row_id), None)


def new_item(screen: Any) -> None:
    def make(lookups: FormLookups) -> QDialog:
        dialog = ItemDialog(screen, screen.ops, lookups)
        day = screen.day.currentData()
        if day is not None:
            dialog.day.setDate(_qdate(day))
        dialog.setObjectName("itemDialog")
        return dialog

    _with_lookups(screen, make)


def edit_item(screen: Any) -> None:
    item = selected_item(screen)
    if item is None:
        screen.summary.setText(screen.tr("Select a programme item in the Day view first."))
        return

    def make(lookups: FormLookups) -> QDialog:
        dialog = ItemDialog(screen, screen.ops, lookups, item)
        dialog.setObjectName("itemDialog")
        return dialog

    _with_lookups(screen, make)


def delete_item(screen: Any) -> QMessageBox | None:
    item = selected_item(screen)
    if item is None:
        screen.summary.setText(screen.tr("Select a programme item in the Day view first."))
        return None
    box = QMessageBox(screen)
    box.setObjectName("confirmDeleteItem")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(screen.tr("Delete programme item"))
    box.setText(screen.tr("Delete “{t}”?").format(t=item.title))
    box.setInformativeText(screen.tr("It leaves every delegate's agenda at the next sync."))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def done(_button: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            screen.ops.run(lambda ws: ws.agenda.delete_item(item.id), changes={"agenda"},
                           parent=screen)

    box.finished.connect(done)
    box.open()
    return box


def manage_venues(screen: Any) -> None:
    def make(lookups: FormLookups) -> QDialog:
        dialog = VenuesDialog(screen, screen.ops, lookups)
        dialog.setObjectName("venuesDialog")
        return dialog

    _with_lookups(screen, make)


def new_request(screen: Any) -> None:
    def make(lookups: FormLookups) -> QDialog:
        dialog = RequestDialog(screen, screen.ops, lookups)
        dialog.setObjectName("requestDialog")
        return dialog

    _with_lookups(screen, make, with_guests=True)


def add_meeting(screen: Any) -> None:
    def make(lookups: FormLookups) -> QDialog:
        dialog = MeetingDialog(screen, screen.ops, lookups, screen.day.currentData())
        dialog.setObjectName("meetingDialog")
        return dialog

    _with_lookups(screen, make, with_guests=True)
