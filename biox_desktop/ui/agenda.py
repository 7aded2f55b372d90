"""The Agenda screen: programme by day and over all days, meetings, requests, scheduling.

Local (venue) time is shown with the home time beside it. Conflicts are flagged in red in
every view and listed under the tabs. "Schedule" runs the B2B scheduler in the background
(progress and cancel) and leaves a draft the leader reviews, moves and then publishes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)
from PySide6.QtGui import QAction, QBrush, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.agenda import (
    MEETING_STATUSES,
    REQUEST_STATUSES,
    AgendaItemView,
    Conflict,
    DelegateView,
    MeetingRequestView,
    MeetingView,
    ScheduleSummary,
    b2b_slots,
    conflicts_by_id,
    in_zone,
    local_day,
    shown_time,
    zone_abbreviation,
)
from biox_desktop.core.agenda_grid import off_slot_problem
from biox_desktop.core.enums import AGENDA_KINDS
from biox_desktop.core.i18n import format_datetime, format_day, format_time
from biox_desktop.core.languages import language_name
from biox_desktop.core.outcomes import MEETING_OUTCOMES
from biox_desktop.core.progress import Cancelled, Progress
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.agenda import MeetingsCancelled, PublishPreview, RequestAnswers
from biox_desktop.db.outcomes import allowed_outcomes
from biox_desktop.reports.pdfbase import check_can_write
from biox_desktop.ui import agenda_forms, theme
from biox_desktop.ui.agenda_grid import AgendaGridPage
from biox_desktop.ui.dates import DateTimeField
from biox_desktop.ui.forms import FormGuard, error_label
from biox_desktop.ui.operations import Operations, OpHandle, show_error

Index = QModelIndex | QPersistentModelIndex
# Row backgrounds by name: theme.colour() gives the light or dark value when a row is drawn.
CONFLICT_BG = "conflict_bg"
DRAFT_BG = "draft_bg"
CHANGED_BG = "changed_bg"
#: People named in the publish question itself; the whole list is in its details.
PUBLISH_NAMES_SHOWN = 12


@dataclass(frozen=True)
class AgendaData:
    mission_id: str
    timezone: str
    home_timezone: str
    items: tuple[AgendaItemView, ...]
    meetings: tuple[MeetingView, ...]
    requests: tuple[MeetingRequestView, ...]
    conflicts: tuple[Conflict, ...]
    delegates: tuple[DelegateView, ...]
    mission_name: str = ""


def load_agenda(ws: Any, mission_id: str) -> AgendaData:
    a = ws.agenda
    a.expire_requests(mission_id)  # pending requests past their expiry show as expired
    z = a.zones(mission_id)
    return AgendaData(mission_id, z.timezone, z.home_timezone, tuple(a.items(mission_id)),
                      tuple(a.meetings(mission_id)), tuple(a.requests(mission_id)),
                      tuple(a.conflicts(mission_id)), tuple(a.delegates(mission_id)),
                      z.name)


class RowsModel(QAbstractTableModel):
    """A read-only table of prepared rows (an agenda has hundreds of rows, not 100,000)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._ids: list[str] = []
        self._bg: list[str | None] = []
        self._tips: list[str] = []

    def set_rows(self, rows: Sequence[tuple[str, tuple[str, ...], str | None, str]]) -> None:
        self.beginResetModel()
        self._ids = [r[0] for r in rows]
        self._rows = [r[1] for r in rows]
        self._bg = [r[2] for r in rows]
        self._tips = [r[3] for r in rows]
        self.endResetModel()

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, row_id: str) -> int:
        return self._ids.index(row_id) if row_id in self._ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and self._bg[index.row()] is not None:
            return QBrush(theme.colour(self._bg[index.row()] or ""))
        if role == Qt.ItemDataRole.ToolTipRole and self._tips[index.row()]:
            return self._tips[index.row()]
        return None


def _table(name: str, model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class MoveDialog(QDialog):
    """Move a meeting: a slot of a B2B session (times snap to its slots) and a table, or
    another time outside the sessions, typed in the venue's zone."""

    def __init__(self, parent: QWidget | None, meeting: MeetingView,
                 sessions: Sequence[AgendaItemView] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move meeting"))
        self.meeting = meeting
        self.sessions = [s for s in sessions if b2b_slots(s)]
        zone = QTimeZone(meeting.timezone.encode())
        local = meeting.starts_at.astimezone(dt.UTC)
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("B2B session"))
        for s in self.sessions:
            start = in_zone(s.starts_at, s.timezone)
            self.session.addItem(f"{format_day(start, 'short')} {format_time(start)} · {s.title}",
                                 s.id)
        self.session.addItem(self.tr("Another time (outside the B2B sessions)"), "")
        self.slot = QComboBox()
        self.slot.setAccessibleName(self.tr("Slot"))
        # Typed as ISO or in the locale's order, in the venue's zone, stored exactly.
        self.when = DateTimeField("starts_at", zone=zone)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(local.timestamp()), zone))
        self.when.setAccessibleName(self.tr("New start (local time)"))
        self.table = QSpinBox()
        self.table.setRange(1, 999)
        self.table.setValue(meeting.table_number or 1)
        self.table.setAccessibleName(self.tr("Table"))
        self.snapped = QLabel()
        self.snapped.setObjectName("moveSnapped")
        self.snapped.setWordWrap(True)
        self.form = form = QFormLayout(self)
        form.addRow(QLabel(meeting.title))
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Slot"), self.slot)
        form.addRow("", self.snapped)
        form.addRow(self.tr("Starts (%s)") % meeting.timezone, self.when)
        self.when_error = error_label("starts_at")
        form.addRow("", self.when_error)
        form.addRow(self.tr("Table"), self.table)
        # Said, not done silently: a moved meeting stays where the leader put it on the next
        # scheduling run only while it is locked, and the leader decides.
        self.lock = QCheckBox(self.tr("&Lock it here (a new scheduling run keeps it)"))
        self.lock.setAccessibleName(self.tr("Lock the meeting"))
        self.lock.setChecked(True)
        form.addRow("", self.lock)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        own = next((s for s in self.sessions if s.id == meeting.agenda_item_id
                    or s.starts_at <= meeting.starts_at < s.ends_at), None)
        self.session.setCurrentIndex(self.session.findData(own.id if own else ""))
        self.session.currentIndexChanged.connect(lambda _i: self._session_chosen())
        self._session_chosen(meeting.starts_at)
        self.guard = FormGuard(self)  # first field focused, Enter saves, Escape asks

    def chosen_session(self) -> AgendaItemView | None:
        sid = self.session.currentData()
        return next((s for s in self.sessions if s.id == sid), None)

    def _session_chosen(self, start: dt.datetime | None = None) -> None:
        """Offer the chosen session's slots (the one nearest ``start`` chosen) and tables."""
        session = self.chosen_session()
        self.slot.clear()
        self.slot_starts: list[dt.datetime] = []
        self.snapped.hide()
        self.when_error.hide()
        if session is not None:
            slots = b2b_slots(session)
            for a, b in slots:
                self.slot.addItem(f"{format_time(in_zone(a, session.timezone))}–"
                                  f"{format_time(in_zone(b, session.timezone))}")
                self.slot_starts.append(a)
            if start is not None:
                nearest = min(range(len(slots)), key=lambda n: abs(slots[n][0] - start))
                self.slot.setCurrentIndex(nearest)
                if slots[nearest][0] != start:  # an off-grid start (10:09) snaps to a slot
                    self.snapped.setText(self.tr(
                        "{time} is not one of the session's slots: the nearest slot is "
                        "chosen.").format(time=format_time(in_zone(start, session.timezone))))
                    self.snapped.show()
            self.table.setRange(1, session.table_count or 999)
        else:
            self.table.setRange(1, 999)
        self.form.setRowVisible(self.slot, session is not None)
        self.form.setRowVisible(self.when, session is None)

    def accept(self) -> None:
        """Refuse an unreadable start, or another time that falls off a session's slots:
        say why under the field and stay open."""
        if self.chosen_session() is None:
            try:
                self.when.value()
            except ValidationError as error:
                self._refuse("\n".join(e.message for e in error.errors))
                return
            start = self.new_start()
            inside = next((s for s in self.sessions if s.starts_at <= start < s.ends_at), None)
            problem = off_slot_problem(inside, start) if inside is not None else None
            if problem is not None:
                self._refuse(problem)
                return
        super().accept()

    def _refuse(self, message: str) -> None:
        self.when_error.setText(message)
        self.when_error.show()
        self.when.setFocus()

    def new_start(self) -> dt.datetime:
        if self.chosen_session() is not None and self.slot.currentIndex() >= 0:
            return self.slot_starts[self.slot.currentIndex()]
        secs = self.when.dateTime().toSecsSinceEpoch()
        return dt.datetime.fromtimestamp(secs, dt.UTC)


