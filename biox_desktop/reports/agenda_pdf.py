"""Agenda PDFs: a delegate's personal agenda, and the leader's grid of everyone's day.

Both show venue-local time with the home time beside it (the mission's home zone), in the
house style of :mod:`pdfbase` with embedded fonts (names in Japanese, Chinese and Korean
included). Writes are atomic.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from biox_desktop.core.agenda import (
    CONFLICT_KINDS,
    AgendaEntry,
    conflicts_by_id,
    local_day,
    shown_time,
    zone_abbreviation,
)
from biox_desktop.core.enums import AGENDA_KINDS
from biox_desktop.core.i18n import format_datetime, format_day, translate
from biox_desktop.core.languages import language_name
from biox_desktop.core.progress import Progress
from biox_desktop.db.agenda import AgendaService
from biox_desktop.reports.fonts import register_fonts
from biox_desktop.reports.pdfbase import (
    ACCENT,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_SIZE,
    house_styles,
    house_table,
    house_table_style,
    para,
    write_pdf,
)

WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
INTERPRETER = colors.HexColor("#FFE0B2")
CONFLICT = colors.HexColor("#F8C9C4")
DRAFT = colors.HexColor("#E8EEF1")


def _what(entry: AgendaEntry) -> str:
    if entry.kind == "meeting":
        return translate("agenda_pdf", "Meeting")
    return translate("shared", AGENDA_KINDS.get(entry.kind, entry.kind))


def personal_agenda_story(agenda: AgendaService, mission_id: str,
                          person_id: str) -> tuple[list[Flowable], str]:
    """The flowables of one delegate's agenda, and its title."""
    fonts = register_fonts()
    styles = house_styles(fonts)
    zones = agenda.zones(mission_id)
    delegate = next((d for d in agenda.delegates(mission_id) if d.person_id == person_id), None)
    entries = agenda.personal_agenda(mission_id, person_id)
    name = delegate.name if delegate else person_id
    if delegate is None:  # a counterpart: named as their meetings name them
        met = next((p for m in agenda.meetings(mission_id, person_id=person_id)
                    for p in m.participants if p.person_id == person_id), None)
        name = met.name if met else name
    conflicts = [c for c in agenda.conflicts(mission_id) if c.person_id == person_id]
    title = translate("agenda_pdf", "{mission} — agenda of {name}").format(mission=zones.name,
                                                                          name=name)
    story: list[Flowable] = [para(name, styles["h1"], fonts)]
    facts = [zones.name]
    if delegate and delegate.organisation_name:
        facts.insert(0, delegate.organisation_name)
    story.append(para(" · ".join(facts), styles["body"], fonts))
    sample = entries[0].starts_at if entries else dt.datetime.now(dt.UTC)
    story.append(para(
        translate("agenda_pdf", "Times are local to each venue ({zone}, {abbreviation}); "
                                "home time ({home}) is shown beside them.").format(
            zone=zones.timezone, abbreviation=zone_abbreviation(sample, zones.timezone),
            home=zones.home_timezone), styles["small"], fonts))
    if delegate and (delegate.arrival_at or delegate.departure_at):
        parts = []
        if delegate.arrival_at:
            t = shown_time(delegate.arrival_at, zones.timezone, zones.home_timezone)
            parts.append(
                translate("agenda_pdf", "arrives {when}").format(
                    when=format_datetime(t.local, "short")
                )
            )
        if delegate.departure_at:
            t = shown_time(delegate.departure_at, zones.timezone, zones.home_timezone)
            parts.append(
                translate("agenda_pdf", "leaves {when}").format(
                    when=format_datetime(t.local, "short")
                )
            )
        story.append(para(translate("agenda_pdf", "Stay: {parts}").format(parts=", ".join(parts)),
                          styles["small"], fonts))
    if any(e.changed for e in entries):
        story.append(para(translate("agenda_pdf", "Changed since the agenda was last sent: see the "
                                                  "lines marked CHANGED."), styles["h2"], fonts))
    for c in conflicts:
        story.append(para(translate("agenda_pdf", "Check: {kind}: {message}").format(
            kind=translate("shared", CONFLICT_KINDS.get(c.kind, c.kind)), message=c.message),
            styles["small"], fonts))
    if not entries:
        story.append(para(translate("agenda_pdf", "Nothing scheduled yet."), styles["body"], fonts))
        return story, title
    by_day: dict[dt.date, list[AgendaEntry]] = defaultdict(list)
    for e in entries:
        by_day[local_day(e.starts_at, e.timezone)].append(e)
    for day in sorted(by_day):
        story.append(para(format_day(day, "full"), styles["h2"], fonts))
        rows = [[translate("agenda_pdf", "Local"), translate("agenda_pdf", "Home"),
                 translate("agenda_pdf", "What"), translate("agenda_pdf", "Where"),
                 translate("agenda_pdf", "With / notes")]]
        for e in by_day[day]:
            a = shown_time(e.starts_at, e.timezone, zones.home_timezone)
            b = shown_time(e.ends_at, e.timezone, zones.home_timezone)
            where = e.venue_name
            if e.venue_address:
                where += f"\n{e.venue_address}"
            notes = []
            if e.with_whom:
                notes.append(e.with_whom)
            if e.table_number:
                notes.append(translate("agenda_pdf", "Table {n}").format(n=e.table_number))
            if e.interpreter_needed:
                notes.append(translate("agenda_pdf", "Interpreter booked"))
            if e.status == "draft":
                notes.append(translate("agenda_pdf", "DRAFT (not final)"))
            if e.changed:
                notes.append(translate("agenda_pdf", "CHANGED"))
            rows.append([f"{a.local_text()}–{b.local_text()}",
                         f"{a.home_text()}–{b.home_text()}", f"{_what(e)}\n{e.title}", where,
                         "\n".join(notes)])
        story.append(house_table(rows, fonts, col_widths=[
            25 * mm, 30 * mm, 42 * mm, 40 * mm, WIDTH - 137 * mm]))
        story.append(Spacer(1, 3 * mm))
    return story, title


