"""PostgreSQL-only guarantees: late commits never skipped, several server processes agree."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from biox_desktop.server.app import create_app
from biox_desktop.server.db import make_engine

from .conftest import Harness, Laptop, TestClient, clock, upsert

pytestmark = pytest.mark.postgres
NOW = int(time.time() * 1000)


def _second_instance(url: str) -> tuple[Any, TestClient]:
    """Another server process's worth of state: its own engine, app and store."""
    engine = make_engine(url)
    app = create_app(engine=engine)  # migrating again is a no-op
    app.state.store.check_schema = False  # generic rows, like the Harness (see conftest)
    return engine, TestClient(app)


def _as(laptop: Laptop, api: TestClient) -> Laptop:
    """The same signed-in laptop talking to another server instance."""
    twin = Laptop.__new__(Laptop)
    twin.api, twin.token, twin.device_id, twin.user = (
        api,
        laptop.token,
        laptop.device_id,
        laptop.user,
    )
    twin.cursor = 0
    return twin


def test_a_change_committed_late_is_never_skipped(pg_url: str) -> None:
    """A takes seq 1 and stalls; B (another process) pushes; a pull runs; A commits.

    B cannot even take a seq while A holds the push lock, so seq order is commit order: the
    pull in between sees neither, and the next pull delivers A's change and then B's.
    """
    h = Harness(pg_url)
    engine_b, api_b = _second_instance(pg_url)
    try:
        alice, leader, reader = h.login("alice"), h.login("leader"), h.login("coord")
        leader_b = _as(leader, api_b)
        a_has_seq, release_a = threading.Event(), threading.Event()

        def stall() -> None:
            a_has_seq.set()
            assert release_a.wait(30)

        h.store.before_commit = stall
        done: dict[str, Any] = {}

        def push_a() -> None:
            done["a"] = alice.push(upsert(1, "people", "pa", "network", {"n": "A"}, clock(NOW)))
            done["a_at"] = time.monotonic()

        def push_b() -> None:
            done["b"] = leader_b.push(upsert(1, "people", "pb", "network", {"n": "B"}, clock(NOW)))
            done["b_at"] = time.monotonic()

        ta = threading.Thread(target=push_a)
        ta.start()
        assert a_has_seq.wait(30)
        h.store.before_commit = None
        tb = threading.Thread(target=push_b)
        tb.start()
        time.sleep(0.5)
        assert "b" not in done, "B committed while A, holding an earlier seq, was in flight"
        first = reader.post("pull", {"cursor": 0, "limit": 100}).json()
        assert first["changes"] == [] and first["cursor"] == 0
        release_a.set()
        ta.join(30)
        tb.join(30)
        assert done["a_at"] <= done["b_at"]
        second = reader.post("pull", {"cursor": first["cursor"], "limit": 100}).json()
        assert [c["row_id"] for c in second["changes"]] == ["pa", "pb"]
        assert second["changes"][0]["seq"] < second["changes"][1]["seq"]
    finally:
        release_a.set()
        api_b.close()
        engine_b.dispose()
        h.close()


def test_concurrent_pushes_through_two_instances_are_all_delivered(pg_url: str) -> None:
    """Writers on two server instances and a reader pulling all along: nothing is skipped."""
    h = Harness(pg_url)
    engine_b, api_b = _second_instance(pg_url)
    try:
        writers = [h.login("leader"), _as(h.login("leader2"), api_b), h.login("alice"),
                   _as(h.login("bob"), api_b)]  # fmt: skip
        reader = h.login("coord")
        stop = threading.Event()
        seen: set[str] = set()

        def read() -> None:
            while not stop.is_set():
                for c in reader.pull_all(limit=7):
                    seen.add(c["row_id"])

        def write(i: int, laptop: Laptop) -> None:
            for k in range(15):
                laptop.push(upsert(k + 1, "people", f"w{i}-{k}", "network", {"k": k},
                                   clock(NOW + k, node=f"n{i}")))  # fmt: skip

        threads = [threading.Thread(target=write, args=(i, w)) for i, w in enumerate(writers)]
        rt = threading.Thread(target=read)
        rt.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        stop.set()
        rt.join(60)
        for c in reader.pull_all():
            seen.add(c["row_id"])
        assert seen == {f"w{i}-{k}" for i in range(4) for k in range(15)}
    finally:
        api_b.close()
        engine_b.dispose()
        h.close()


def test_two_instances_give_the_same_answers(pg_url: str) -> None:
    h = Harness(pg_url)
    engine_b, api_b = _second_instance(pg_url)
    try:
        alice = h.login("alice")
        alice_b = _as(alice, api_b)
        scope = f"org:{h.sme1}"
        alice.push(upsert(1, "leads", "l1", scope, {"name": "Ann"}, clock(NOW)))
        # The retry lands on the other instance: applied exactly once, and that instance
        # gives the first answer (results are remembered in the database, not in a process).
        again = alice_b.push(upsert(1, "leads", "l1", scope, {"name": "Ann"}, clock(NOW)))
        assert again["results"][0]["status"] == "applied"
        alice_b.push(upsert(2, "leads", "l2", scope, {"name": "Bo"}, clock(NOW + 1)))
        a_changes = alice.pull_all()
        b_changes = _as(alice, api_b).pull_all()
        assert a_changes == b_changes and len(a_changes) == 2
        assert alice.get("checksums").json() == alice_b.get("checksums").json()
        assert alice.get("me").json() == alice_b.get("me").json()
        # Revoked on one instance: refused by the other at once.
        assert alice.post("logout", {}).status_code == 200
        assert alice_b.get("me").json()["error"] == "device_revoked"
        # The login rate limit is shared too (it lives in the database).
        for api in (h.api, api_b, h.api, api_b, h.api):
            api.post("/api/v1/login", json={"username": "bob", "password": "x"},
                     headers={"X-Biox-Protocol": "1", "X-Biox-Schema": "1"})  # fmt: skip
        r = api_b.post("/api/v1/login", json={"username": "bob", "password": "x"},
                       headers={"X-Biox-Protocol": "1", "X-Biox-Schema": "1"})  # fmt: skip
        assert r.status_code == 429
    finally:
        api_b.close()
        engine_b.dispose()
        h.close()
