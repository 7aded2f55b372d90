"""Killing the process in the middle of writes leaves the database and the journal consistent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from biox_desktop.db.engine import DB_FILENAME, Database

WRITER = r"""
import sys
from pathlib import Path
from biox_desktop.db.engine import Database
from biox_desktop.db.models import Organisation, Person

db = Database(Path(sys.argv[1]))
print("ready", flush=True)
i = 0
while True:
    # Each transaction: an organisation, two people, an update: all or nothing.
    with db.session() as s:
        org = Organisation(scope="network", name=f"Org {i}", kind="sme", sector_tags=[])
        s.add(org)
        s.flush()
        s.add(Person(scope="network", name=f"A {i}", organisation_id=org.id))
        s.add(Person(scope="network", name=f"B {i}", organisation_id=org.id))
        s.flush()
        org.city = "Lyon"
    i += 1
"""


def test_sigkill_mid_write_leaves_database_and_journal_consistent(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    Database(path).close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orgs = raw.execute("SELECT id, city FROM organisations").fetchall()
    people = raw.execute("SELECT count(*) FROM people").fetchone()[0]
    assert len(orgs) > 5, "the writer did not get far enough to make the test meaningful"
    assert people == 2 * len(orgs)  # no transaction was half-applied
    assert all(city == "Lyon" for _, city in orgs)
    # Exactly one insert and one update journaled per organisation, one insert per person.
    journal = dict(raw.execute("SELECT tbl || ':' || op, count(*) FROM sync_outbox "
                               "GROUP BY tbl, op").fetchall())
    assert journal == {"organisations:insert": len(orgs), "organisations:update": len(orgs),
                       "people:insert": people}
    journaled = {r[0] for r in raw.execute("SELECT row_id FROM sync_outbox WHERE tbl = "
                                           "'organisations'")}
    assert journaled == {o[0] for o in orgs}
    raw.close()
    # And the application opens it again without complaint.
    db = Database(path)
    assert db.pending_changes() == len(orgs) * 2 + people
    db.close()
