"""Cold start to a shown main window with 100,000 contacts, against a bare PySide6 window.

Both are measured as whole processes (interpreter start, imports, window shown, first data
loaded, exit), alternately, in the same run; medians are printed with their ratio.

    .venv/bin/python bench/bench_startup.py [--contacts 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import benchkeys  # noqa: F401  (installs a keyring for the database key)

BARE_WINDOW = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
win = QMainWindow()
table = QTableWidget(20, 6)
for r in range(20):
    for c in range(6):
        table.setItem(r, c, QTableWidgetItem(f"{r}:{c}"))
win.setCentralWidget(table)
win.resize(1280, 800)
win.show()
app.processEvents()
win.close()
"""


def fill(data_dir: Path, contacts: int) -> None:
    """A demo database plus ``contacts`` people and leads, written in bulk (unjournaled)."""
    from sqlalchemy import insert

    from biox_desktop.core.ids import uuid7
    from biox_desktop.db.models import Lead, Organisation, Person
    from biox_desktop.db.workspace import Workspace

    ws = Workspace(data_dir)
    ws.seed_demo()
    with ws.db.unjournaled() as s:
        orgs = [{"id": uuid7(), "scope": "network", "name": f"Organisation {i}",
                 "kind": "foreign_partner", "sector_tags": []} for i in range(contacts // 20)]
        s.execute(insert(Organisation), orgs)
        batch_people, batch_leads = [], []
        for i in range(contacts):
            pid = uuid7()
            batch_people.append({"id": pid, "scope": "network", "name": f"Contact {i}",
                                 "organisation_id": orgs[i % len(orgs)]["id"],
                                 "emails": [f"c{i}@example.com"], "phones": [],
                                 "messaging": {}, "languages": []})
            batch_leads.append({"id": uuid7(), "scope": "network", "person_id": pid,
                                "visibility": "network", "tags": [], "source": "typed"})
            if len(batch_people) == 10_000:
                s.execute(insert(Person), batch_people)
                s.execute(insert(Lead), batch_leads)
                batch_people, batch_leads = [], []
        if batch_people:
            s.execute(insert(Person), batch_people)
            s.execute(insert(Lead), batch_leads)
    ws.close()


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{cmd} failed:\n{result.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")
    # A user's install has compiled bytecode; let the warm-up run write it if it is missing.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        t = time.perf_counter()
        fill(data_dir, args.contacts)
        print(f"database with {args.contacts:,} contacts and leads made in "
              f"{time.perf_counter() - t:.1f} s")
        app_cmd = [sys.executable, "-m", "biox_desktop", "--data-dir", str(data_dir), "--smoke"]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        timed(app_cmd, env)  # warm the OS file cache for both, once
        timed(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(timed(app_cmd, env)[0])
            bare_times.append(timed(bare_cmd, env)[0])
    app_med, bare_med = statistics.median(app_times), statistics.median(bare_times)
    print(f"bare PySide6 window with a table : median {bare_med:.3f} s over {args.runs} runs")
    print(f"bioX Missions main window        : median {app_med:.3f} s over {args.runs} runs")
    print(f"ratio app / bare                 : {app_med / bare_med:.2f}")


if __name__ == "__main__":
    main()
