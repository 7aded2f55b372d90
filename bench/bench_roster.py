"""Roster table at scale: search, sort and one page of rows on 5,000 delegates vs 50.

Run: /work/venv/bin/python bench/bench_roster.py [--delegates N]

The Roster screen asks the service for ids (search, filters and sort in SQL) and then for the
visible page of rows. This prints the median time of each step on a large roster and its ratio
to the same step on a 50-delegate roster (the ratio shows how it grows), plus the import time.
Prints figures; never asserts on time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchkeys  # noqa: F401  (installs a keyring for the database key)

from biox_desktop.core.missions import MissionInput
from biox_desktop.db.workspace import Workspace
from biox_desktop.reports.spreadsheet import read_table


def _median(fn: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _roster(folder: Path, n: int) -> tuple[Workspace, str, float]:
    ws = Workspace(folder)
    mission = ws.missions.create(MissionInput(
        name="Bench", kind="trade_mission", country="JP", timezone="Asia/Tokyo",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14)))
    rows = "".join(
        f"Delegate {i:05},Company {i % 300},d{i}@c{i % 300}.example,Hotel {i % 5},"
        f"{2027 + i % 9}-03-01,2027-05-0{9 if i % 7 else 10} {8 + i % 10}:15\n"
        for i in range(n))
    src = folder / "reg.csv"
    src.write_text("Name,Company,E-mail,Hotel,Passport expiry,Arrival\n" + rows,
                   encoding="utf-8")
    table = read_table(src)
    start = time.perf_counter()
    ws.roster.import_table(mission.id, table, {0: "name", 1: "organisation", 2: "email",
                                               3: "hotel", 4: "passport_expiry",
                                               5: "arrival_at"})
    return ws, mission.id, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, small_id, _ = _roster(Path(tmp) / "small", 50)
        big, big_id, import_s = _roster(Path(tmp) / "big", args.delegates)
        print(f"import of {args.delegates:,} new delegates: {import_s:.2f} s "
              f"({import_s / args.delegates * 1000:.2f} ms a row)")
        steps: list[tuple[str, Callable[[Workspace, str], object]]] = [
            ("ids, by name", lambda ws, m: ws.roster.ids(m)),
            ("ids, search 'company 12'", lambda ws, m: ws.roster.ids(m, search="company 12")),
            ("ids, sort by arrival desc", lambda ws, m: ws.roster.ids(m, sort="arrival",
                                                                     descending=True)),
            ("page of 200 rows", lambda ws, m: ws.roster.rows(m, ws.roster.ids(m)[:200])),
            ("with warnings only", lambda ws, m: ws.roster.ids(m, warnings_only=True)),
        ]
        print(f"{'step':32} {'50':>9} {args.delegates:>9,} {'ratio':>7}")
        for label, fn in steps:
            a = _median(lambda fn=fn: fn(small, small_id))
            b = _median(lambda fn=fn: fn(big, big_id))
            print(f"{label:32} {a * 1000:7.1f}ms {b * 1000:7.1f}ms {b / a:7.1f}")
        small.close()
        big.close()


if __name__ == "__main__":
    main()
