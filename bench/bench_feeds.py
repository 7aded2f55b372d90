"""Calendar feeds: building every participant's feed of a 150-participant partnering event.

Run: .venv/bin/python bench/bench_feeds.py

The rows are generated in their wire form (ISO text instants, as the server stores them): 75
delegates and 75 counterparts, 3 days with a whole-delegation programme, 8 B2B meetings a
delegate (600 meetings). Each participant's feed is built with
:func:`biox_desktop.reports.agenda_feed.person_calendar`, as ``GET /feeds/<token>.ics`` does
after reading the rows. The reference, measured in the same run, is icalendar serialising the
same person's events already built (:func:`biox_desktop.reports.ics.build_calendar`): the ratio
is what choosing and describing the events costs on top of writing the file.

Prints figures; never asserts on time.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biox_desktop.reports.agenda_feed import (
    AgendaRows,
    person_calendar,
    person_events,
)
from biox_desktop.reports.ics import build_calendar

UTC = dt.UTC
START = dt.datetime(2027, 3, 9, 0, tzinfo=UTC)


def rows() -> AgendaRows:
    delegates = [f"d{i:03d}" for i in range(75)]
    guests = [f"g{i:03d}" for i in range(75)]
    people = {p: {"id": p, "name": f"Person {p}", "emails": [f"{p}@example.org"],
                  "organisation_id": f"o{p}", "deleted": False} for p in delegates + guests}
    orgs = {f"o{p}": f"Organisation {p}" for p in people}
    items = []
    for day in range(3):
        for n, (hour, title) in enumerate(((0, "Plenary"), (3, "Lunch"), (9, "Reception"))):
            at = START + dt.timedelta(days=day, hours=hour)
            items.append({"id": f"i{day}{n}", "kind": "conference", "title": title,
                          "starts_at": at.isoformat(), "ends_at": (at + dt.timedelta(hours=1))
                          .isoformat(), "timezone": "Asia/Tokyo", "venue_id": "v1",
                          "whole_delegation": True, "deleted": False, "ics_sequence": 0})
    meetings, parts = [], []
    for i, d in enumerate(delegates):
        for k in range(8):
            at = START + dt.timedelta(days=k % 3, hours=4 + k // 3, minutes=30 * (i % 2))
            mid = f"m{i:03d}{k}"
            meetings.append({"id": mid, "title": f"{d} × {guests[(i + k) % 75]}",
                             "starts_at": at.isoformat(),
                             "ends_at": (at + dt.timedelta(minutes=30)).isoformat(),
                             "venue_id": "v1", "table_number": i % 40 + 1,
                             "status": "cancelled" if k == 7 else "published",
                             "interpreter_needed": k == 3, "deleted": False,
                             "ics_sequence": k % 3})
            parts += [{"id": f"{mid}a", "meeting_id": mid, "person_id": d,
                       "side": "delegation", "deleted": False},
                      {"id": f"{mid}b", "meeting_id": mid, "person_id": guests[(i + k) % 75],
                       "side": "guest", "deleted": False}]
    roster = [{"id": f"r{d}", "mission_id": "M", "person_id": d,
               "registration_status": "confirmed", "deleted": False} for d in delegates]
    return AgendaRows(
        mission={"id": "M", "name": "Osaka Partnering Days", "timezone": "Asia/Tokyo"},
        items=items, meetings=meetings, meeting_participants=parts,
        venues={"v1": {"id": "v1", "name": "Knowledge Capital", "address": "Kita-ku, Osaka"}},
        roster=roster, people=people, organisations=orgs)


def main() -> None:
    data = rows()
    everyone = sorted(data.person_ids())
    now = dt.datetime(2027, 3, 9, tzinfo=UTC)
    feeds, reference = [], []
    for _ in range(3):
        t = time.perf_counter()
        size = sum(len(person_calendar(data, p, published_only=True, now=now))
                   for p in everyone)
        feeds.append(time.perf_counter() - t)
        built = {p: person_events(data, p, published_only=True) for p in everyone}
        t = time.perf_counter()
        for p in everyone:
            build_calendar(built[p], calendar_name="x", tzid="Asia/Tokyo", now=now)
        reference.append(time.perf_counter() - t)
    feed, ref = statistics.median(feeds), statistics.median(reference)
    print(f"{len(everyone)} feeds ({len(data.meetings)} meetings, {size / len(everyone) / 1024:.1f}"
          f" KiB each): {feed / len(everyone) * 1000:.2f} ms per feed")
    print(f"reference (icalendar writing the same events): "
          f"{ref / len(everyone) * 1000:.2f} ms per feed; ratio {feed / ref:.2f}")


if __name__ == "__main__":
    main()