def write_personal_agenda(agenda: AgendaService, mission_id: str, person_id: str,
                          path: str | Path, *, progress: Progress | None = None) -> Path:
    """One delegate's agenda as a PDF."""
    story, title = personal_agenda_story(agenda, mission_id, person_id)
    return write_pdf(path, story, title=title, subject=translate("agenda_pdf", "Personal agenda"),
                     progress=progress)


def leader_grid_story(agenda: AgendaService, mission_id: str) -> tuple[list[Flowable], str]:
    """Every delegate's day on one sheet per day: delegates by meeting times."""
    fonts = register_fonts()
    styles = house_styles(fonts)
    zones = agenda.zones(mission_id)
    delegates = agenda.delegates(mission_id)
    meetings = agenda.meetings(mission_id)
    items = [i for i in agenda.items(mission_id) if i.kind != "b2b"]
    flagged = conflicts_by_id(agenda.conflicts(mission_id))
    title = translate("agenda_pdf", "{mission} — leader grid").format(mission=zones.name)
    days = sorted({local_day(m.starts_at, m.timezone) for m in meetings}
                  | {local_day(i.starts_at, i.timezone) for i in items})
    story: list[Flowable] = [
        para(title, styles["h1"], fonts),
        para(translate("agenda_pdf", "Times local ({zone}); home ({home}) under each column. "
                                     "Orange: interpreter needed. Red: a conflict. Grey: draft.")
             .format(zone=zones.timezone, home=zones.home_timezone), styles["small"], fonts),
    ]
    if not days:
        story.append(para(translate("agenda_pdf", "Nothing on the programme yet."), styles["body"],
                          fonts))
    cell = styles["cell"].clone("gridcell", fontSize=6, leading=7)
    head = styles["cell_head"].clone("gridhead", fontSize=6.5, leading=7.5)
    for n, day in enumerate(days):
        if n:
            story.append(PageBreak())
        story.append(para(format_day(day, "full"), styles["h2"], fonts))
        day_items = [i for i in items if local_day(i.starts_at, i.timezone) == day]
        for i in day_items:
            a = shown_time(i.starts_at, i.timezone, zones.home_timezone)
            b = shown_time(i.ends_at, i.timezone, zones.home_timezone)
            story.append(para(translate("agenda_pdf", "{start}–{end} (home {home}) · {title}")
                              .format(start=a.local_text(), end=b.local_text(),
                                      home=a.home_text(), title=i.title)
                              + (f" · {i.venue_name}" if i.venue_name else ""),
                              styles["small"], fonts))
        day_meetings = [m for m in meetings if local_day(m.starts_at, m.timezone) == day]
        if not day_meetings:
            continue
        starts = sorted({m.starts_at for m in day_meetings})
        # A long day (short slots) continues in further tables: no meeting is left out.
        for first_column in range(0, len(starts), GRID_COLUMNS):
            columns = starts[first_column:first_column + GRID_COLUMNS]
            header = [para(translate("agenda_pdf", "Delegate"), head, fonts)]
            for t in columns:
                s = shown_time(t, zones.timezone, zones.home_timezone)
                header.append(para(f"{s.local_text()}\n({s.home_text()})", head, fonts))
            rows: list[list[Flowable]] = [header]
            style = house_table_style(fonts)
            grid_people = [d for d in delegates
                           if any(p.person_id == d.person_id for m in day_meetings
                                  for p in m.participants)]
            for r, d in enumerate(grid_people, start=1):
                row: list[Flowable] = [para(d.name + (translate("agenda_pdf", " (interp.)")
                                                     if d.interpreter_needed else ""),
                                            cell, fonts)]
                for c, t in enumerate(columns, start=1):
                    here = [m for m in day_meetings if m.starts_at == t
                            and any(p.person_id == d.person_id for p in m.participants)]
                    text = ""
                    if here:
                        m = here[0]
                        guests = m.side("guest")
                        who = guests[0].organisation_name or guests[0].name if guests else m.title
                        text = f"T{m.table_number or '-'} {who}"
                        if m.interpreter_needed:
                            text += " [INT]"
                            style.add("BACKGROUND", (c, r), (c, r), INTERPRETER)
                        if m.status == "draft":
                            style.add("BACKGROUND", (c, r), (c, r), DRAFT)
                        if m.id in flagged:
                            text += " [!]"
                            style.add("BACKGROUND", (c, r), (c, r), CONFLICT)
                    row.append(para(text, cell, fonts))
                rows.append(row)
            first = 28 * mm
            width = (WIDTH - first) / max(1, len(columns))
            table = Table(rows, colWidths=[first] + [width] * len(columns), repeatRows=1)
            style.add("LEFTPADDING", (0, 0), (-1, -1), 1.5)
            style.add("RIGHTPADDING", (0, 0), (-1, -1), 1.5)
            style.add("GRID", (0, 0), (-1, -1), 0.25, ACCENT)
            table.setStyle(style)
            story.append(Spacer(1, 2 * mm))
            story.append(table)
        needs = [m for m in day_meetings if m.interpreter_needed]
        if needs:
            story.append(Spacer(1, 2 * mm))
            listed = "; ".join(
                f"{shown_time(m.starts_at, m.timezone, zones.home_timezone).local_text()} "
                f"T{m.table_number or '-'} {m.names('delegation')}"
                + (f" ({language_name(m.interpreter_language)})" if m.interpreter_language else "")
                for m in needs)
            story.append(para(translate("agenda_pdf", "Interpreters needed: {n} meetings — {list}")
                              .format(n=len(needs), list=listed), styles["small"], fonts))
    return story, title


#: Meeting start times per table of the leader grid (more would not be legible on the page).
GRID_COLUMNS = 24


def write_leader_grid(agenda: AgendaService, mission_id: str, path: str | Path, *,
                      progress: Progress | None = None) -> Path:
    story, title = leader_grid_story(agenda, mission_id)
    return write_pdf(path, story, title=title, subject=translate("agenda_pdf", "Leader grid"),
                     progress=progress)


__all__ = ["leader_grid_story", "personal_agenda_story", "write_leader_grid",
           "write_personal_agenda"]