class ExportAllDialog(QDialog):
    """Where to write every agenda, and whether to add mail drafts."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export all agendas"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.setMinimumWidth(320)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.mail = QCheckBox(self.tr("Also write &mail drafts (.eml) with both files attached"))
        self.mail.setAccessibleName(self.tr("Also write mail drafts"))
        note = QLabel(self.tr(
            "One PDF and one calendar file (.ics) per delegate and per counterpart, named "
            "after the person. Files of the same name are replaced."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        outer = QVBoxLayout(self)
        outer.addWidget(note)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)
        self.folder_error = error_label("folder")
        form.addRow("", self.folder_error)
        form.addRow("", self.mail)
        outer.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.folder.textChanged.connect(lambda _t: self.folder_error.hide())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export all agendas to"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        """Refuse an empty folder, or a file where the folder should be."""
        text = self.folder.text().strip()
        if not text or Path(text).is_file():
            self.folder_error.setText(self.tr("Choose a folder."))
            self.folder_error.show()
            self.folder.setFocus()
            return
        super().accept()


class OutcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None, meeting: MeetingView) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting outcome"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.addItem(self.tr("(not recorded)"), None)
        # Only what can be true now: a meeting still ahead is neither held nor a no-show
        # (the service refuses them too).
        allowed = allowed_outcomes(meeting.starts_at)
        for key, label in MEETING_OUTCOMES.items():
            if key in allowed or key == meeting.outcome:
                self.outcome.addItem(self.tr(label), key)
        self.ahead_note = QLabel(self.tr(
            "This meeting has not started yet: it can be recorded as held or as a no-show "
            "once it has."))
        self.ahead_note.setWordWrap(True)
        self.ahead_note.setVisible(len(allowed) < len(MEETING_OUTCOMES))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(meeting.outcome)))
        # How promising a held meeting was: the reports' average meeting rating.
        self.rating = QSpinBox()
        self.rating.setRange(0, 5)
        self.rating.setSpecialValueText(self.tr("not rated"))
        self.rating.setValue(meeting.rating or 0)
        self.rating.setAccessibleName(self.tr("Rating from 1 (cold) to 5 (very promising)"))
        self.note = QLineEdit(meeting.outcome_note)
        self.note.setAccessibleName(self.tr("Note"))
        form = QFormLayout(self)
        form.addRow(QLabel(meeting.title))
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow("", self.ahead_note)
        form.addRow(self.tr("Rating (1–5)"), self.rating)
        form.addRow(self.tr("Note"), self.note)
        self.outcome.currentIndexChanged.connect(self._held_only)
        self._held_only()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.guard = FormGuard(self)  # first field focused, Enter saves, Escape asks

    def _held_only(self) -> None:
        held = self.outcome.currentData() == "held"
        self.rating.setEnabled(held)
        if not held:
            self.rating.setValue(0)

    def chosen_rating(self) -> int | None:
        return self.rating.value() or None


class FeedLinkDialog(QDialog):
    """A person's private calendar feed: the link to copy, its QR code, revoke."""

    def __init__(self, screen: AgendaScreen, name: str, link: Any, png: bytes) -> None:
        super().__init__(screen)
        self.setWindowTitle(self.tr("Calendar link — {name}").format(name=name))
        self.link = link
        self.url = QLineEdit(link.url)
        self.url.setReadOnly(True)
        self.url.setAccessibleName(self.tr("Calendar feed address"))
        self.url.setMinimumWidth(self.url.fontMetrics().horizontalAdvance("m" * 40))
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("QR code of the calendar feed address"))
        image = QPixmap()
        image.loadFromData(png, "PNG")
        self.qr.setPixmap(image)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(self.tr(
            "Subscribe to this address in a calendar program or scan the code with a phone: "
            "the published agenda stays up to date there. Anyone with the address can read the "
            "agenda; revoke it if it reaches the wrong person."))
        note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy link"))
        self.copy_button.clicked.connect(self.copy)
        self.revoke_button = QPushButton(self.tr("&Revoke"))
        self.revoke_button.clicked.connect(lambda _c=False: screen.revoke_feed_link(
            link.person_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.url)
        layout.addWidget(self.qr)
        layout.addWidget(buttons)
        self.url.selectAll()
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.link.url)
        self.copy_button.setText(self.tr("Copied"))


