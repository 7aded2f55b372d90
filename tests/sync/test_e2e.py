"""End to end: a real ``biox-server`` process, two desktop command-line laptops, a faulty network.

The server runs as a process on 127.0.0.1 over a temporary SQLite file, set up with its admin
commands. Two laptops (``python -m biox_desktop --data-dir ...`` processes, tokens kept in a
file-backed test keyring) make offline edits with ``missions add|edit|delete`` and rows written
through :class:`~biox_desktop.db.workspace.Workspace` (so they are journaled), and sync through
:class:`~tests.sync.faulty_proxy.FaultyProxy`, which cuts push requests mid-body, drops answers
the server already committed, and holds one while the server is killed with SIGKILL and started
again on the same database. Afterwards quiet syncs must leave both laptops equal to each other
and to the server, with nothing acknowledged lost and nothing left to send.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, select

from biox_desktop.core.ids import uuid7
from biox_desktop.server.models import Conflict, SyncRow
from biox_desktop.sync.client import schema_version
from biox_desktop.sync.protocol import request_headers

from ..server.conftest import free_port
from ..support.serving import start_server
from .faulty_proxy import CUT_REQUEST, DROP_RESPONSE, HOLD_RESPONSE, FaultyProxy

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = ROOT / "tests" / "support"
PASSWORD = "e2e-password-1"
TIMEOUT = 120  # seconds, for any one command

#: Writes rows through a Workspace (journaled like any edit). argv: data dir, JSON spec.
WRITE_ROWS = """
import json, sys
from pathlib import Path
from biox_desktop.db.models import Organisation, Person
from biox_desktop.db.workspace import Workspace
ws = Workspace(Path(sys.argv[1]))
spec = json.loads(sys.argv[2])
with ws.db.session() as s:
    for o in spec.get("orgs", []):
        s.add(Organisation(id=o["id"], scope=o["scope"], name=o["name"], kind=o["kind"],
                           sector_tags=[], created_by=ws.identity.user_id))
    s.flush()
    for p in spec.get("people", []):
        s.add(Person(id=p["id"], scope=p["scope"], name=p["name"],
                     organisation_id=p.get("organisation_id"), created_by=ws.identity.user_id))
ws.close()
"""

#: Prints every synced row of a few tables, the pending count and the rejections as JSON.
DUMP = """
import json, sys
from pathlib import Path
from sqlalchemy import func, select
from biox_desktop.db.models import Base, SyncRejection
from biox_desktop.db.workspace import Workspace
ws = Workspace(Path(sys.argv[1]))
out = {"pending": ws.db.pending_changes(), "tables": {}}
with ws.db.session() as s:
    for name in ("organisations", "people", "missions"):
        t = Base.metadata.tables[name]
        out["tables"][name] = {r["id"]: dict(r) for r in s.execute(select(t)).mappings()}
    out["rejections"] = s.scalar(select(func.count(SyncRejection.id)))
