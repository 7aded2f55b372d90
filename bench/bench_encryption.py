"""What encryption at rest costs: start-up, search as you type and first sync, encrypted
(SQLCipher, the default) against the same work on a plain SQLite file, in one run.

Both data folders hold the same demo plus ``--contacts`` people and leads; the plain one is made
by describing it as plain before first use (as a demo folder without a keyring is). Start-up is
timed as whole processes, alternately; search over the same typed prefixes; the first sync pulls
the same ``--rows`` from one real server process into a fresh laptop of each kind. Prints medians
and the encrypted / plain ratio (the goal is <= 1.15x); no assertion.

    python bench/bench_encryption.py [--contacts 100000] [--rows 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import benchkeys  # noqa: F401  (installs a keyring for the database key)
from bench_startup import fill, timed
from synckit import (
    FAST_HASHER,
    PASSWORD,
    ServerProcess,
    bulk_server_rows,
    close_laptop,
    laptop,
    new_store,
    org_fields,
    row_id,
)

from biox_desktop.core.leads import LeadFilter
from biox_desktop.db import crypto
from biox_desktop.db.workspace import Workspace

PREFIXES = [w[:n] for w in ("Contact 4711", "Organisation 12", "c1234@example", "yamada")
            for n in range(1, len(w) + 1) if w[:n].strip()]


def plain_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    crypto.write_key_info(path, crypto.KeyInfo(crypto.MODE_PLAIN))
    return path


def search_ms(data_dir: Path, rounds: int = 3) -> float:
    ws = Workspace(data_dir)
    ws.leads.refresh_index()
    times = []
    for _ in range(rounds):
        for prefix in PREFIXES:
            t0 = time.perf_counter()
            ids = ws.leads.ids(LeadFilter(text=prefix))
            ws.leads.rows(ids[:50])
            times.append((time.perf_counter() - t0) * 1000)
    ws.close()
    return statistics.median(times)


def first_sync_s(server_base: str, folder: Path) -> float:
    ws, client = laptop(folder, server_base, "leader")
    t0 = time.perf_counter()
    client.sync()
    took = time.perf_counter() - t0
    close_laptop(ws, client)
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(f"machine load: {os.getloadavg()[0]:.2f} (1 min)")
    with tempfile.TemporaryDirectory(prefix="biox-bench-") as tmp_name:
        tmp = Path(tmp_name)
        enc_dir, plain_dir = tmp / "encrypted", plain_folder(tmp / "plain")
        for folder in (enc_dir, plain_dir):
            fill(folder, args.contacts)
        assert not crypto.is_plain_sqlite(enc_dir / "biox.sqlite3")
        assert crypto.is_plain_sqlite(plain_dir / "biox.sqlite3")

        # Start-up: whole processes, alternately, after one warm-up each.
        cmds = {name: [sys.executable, "-m", "biox_desktop", "--data-dir", str(folder),
                       "--smoke"] for name, folder in (("enc", enc_dir), ("plain", plain_dir))}
        for cmd in cmds.values():
            timed(cmd, env)
        start = {"enc": [], "plain": []}
        for _ in range(args.runs):
            for name, cmd in cmds.items():
                start[name].append(timed(cmd, env)[0])
        start_med = {k: statistics.median(v) for k, v in start.items()}

        search = {"enc": search_ms(enc_dir), "plain": search_ms(plain_dir)}

        url = f"sqlite:///{tmp / 'server.sqlite3'}"
        store = new_store(url)
        org = store.add_org("Bench cluster", "cluster")["id"]
        store.add_user("leader", org, "leader", PASSWORD, hasher=FAST_HASHER)
        bulk_server_rows(store, [(row_id(i), "network", org_fields(i))
                                 for i in range(1, args.rows + 1)],
                         total=args.rows, label="seeding")
        store.engine.dispose()
        sync = {"enc": [], "plain": []}
        with ServerProcess(url, tmp / "server.log") as server:
            for i in range(2):
                sync["enc"].append(first_sync_s(server.base, tmp / f"enc-laptop{i}"))
                sync["plain"].append(first_sync_s(
                    server.base, plain_folder(tmp / f"plain-laptop{i}")))
        sync_med = {k: statistics.median(v) for k, v in sync.items()}

    def line(what: str, enc: float, plain: float, unit: str) -> None:
        print(f"{what:<40} encrypted {enc:8.3f} {unit}   plain {plain:8.3f} {unit}   "
              f"ratio {enc / plain:.2f}x")

    print(f"{args.contacts:,} contacts; medians of {args.runs} start-ups, "
          f"{len(PREFIXES) * 3} keystrokes, 2 first syncs of {args.rows:,} rows")
    line("start-up to the main window (--smoke)", start_med["enc"], start_med["plain"], "s ")
    line("search as you type (service, 50 rows)", search["enc"], search["plain"], "ms")
    line("first sync (pull over HTTP)", sync_med["enc"], sync_med["plain"], "s ")
    print(f"machine load: {os.getloadavg()[0]:.2f} (1 min)")


if __name__ == "__main__":
    main()
