"""A sync with nothing to do, at 10,000 and at 1,000,000 server rows (design: the same cost).

For each size a server database is filled in bulk: N organisations in a cluster's private
scope plus 1,000 in the shared ``network`` scope. ``biox-server serve`` runs on 127.0.0.1 and two
laptops, already in step with the server (their local databases filled in bulk as if synced),
each time complete syncs (push of an empty outbox, one pull page, checksum comparison):

* a delegate of another company, who sees only the 1,000 shared rows: what the *server's* size
  costs a sync with nothing to do;
* the cluster's leader, who sees and holds all N + 1,000 rows: what a laptop holding the data
  pays as well (the client compares its own per-scope checksums every sync).

Prints medians and the large/small ratios (near 1 is the design target). No assertion on time.

    python bench/bench_sync_noop.py [--rows-small 10000] [--rows-large 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from synckit import (
    FAST_HASHER,
    PASSWORD,
    ServerProcess,
    bulk_server_rows,
    close_laptop,
    laptop,
    median,
    new_store,
    org_fields,
    row_id,
    seed_laptop,
)

from biox_desktop.sync.client import SyncClient, SyncReport

SHARED = 1_000


def private_rows(n: int, scope: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for i in range(1, n + 1):
        yield row_id(i, "p"), scope, org_fields(i, "Private")


def shared_rows() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for i in range(1, SHARED + 1):
        yield row_id(i, "s"), "network", org_fields(i, "Shared")


def timed_noop(client: SyncClient, repeat: int) -> tuple[float, SyncReport]:
    first = client.sync()  # warm-up; must find nothing to do
    moved = first.pushed + first.pulled + first.evicted + len(first.redownloaded_scopes)
    if moved:
        raise SystemExit(f"the laptop was not in step with the server: {first}")
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        report = client.sync()
        times.append((time.perf_counter() - t) * 1000)
    return median(times), report


def measure(n: int, repeat: int, tmp: Path) -> tuple[float, float]:
    print(f"{n:,} server rows:")
    url = f"sqlite:///{tmp / f'server-{n}.sqlite3'}"
    store = new_store(url)
    cluster = store.add_org("Bench cluster", "cluster")["id"]
    sme = store.add_org("Bench SME", "sme")["id"]
    store.add_user("leader", cluster, "leader", PASSWORD, hasher=FAST_HASHER)
    store.add_user("delegate", sme, "delegate", PASSWORD, hasher=FAST_HASHER)
    scope = f"org:{cluster}"
    bulk_server_rows(store, private_rows(n, scope), total=n, label="seeding server")
    bulk_server_rows(store, shared_rows(), total=SHARED)
    head = n + SHARED
    store.engine.dispose()
    with ServerProcess(url, tmp / f"server-{n}.log") as server:
        ws_d, delegate = laptop(tmp / f"delegate-{n}", server.base, "delegate")
        seed_laptop(ws_d, shared_rows(), head, total=SHARED)
        ws_l, leader = laptop(tmp / f"leader-{n}", server.base, "leader")

        def everything() -> Iterator[tuple[str, str, dict[str, Any]]]:
            yield from private_rows(n, scope)
            yield from shared_rows()

        seed_laptop(ws_l, everything(), head, total=head, label="seeding leader's laptop")
        d_ms, _ = timed_noop(delegate, repeat)
        print(f"  delegate (sees {SHARED:,} rows): no-op sync median {d_ms:8.1f} ms")
        l_ms, _ = timed_noop(leader, repeat)
        print(f"  leader (holds {head:,} rows):  no-op sync median {l_ms:8.1f} ms")
        close_laptop(ws_d, delegate)
        close_laptop(ws_l, leader)
    return d_ms, l_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows-small", type=int, default=10_000)
    parser.add_argument("--rows-large", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="biox-bench-") as tmp_name:
        tmp = Path(tmp_name)
        small_d, small_l = measure(args.rows_small, args.repeat, tmp)
        large_d, large_l = measure(args.rows_large, args.repeat, tmp)
    small, large = f"{args.rows_small:,}", f"{args.rows_large:,}"
    print(f"no-op sync, delegate (server size only): {small} rows {small_d:8.1f} ms | "
          f"{large} rows {large_d:8.1f} ms | ratio {large_d / small_d:.2f}")
    print(f"no-op sync, leader (laptop holds all):   {small} rows {small_l:8.1f} ms | "
          f"{large} rows {large_l:8.1f} ms | ratio {large_l / small_l:.2f}")


if __name__ == "__main__":
    main()