class CounterpartLinkDialog(QDialog):
    """A counterpart's private page on the sync server: the link to copy, its QR code, until
    when it works, revoke."""

    def __init__(self, screen: AgendaScreen, name: str, link: Any, png: bytes) -> None:
        super().__init__(screen)
        self.setObjectName("counterpartLinkDialog")
        self.setWindowTitle(self.tr("Counterpart page — {name}").format(name=name))
        self.link = link
        self.url = QLineEdit(link.url)
        self.url.setReadOnly(True)
        self.url.setAccessibleName(self.tr("Counterpart page address"))
        self.url.setMinimumWidth(self.url.fontMetrics().horizontalAdvance("m" * 40))
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("QR code of the counterpart page address"))
        image = QPixmap()
        image.loadFromData(png, "PNG")
        self.qr.setPixmap(image)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        until = ""
        if link.expires_at:
            try:
                when = dt.datetime.fromisoformat(link.expires_at.replace("Z", "+00:00"))
                until = format_datetime(when.astimezone(), "medium")
            except ValueError:
                until = ""
        text = self.tr(
            "Send this address to {name} (or let them scan the code): in their language, they "
            "answer the delegation's requests, say which B2B sessions they can attend, ask for "
            "a meeting and see their agenda. Their answers arrive with the next sync. Anyone "
            "with the address can answer for them; revoke it if it reaches the wrong person."
        ).format(name=name)
        if until:
            text += " " + self.tr("The link works until {date}.").format(date=until)
        note = QLabel(text)
        note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy link"))
        self.copy_button.clicked.connect(self.copy)
        self.revoke_button = QPushButton(self.tr("&Revoke"))
        self.revoke_button.clicked.connect(lambda _c=False: screen.revoke_counterpart_link(
            link.person_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.url)
        layout.addWidget(self.qr)
        layout.addWidget(buttons)
        self.url.selectAll()
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.link.url)
        self.copy_button.setText(self.tr("Copied"))


