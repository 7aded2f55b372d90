"""How much a sync with nothing to do costs on the server, at a small and at a large database.

Seeds the server's row table directly (10,000 and 200,000 rows by default; pass two sizes to
change), then times a no-op pull (cursor at the head) and a checksum request as the signed-in
user. Prints the medians and the large/small ratio: close to 1.0 means the cost does not grow
with the data (design target: the same at 10,000 or 1,000,000 rows).

    python bench/bench_server_pull.py [SMALL LARGE]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, update

from biox_desktop.core.hlc import Timestamp
from biox_desktop.server.db import make_engine, migrate
from biox_desktop.server.models import Counter, Device, SyncRow
from biox_desktop.server.store import Principal, Store


def seeded_store(url: str, rows: int) -> tuple[Store, Principal]:
    engine = make_engine(url)
    migrate(engine)
    store = Store(engine)
    store.init_settings()
    org = store.add_org("Bench cluster", "cluster")["id"]
    user = store.add_user("bench", org, "leader", "bench-password")
    with engine.begin() as conn:
        stamp = Timestamp(1_700_000_000_000, 0, "bench").pack()
        batch = []
        for i in range(1, rows + 1):
            batch.append({
                "tbl": "people", "row_id": f"p{i:08d}", "scope": "network" if i % 3 else f"org:{org}",
                "fields": {"name": f"Person {i}"}, "clocks": {"name": stamp}, "authors": {},
                "deleted": False, "scope_clock": stamp, "seq": i,
            })  # fmt: skip
            if len(batch) == 10_000:
                conn.execute(insert(SyncRow), batch)
                batch = []
        if batch:
            conn.execute(insert(SyncRow), batch)
        conn.execute(update(Counter).values(seq=rows))
        device_id = "bench-device"
        conn.execute(
            insert(Device).values(
                id=device_id, user_id=user.id, name="bench", token_hash="x" * 64,
                created_at=datetime(2026, 1, 1), last_seq=0, pulled_cursor=rows,
            )
        )  # fmt: skip
    return store, Principal(user=user, device_id=device_id)


def median_ms(fn: Callable[[], object], repeat: int = 200) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(url: str, rows: int) -> tuple[float, float]:
    store, who = seeded_store(url, rows)
    assert store.pull(who, rows, 1000)["changes"] == []
    pull = median_ms(lambda: store.pull(who, rows, 1000))
    sums = median_ms(lambda: store.checksums(who))
    store.engine.dispose()
    return pull, sums


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 200_000])
    args = parser.parse_args()
    small, large = args.sizes if len(args.sizes) == 2 else (10_000, 200_000)
    with tempfile.TemporaryDirectory() as tmp:
        (sp, sc), (lp, lc) = (
            measure(f"sqlite:///{Path(tmp) / f'b{n}.db'}", n) for n in (small, large)
        )
    print(f"no-op pull:  {small:>9,} rows {sp:6.2f} ms | {large:>9,} rows {lp:6.2f} ms | "
          f"ratio {lp / sp:.2f}")  # fmt: skip
    print(f"checksums:   {small:>9,} rows {sc:6.2f} ms | {large:>9,} rows {lc:6.2f} ms | "
          f"ratio {lc / sc:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
