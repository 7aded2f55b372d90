"""The slot × table grid of one B2B session, and where a meeting may go in it.

No Qt and no database: the grid screen (:mod:`biox_desktop.ui.agenda_grid`) shows this and asks
:func:`drop_problem` before it moves a meeting through the agenda service. Rows are the session's
slots (:func:`~biox_desktop.core.agenda.b2b_slots`) with its breaks between them, columns are its
tables. A meeting sits in a cell when it starts on a slot at a table of the session; others that
fall inside the session (an odd time, no table) are listed as off the grid.

A cell is free for a meeting when its table is not taken for the meeting's length, no
participant of the meeting is busy then (another meeting, or a programme item naming them), it
is no break and the meeting still ends inside the session. :func:`drop_problem` says in words
why a cell is not free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from biox_desktop.core.agenda import AgendaItemView, MeetingView, b2b_slots, in_zone
from biox_desktop.core.i18n import format_time, translate

ACTIVE = ("draft", "published")


@dataclass(frozen=True, slots=True)
class GridRow:
    """A slot (meetings go there) or a break (nothing does), as UTC instants."""

    start: dt.datetime
    end: dt.datetime
    is_break: bool = False


@dataclass(frozen=True)
class SessionGrid:
    session: AgendaItemView
    rows: tuple[GridRow, ...]
    #: (row, column) -> the meeting placed there; column 0 is table 1.
    placed: dict[tuple[int, int], MeetingView]
    #: Active meetings inside the session's time but on no slot or table of it.
    off_grid: tuple[MeetingView, ...]

    @property
    def tables(self) -> int:
        return self.session.table_count or 0

    def cell_of(self, meeting_id: str) -> tuple[int, int] | None:
        for cell, meeting in self.placed.items():
            if meeting.id == meeting_id:
                return cell
        return None

    def row_at(self, start: dt.datetime) -> int:
        """The row of the slot starting at ``start``, or -1."""
        for n, row in enumerate(self.rows):
            if not row.is_break and row.start == start:
                return n
        return -1


def b2b_sessions(items: Sequence[AgendaItemView]) -> list[AgendaItemView]:
    """The programme's B2B sessions that have slots and tables, in time order."""
    return sorted((i for i in items if b2b_slots(i)), key=lambda i: (i.starts_at, i.title))


def session_rows(session: AgendaItemView) -> tuple[GridRow, ...]:
    """The slots of ``session`` with its breaks (clipped to the session) between them."""
    rows = [GridRow(a, b) for a, b in b2b_slots(session)]
    for a, b in session.breaks:
        a, b = max(a, session.starts_at), min(b, session.ends_at)
        if a < b:
            rows.append(GridRow(a, b, True))
    rows.sort(key=lambda r: (r.start, r.is_break))
    return tuple(rows)


def session_grid(session: AgendaItemView, meetings: Sequence[MeetingView]) -> SessionGrid:
    """Where the active meetings of ``session`` sit in its slot × table grid."""
    rows = session_rows(session)
    starts = {r.start: n for n, r in enumerate(rows) if not r.is_break}
    placed: dict[tuple[int, int], MeetingView] = {}
    off: list[MeetingView] = []
    for m in meetings:
        if m.status not in ACTIVE or not _inside(m, session):
            continue
        row = starts.get(m.starts_at.astimezone(dt.UTC))
        table = m.table_number
        if row is None or table is None or not 1 <= table <= (session.table_count or 0) \
                or (row, table - 1) in placed:
            off.append(m)
            continue
        placed[(row, table - 1)] = m
    return SessionGrid(session, rows, placed, tuple(off))


def _inside(m: MeetingView, session: AgendaItemView) -> bool:
    if m.agenda_item_id is not None:
        return m.agenda_item_id == session.id
    return session.starts_at <= m.starts_at < session.ends_at


def _overlaps(a0: dt.datetime, a1: dt.datetime, b0: dt.datetime, b1: dt.datetime) -> bool:
    return a0 < b1 and b0 < a1


def _names(m: MeetingView, but: str) -> str:
    """Who else is in meeting ``m`` besides person ``but``: "Sasaki Emi (Osaka Bio)"."""
    others = [p for p in m.participants if p.person_id != but] or list(m.participants)
    return ", ".join(f"{p.name} ({p.organisation_name})" if p.organisation_name else p.name
                     for p in others)


