"""Date and time fields that keep what a person types.

Qt's QDateEdit edits a date section by section: Tab into one showing ``yyyy-MM-dd`` and type
``2027-06-14`` and it stores 2027-12-06 (the digits run over the sections), and in a field
showing the locale's format an ISO date becomes nonsense. The fields here are plain line edits
instead: the text is read as a whole, as ISO (``2027-06-14``) or in the user's locale order
(``14.06.2027`` in German, ``14/06/2027`` in French, ``6/14/2027`` in US English), and is
either stored exactly or refused visibly (red frame and a message under the field); asking an
unreadable field for its value raises :class:`ValidationError` for its field, so a dialog's
usual error handling shows it and keeps the dialog open.

They keep the API the dialogs used (``date()``/``setDate()``/``dateChanged``,
``time()``/``setTime()``/``timeChanged``, ``dateTime()``/``setDateTime()``), so each screen
only swaps the constructor. The value is shown in ISO once typing ends: unambiguous in every
cluster's language, and the user sees what was stored.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMenu,
    QStyle,
    QWidget,
    QWidgetAction,
)

from biox_desktop.core.roster import parse_date
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.ui import theme

ISO_DATE = "yyyy-MM-dd"
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_ISO_BASIC = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")  # 20270614
_PARTS = re.compile(r"^\s*(\d{1,4})\s*[./\-\s]\s*(\d{1,4})\s*[./\-\s]\s*(\d{1,4})\s*\.?\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*([aApP]\.?\s*[mM]\.?)?\s*$")
_INVALID_STYLE = "QLineEdit {{ border: 2px solid {warning}; }}"  # a theme.tint() template


def locale_order(locale: QLocale | None = None) -> str:
    """The order of day, month and year in the locale's short date format: "dmy", "mdy"..."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    found = {c: fmt.find(c) for c in "dMy"}
    if any(pos < 0 for pos in found.values()):
        return "dmy"
    return "".join(sorted(found, key=found.__getitem__)).replace("M", "m")


def locale_example(day: dt.date, locale: QLocale | None = None) -> str:
    """``day`` written as the locale writes it, with a four-digit year (for hints)."""
    loc = locale or QLocale()
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return loc.toString(QDate(day.year, day.month, day.day), fmt)