ws.close()
print(json.dumps(out, default=str, sort_keys=True))
"""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(SUPPORT)])
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def server_cli(url: str, *args: str, stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "biox_desktop.server", *args, "--database-url", url],
        input=stdin, capture_output=True, text=True, env=_env(), timeout=TIMEOUT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


class Server:
    """``biox-server serve`` as a process on a fixed port, restartable on the same database."""

    def __init__(self, url: str, log: Path) -> None:
        self.url = url
        self.port = free_port()
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = start_server(self.url, self.port, self.log, _env(), wait_s=60)

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, nothing is flushed beyond what was committed."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(15)


class Laptop:
    """One desktop data folder driven through ``python -m biox_desktop`` processes."""

    def __init__(self, tmp: Path, name: str) -> None:
        self.name = name
        self.data = tmp / f"laptop-{name}"
        self.data.mkdir()
        self.env = _env(PYTHON_KEYRING_BACKEND="keyring_file.FileKeyring",
                        BIOX_TEST_KEYRING_FILE=str(tmp / f"keyring-{name}.json"))  # fmt: skip

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "biox_desktop", "--data-dir", str(self.data), *args]

    def run(self, *args: str, stdin: str = "",
            check: bool = True) -> subprocess.CompletedProcess[str]:  # fmt: skip
        done = subprocess.run(self.argv(*args), input=stdin, capture_output=True, text=True,
                              env=self.env, timeout=TIMEOUT)  # fmt: skip
        if check:
            assert done.returncode == 0, f"{self.name} {args}: {done.stderr}"
        return done

    def sync(self) -> dict[str, Any]:
        return dict(json.loads(self.run("sync", "--json").stdout))

    def python(self, code: str, *args: str) -> str:
        done = subprocess.run([sys.executable, "-c", code, str(self.data), *args],
                              capture_output=True, text=True, env=self.env, timeout=TIMEOUT)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    def write_rows(self, orgs: list[dict[str, Any]] | None = None,
                   people: list[dict[str, Any]] | None = None) -> None:  # fmt: skip
        self.python(WRITE_ROWS, json.dumps({"orgs": orgs or [], "people": people or []}))

    def dump(self) -> dict[str, Any]:
        return dict(json.loads(self.python(DUMP)))

    def missions(self) -> list[dict[str, Any]]:
        return list(json.loads(self.run("missions", "list", "--json").stdout))

    def add_mission(self, name: str, cluster: str) -> str:
        out = self.run("missions", "add", "--name", name, "--kind", "trade_mission",
                       "--country", "JP", "--timezone", "Asia/Tokyo", "--start", "2027-03-09",
                       "--end", "2027-03-12", "--lead-cluster", cluster, "--json").stdout  # fmt: skip
        return str(json.loads(out)["id"])


def server_rows(url: str) -> dict[tuple[str, str], dict[str, Any]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                (r.tbl, r.row_id): {"scope": r.scope, "deleted": bool(r.deleted), **r.fields}
                for r in conn.execute(select(SyncRow))
            }
    finally:
        engine.dispose()


def server_view(port: int, username: str) -> dict[tuple[str, str], dict[str, Any]]:
    """Every row ``username`` may see, as a fresh device pulling from the start gets it."""
    base = f"http://127.0.0.1:{port}/api/v1"
    headers = request_headers(schema_version())
    with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
        r = http.post("/login", json={"username": username, "password": PASSWORD,
                                      "device_name": "server view"})  # fmt: skip
        assert r.status_code == 200, r.text
        http.headers["Authorization"] = f"Bearer {r.json()['token']}"
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        cursor = 0
        for _ in range(1000):
            page = http.post("/pull", json={"cursor": cursor, "limit": 1000}).json()
            for c in page["changes"]:
                if c["evict"]:
                    rows.pop((c["table"], c["row_id"]), None)
                else:
                    rows[(c["table"], c["row_id"])] = {"deleted": c["deleted"], **c["fields"]}
            cursor = page["cursor"]
            if not page["more"]:
                return rows
    raise AssertionError("the server's feed did not end")


def conflict_fields(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(Conflict.field)).scalars())
    finally:
        engine.dispose()


def _orgs(n: int, tag: str) -> list[dict[str, Any]]:
    return [{"id": uuid7(), "scope": "network", "name": f"{tag} partner {i}",
             "kind": "foreign_partner"} for i in range(n)]  # fmt: skip


def _people(n: int, tag: str, scope: str) -> list[dict[str, Any]]:
    return [{"id": uuid7(), "scope": scope, "name": f"{tag} person {i}"} for i in range(n)]


@pytest.fixture
def network(tmp_path: Path) -> Iterator[tuple[Server, FaultyProxy]]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    server = Server(url, tmp_path / "server.log")
    proxy: FaultyProxy | None = None
    try:
        server.start()
        proxy = FaultyProxy(server.port)
        yield server, proxy
    finally:
        if proxy is not None:
            proxy.close()
        server.stop()


@pytest.mark.slow
def test_two_laptops_converge_through_cuts_lost_answers_and_a_killed_server(
    tmp_path: Path, network: tuple[Server, FaultyProxy]
) -> None:
    server, proxy = network
    url = server.url
    # Set up with the admin commands (they work on the database next to the running server).
    cluster = server_cli(url, "org", "add", "Lyonbiopole", "--kind", "cluster")
    for name in ("claire", "dan"):
        server_cli(url, "user", "add", name, "--org", cluster, "--role", "leader",
                   "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    a, b = Laptop(tmp_path, "claire"), Laptop(tmp_path, "dan")
    for laptop in (a, b):
        out = laptop.run("login", "--server", proxy.url, "--user", laptop.name,
                         "--password-stdin", stdin=PASSWORD + "\n").stdout  # fmt: skip
        assert "signed in" in out
    org_scope = f"org:{cluster}"

    # -- Round 1, offline: more than one push batch on A, people on B. -----------------------
    cluster_row = {"id": cluster, "scope": "network", "name": "Lyonbiopole", "kind": "cluster"}
    a_orgs = [cluster_row, *_orgs(600, "A")]
    a_people = _people(100, "A", org_scope)
    a.write_rows(a_orgs, a_people)
    m1 = a.add_mission("Osaka Partnering Days", cluster)
    m2 = a.add_mission("Kansai Discovery Trip", cluster)
    b_people = _people(300, "B", org_scope)
    b.write_rows(people=b_people)
    a_pending = a.dump()["pending"]
    assert a_pending == len(a_orgs) + len(a_people) + 2

    # Every push is cut mid-body: the sync gives up after its retries, nothing is applied
    # (the server holds only the directory rows its admin commands wrote).
    directory = server_rows(url)
    assert {table for table, _ in directory} <= {"organisations", "people"}
    proxy.cut_every_push = True
    failed = a.run("sync", "--json", check=False)
    proxy.cut_every_push = False
    assert failed.returncode == 1 and "cannot be reached" in failed.stderr
    assert a.dump()["pending"] == a_pending
    assert server_rows(url) == directory

    # A cut, then an answer lost after the server committed the first batch: the sync retries
    # by itself, the server says "duplicate" for what it already has, the outbox empties.
    proxy.queue(CUT_REQUEST, DROP_RESPONSE)
    report = a.sync()
    assert proxy.pending_faults() == 0 and proxy.faults_done[-2:] == [CUT_REQUEST, DROP_RESPONSE]
    assert report["rejected"] == 0
    assert a.dump()["pending"] == 0
    on_server = server_rows(url)
    for row in (*a_orgs, *a_people):
        table = "organisations" if "kind" in row else "people"
        assert on_server[(table, row["id"])]["name"] == row["name"]
    assert {("missions", m1), ("missions", m2)} <= on_server.keys()

    assert b.sync()["rejected"] == 0
    assert b.dump()["pending"] == 0

    # -- Round 2, offline: concurrent edits of one field, a delete, new rows on both. ---------
    a.run("missions", "edit", m1, "--description", "Claire's plan")
    a_more = _orgs(50, "A2")
    a.write_rows(a_more)
    b.run("missions", "edit", m1, "--description", "Dan's plan")  # written later: wins
    b.run("missions", "delete", m2)
    m3 = b.add_mission("Tokyo BioEurope Week", cluster)
    b_more = _people(40, "B2", org_scope)
    b.write_rows(people=b_more)

    # B's push reaches the server and commits; the answer is held while the server is killed
    # with SIGKILL and started again on the same file; then the laptop's connection drops.
    proxy.queue(HOLD_RESPONSE)
    syncing = subprocess.Popen(b.argv("sync", "--json"), env=b.env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert proxy.held.wait(TIMEOUT), "B's push never reached the server"
        server.kill()
        committed = server_rows(url)
        assert committed[("missions", m1)]["description"] == "Dan's plan"
        assert committed[("missions", m2)]["deleted"] is True
        assert ("missions", m3) in committed
        assert all(("people", p["id"]) in committed for p in b_more)
        server.start()
        proxy.release.set()
        out, err = syncing.communicate(timeout=TIMEOUT)
    finally:
        if syncing.poll() is None:
            syncing.kill()
            syncing.wait(15)
    assert syncing.returncode == 0, err
    assert json.loads(out)["rejected"] == 0
    assert b.dump()["pending"] == 0

    # -- Quiet syncs until nothing moves (bounded). ------------------------------------------
    for _ in range(6):
        moved = 0
        for laptop in (a, b):
            r = laptop.sync()
            assert r["rejected"] == 0
            moved += r["pushed"] + r["pulled"] + r["evicted"] + len(r["redownloaded_scopes"])
        if moved == 0:
            break
    else:
        pytest.fail("the laptops kept exchanging changes after six quiet rounds")

    dump_a, dump_b = a.dump(), b.dump()
    assert dump_a["pending"] == dump_b["pending"] == 0
    assert dump_a["rejections"] == dump_b["rejections"] == 0
    assert dump_a["tables"] == dump_b["tables"]
    assert a.missions() == b.missions()
    assert {m["id"] for m in a.missions()} == {m1, m3}
    assert {m["id"]: m["description"] for m in a.missions()}[m1] == "Dan's plan"
    assert "description" in conflict_fields(url)  # Claire's losing value is kept for review

    # The server's view (what a fresh device of either user pulls) equals each laptop's, row
    # for row (name and tombstone). The deleted mission left that view with its scope.
    final = server_rows(url)
    assert final[("missions", m2)]["deleted"] is True
    laptop_view = {
        (table, row_id): (row["name"], bool(int(row["deleted"])))
        for table, rows in dump_a["tables"].items()
        for row_id, row in rows.items()
    }
    for username in ("claire", "dan"):
        view = server_view(server.port, username)
        assert {table for table, _ in view} == set(dump_a["tables"])
        assert laptop_view == {key: (row["name"], row["deleted"]) for key, row in view.items()}
    # Nothing acknowledged was lost: every row either laptop wrote is on the server.
    written = {("organisations", o["id"]): o["name"] for o in (*a_orgs, *a_more)}
    written |= {("people", p["id"]): p["name"] for p in (*a_people, *b_people, *b_more)}
    assert {key: final[key]["name"] for key in written} == written
    assert proxy.faults_done == [CUT_REQUEST] * 4 + [CUT_REQUEST, DROP_RESPONSE, HOLD_RESPONSE]
