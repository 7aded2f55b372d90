from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biox_desktop.core.hlc import (
    MAX_DRIFT_MS,
    ClockDriftError,
    HybridLogicalClock,
    Timestamp,
)


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_now_is_strictly_increasing_even_when_the_wall_clock_steps_back() -> None:
    wall = FakeWall(1_000_000)
    clock = HybridLogicalClock("a", wall)
    first = clock.now()
    wall.ms -= 60_000  # the laptop's clock is corrected backwards by a minute
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert second.wall_ms == first.wall_ms  # logical time does not follow the wall back


def test_observe_moves_past_a_remote_timestamp() -> None:
    wall = FakeWall(1_000)
    clock = HybridLogicalClock("a", wall)
    remote = Timestamp(5_000, 7, "b")
    after = clock.observe(remote)
    assert after > remote
    assert clock.now() > after


def test_a_clock_far_in_the_future_is_refused_and_leaves_the_clock_alone() -> None:
    wall = FakeWall(1_000)
    clock = HybridLogicalClock("a", wall)
    before = clock.now()
    with pytest.raises(ClockDriftError, match="ahead"):
        clock.observe(Timestamp(1_000 + MAX_DRIFT_MS + 1, 0, "b"))
    assert clock.last() == before


@given(
    st.lists(
        st.tuples(st.integers(0, 10**12), st.integers(0, 999_999), st.text("abc", min_size=1)),
        min_size=2,
        max_size=30,
    )
)
def test_packed_strings_sort_like_timestamps(raw: list[tuple[int, int, str]]) -> None:
    stamps = [Timestamp(ms, c, n) for ms, c, n in raw]
    assert sorted(stamps) == sorted(stamps, key=lambda t: t.pack())
    for t in stamps:
        assert Timestamp.unpack(t.pack()) == t


def test_unpack_refuses_garbage() -> None:
    with pytest.raises(ValueError, match="not a hybrid logical clock"):
        Timestamp.unpack("yesterday")


def test_concurrent_readings_are_unique() -> None:
    clock = HybridLogicalClock("a")
    seen: list[Timestamp] = []
    lock = threading.Lock()

    def work() -> None:
        local = [clock.now() for _ in range(2000)]
        with lock:
            seen.extend(local)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == len(seen) == 8000


def test_a_clock_far_ahead_follows_the_server_but_never_below_what_it_has_seen() -> None:
    wall = FakeWall(10 * 86_400_000)  # this laptop thinks it is ten days later
    clock = HybridLogicalClock("a", wall)
    server_ms = 2 * 86_400_000
    remote = Timestamp(server_ms + 5_000, 3, "srv")  # a change it received from the server
    clock.observe(remote)
    assert clock.is_far_ahead_of(server_ms)
    assert clock.correct(server_ms) is True
    after = clock.now()
    assert after.wall_ms - server_ms < 60_000  # back near the server's time...
    assert after > remote  # ...but never below what it had seen
    assert not clock.is_far_ahead_of(server_ms)
    assert clock.correct(server_ms) is False  # nothing more to do
    wall.ms += 10_000
    assert clock.now().wall_ms == server_ms + 10_000  # it follows its own (corrected) wall