def drop_problem(grid: SessionGrid, meeting: MeetingView, row: int, column: int,
                 meetings: Sequence[MeetingView],
                 items: Sequence[AgendaItemView] = ()) -> str | None:
    """Why ``meeting`` cannot go to cell (``row``, ``column``) of ``grid``, in words; None
    when it can. ``meetings`` are the mission's meetings, ``items`` its programme."""
    if not (0 <= row < len(grid.rows) and 0 <= column < grid.tables):
        return translate("agenda_grid", "That is outside the session “{title}”.").format(
            title=grid.session.title)
    problem, others = _row_problem(grid, meeting, row, meetings, items)
    if problem is not None:
        return problem
    table = column + 1
    for m in others:
        if m.table_number == table and _same_place(m, grid.session):
            return translate("agenda_grid", "Table {table} is taken at {time} by {who}.").format(
                table=table, time=format_time(in_zone(m.starts_at, grid.session.timezone)),
                who=" × ".join(filter(None, (m.names("delegation"), m.names("guest")))))
    return None


def _row_problem(grid: SessionGrid, meeting: MeetingView, row: int,
                 meetings: Sequence[MeetingView], items: Sequence[AgendaItemView],
                 ) -> tuple[str | None, list[MeetingView]]:
    """What refuses the whole row (a break, the session's end, a participant busy), and the
    other meetings overlapping the meeting's time there."""
    session, zone = grid.session, grid.session.timezone
    if meeting.status not in ACTIVE:
        return translate("agenda_grid", "A cancelled meeting cannot move."), []
    slot = grid.rows[row]
    if slot.is_break:
        return translate("agenda_grid", "{start}–{end} is a break.").format(
            start=format_time(in_zone(slot.start, zone)),
            end=format_time(in_zone(slot.end, zone))), []
    start = slot.start
    end = start + (meeting.ends_at - meeting.starts_at)
    if end > session.ends_at:
        return translate(
            "agenda_grid", "The meeting would end at {end}, after the session “{title}”."
        ).format(end=format_time(in_zone(end, zone)), title=session.title), []
    for a, b in session.breaks:
        if _overlaps(start, end, a, b):
            return translate("agenda_grid", "The meeting would run into the break at {start}."
                             ).format(start=format_time(in_zone(a, zone))), []
    others = [m for m in meetings if m.id != meeting.id and m.status in ACTIVE
              and _overlaps(start, end, m.starts_at, m.ends_at)]
    for person in meeting.participants:
        for m in others:
            if any(p.person_id == person.person_id for p in m.participants):
                return translate(
                    "agenda_grid", "{name} is busy at {time} with {who}.").format(
                    name=person.name, time=format_time(in_zone(m.starts_at, zone)),
                    who=_names(m, person.person_id)), others
        for item in items:
            if item.kind != "b2b" and person.person_id in item.participant_ids \
                    and _overlaps(start, end, item.starts_at, item.ends_at):
                return translate(
                    "agenda_grid", "{name} is busy at {time} with “{title}”.").format(
                    name=person.name, time=format_time(in_zone(item.starts_at, zone)),
                    title=item.title), others
    return None, others


def _same_place(other: MeetingView, session: AgendaItemView) -> bool:
    """Tables are numbered per venue (per session when there is no venue)."""
    if session.venue_id is not None and other.venue_id is not None:
        return other.venue_id == session.venue_id
    return other.agenda_item_id == session.id or _inside(other, session)


def free_cells(grid: SessionGrid, meeting: MeetingView, meetings: Sequence[MeetingView],
               items: Sequence[AgendaItemView] = ()) -> set[tuple[int, int]]:
    """Every cell of ``grid`` where ``meeting`` may go (its own cell included)."""
    own = grid.cell_of(meeting.id)
    out = set() if own is None else {own}
    for row in range(len(grid.rows)):
        problem, others = _row_problem(grid, meeting, row, meetings, items)
        if problem is not None:
            continue
        taken = {m.table_number for m in others if _same_place(m, grid.session)}
        out.update((row, column) for column in range(grid.tables) if column + 1 not in taken)
    return out


def off_slot_problem(session: AgendaItemView, start: dt.datetime) -> str | None:
    """Why a meeting cannot start at ``start`` in ``session`` (not on one of its slots, or in
    a break), in words; None when ``start`` is a slot's start or the session has no slots."""
    slots = b2b_slots(session)
    if not slots:
        return None
    start = start.astimezone(dt.UTC)
    if any(a == start for a, _b in slots):
        return None
    zone = session.timezone
    for a, b in session.breaks:
        if a <= start < b:
            return translate("agenda_grid", "{time} is in a break of “{title}”.").format(
                time=format_time(in_zone(start, zone)), title=session.title)
    nearest = min(slots, key=lambda s: abs(s[0] - start))[0]
    return translate(
        "agenda_grid", "Meetings of “{title}” start on its {minutes}-minute slots: {time} is "
        "not one (the nearest is {nearest}).").format(
        title=session.title, minutes=session.slot_minutes,
        time=format_time(in_zone(start, zone)), nearest=format_time(in_zone(nearest, zone)))
