"""Push of 1,000 operations from a laptop to a real server process.

A signed-in desktop workspace writes 1,000 new organisations through its session (journaled,
as every edit is); the sync client then pushes its outbox to ``biox-server serve`` on 127.0.0.1
(batches of the client's size, one server transaction each). The reference is a plain
``sqlite3`` bulk insert of the same rows in the same run. Several rounds with fresh rows; prints
the medians in operations per second and the ratio. No assertion on time.

    python bench/bench_sync_push.py [--ops 1000] [--rounds 3] [--servers sqlite,postgres]

Both server storages by default: SQLite, and PostgreSQL (``BIOX_TEST_PG_URL``, or a throwaway
cluster started for the run).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select
from synckit import (
    FAST_HASHER,
    PASSWORD,
    ServerProcess,
    close_laptop,
    laptop,
    median,
    new_store,
    org_fields,
    raw_insert,
    row_id,
    server_databases,
)

from biox_desktop.core.progress import Progress
from biox_desktop.db.models import Organisation
from biox_desktop.server.models import SyncRow
from biox_desktop.sync.client import SyncReport
from biox_desktop.sync.codec import wire_to_python


def run(url: str, tmp: Path, n: int, rounds: int) -> dict[str, float]:
    """Rounds of edit, push and sync against a server on ``url``; the medians in seconds."""
    edit_s, push_s, sync_s, raw_s = [], [], [], []
    store = new_store(url)
    org = store.add_org("Bench cluster", "cluster")["id"]
    store.add_user("leader", org, "leader", PASSWORD, hasher=FAST_HASHER)
    with ServerProcess(url, tmp / "server.log") as server:
        ws, client = laptop(tmp / "laptop", server.base, "leader")
        client.sync()
        for r in range(rounds):
            rows = [(row_id(r * n + i, "w"), "network", org_fields(r * n + i, "Pushed"))
                    for i in range(1, n + 1)]  # fmt: skip
            t = time.perf_counter()
            with ws.db.session() as s:
                for rid, scope, fields in rows:
                    values = {k: wire_to_python("organisations", k, v)
                              for k, v in fields.items()}  # fmt: skip
                    s.add(Organisation(id=rid, scope=scope, **values))
            edit_s.append(time.perf_counter() - t)
            assert ws.db.pending_changes() == n

            report = SyncReport()
            t = time.perf_counter()
            client.push(report, Progress())
            push_s.append(time.perf_counter() - t)
            if report.pushed != n or report.rejected or ws.db.pending_changes():
                raise SystemExit(f"push did not take every operation: {report}")

            t = time.perf_counter()
            check = client.sync()  # pulls its own rows back, compares checksums
            sync_s.append(time.perf_counter() - t)
            if check.redownloaded_scopes:
                raise SystemExit(f"checksums differ after the push: {check}")

            raw_s.append(raw_insert(tmp / f"raw-{r}.sqlite3", rows))
        close_laptop(ws, client)
    with store.engine.connect() as conn:
        on_server = conn.scalar(select(func.count()).select_from(SyncRow)
                                .where(SyncRow.tbl == "organisations"))  # fmt: skip
    store.engine.dispose()
    if on_server != n * rounds:
        raise SystemExit(f"the server holds {on_server} rows, expected {n * rounds}")
    return {name: median(x) for name, x in
            (("edit", edit_s), ("push", push_s), ("sync", sync_s), ("raw", raw_s))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--servers", default="sqlite,postgres",
                        help="server storages to measure, comma-separated (sqlite, postgres)")
    args = parser.parse_args()
    n = args.ops
    with tempfile.TemporaryDirectory(prefix="biox-bench-") as tmp_name:
        tmp = Path(tmp_name)
        with server_databases(args.servers.split(","), tmp) as servers:
            for label, url in servers:
                folder = tmp / label
                folder.mkdir()
                m = run(url, folder, n, args.rounds)
                edit, push, sync, raw = m["edit"], m["push"], m["sync"], m["raw"]
                print(f"== server on {label}")
                print(f"{n:,} journaled local inserts (ORM): {edit * 1000:8.1f} ms "
                      f"{n / edit:>9,.0f} ops/s")  # fmt: skip
                print(f"push of {n:,} operations over HTTP:  {push * 1000:8.1f} ms "
                      f"{n / push:>9,.0f} ops/s")  # fmt: skip
                print(f"the sync after it (pull back, check): {sync * 1000:7.1f} ms")
                print(f"raw sqlite3 bulk insert of the rows: {raw * 1000:8.1f} ms "
                      f"{n / raw:>9,.0f} ops/s")  # fmt: skip
                print(f"ratio (push time / raw insert time): {push / raw:.1f}x "
                      f"(medians of {args.rounds} rounds)")


if __name__ == "__main__":
    main()
