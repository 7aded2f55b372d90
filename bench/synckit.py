"""Shared pieces of the sync benchmarks (not a benchmark itself).

* :class:`ServerProcess`: ``biox-server serve`` (uvicorn) as a real process on 127.0.0.1;
* :func:`new_store` and :func:`bulk_server_rows`: a server database filled directly through its
  tables, with the change-feed counter and the per-scope checksums kept exactly as pushes would
  keep them (so a client's checksum comparison finds nothing to download again);
* :func:`laptop`: a desktop :class:`Workspace` with a :class:`SyncClient` signed in over HTTP;
* :func:`raw_insert`: the reference, a plain ``sqlite3`` bulk insert of the same rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `python bench/x.py` runs against this checkout

import benchkeys  # noqa: F401,E402  (installs a keyring for the database key)
import httpx  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import insert, select, update  # noqa: E402
from sqlalchemy.dialects import sqlite as sqlite_dialect  # noqa: E402
from sqlalchemy.schema import CreateTable  # noqa: E402

from biox_desktop.core.hlc import Timestamp  # noqa: E402
from biox_desktop.db.models import Base  # noqa: E402
from biox_desktop.db.workspace import Workspace  # noqa: E402
from biox_desktop.server.db import make_engine, migrate  # noqa: E402
from biox_desktop.server.models import Counter, ScopeStat, SyncRow  # noqa: E402
from biox_desktop.server.store import Store  # noqa: E402
from biox_desktop.sync import protocol as P  # noqa: E402
from biox_desktop.sync.client import SyncClient, schema_version  # noqa: E402
from biox_desktop.sync.transport import HttpTransport  # noqa: E402

#: Cheap argon2 parameters: benchmarks create many users; login speed is not what is measured.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "bench-password"
STAMP = Timestamp(1_700_000_000_000, 0, "bench-seed").pack()
CREATED = "2026-01-01T00:00:00+00:00"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def new_store(url: str) -> Store:
    engine = make_engine(url)
    migrate(engine)
    store = Store(engine)
    store.init_settings()
    return store


def org_fields(i: int, tag: str = "Partner") -> dict[str, Any]:
    """Wire fields of one ``organisations`` row, as a laptop would push them."""
    return {
        "name": f"{tag} {i:07d}", "name_native": None, "name_romanised": None,
        "kind": "foreign_partner", "country": "JP", "city": "Osaka",
        "website": f"https://partner{i}.example.jp", "sector_tags": ["medtech"],
        "home_cluster_id": None, "description": None, "email": f"contact{i}@example.jp",
        "phone": "+81 6 1234 5678", "created_at": CREATED, "created_by": None,
    }  # fmt: skip


def row_id(i: int, tag: str = "p") -> str:
    return f"0190f3a2-{tag[:1]}000-7000-8000-{i:012d}"


def bulk_server_rows(store: Store, rows: Iterable[tuple[str, str, dict[str, Any]]], *,
                     total: int, label: str = "", batch: int = 20_000) -> None:  # fmt: skip
    """Append ``(row_id, scope, fields)`` organisations to the server's feed, in bulk.

    Sequence numbers continue the feed counter; per-scope counts and checksums are added to
    ``scope_stats`` as the server's own writes would. Prints progress every batch.
    """
    started = time.perf_counter()
    stats: dict[str, list[int]] = {}
    with store.engine.begin() as conn:
        seq = conn.execute(select(Counter.seq).where(Counter.id == 1)).scalar_one()
        chunk: list[dict[str, Any]] = []
        done = 0

        def flush() -> None:
            conn.execute(insert(SyncRow), chunk)
            chunk.clear()
            if label:
                rate = done / max(time.perf_counter() - started, 1e-9)
                print(f"\r  {label}: {done:,}/{total:,} server rows ({rate:,.0f}/s)",
                      end="", flush=True)  # fmt: skip

        for rid, scope, fields in rows:
            seq += 1
            done += 1
            clocks = dict.fromkeys([*fields, P.DELETED], STAMP)
            chunk.append({
                "tbl": "organisations", "row_id": rid, "scope": scope, "fields": fields,
                "clocks": clocks, "authors": {}, "deleted": False, "scope_clock": STAMP,
                "seq": seq,
            })  # fmt: skip
            stat = stats.setdefault(scope, [0, 0])
            stat[0] += 1
            stat[1] = (stat[1] + P.row_checksum("organisations", rid, clocks, False)) % (1 << 64)
            if len(chunk) >= batch:
                flush()
        if chunk:
            flush()
        conn.execute(update(Counter).where(Counter.id == 1).values(seq=seq))
        for scope, (count, checksum) in stats.items():
            cur = conn.execute(
                select(ScopeStat.row_count, ScopeStat.checksum).where(ScopeStat.scope == scope)
            ).first()
            if cur is None:
                conn.execute(insert(ScopeStat).values(scope=scope, row_count=count,
                                                      checksum=str(checksum)))  # fmt: skip
            else:
                conn.execute(update(ScopeStat).where(ScopeStat.scope == scope).values(
                    row_count=cur.row_count + count,
                    checksum=str((int(cur.checksum) + checksum) % (1 << 64))))  # fmt: skip
    if label:
        print(f" in {time.perf_counter() - started:.1f} s")


class ServerProcess:
    """``python -m biox_desktop.server serve`` on 127.0.0.1 (uvicorn), stopped on exit."""

    def __init__(self, url: str, log: Path) -> None:
        self.url = url
        self.port = free_port()
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerProcess:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "biox_desktop.server", "serve", "--host", "127.0.0.1",
                 "--port", str(self.port), "--database-url", self.url, "--log-level", "warning"],
                env=env, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"the server did not start: {self.log.read_text(errors='replace')}")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(20)


def login(base: str, username: str) -> dict[str, Any]:
    r = httpx.post(f"{base}{P.API_PREFIX}/login",
                   json={"username": username, "password": PASSWORD, "device_name": "bench"},
                   headers=P.request_headers(schema_version()), timeout=60)  # fmt: skip
    r.raise_for_status()
    return dict(r.json())


def laptop(folder: Path, base: str, username: str) -> tuple[Workspace, SyncClient]:
    """A fresh desktop workspace signed in as ``username`` (token kept in memory only)."""
    answer = login(base, username)
    ws = Workspace(folder)
    user = answer["user"]
    ws.update_settings(server_url=base, username=username, user_id=user["id"],
                       display_name=user["display_name"], role=user["role"],
                       organisation_id=user["organisation_id"],
                       organisation_name=user["organisation_name"])  # fmt: skip
    transport = HttpTransport(base, schema_version=schema_version(), token=answer["token"],
                              timeout=300)  # fmt: skip
    return ws, SyncClient(ws.db, transport, device_id=answer["device_id"])


def close_laptop(ws: Workspace, client: SyncClient) -> None:
    transport = client.transport
    if isinstance(transport, HttpTransport):
        transport.close()
    ws.close()


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list | dict):
        import json

        return json.dumps(value)
    if isinstance(value, str) and value == CREATED:
        return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def raw_insert(path: Path, rows: Iterable[tuple[str, str, dict[str, Any]]]) -> float:
    """The reference: the same rows into the same ``organisations`` table with plain sqlite3.

    The table is created first (not timed); then one transaction of ``executemany``, with WAL
    and ``synchronous=NORMAL`` like the desktop, no journal triggers, no ORM. Returns the
    seconds from BEGIN to COMMIT included.
    """
    table = Base.metadata.tables["organisations"]
    ddl = str(CreateTable(table).compile(dialect=sqlite_dialect.dialect()))
    columns = [c.name for c in table.columns]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(ddl)
        placeholders = ", ".join("?" for _ in columns)

        def values() -> Iterator[tuple[Any, ...]]:
            for rid, scope, fields in rows:
                full = {**fields, "id": rid, "scope": scope, "deleted": False}
                yield tuple(_sqlite_value(full.get(c)) for c in columns)

        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(
            f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})", values()
        )
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def seed_laptop(ws: Workspace, rows: Iterable[tuple[str, str, dict[str, Any]]], cursor: int, *,
                total: int, label: str = "", batch: int = 20_000) -> None:  # fmt: skip
    """Make ``ws`` look as if it had already pulled ``rows`` up to ``cursor``, in bulk.

    Writes the rows and their sync state with the journal off, as the sync client does when it
    applies pulled changes (these are not local edits). Only for setting up benchmarks: a real
    laptop gets here by syncing.
    """
    from biox_desktop.db.models import LocalMeta
    from biox_desktop.sync.client import CURSOR_KEY

    table = Base.metadata.tables["organisations"]
    columns = [c.name for c in table.columns]
    org_sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")  # fmt: skip
    state = Base.metadata.tables["sync_row_state"]
    state_sql = f"INSERT INTO {state.name} (tbl, row_id, scope, max_clock, deleted) VALUES (?, ?, ?, ?, 0)"
    started = time.perf_counter()
    done = 0
    with ws.db.unjournaled() as s:
        raw = s.connection().connection.driver_connection
        assert raw is not None
        orgs: list[tuple[Any, ...]] = []
        states: list[tuple[Any, ...]] = []

        def flush() -> None:
            raw.executemany(org_sql, orgs)
            raw.executemany(state_sql, states)
            orgs.clear()
            states.clear()
            if label:
                print(f"\r  {label}: {done:,}/{total:,} laptop rows", end="", flush=True)

        for rid, scope, fields in rows:
            done += 1
            full = {**fields, "id": rid, "scope": scope, "deleted": False}
            orgs.append(tuple(_sqlite_value(full.get(c)) for c in columns))
            states.append(("organisations", rid, scope, STAMP))
            if len(orgs) >= batch:
                flush()
        if orgs:
            flush()
        s.merge(LocalMeta(key=CURSOR_KEY, value=str(cursor)))
    if label:
        print(f" in {time.perf_counter() - started:.1f} s")


@contextlib.contextmanager
def server_databases(kinds: Iterable[str], tmp: Path) -> Iterator[list[tuple[str, str]]]:
    """``(label, database URL)`` for each server storage asked for ("sqlite", "postgres").

    PostgreSQL: a fresh database on ``BIOX_TEST_PG_URL`` when set, else on a throwaway cluster
    started here (as ``scripts/test.sh`` does; needs the Debian ``postgresql`` package). Each
    database is dropped afterwards.
    """
    from tests.pg import drop_pg_database, new_pg_database, pg_server_url

    out: list[tuple[str, str]] = []
    with contextlib.ExitStack() as stack:
        for kind in kinds:
            if kind == "sqlite":
                out.append(("SQLite", f"sqlite:///{tmp / 'server.sqlite3'}"))
            elif kind == "postgres":
                server = stack.enter_context(contextlib.contextmanager(pg_server_url)())
                url = new_pg_database(server)
                stack.callback(drop_pg_database, url)
                out.append(("PostgreSQL", url))
            else:
                raise SystemExit(f"unknown server storage {kind!r}: sqlite or postgres")
        yield out