def parse_typed_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date in ``text`` (ISO, or numeric in the locale's order), None if unreadable.

    A two-digit year means 20xx. Nothing is guessed: 31/06 or a month 14 is refused.
    """
    m = _ISO.match(text) or _ISO_BASIC.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _PARTS.match(text)
        if not m:
            return None
        # A four-digit first number is a year in every locale: year, month, day.
        order = "ymd" if len(m.group(1)) == 4 else locale_order(locale)
        values = dict(zip(order, (int(g) for g in m.groups()), strict=True))
        parts = dict(zip(order, m.groups(), strict=True))
        if len(parts["y"]) not in (2, 4) or len(parts["d"]) > 2 or len(parts["m"]) > 2:
            return None
        year = values["y"] + (2000 if len(parts["y"]) == 2 else 0)
        month, day = values["m"], values["d"]
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_typed_time(text: str) -> dt.time | None:
    """A wall time typed as ``9:30``, ``09:30``, ``9.30``, ``14h30``, ``930``, ``2:30 pm``."""
    raw = text.strip()
    if re.fullmatch(r"\d{3,4}", raw):  # "930", "1430"
        raw = f"{raw[:-2]}:{raw[-2:]}"
    m = _TIME.match(raw)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group(3)[0] in "pP" else 0)
    try:
        return dt.time(hour, minute)
    except ValueError:
        return None


def parse_typed_datetime(text: str, locale: QLocale | None = None) -> dt.datetime | None:
    """A date and a wall time: ``2027-06-14 09:30``, ``14.06.2027 9:30``, ``2027-06-14T09:30``."""
    raw = re.sub(r"^(\s*\d{4}-\d{1,2}-\d{1,2})T", r"\1 ", text).replace(",", " ").strip()
    # The locale's date may hold spaces ("2027. 6. 14."): try each split, the time last.
    for split in reversed([m.start() for m in re.finditer(r"\s+", raw)]):
        day = parse_typed_date(raw[:split], locale)
        clock = parse_typed_time(raw[split:])
        if day is not None and clock is not None:
            return dt.datetime.combine(day, clock)
    return None


def typed_date(text: str) -> dt.date | None:
    """An optional date typed in a plain line edit: None when empty; ValueError (a message
    for the user) when unreadable. Month names ("14 Jun 2027") are read as the importers do."""
    if not text.strip():
        return None
    day = parse_typed_date(text)
    if day is None and re.search(r"[^\W\d_]", text):
        try:
            day = parse_date(text)
        except ValueError:
            day = None
    if day is None:
        raise ValueError(QCoreApplication.translate(
            "DateField", "'{text}' is not a date: type {hint}").format(
                text=text.strip(), hint=_date_hint()))
    return day


def typed_local_datetime(text: str, zone: str) -> dt.datetime | None:
    """An optional wall time in ``zone`` typed in a line edit, as an aware UTC instant."""
    if not text.strip():
        return None
    wall = parse_typed_datetime(text)
    if wall is None:
        example = dt.date(2027, 6, 14)
        raise ValueError(QCoreApplication.translate(
            "DateTimeField", "'{text}' is not a date and time: type {hint}").format(
                text=text.strip(), hint=f"{example.isoformat()} 09:30"))
    return wall.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


def _date_hint() -> str:
    example = dt.date(2027, 6, 14)
    return QCoreApplication.translate("DateField", "{iso} or {local}").format(
        iso=example.isoformat(), local=locale_example(example))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class _TypedField(QLineEdit):
    """What the three fields share: read on every keystroke, refuse visibly, show ISO at the end."""

    #: Why the text is refused once typing ends ("" once it is readable again); a form shows
    #: it under the field (FieldForm connects it).
    refused = Signal(str)

    def __init__(self, field: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        #: The form field whose ValidationError an unreadable text raises.
        self.field = field
        self._error = ""
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by keyboard (Tab, a mnemonic, a dialog opening on it) selects the whole
        value, so what is typed replaces it instead of being appended to it."""
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason):
            return
        if reason == Qt.FocusReason.ActiveWindowFocusReason and self.isModified():
            return  # back from another window in the middle of typing: leave the text be
        self.selectAll()

    # subclasses: parse the text (None if unreadable), show a value, say what to type
    def _parse(self, text: str) -> object | None:
        raise NotImplementedError

    def _show(self, value: object) -> str:
        raise NotImplementedError

    def _set_value(self, value: object) -> None:
        raise NotImplementedError

    def _hint(self) -> str:
        raise NotImplementedError

    def _refusal(self, text: str) -> str:
        raise NotImplementedError

    def is_valid(self) -> bool:
        """Whether the text is a value this field can store."""
        return self._parse(self.text()) is not None

    def error(self) -> str:
        """What is wrong with the text ("" when it is readable)."""
        return self._error

    def _typed(self, text: str) -> None:
        value = self._parse(text)
        if value is not None:
            self._mark("")
            self._set_value(value)

    def _finished(self) -> None:
        value = self._parse(self.text())
        if value is None:
            self._mark(self._refusal(self.text().strip()))
            return
        self._mark("")
        shown = self._show(value)
        if shown != self.text():
            self.setText(shown)

    def _mark(self, message: str) -> None:
        changed = message != self._error
        self._error = message
        theme.tint(self, _INVALID_STYLE if message else "")
        self.setToolTip(message or self._hint())
        if changed:
            self.refused.emit(message)

    def _checked(self) -> object:
        value = self._parse(self.text())
        if value is None:
            self._finished()  # show why, even if typing has not ended yet
            raise ValidationError([FieldError(self.field, self._error)])
        return value


