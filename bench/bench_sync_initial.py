"""First sync of a fresh laptop: 100,000 rows pulled from a real server process.

The server database is filled directly (organisations in the ``network`` scope, with the feed
counter and scope checksums kept as pushes keep them); ``biox-server serve`` then runs on
127.0.0.1 and a fresh desktop workspace syncs once (push of nothing, pull in pages, checksum
comparison). The reference is a plain ``sqlite3`` bulk insert of the same rows into the same
table in the same run. Prints rows per second for both and their ratio (no assertion on time).

    python bench/bench_sync_initial.py [--rows 100000] [--servers sqlite,postgres]

Both server storages by default: SQLite, and PostgreSQL (``BIOX_TEST_PG_URL``, or a throwaway
cluster started for the run).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from synckit import (
    FAST_HASHER,
    PASSWORD,
    ServerProcess,
    bulk_server_rows,
    close_laptop,
    laptop,
    new_store,
    org_fields,
    raw_insert,
    row_id,
    server_databases,
)

from biox_desktop.core.progress import Progress
from biox_desktop.db.models import Organisation


def rows(n: int) -> list[tuple[str, str, dict[str, object]]]:
    return [(row_id(i), "network", org_fields(i)) for i in range(1, n + 1)]


def run(url: str, tmp: Path, data: list[tuple[str, str, dict[str, object]]]) -> None:
    """Seed a server on ``url``, sync a fresh laptop from it, print the figures."""
    store = new_store(url)
    org = store.add_org("Bench cluster", "cluster")["id"]
    store.add_user("leader", org, "leader", PASSWORD, hasher=FAST_HASHER)
    bulk_server_rows(store, data, total=len(data), label="seeding")
    store.engine.dispose()

    raw_s = raw_insert(tmp / "raw.sqlite3", data)

    with ServerProcess(url, tmp / "server.log") as server:
        ws, client = laptop(tmp / "laptop", server.base, "leader")
        pages = []

        def shown(done: int, total: int, message: str) -> None:
            pages.append(done)

        t = time.perf_counter()
        report = client.sync(Progress(shown))
        sync_s = time.perf_counter() - t
        with ws.db.session() as s:
            local = s.query(Organisation).count()
        close_laptop(ws, client)
    if local != len(data) or report.redownloaded_scopes:
        raise SystemExit(f"laptop holds {local:,} rows, expected {len(data):,}; "
                         f"re-downloaded scopes {report.redownloaded_scopes}")  # fmt: skip

    sync_rate, raw_rate = len(data) / sync_s, len(data) / raw_s
    print(f"first sync (pull) of {len(data):,} rows over HTTP: {sync_s:7.2f} s "
          f"{sync_rate:>10,.0f} rows/s ({report.pulled:,} pulled, {len(pages)} progress steps)")
    print(f"raw sqlite3 bulk insert of the same rows:        {raw_s:7.2f} s "
          f"{raw_rate:>10,.0f} rows/s")  # fmt: skip
    print(f"ratio (sync time / raw insert time): {sync_s / raw_s:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--servers", default="sqlite,postgres",
                        help="server storages to measure, comma-separated (sqlite, postgres)")
    args = parser.parse_args()
    data = rows(args.rows)
    with tempfile.TemporaryDirectory(prefix="biox-bench-") as tmp_name:
        tmp = Path(tmp_name)
        with server_databases(args.servers.split(","), tmp) as servers:
            for label, url in servers:
                folder = tmp / label
                folder.mkdir()
                print(f"== server on {label}")
                run(url, folder, data)


if __name__ == "__main__":
    main()
