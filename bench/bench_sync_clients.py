"""50 laptops syncing at once against one real server process, and nothing lost.

``biox-server serve`` (uvicorn) runs on 127.0.0.1 over a SQLite file. 50 users (5 cluster
leaders and 45 delegates of 5 companies) each get a desktop workspace and make offline edits
through it (journaled): shared organisations and their company's private contacts. Then all 50
sync at the same moment (one thread each, released together by a barrier). Afterwards every
edit must be on the server, every outbox empty, and after a second simultaneous round every
laptop must hold every shared row and its company's private rows, never another company's.
A third round syncs the same amount of new edits one laptop after another, for the ratio.

Prints the wall times, per-laptop latencies and operations per second. No assertion on time;
a lost change or a failed sync ends the run with a non-zero status.

    python bench/bench_sync_clients.py [--clients 50] [--shared 20] [--private 10]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
import traceback
from pathlib import Path

from sqlalchemy import select
from synckit import (
    FAST_HASHER,
    PASSWORD,
    ServerProcess,
    close_laptop,
    laptop,
    median,
    new_store,
)

from biox_desktop.core.ids import uuid7
from biox_desktop.db.models import Organisation, Person
from biox_desktop.db.workspace import Workspace
from biox_desktop.server.models import SyncRow
from biox_desktop.server.store import Store
from biox_desktop.sync.client import SyncClient

COMPANIES = 5


class Member:
    def __init__(self, name: str, org: str, ws: Workspace, client: SyncClient) -> None:
        self.name, self.org, self.ws, self.client = name, org, ws, client
        self.written: dict[tuple[str, str], str] = {}  # (table, id) -> name

    def edit(self, shared: int, private: int, tag: str) -> None:
        with self.ws.db.session() as s:
            for i in range(shared):
                rid, name = uuid7(), f"{self.name} {tag} org {i}"
                s.add(Organisation(id=rid, scope="network", name=name, kind="foreign_partner",
                                   sector_tags=[], created_by=self.ws.identity.user_id))  # fmt: skip
                self.written[("organisations", rid)] = name
            for i in range(private):
                rid, name = uuid7(), f"{self.name} {tag} contact {i}"
                s.add(Person(id=rid, scope=f"org:{self.org}", name=name,
                             created_by=self.ws.identity.user_id))  # fmt: skip
                self.written[("people", rid)] = name


def all_at_once(members: list[Member]) -> tuple[float, list[float], list[str], int]:
    """Sync every laptop at the same moment.

    Returns the wall seconds, per-laptop seconds, errors, and how many scopes laptops had to
    download again because their checksums did not match the server's.
    """
    barrier = threading.Barrier(len(members) + 1)
    took: list[float] = [0.0] * len(members)
    errors: list[str] = []
    again: list[int] = []

    def run(k: int, m: Member) -> None:
        barrier.wait(60)
        t = time.perf_counter()
        try:
            again.append(len(m.client.sync().redownloaded_scopes))
        except Exception as exc:  # counted and reported: the run then fails
            errors.append(f"{m.name}: {type(exc).__name__}: {exc}")
            traceback.print_exc()
        took[k] = time.perf_counter() - t

    threads = [threading.Thread(target=run, args=(k, m)) for k, m in enumerate(members)]
    for t in threads:
        t.start()
    barrier.wait(60)
    started = time.perf_counter()
    for t in threads:
        t.join(600)
    return time.perf_counter() - started, took, errors, sum(again)


def one_by_one(members: list[Member]) -> float:
    started = time.perf_counter()
    for m in members:
        m.client.sync()
    return time.perf_counter() - started


def nothing_lost(store: Store, members: list[Member],
                 problems: list[str]) -> dict[tuple[str, str], str]:  # fmt: skip
    """Every row any laptop wrote is on the server with its value; every outbox is empty."""
    with store.engine.connect() as conn:
        on_server = {(r.tbl, r.row_id): r.fields.get("name")
                     for r in conn.execute(select(SyncRow))}  # fmt: skip
    written: dict[tuple[str, str], str] = {}
    for m in members:
        written.update(m.written)
    lost = [k for k, v in written.items() if on_server.get(k) != v]
    check(not lost, f"{len(lost)} changes are not on the server: {lost[:5]}", problems)
    pending = sum(m.ws.db.pending_changes() for m in members)
    check(pending == 0, f"{pending} changes still wait in outboxes", problems)
    return written


def check(ok: bool, message: str, problems: list[str]) -> None:
    if not ok:
        problems.append(message)
        print(f"  PROBLEM: {message}")


def quiet_logs() -> None:
    """The client logs each checksum mismatch; the benchmark counts them instead."""
    import logging

    logging.getLogger("biox_desktop.sync.client").setLevel(logging.ERROR)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--shared", type=int, default=20, help="shared rows per laptop")
    parser.add_argument("--private", type=int, default=10, help="private rows per laptop")
    args = parser.parse_args()
    quiet_logs()
    problems: list[str] = []
    per_round = args.clients * (args.shared + args.private)
    with tempfile.TemporaryDirectory(prefix="biox-bench-") as tmp_name:
        tmp = Path(tmp_name)
        url = f"sqlite:///{tmp / 'server.sqlite3'}"
        store = new_store(url)
        cluster = store.add_org("Bench cluster", "cluster")["id"]
        smes = [store.add_org(f"Bench SME {c}", "sme")["id"] for c in range(COMPANIES)]
        people: list[tuple[str, str]] = []
        for k in range(args.clients):
            org, role = (cluster, "leader") if k % 10 == 0 else (smes[k % COMPANIES], "delegate")
            name = f"user{k:02d}"
            store.add_user(name, org, role, PASSWORD, hasher=FAST_HASHER)
            people.append((name, org))
        with ServerProcess(url, tmp / "server.log") as server:
            members = []
            for name, org in people:
                ws, client = laptop(tmp / name, server.base, name)
                members.append(Member(name, org, ws, client))
            for m in members:
                m.edit(args.shared, args.private, "r1")

            wall1, took1, errors, again1 = all_at_once(members)
            for e in errors:
                check(False, f"sync failed: {e}", problems)
            print(f"round 1: {args.clients} laptops pushing {per_round:,} operations at once: "
                  f"{wall1:6.2f} s wall, {per_round / wall1:,.0f} ops/s; per laptop median "
                  f"{median(took1):.2f} s, slowest {max(took1):.2f} s; {again1} scopes "
                  "downloaded again after a checksum mismatch")  # fmt: skip

            for m in members:  # a failed sync is retried here so the check below is meaningful
                if m.ws.db.pending_changes():
                    m.client.sync()
            written = nothing_lost(store, members, problems)

            wall2, took2, errors, again2 = all_at_once(members)
            for e in errors:
                check(False, f"sync failed: {e}", problems)
            print(f"round 2: {args.clients} laptops pulling everyone's rows at once: "
                  f"{wall2:6.2f} s wall; per laptop median {median(took2):.2f} s; {again2} scopes "
                  "downloaded again")
            shared_ids = {k[1] for k in written if k[0] == "organisations"}
            for m in members:
                with m.ws.db.session() as s:
                    orgs = set(s.scalars(select(Organisation.id)))
                    scopes = set(s.scalars(select(Person.scope)))
                check(shared_ids <= orgs, f"{m.name} misses shared rows", problems)
                check(scopes <= {f"org:{m.org}"}, f"{m.name} holds {scopes - {f'org:{m.org}'}}",
                      problems)  # fmt: skip

            for m in members:
                m.edit(args.shared, args.private, "r3")
            wall3 = one_by_one(members)
            print(f"round 3: the same {per_round:,} operations, one laptop after another: "
                  f"{wall3:6.2f} s, {per_round / wall3:,.0f} ops/s")
            print(f"ratio (all at once / one by one, wall time): {wall1 / wall3:.2f}")
            total = len(nothing_lost(store, members, problems))
            for m in members:
                close_laptop(m.ws, m.client)
        store.engine.dispose()
    if problems:
        raise SystemExit(f"{len(problems)} problems: nothing may be lost")
    print(f"nothing lost: all {len(written):,} changes of round 1 and {total:,} in all are on "
          "the server; every outbox is empty")


if __name__ == "__main__":
    main()
