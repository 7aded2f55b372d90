"""Keystroke to painted result rows in the Leads and Roster screens, at 100,000 rows.

The real screens are shown (offscreen) on a database of 100,000 leads and a mission with
100,000 delegates. Queries are typed one key at a time with ``QTest`` key events; for each key
the time runs from just before the key event to the first paint of the table's viewport that
shows the rows of that key's answer (an event filter on the viewport's Paint events; the
answer's first row must be loaded, not a "…" placeholder). Each key waits for its rows before
the next is sent, so every key is measured.

Reference in the same run: the service calls the screen makes for one key (the ids of the
search and the first rows fetched with them), timed directly on the same file. Medians and p95 are
printed, with the ratio window / service; the goal is p95 <= 100 ms.

    .venv/bin/python bench/bench_keystroke.py [--rows 100000]

Prints figures only; timing is never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")

import benchkeys  # noqa: F401  (installs a keyring for the database key)
from bench_startup import fill

#: Typed one key at a time; ASCII only (QTest's key clicks abort on other characters).
LEAD_QUERIES = ("contact 4711", "c815@example", "organisation 27")
ROSTER_QUERIES = ("contact 4711", "c815@example", "hotel 3")


def fill_roster(data_dir: Path) -> str:
    """A mission whose roster holds every person of the database; returns its id."""
    from sqlalchemy import insert, select

    from biox_desktop.core.ids import uuid7
    from biox_desktop.db.models import Mission, Person, RosterEntry
    from biox_desktop.db.workspace import Workspace

    ws = Workspace(data_dir)
    mission_id = uuid7()
    with ws.db.unjournaled() as s:
        s.execute(insert(Mission), [{
            "id": mission_id, "scope": "network", "name": "Bench mission", "kind": "trade_mission",
            "country": "JP", "cities": ["Osaka"], "start_date": dt.date(2027, 5, 10),
            "end_date": dt.date(2027, 5, 14), "timezone": "Asia/Tokyo"}])
        people = s.execute(select(Person.id, Person.organisation_id)
                           .where(Person.name.like("Contact %"))).all()
        batch = []
        for i, (pid, org) in enumerate(people):
            batch.append({"id": uuid7(), "scope": "network", "mission_id": mission_id,
                          "person_id": pid, "organisation_id": org, "languages": [],
                          "hotel": f"Hotel {i % 5}", "registration_status": "confirmed"})
            if len(batch) == 10_000:
                s.execute(insert(RosterEntry), batch)
                batch = []
        if batch:
            s.execute(insert(RosterEntry), batch)
    ws.update_settings(current_mission_id=mission_id)
    ws.close()
    return mission_id


class PaintClock:
    """Records when the table's viewport is painted with the rows of the newest answer."""

    def __init__(self, viewport: object, answered: Callable[[], int],
                 first_row_loaded: Callable[[], bool]) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, _obj: object, event: QEvent) -> bool:
                if (event.type() == QEvent.Type.Paint and clock.armed
                        and answered() > clock.answers_before and first_row_loaded()):
                    clock.painted_at = time.perf_counter()
                    clock.armed = False
                return False

        self.armed = False
        self.answers_before = 0  # answers received before the key: the next one is awaited
        self.painted_at = 0.0
        self.filter = Filter()
        viewport.installEventFilter(self.filter)  # type: ignore[attr-defined]


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def type_and_time(app: object, line_edit: object, clock: PaintClock,
                  answered: Callable[[], int], queries: tuple[str, ...]) -> list[float]:
    """Seconds from each key event to the paint of its rows."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times: list[float] = []

    def settle(count_before: int) -> None:
        deadline = time.perf_counter() + 30
        while (answered() == count_before or clock.armed) and time.perf_counter() < deadline:
            app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.0005)
        if time.perf_counter() >= deadline:
            raise SystemExit("no answer within 30 s")

    for query in queries:
        if line_edit.text():  # type: ignore[attr-defined]
            before = answered()
            line_edit.selectAll()  # type: ignore[attr-defined]
            clock.answers_before, clock.armed = before, True
            QTest.keyClick(line_edit, Qt.Key.Key_Backspace)
            settle(before)
        for ch in query:
            before = answered()
            clock.answers_before, clock.armed = before, True
            start = time.perf_counter()
            QTest.keyClick(line_edit, ch)
            settle(before)
            times.append(clock.painted_at - start)
    return times


def service_times(fn: Callable[[str], object], queries: tuple[str, ...]) -> list[float]:
    times = []
    for query in queries:
        for n in range(1, len(query) + 1):
            start = time.perf_counter()
            fn(query[:n])
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from biox_desktop.core.leads import LeadFilter
    from biox_desktop.db.workspace import Workspace
    from biox_desktop.ui.leads import PAGE, LeadsScreen
    from biox_desktop.ui.operations import Operations
    from biox_desktop.ui.roster import FIRST_ROWS, RosterScreen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        t = time.perf_counter()
        fill(data_dir, args.rows)
        mission_id = fill_roster(data_dir)
        print(f"database with {args.rows:,} leads and a {args.rows:,}-delegate roster made in "
              f"{time.perf_counter() - t:.1f} s")
        ws = Workspace(data_dir)
        ops = Operations(ws)

        def lead_service(text: str) -> None:
            ids = ws.leads.ids(LeadFilter(text=text))
            ws.leads.rows(ids[:PAGE])

        def roster_service(text: str) -> None:
            ids = ws.roster.ids(mission_id, search=text)
            ws.roster.rows(mission_id, ids[:FIRST_ROWS])

        results: list[tuple[str, list[float], list[float]]] = []

        leads = LeadsScreen(ops)
        leads.resize(1280, 800)
        leads.show()
        loaded = [0]
        leads.leads_loaded.connect(lambda _n: loaded.__setitem__(0, loaded[0] + 1))
        leads.reload()
        while loaded[0] == 0:
            app.processEvents()
            ops.wait_idle(20)
        lead_model = leads.model
        clock = PaintClock(leads.table.viewport(), lambda: loaded[0], lambda: not lead_model._ids
                           or lead_model._ids[0] in lead_model._rows)
        window = type_and_time(app, leads.search, clock, lambda: loaded[0], LEAD_QUERIES)
        results.append(("Leads", window, service_times(lead_service, LEAD_QUERIES)))
        leads.close()

        roster = RosterScreen(ops)
        roster.resize(1280, 800)
        roster.show()
        resets = [0]
        roster.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
        roster.set_mission(mission_id)
        while resets[0] == 0:
            app.processEvents()
            ops.wait_idle(20)
        roster_model = roster.model
        clock = PaintClock(roster.table.viewport(), lambda: resets[0],
                           lambda: not roster_model._ids
                           or roster_model._ids[0] in roster_model._rows)
        window = type_and_time(app, roster.search, clock, lambda: resets[0], ROSTER_QUERIES)
        results.append(("Roster", window, service_times(roster_service, ROSTER_QUERIES)))
        roster.close()
        ops.wait_idle()
        ws.close()

    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    for name, window, service in results:
        print(f"{name:6} keystroke -> painted rows : median {statistics.median(window) * 1000:6.1f} ms,"
              f" p95 {_percentile(window, 0.95) * 1000:6.1f} ms over {len(window)} keys")
        print(f"{name:6} service (ids + first page): median {statistics.median(service) * 1000:6.1f} ms,"
              f" p95 {_percentile(service, 0.95) * 1000:6.1f} ms")
        print(f"{name:6} ratio window / service (p95): "
              f"{_percentile(window, 0.95) / _percentile(service, 0.95):.2f}  (goal: p95 <= 100 ms)")


if __name__ == "__main__":
    main()