class AgendaScreen(QWidget):

    def __init__(self, ops: Operations, window: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.mission_id = ""
        self.data: AgendaData | None = None
        self.schedule_handle: Any = None
        self.last_summary: ScheduleSummary | None = None
        #: The form opened last (agenda_forms), for tests and screenshots.
        self.last_form: QDialog | None = None
        self.export_handle: Any = None
        self.publish_box: QMessageBox | None = None

        title = QLabel(self.tr("Agenda"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.zone_label = QLabel()
        self.zone_label.setObjectName("agendaZones")
        # Wraps instead of widening the header: "Ortszeit: America/Argentina/Buenos_Aires · ..."
        # next to five buttons must still fit a 1024-pixel-wide window in every language.
        self.zone_label.setWordWrap(True)
        self.zone_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.zone_label.setMinimumWidth(120)
        self.schedule_button = QPushButton(self.tr("&Schedule…"))
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.import_button = QPushButton(self.tr("&Import ICS…"))
        self.pdf_button = QPushButton(self.tr("P&DF…"))
        self.ics_button = QPushButton(self.tr("ICS…"))
        self.export_all_button = QPushButton(self.tr("E&xport all…"))
        for b, name in ((self.export_all_button, "Export every agenda to a folder"),
                        (self.schedule_button, "Schedule meetings"),
                        (self.publish_button, "Publish the draft"),
                        (self.import_button, "Import a programme from ICS"),
                        (self.pdf_button, "Save agenda PDF"),
                        (self.ics_button, "Save the delegate's calendar")):
            b.setAccessibleName(self.tr(name))
        self.schedule_button.clicked.connect(self.schedule)
        self.publish_button.clicked.connect(self.publish)
        self.import_button.clicked.connect(self.import_ics)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.ics_button.clicked.connect(self.save_ics)
        self.export_all_button.clicked.connect(lambda: self.export_all())
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addWidget(self.zone_label, 1)
        for b in (self.schedule_button, self.publish_button, self.import_button,
                  self.pdf_button, self.ics_button):
            bar.addWidget(b)

        # Day view
        self.day = QComboBox()
        self.day.setAccessibleName(self.tr("Day"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Whose agenda"))
        for combo in (self.day, self.person):  # filled after the first show
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day.currentIndexChanged.connect(self._fill_day)
        self.person.currentIndexChanged.connect(self._fill_day)
        self.day_model = RowsModel(("Local", "Home", "What", "Title", "Where", "With", "Table",
                                    "Status", "Flags"), self)
        self.day_view = _table("agendaDay", self.day_model)
        day_page = QWidget()
        day_layout = QVBoxLayout(day_page)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Day:")))
        pick.addWidget(self.day)
        pick.addWidget(QLabel(self.tr("Agenda of:")))
        pick.addWidget(self.person)
        # The person's private calendar feed on the sync server (a link or a QR code).
        self.feed_button = QPushButton(self.tr("Lin&k…"))
        self.feed_button.setAccessibleName(self.tr("Calendar feed link of this person"))
        self.feed_button.setToolTip(self.tr(
            "A private address that keeps this person's phone calendar up to date"))
        self.feed_button.clicked.connect(lambda _c=False: self.show_feed_link())
        pick.addWidget(self.feed_button)
        #: The feed link dialog opened last (for tests).
        self.feed_dialog: FeedLinkDialog | None = None
        pick.addStretch(1)
        self.new_item_button = QPushButton(self.tr("&New item…"))
        self.edit_item_button = QPushButton(self.tr("Edit i&tem…"))
        self.delete_item_button = QPushButton(self.tr("De&lete item"))
        self.venues_button = QPushButton(self.tr("&Venues…"))
        for b, name, slot in (
            (self.new_item_button, "New programme item", agenda_forms.new_item),
            (self.edit_item_button, "Edit the programme item", agenda_forms.edit_item),
            (self.delete_item_button, "Delete the programme item", agenda_forms.delete_item),
            (self.venues_button, "Venues and travel times", agenda_forms.manage_venues),
        ):
            b.setAccessibleName(self.tr(name))
            b.clicked.connect(lambda _c=False, f=slot: f(self))
            pick.addWidget(b)
        self.day_view.doubleClicked.connect(lambda _i: agenda_forms.edit_item(self))
        day_layout.addLayout(pick)
        day_layout.addWidget(self.day_view)

        # Multi-day grid
        self.grid = QTableWidget()
        self.grid.setObjectName("agendaGrid")
        self.grid.setAccessibleName(self.tr("Programme over all days"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)

        # Meetings
        self.meeting_model = RowsModel(("Local", "Home", "Table", "Delegation", "Meets",
                                        "Status", "Interpreter", "Outcome", "Flags"), self)
        self.meeting_view = _table("agendaMeetings", self.meeting_model)
        self.meeting_view.doubleClicked.connect(lambda _i: self.move_selected())
        self.move_button = QPushButton(self.tr("&Move…"))
        self.cancel_button = QPushButton(self.tr("&Cancel meetings"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected meetings"))
        self.outcome_button = QPushButton(self.tr("&Outcome…"))
        self.move_button.clicked.connect(self.move_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.outcome_button.clicked.connect(self.outcome_selected)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.lock_button.setAccessibleName(self.tr("Lock the selected meetings"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the selected meetings"))
        self.lock_button.clicked.connect(lambda: self.lock_selected(True))
        self.unlock_button.clicked.connect(lambda: self.lock_selected(False))
        self.meeting_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.meeting_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.meeting_view.customContextMenuRequested.connect(self._meeting_menu)
        #: The meetings list's context menu shown last (for tests).
        self.meeting_menu: QMenu | None = None
        meetings_page = QWidget()
        ml = QVBoxLayout(meetings_page)
        self.add_meeting_button = QPushButton(self.tr("Add mee&ting…"))
        self.add_meeting_button.setAccessibleName(self.tr("Add a meeting"))
        self.add_meeting_button.clicked.connect(lambda: agenda_forms.add_meeting(self))
        mb = QHBoxLayout()
        for b in (self.add_meeting_button, self.move_button, self.cancel_button,
                  self.outcome_button, self.lock_button, self.unlock_button):
            mb.addWidget(b)
        mb.addStretch(1)
        # Here, not in the header: the header must fit a 1024-pixel screen in every language.
        mb.addWidget(self.export_all_button)
        ml.addLayout(mb)
        ml.addWidget(self.meeting_view)

        # Requests
        self.request_model = RowsModel(("Priority", "Delegate", "Company", "Wants to meet",
                                        "Organisation", "Status", "Expires", "Scheduled"), self)
        self.request_view = _table("agendaRequests", self.request_model)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.decline_button = QPushButton(self.tr("D&ecline"))
        self.accept_button.clicked.connect(lambda: self._request_action("accept"))
        self.decline_button.clicked.connect(lambda: self._request_action("decline"))
        self.expire_button = QPushButton(self.tr("Expi&re"))
        self.expire_button.setAccessibleName(self.tr("Mark the selected requests expired"))
        self.expire_button.clicked.connect(lambda: self._request_action("expire"))
        # Ctrl/Shift click and Ctrl+A select several; the buttons answer them all at once.
        self.request_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        requests_page = QWidget()
        rl = QVBoxLayout(requests_page)
        self.new_request_button = QPushButton(self.tr("&New request…"))
        self.new_request_button.setAccessibleName(self.tr("New meeting request"))
        self.new_request_button.clicked.connect(lambda: agenda_forms.new_request(self))
        rb = QHBoxLayout()
        rb.addWidget(self.new_request_button)
        rb.addWidget(self.accept_button)
        rb.addWidget(self.decline_button)
        rb.addWidget(self.expire_button)
        # The foreign person of the selected request answers on a page of the sync server.
        self.counterpart_button = QPushButton(self.tr("Counterpart &page…"))
        self.counterpart_button.setAccessibleName(self.tr(
            "Page link of the foreign person of the selected request"))
        self.counterpart_button.setToolTip(self.tr(
            "A private page where the foreign person answers requests, gives availability, "
            "asks for meetings and sees their agenda (needs the sync server)"))
        self.counterpart_button.clicked.connect(lambda _c=False: self.show_counterpart_link())
        rb.addWidget(self.counterpart_button)
        #: The counterpart link dialog opened last (for tests).
        self.counterpart_dialog: CounterpartLinkDialog | None = None
        rb.addStretch(1)
        rl.addLayout(rb)
        rl.addWidget(self.request_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(day_page, self.tr("Day"))
        self.tabs.addTab(self.grid, self.tr("All days"))
        self.tabs.addTab(meetings_page, self.tr("Meetings"))
        self.tabs.addTab(requests_page, self.tr("Requests"))
        # Scheduling by hand: one B2B session's slots × tables (ui/agenda_grid.py).
        self.grid_page = AgendaGridPage(self)
        self.tabs.addTab(self.grid_page, self.tr("B2B grid"))

        self.summary = QLabel()
        self.summary.setObjectName("scheduleSummary")
        self.summary.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("agendaCounts")
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("agendaConflicts")
        self.conflict_list.setAccessibleName(self.tr("Conflicts"))
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.counts)
        ll.addWidget(self.summary)
        ll.addWidget(self.conflict_list)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(lower)
        split.setStretchFactor(0, 4)
        split.setSizes([560, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)
        ops.changed.connect(self._on_changed)
        if window is not None and hasattr(window, "mission_changed"):
            window.mission_changed.connect(self.set_mission)

    # -- loading ------------------------------------------------------------------------------

    def set_mission(self, mission_id: str) -> None:
        self.mission_id = mission_id
        self.reload()

    def reload(self) -> None:
        if not self.mission_id:
            return
        mission_id = self.mission_id
        self.ops.run(lambda ws: load_agenda(ws, mission_id), success=self._loaded,
                     failure=self._load_failed, parent=self)

    def _load_failed(self, error: BaseException) -> None:
        from biox_desktop.core.validation import NotFoundError

        if isinstance(error, NotFoundError):  # the mission was deleted meanwhile
            self.data = None
            for model in (self.day_model, self.meeting_model, self.request_model):
                model.set_rows([])
            self.grid.clear()
            self.grid_page.set_data((), (), {})
            self.conflict_list.clear()
            return
        show_error(self, error)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"agenda", "roster", "missions", "all"} & areas:
            self.reload()

    def _loaded(self, data: AgendaData) -> None:
        if data.mission_id != self.mission_id:
            return
        self.data = data
        self.zone_label.setText(self.tr("local time: {z} · home time: {h}").format(
            z=data.timezone, h=data.home_timezone))
        self.flags = conflicts_by_id(data.conflicts)
        days = sorted({local_day(i.starts_at, i.timezone) for i in data.items}
                      | {local_day(m.starts_at, m.timezone) for m in data.meetings})
        keep_day, keep_person = self.day.currentData(), self.person.currentData()
        for combo in (self.day, self.person):
            combo.blockSignals(True)
            combo.clear()
        locale = QLocale()  # day and month names in the user's language
        for d in days:
            self.day.addItem(locale.toString(QDate(d.year, d.month, d.day), "ddd d MMM yyyy"), d)
        # Never squeezed below its longest day (the layout otherwise cuts "Mon 21 Dec 2026").
        widest = max((self.day.fontMetrics().horizontalAdvance(self.day.itemText(i))
                      for i in range(self.day.count())), default=0)
        self.day.setMinimumWidth(widest + 44)
        self.person.addItem(self.tr("Whole programme"), "")
        for p in data.delegates:
            self.person.addItem(f"{p.name} ({p.organisation_name})" if p.organisation_name
                                else p.name, p.person_id)
        if keep_day in days:
            self.day.setCurrentIndex(days.index(keep_day))
        self.person.setCurrentIndex(max(0, self.person.findData(keep_person)))
        for combo in (self.day, self.person):
            combo.blockSignals(False)
        self._fill_day()
        self._fill_grid(days)
        self._fill_meetings()
        self._fill_requests()
        self.grid_page.set_data(data.items, data.meetings, self.flags)
        self.conflict_list.clear()
        for c in data.conflicts:
            self.conflict_list.addItem("⚠ " + c.message)
        drafts = sum(1 for m in data.meetings if m.status == "draft")
        changed = sum(1 for m in data.meetings if m.changed_since_publish)
        self.publish_button.setEnabled(bool(drafts or changed))
        self.counts.setText(self.tr("%n meeting(s) ({d} draft, {c} changed since published);",
                                    "", len(data.meetings)).format(d=drafts, c=changed)
                            + " " + self.tr("%n conflict(s).", "", len(data.conflicts)))

    def _times(self, start: dt.datetime, end: dt.datetime, zone: str) -> tuple[str, str]:
        assert self.data is not None
        a = shown_time(start, zone, self.data.home_timezone)
        b = shown_time(end, zone, self.data.home_timezone)
        local = f"{a.local_text()}–{b.local_text()}"
        if zone != self.data.timezone:  # a venue in another zone than the mission's: say so
            local += " " + zone_abbreviation(start, zone)
        return local, f"{a.home_text()}–{b.home_text()}"

    def _flag(self, row_id: str, changed: bool = False) -> tuple[str, str | None, str]:
        conflicts = self.flags.get(row_id, [])
        if conflicts:
            return "⚠ " + self.tr("conflict"), CONFLICT_BG, "\n".join(c.message for c in conflicts)
        if changed:
            return self.tr("changed"), CHANGED_BG, ""
        return "", None, ""

    def _fill_day(self) -> None:
        data = self.data
        if data is None:
            return
        day = self.day.currentData()
        person = self.person.currentData() or ""
        rows = []
        for item in data.items:
            if local_day(item.starts_at, item.timezone) != day:
                continue
            if person and not (item.whole_delegation or person in item.participant_ids):
                continue
            local, home = self._times(item.starts_at, item.ends_at, item.timezone)
            flag, bg, tip = self._flag(item.id)
            extra = ""
            if item.kind == "b2b":
                extra = self.tr("{t} tables, {m}-minute slots").format(
                    t=item.table_count, m=item.slot_minutes)
            rows.append((item.starts_at, (item.id, (
                local, home, self.tr(AGENDA_KINDS.get(item.kind, item.kind)), item.title,
                item.venue_name, extra, "", "", flag), bg, tip)))
        for m in data.meetings:
            if local_day(m.starts_at, m.timezone) != day:
                continue
            if person and not any(p.person_id == person for p in m.participants):
                continue
            local, home = self._times(m.starts_at, m.ends_at, m.timezone)
            flag, bg, tip = self._flag(m.id, m.changed_since_publish)
            if bg is None and m.status == "draft":
                bg = DRAFT_BG
            rows.append((m.starts_at, (m.id, (
                local, home, self.tr("Meeting"), m.title, m.venue_name, m.names("guest"),
                str(m.table_number or ""), self.tr(MEETING_STATUSES.get(m.status, m.status)),
                flag + (" · " + self.tr("interpreter") if m.interpreter_needed else "")),
                bg, tip)))
        rows.sort(key=lambda r: r[0])
        self.day_model.set_rows([r[1] for r in rows])
        self.day_view.resizeColumnsToContents()

    def _fill_grid(self, days: list[dt.date]) -> None:
        data = self.data
        assert data is not None
        zone = data.timezone
        self.grid.clear()
        self.grid.setColumnCount(len(days))
        self.grid.setHorizontalHeaderLabels([format_day(d, "short") for d in days])
        # Every item at its instant in the mission's zone; the rows reach the earliest start
        # and the latest end (07:00–22:00 at least).
        tz = ZoneInfo(zone)
        first, last = 7, 22
        for item in data.items:
            start, end = item.starts_at.astimezone(tz), item.ends_at.astimezone(tz)
            first = min(first, start.hour)
            last = max(last, end.hour - (end.minute == 0) if end.date() == start.date() else 23)
        for m in data.meetings:
            first = min(first, m.starts_at.astimezone(tz).hour)
            last = max(last, m.starts_at.astimezone(tz).hour)
        hours = list(range(first, last + 1))
        self.grid.setRowCount(len(hours))
        ref = days[0] if days else dt.date.today()
        labels = []
        for h in hours:
            moment = dt.datetime.combine(ref, dt.time(h), tzinfo=ZoneInfo(zone))
            s = shown_time(moment, zone, data.home_timezone)
            labels.append(f"{h:02d}:00 ({s.home_text()})")
        self.grid.setVerticalHeaderLabels(labels)
        for c, day in enumerate(days):
            for r, h in enumerate(hours):
                texts, bg = [], None
                for item in data.items:
                    local = shown_time(item.starts_at, zone, zone).local
                    end = shown_time(item.ends_at, zone, zone).local
                    if local.date() == day and local.hour <= h < max(end.hour + (end.minute > 0),
                                                                      local.hour + 1):
                        title = item.title
                        if item.timezone != zone:  # its own zone's times beside it
                            own, own_end = (shown_time(t, item.timezone, zone).local_text()
                                            for t in (item.starts_at, item.ends_at))
                            title += (f" ({own}–{own_end} "
                                      f"{zone_abbreviation(item.starts_at, item.timezone)})")
                        texts.append(title)
                        if item.id in self.flags:
                            bg = CONFLICT_BG
                count = 0
                for m in data.meetings:
                    local = shown_time(m.starts_at, zone, zone).local
                    if local.date() == day and local.hour == h:
                        count += 1
                        if m.id in self.flags:
                            bg = CONFLICT_BG
                if count:
                    texts.append(self.tr("%n meeting(s)", "", count))
                cell = QTableWidgetItem("\n".join(texts))
                if bg is not None:
                    cell.setBackground(QBrush(theme.colour(bg)))
                self.grid.setItem(r, c, cell)
        self.grid.resizeRowsToContents()
        self.grid.horizontalHeader().setDefaultSectionSize(190)

    def _fill_meetings(self) -> None:
        data = self.data
        assert data is not None
        rows = []
        for m in data.meetings:
            local, home = self._times(m.starts_at, m.ends_at, m.timezone)
            flag, bg, tip = self._flag(m.id, m.changed_since_publish)
            if bg is None and m.status == "draft":
                bg = DRAFT_BG
            starts = shown_time(m.starts_at, m.timezone, m.timezone).local
            day = format_day(starts, "weekday_day") + " "
            rows.append((m.id, (
                day + local, home, str(m.table_number or ""), m.names("delegation"),
                m.names("guest"),
                self.tr(MEETING_STATUSES.get(m.status, m.status))
                + (" · " + self.tr("locked") if m.locked and m.status != "cancelled" else ""),
                language_name(m.interpreter_language) if m.interpreter_language else "",
                self.tr(MEETING_OUTCOMES.get(m.outcome, "")) if m.outcome else "", flag),
                bg, tip))
        kept = self._selected_ids(self.meeting_view, self.meeting_model)
        self.meeting_model.set_rows(rows)
        self._reselect(self.meeting_view, self.meeting_model, kept)
        self.meeting_view.resizeColumnsToContents()

    def _fill_requests(self) -> None:
        data = self.data
        assert data is not None
        rows = []
        for r in data.requests:
            expires = (format_datetime(shown_time(r.expires_at, data.timezone,
                                                  data.home_timezone).local, "day_month")
                       if r.expires_at else "")
            status = self.tr(REQUEST_STATUSES.get(r.status, r.status))
            answer = r.counterpart_answer
            if answer is not None and answer.action == "asked":
                status = self.tr("{status}, asked by {name} (counterpart page)").format(
                    status=status, name=answer.name)
            elif answer is not None:
                status = self.tr("{status}, answered by {name} (counterpart page)").format(
                    status=status, name=answer.name)
            tip = r.notes
            if r.counterpart_sessions:
                # The B2B sessions the foreign person said (on their page) they can attend.
                sessions = "; ".join(
                    f"{title} ({format_datetime(when.local, 'short')})"
                    for title, when in ((title, shown_time(start, data.timezone,
                                                           data.home_timezone))
                                        for start, title in r.counterpart_sessions))
                attend = self.tr("Can attend: {sessions}").format(sessions=sessions)
                tip = f"{tip}\n{attend}" if tip else attend
            rows.append((r.id, (
                str(r.priority), r.requester_name, r.requester_organisation_name, r.target_name,
                r.target_organisation_name, status,
                expires, self.tr("yes") if r.meeting_id else ""), None, tip))
        kept = self._selected_ids(self.request_view, self.request_model)
        self.request_model.set_rows(rows)
        self._reselect(self.request_view, self.request_model, kept)
        self.request_view.resizeColumnsToContents()

    # -- actions ------------------------------------------------------------------------------

    def schedule(self) -> None:
        if not self.mission_id:
            return
        mission_id = self.mission_id
        self.summary.setText(self.tr("Scheduling…"))

        # Cancellable from now on, also while the check below runs.
        checking = OpHandle(progress=Progress())
        self.schedule_handle = checking

        def start(_ok: None) -> None:
            if checking.progress.cancelled:
                self._schedule_failed(Cancelled())
                return
            self.schedule_handle = self.ops.run(
                lambda ws, progress: ws.agenda.schedule(mission_id, progress=progress),
                progress_label=self.tr("Scheduling meetings"), success=self._scheduled,
                failure=self._schedule_failed, changes={"agenda"}, parent=self)

        # What makes scheduling impossible is said at once, before any progress shows.
        self.ops.run(lambda ws: ws.agenda.check_schedulable(mission_id), success=start,
                     failure=self._schedule_failed, parent=self)

    def _scheduled(self, summary: ScheduleSummary) -> None:
        self.last_summary = summary
        if summary.requests == 0 and summary.kept_meetings == 0:
            self.summary.setText(self.tr("Nothing to schedule: this mission has no accepted "
                                         "meeting requests yet."))
            self.summary.setToolTip("")
            return
        self.summary.setText(self.tr(
            "Draft ready: {n} of {r} requests scheduled ({new} new, {kept} kept), weight {w}"
            "{opt}, {g} idle gaps. Review and move meetings, then Publish.").format(
            n=summary.scheduled_count, r=summary.requests, new=summary.new_meetings,
            kept=summary.kept_meetings, w=summary.weight,
            opt=self.tr(" (optimal)") if summary.optimal else "", g=summary.idle_gaps))
        if summary.warnings:
            # What the scheduler found impossible (clashes, kept meetings outside someone's
            # availability), in people's names: shown, not only printed by the CLI.
            shown = list(summary.warnings[:5])
            more = len(summary.warnings) - len(shown)
            if more > 0:
                shown.append(self.tr("…and %n more", "", more))
            self.summary.setText(self.summary.text() + "\n" + "\n".join(
                "\u2022 " + w for w in shown))
            self.summary.setToolTip("\n".join(summary.warnings))
        else:
            self.summary.setToolTip("")
        self.tabs.setCurrentIndex(2)

    def _schedule_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Scheduling cancelled; nothing was changed."))
        else:
            self.summary.setText("")
            show_error(self, error)

    def publish(self) -> None:
        """Say who is affected by what changed since the last publish, ask once, publish."""
        if not self.mission_id:
            return
        mission_id = self.mission_id
        self.last_summary = None
        self.ops.run(lambda ws: ws.agenda.publish_preview(mission_id), parent=self,
                     success=self._confirm_publish)

    def publish_text(self, preview: PublishPreview) -> tuple[str, str]:
        """The question and the per-person details shown before publishing."""
        question = self.tr(
            "Publishing sends {a} new meetings, {m} moved or changed and {c} cancelled to "
            "{p} people. Publish now?").format(a=preview.added, m=preview.moved,
                                               c=preview.cancelled, p=len(preview.people))
        lines = []
        for person in preview.people:
            parts = []
            for ids, label in ((person.added, self.tr("{n} added")),
                               (person.moved, self.tr("{n} moved")),
                               (person.cancelled, self.tr("{n} cancelled"))):
                if ids:
                    parts.append(label.format(n=len(ids)))
            who = (f"{person.name} ({person.organisation_name})" if person.organisation_name
                   else person.name)
            lines.append(f"{who}: {', '.join(parts)}")
        return question, "\n".join(lines)

    def _confirm_publish(self, preview: PublishPreview) -> None:
        mission_id = preview.mission_id
        question, details = self.publish_text(preview)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Publish the agenda"), question,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("publishConfirm")
        box.addButton(self.tr("&Publish"), QMessageBox.ButtonRole.AcceptRole)
        lines = details.splitlines()
        if len(lines) > PUBLISH_NAMES_SHOWN:  # a long list goes under "Show Details…"
            box.setInformativeText("\n".join(lines[:PUBLISH_NAMES_SHOWN]) + "\n" + self.tr(
                "and {n} more people (see the details)").format(
                n=len(lines) - PUBLISH_NAMES_SHOWN))
            box.setDetailedText(details)
        else:
            box.setInformativeText(details)
        self.publish_box = box

        def done(_result: int) -> None:
            self.publish_box = None
            if box.buttonRole(box.clickedButton()) != QMessageBox.ButtonRole.AcceptRole:
                return
            self.ops.run(lambda ws: ws.agenda.publish(mission_id), changes={"agenda"},
                         parent=self, success=lambda n: self.summary.setText(
                             self.tr("Published %n meeting(s).", "", n)))

        box.finished.connect(done)
        box.open()

    def selected_meeting(self) -> MeetingView | None:
        rows = self.meeting_view.selectionModel().selectedRows()
        if not rows or self.data is None:
            return None
        mid = self.meeting_model.id_at(rows[0].row())
        return next((m for m in self.data.meetings if m.id == mid), None)

    def select_meeting(self, meeting_id: str) -> None:
        row = self.meeting_model.row_of(meeting_id)
        if row >= 0:
            self.meeting_view.selectRow(row)

    def move_selected(self) -> MoveDialog | None:
        meeting = self.selected_meeting()
        return None if meeting is None else self.move_meeting_dialog(meeting)

    def move_meeting_dialog(self, meeting: MeetingView) -> MoveDialog:
        """Ask where ``meeting`` goes (a session's slot and table), then move it."""
        dialog = MoveDialog(self, meeting, self.data.items if self.data else ())
        dialog.setObjectName("moveDialog")

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                start, table = dialog.new_start(), dialog.table.value()
                lock = dialog.lock.isChecked()
                self.ops.run(lambda ws: ws.agenda.move_meeting(meeting.id, start, table,
                                                               lock=lock),
                             changes={"agenda"}, parent=self)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def cancel_selected(self) -> None:
        """Cancel every selected meeting in one step (one batch, undone from Imports…)."""
        self.cancel_meetings(self.selected_meeting_ids())

    def cancel_meetings(self, ids: Sequence[str]) -> None:
        chosen = list(ids)
        if not chosen:
            return

        def done(result: MeetingsCancelled) -> None:
            text = self.tr("%n meetings cancelled", "", len(result.cancelled))
            if result.batch_id:
                text += " " + self.tr("(undo from Imports…)")
            self.summary.setText(text)

        self.ops.run(lambda ws: ws.agenda.cancel_meetings(chosen), changes={"agenda"},
                     parent=self, success=done)

    def _meeting_menu(self, pos: Any) -> None:
        index = self.meeting_view.indexAt(pos)
        if not index.isValid():
            return
        if not self.meeting_view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.meeting_view.selectRow(index.row())
        self.meeting_menu = self.meeting_context_menu()
        self.meeting_menu.popup(self.meeting_view.viewport().mapToGlobal(pos))

    def meeting_context_menu(self) -> QMenu:
        """Move…, Lock, Unlock and Cancel for the selected meetings."""
        menu = QMenu(self)
        menu.setObjectName("meetingMenu")
        n = len(self.selected_meeting_ids())
        entries = (
            (self.tr("Move…"), self.move_selected, n == 1),
            (self.tr("Lock %n meetings", "", n), lambda: self.lock_selected(True), n > 0),
            (self.tr("Unlock %n meetings", "", n), lambda: self.lock_selected(False), n > 0),
            (self.tr("Cancel %n meetings", "", n), self.cancel_selected, n > 0),
        )
        for text, slot, enabled in entries:
            action = QAction(text, menu)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _c=False, f=slot: f())
            menu.addAction(action)
        return menu

    def outcome_selected(self) -> OutcomeDialog | None:
        meeting = self.selected_meeting()
        if meeting is None:
            return None
        dialog = OutcomeDialog(self, meeting)
        dialog.setObjectName("outcomeDialog")

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                outcome, note = dialog.outcome.currentData(), dialog.note.text()
                rating = dialog.chosen_rating()
                self.ops.run(lambda ws: ws.agenda.set_outcome(meeting.id, outcome, note, rating),
                             changes={"agenda", "follow_ups"}, parent=self)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    @staticmethod
    def _selected_ids(view: QTableView, model: RowsModel) -> list[str]:
        return [model.id_at(i.row()) for i in sorted(view.selectionModel().selectedRows(),
                                                     key=lambda i: i.row())]

    @staticmethod
    def _reselect(view: QTableView, model: RowsModel, ids: Sequence[str]) -> None:
        """Select again the rows of ``ids`` after a reload (those still there)."""
        selection = QItemSelection()
        for row_id in ids:
            row = model.row_of(row_id)
            if row >= 0:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        if not selection.isEmpty():
            view.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def selected_request_ids(self) -> list[str]:
        return self._selected_ids(self.request_view, self.request_model)

    def _request_action(self, action: str) -> None:
        """Accept, decline or expire every selected request in one step (one batch, undone
        from Imports…); the selection stays on the same requests."""
        ids = self.selected_request_ids()
        if not ids:
            return
        self.ops.run(lambda ws: ws.agenda.answer_requests(ids, action), changes={"agenda"},
                     parent=self, success=self._answered)

    def _answered(self, result: RequestAnswers) -> None:
        n = len(result.changed)
        text = {
            "accept": self.tr("%n request(s) accepted", "", n),
            "decline": self.tr("%n request(s) declined", "", n),
            "expire": self.tr("%n request(s) marked expired", "", n),
        }[result.action]
        if result.skipped:
            reasons = sorted({why for _rid, why in result.skipped})
            text += "; " + self.tr("{k} left as they were: {why}").format(
                k=len(result.skipped), why=" ".join(reasons))
        if result.batch_id:
            text += " " + self.tr("(undo from Imports…)")
        self.summary.setText(text)

    def selected_meeting_ids(self) -> list[str]:
        return self._selected_ids(self.meeting_view, self.meeting_model)

    def lock_selected(self, locked: bool) -> None:
        """Lock or unlock every selected meeting (a scheduling run keeps locked ones)."""
        ids = self.selected_meeting_ids()
        if not ids:
            return

        def done(n: int) -> None:
            self.summary.setText(self.tr("%n meeting(s) locked", "", n) if locked
                                 else self.tr("%n meeting(s) unlocked", "", n))

        self.ops.run(lambda ws: ws.agenda.set_locked_many(ids, locked), changes={"agenda"},
                     parent=self, success=done)

    def import_ics(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a programme"), "",
                                                  self.tr("Calendars (*.ics)"))
        if not path or not self.mission_id:
            return
        mission_id, file = self.mission_id, Path(path)

        def work(ws: Any, progress: Any) -> Any:
            from biox_desktop.reports.agenda_ics import import_programme_file

            return import_programme_file(ws.agenda, mission_id, file.read_bytes(),
                                         source_name=file.name, progress=progress)

        self.ops.run(work, progress_label=self.tr("Importing the programme"),
                     changes={"agenda"}, parent=self,
                     success=lambda s: self.summary.setText(self.tr(
                         "{f}: {c} items added, {u} updated.").format(
                         f=file.name, c=s.created, u=s.updated)),
                     failure=lambda e: self.summary.setText(str(e)))

    def suggested_name(self, person_id: str, suffix: str) -> str:
        """The file name proposed for one agenda: the person's name (the mission's for the
        leader's grid), as "Export all…" names it."""
        from biox_desktop.reports.agenda_export import safe_stem

        data = self.data
        name = "agenda"
        if data is not None:
            who = next((d.name for d in data.delegates if d.person_id == person_id), "")
            name = who or (data.mission_name if not person_id else name) or "agenda"
        return safe_stem(name) + suffix

    def save_pdf(self, path: str | None = None) -> None:
        if not self.mission_id:
            return
        person = self.person.currentData() or ""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save agenda PDF"),
                                                  self.suggested_name(person, ".pdf"),
                                                  self.tr("PDF (*.pdf)"))
        if not path:
            return
        mission_id, target = self.mission_id, Path(path)

        def work(ws: Any, progress: Any) -> Path:
            from biox_desktop.reports import agenda_pdf

            if person:
                return agenda_pdf.write_personal_agenda(ws.agenda, mission_id, person, target,
                                                        progress=progress)
            return agenda_pdf.write_leader_grid(ws.agenda, mission_id, target,
                                                progress=progress)

        self.ops.run_checked(
            lambda ws: check_can_write(target),
            lambda: self.ops.run(
                work, progress_label=self.tr("Writing the PDF"), parent=self,
                success=lambda p: self.summary.setText(self.tr("Saved {p}").format(p=p))),
            parent=self)

    def show_feed_link(self, *, new: bool = False) -> None:
        """Make (or show again) the chosen person's calendar feed link, then show it."""
        person = self.person.currentData() or ""
        if not self.mission_id or not person:
            self.summary.setText(self.tr("Choose whose agenda first (Day tab)."))
            return
        mission_id, name = self.mission_id, self.person.currentText()

        def work(ws: Any) -> tuple[Any, bytes]:
            from biox_desktop.reports.qr import make_qr_png
            from biox_desktop.sync.feeds import FeedLinks
            from biox_desktop.sync.service import SyncService

            link = FeedLinks(SyncService(ws)).link(mission_id, person, new=new)
            return link, make_qr_png(link.url, scale=4)

        def done(value: tuple[Any, bytes]) -> None:
            link, png = value
            if self.feed_dialog is not None:
                self.feed_dialog.close()
            self.feed_dialog = FeedLinkDialog(self, name, link, png)
            self.feed_dialog.open()

        self.ops.run(work, parent=self, success=done)

    def _counterpart_of_selection(self) -> tuple[str, str]:
        """The foreign person (id, name) of the selected request: whom it targets, or who
        asked for it on their page."""
        data = self.data
        chosen = set(self.selected_request_ids())
        for r in data.requests if data is not None else ():
            if r.id not in chosen:
                continue
            if r.counterpart_answer is not None and r.counterpart_answer.action == "asked":
                return r.requester_person_id or "", r.requester_name
            return r.target_person_id or "", r.target_name
        return "", ""

    def show_counterpart_link(self, *, new: bool = False) -> None:
        """Make (or show again) the counterpart page link of the selected request's foreign
        person, then show it with its QR code."""
        person, name = self._counterpart_of_selection()
        if not self.mission_id or not person:
            self.summary.setText(self.tr(
                "Select a request that names the person to meet first (Requests tab)."))
            return
        mission_id = self.mission_id

        def work(ws: Any) -> tuple[Any, bytes]:
            from biox_desktop.reports.qr import make_qr_png
            from biox_desktop.sync.counterpart import CounterpartLinks
            from biox_desktop.sync.service import SyncService

            link = CounterpartLinks(SyncService(ws)).link(mission_id, person, new=new)
            return link, make_qr_png(link.url, scale=4)

        def done(value: tuple[Any, bytes]) -> None:
            link, png = value
            if self.counterpart_dialog is not None:
                self.counterpart_dialog.close()
            self.counterpart_dialog = CounterpartLinkDialog(self, name, link, png)
            self.counterpart_dialog.open()

        self.ops.run(work, parent=self, success=done)

    def revoke_counterpart_link(self, person: str) -> None:
        mission_id = self.mission_id

        def work(ws: Any) -> int:
            from biox_desktop.sync.counterpart import CounterpartLinks
            from biox_desktop.sync.service import SyncService

            return CounterpartLinks(SyncService(ws)).revoke(mission_id, person)

        def done(count: int) -> None:
            if self.counterpart_dialog is not None:
                self.counterpart_dialog.close()
            self.summary.setText(self.tr("Counterpart page links revoked: %n", "", count))

        self.ops.run(work, parent=self, success=done)

    def revoke_feed_link(self, person: str) -> None:
        mission_id = self.mission_id

        def work(ws: Any) -> int:
            from biox_desktop.sync.feeds import FeedLinks
            from biox_desktop.sync.service import SyncService

            return FeedLinks(SyncService(ws)).revoke(mission_id, person)

        def done(count: int) -> None:
            if self.feed_dialog is not None:
                self.feed_dialog.close()
            self.summary.setText(self.tr("Calendar links revoked: %n", "", count))

        self.ops.run(work, parent=self, success=done)

    def export_all(self, folder: str | None = None,
                   mail_drafts: bool = False) -> ExportAllDialog | None:
        """Write every delegate's and counterpart's agenda into a folder, in the background
        with progress and cancel. Without ``folder``, asks for it (and for mail drafts)."""
        if not self.mission_id:
            return None
        if folder is None:
            dialog = ExportAllDialog(self)
            dialog.setObjectName("exportAllDialog")

            def done(result: int) -> None:
                if result == QDialog.DialogCode.Accepted:
                    self.export_all(dialog.folder.text().strip(), dialog.mail.isChecked())

            dialog.finished.connect(done)
            dialog.open()
            return dialog
        mission_id, target = self.mission_id, Path(folder)

        def work(ws: Any, progress: Any) -> Any:
            from biox_desktop.reports.agenda_export import export_all_agendas

            return export_all_agendas(ws.agenda, mission_id, target, mail_drafts=mail_drafts,
                                      progress=progress)

        def failed(error: BaseException) -> None:
            if isinstance(error, Cancelled):
                self.summary.setText(self.tr(
                    "Export cancelled; the files already written are complete."))
            else:
                self.summary.setText("")
                show_error(self, error)

        checking = OpHandle(progress=Progress())  # cancellable from now on
        self.export_handle = checking
        self.summary.setText(self.tr("Exporting the agendas…"))

        def start() -> None:
            if checking.progress.cancelled:
                failed(Cancelled())
                return
            self.export_handle = self.ops.run(
                work, progress_label=self.tr("Exporting all agendas"), parent=self,
                success=lambda r: self.summary.setText(self.tr(
                    "{n} agendas written to {folder} ({f} files).").format(
                    n=len(r.agendas), folder=r.folder, f=len(r.files))),
                failure=failed)

        self.ops.run_checked(lambda ws: check_can_write(target, folder=True), start,
                             failure=failed, parent=self)
        return None

    def save_ics(self, path: str | None = None) -> None:
        person = self.person.currentData() or ""
        if not self.mission_id or not person:
            self.summary.setText(self.tr("Choose whose agenda first (Day tab)."))
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save calendar"),
                                                  self.suggested_name(person, ".ics"),
                                                  self.tr("Calendars (*.ics)"))
        if not path:
            return
        mission_id, target = self.mission_id, Path(path)

        def work(ws: Any) -> Path:
            from biox_desktop.reports.agenda_ics import write_delegate_calendar

            return write_delegate_calendar(ws.agenda, mission_id, person, target)

        self.ops.run(work, parent=self,
                     success=lambda p: self.summary.setText(self.tr("Saved {p}").format(p=p)))