class DateField(_TypedField):
    """A date typed as ISO or in the locale's order; a calendar button picks one too."""

    dateChanged = Signal(QDate)

    def __init__(self, field: str = "date", parent: QWidget | None = None,
                 value: dt.date | None = None) -> None:
        super().__init__(field, parent)
        self._value = value or dt.date.today()
        self._minimum: dt.date | None = None
        self._maximum: dt.date | None = None
        self.setText(self._show(self._value))
        self.setPlaceholderText(self._hint())
        self.setToolTip(self._hint())
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Pick a day"))
        self.calendar_action.triggered.connect(self.pick)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 48)

    def _hint(self) -> str:
        return _date_hint()

    def _refusal(self, text: str) -> str:
        return self.tr("'{text}' is not a date: type {hint}").format(text=text, hint=self._hint())

    def _parse(self, text: str) -> dt.date | None:
        day = parse_typed_date(text)
        if day is None:
            return None
        if (self._minimum and day < self._minimum) or (self._maximum and day > self._maximum):
            return None
        return day

    def _show(self, value: object) -> str:
        assert isinstance(value, dt.date)
        return value.isoformat()

    def _set_value(self, value: object) -> None:
        assert isinstance(value, dt.date)
        if value != self._value:
            self._value = value
            self.dateChanged.emit(_qdate(value))

    # -- the QDateEdit API the dialogs use --------------------------------------------------

    def value(self) -> dt.date:
        """The date typed; raises ValidationError (for :attr:`field`) if it is unreadable."""
        value = self._checked()
        assert isinstance(value, dt.date)
        return value

    def stored(self) -> dt.date:
        """The last readable date (what :meth:`value` gave before the text went wrong)."""
        return self._value

    def date(self) -> QDate:
        return _qdate(self.value())

    def setDate(self, day: QDate | dt.date) -> None:
        value = _pydate(day) if isinstance(day, QDate) else day
        self.setText(self._show(value))
        self._mark("")
        self._set_value(value)

    def setMinimumDate(self, day: QDate) -> None:
        self._minimum = _pydate(day)

    def setMaximumDate(self, day: QDate) -> None:
        self._maximum = _pydate(day)

    def setDateRange(self, low: QDate, high: QDate) -> None:
        self.setMinimumDate(low)
        self.setMaximumDate(high)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down move a day, as they did in the section editor."""
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        day = self._parse(self.text())
        if step is not None and day is not None:
            self.setDate(day + dt.timedelta(days=step))
            return
        super().keyPressEvent(event)

    def pick(self) -> None:
        """Show a calendar under the field; the day clicked is stored."""
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setSelectedDate(_qdate(self._parse(self.text()) or self._value))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            self.setDate(day)
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()


class TimeField(_TypedField):
    """A wall time typed as ``9:30``, ``09:30``, ``14h30`` or ``2:30 pm``; shown as HH:mm."""

    timeChanged = Signal(QTime)

    def __init__(self, field: str = "time", parent: QWidget | None = None,
                 value: dt.time | None = None) -> None:
        super().__init__(field, parent)
        self._value = value or dt.time(9, 0)
        self.setText(self._show(self._value))
        self.setPlaceholderText(self._hint())
        self.setToolTip(self._hint())
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00 pm") + 24)

    def _hint(self) -> str:
        return self.tr("HH:MM, as 09:30 or 14:00")

    def _refusal(self, text: str) -> str:
        return self.tr("'{text}' is not a time of day: type {hint}").format(
            text=text, hint=self._hint())

    def _parse(self, text: str) -> dt.time | None:
        return parse_typed_time(text)

    def _show(self, value: object) -> str:
        assert isinstance(value, dt.time)
        return value.strftime("%H:%M")

    def _set_value(self, value: object) -> None:
        assert isinstance(value, dt.time)
        if value != self._value:
            self._value = value
            self.timeChanged.emit(QTime(value.hour, value.minute))

    def value(self) -> dt.time:
        """The time typed; raises ValidationError (for :attr:`field`) if it is unreadable."""
        value = self._checked()
        assert isinstance(value, dt.time)
        return value

    def time(self) -> QTime:
        value = self.value()
        return QTime(value.hour, value.minute)

    def setTime(self, value: QTime | dt.time) -> None:
        clock = dt.time(value.hour(), value.minute()) if isinstance(value, QTime) else value
        self.setText(self._show(clock))
        self._mark("")
        self._set_value(clock)


class DateTimeField(_TypedField):
    """A date and a wall time in one field, in the time zone :meth:`setTimeZone` names."""

    dateTimeChanged = Signal(QDateTime)

    def __init__(self, field: str = "datetime", parent: QWidget | None = None,
                 zone: QTimeZone | None = None) -> None:
        super().__init__(field, parent)
        self._zone = zone or QTimeZone(QTimeZone.Initialization.UTC)
        self._value = dt.datetime.now().replace(second=0, microsecond=0)
        self.setText(self._show(self._value))
        self.setPlaceholderText(self._hint())
        self.setToolTip(self._hint())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00 00:00") + 24)

    def _hint(self) -> str:
        example = dt.date(2027, 6, 14)
        return self.tr("{iso} 09:30 or {local} 09:30").format(
            iso=example.isoformat(), local=locale_example(example))

    def _refusal(self, text: str) -> str:
        return self.tr("'{text}' is not a date and time: type {hint}").format(
            text=text, hint=self._hint())

    def _parse(self, text: str) -> dt.datetime | None:
        return parse_typed_datetime(text)

    def _show(self, value: object) -> str:
        assert isinstance(value, dt.datetime)
        return value.strftime("%Y-%m-%d %H:%M")

    def _set_value(self, value: object) -> None:
        assert isinstance(value, dt.datetime)
        if value != self._value:
            self._value = value
            self.dateTimeChanged.emit(self._qdatetime(value))

    def _qdatetime(self, value: dt.datetime) -> QDateTime:
        return QDateTime(_qdate(value.date()), QTime(value.hour, value.minute), self._zone)

    def setTimeZone(self, zone: QTimeZone) -> None:
        """The zone typed times are read in (the wall time shown stays as it is)."""
        self._zone = zone

    def value(self) -> dt.datetime:
        """The naive wall time typed; raises ValidationError if it is unreadable."""
        value = self._checked()
        assert isinstance(value, dt.datetime)
        return value

    def dateTime(self) -> QDateTime:
        return self._qdatetime(self.value())

    def setDateTime(self, value: QDateTime) -> None:
        local = value.toTimeZone(self._zone)
        d, t = local.date(), local.time()
        wall = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        self.setText(self._show(wall))
        self._mark("")
        self._set_value(wall)
