"""Hybrid logical clock: orders concurrent writes to the same field across laptops.

A timestamp is (wall milliseconds, counter, node id). It never goes backwards on one node, even
when the wall clock does, and it moves past every timestamp the node has seen from others, so a
write made after seeing another write always sorts after it. Packed timestamps are fixed-width
strings that sort lexicographically in clock order, so they can be compared in SQL too.

The server, not the clock, orders the change feed; the clock only decides which of two writes
to one field wins.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# Fixed widths: 15 decimal digits of ms covers the year 33658; 6 digits of counter.
_MS_WIDTH = 15
_COUNTER_WIDTH = 6
MAX_COUNTER = 10**_COUNTER_WIDTH - 1

#: A remote clock further ahead of our wall clock than this is not trusted to advance ours;
#: the server quarantines such writes as conflicts instead of letting them win forever.
MAX_DRIFT_MS = 24 * 3600 * 1000


class ClockDriftError(ValueError):
    """A remote timestamp is too far in the future to be believed."""


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    """One HLC reading. Orders by (wall_ms, counter, node)."""

    wall_ms: int
    counter: int
    node: str

    def pack(self) -> str:
        """Fixed-width string form that sorts like the timestamp itself."""
        return f"{self.wall_ms:0{_MS_WIDTH}d}-{self.counter:0{_COUNTER_WIDTH}d}-{self.node}"

    @classmethod
    def unpack(cls, packed: str) -> Timestamp:
        """Parse :meth:`pack` output; raises ``ValueError`` on anything else."""
        try:
            ms, counter, node = packed.split("-", 2)
            if len(ms) != _MS_WIDTH or len(counter) != _COUNTER_WIDTH or not node:
                raise ValueError
            return cls(int(ms), int(counter), node)
        except (ValueError, AttributeError):
            raise ValueError(f"not a hybrid logical clock timestamp: {packed!r}") from None

    def __str__(self) -> str:
        return self.pack()


def _wall_ms() -> int:
    return int(time.time() * 1000)


class HybridLogicalClock:
    """A thread-safe HLC for one node (one laptop's device id, or the server)."""

    def __init__(self, node: str, wall: Callable[[], int] = _wall_ms) -> None:
        if not node or "-" in node:
            raise ValueError("node id must be non-empty and contain no '-'")
        self.node = node
        self._wall = wall
        self._lock = threading.Lock()
        self._ms = 0
        self._counter = 0
        #: Added to the wall clock: a correction learnt from the server when this machine's
        #: clock is badly wrong (see :meth:`correct`).
        self.offset_ms = 0
        #: The newest remote (wall ms, counter) observed: a floor for corrections.
        self._remote: tuple[int, int] = (0, 0)

    def now(self) -> Timestamp:
        """A timestamp for a local event, greater than every one issued or seen before."""
        with self._lock:
            wall = self._wall() + self.offset_ms
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._counter += 1
                if self._counter > MAX_COUNTER:
                    # Counter exhausted within one logical ms: borrow the next millisecond.
                    self._ms += 1
                    self._counter = 0
            return Timestamp(self._ms, self._counter, self.node)

    def observe(self, remote: Timestamp | str) -> Timestamp:
        """Merge a timestamp received from another node; returns the updated local reading.

        Raises :class:`ClockDriftError` (and leaves the clock untouched) when the remote
        timestamp is more than :data:`MAX_DRIFT_MS` ahead of the local wall clock.
        """
        ts = Timestamp.unpack(remote) if isinstance(remote, str) else remote
        with self._lock:
            wall = self._wall() + self.offset_ms
            if ts.wall_ms - wall > MAX_DRIFT_MS:
                raise ClockDriftError(
                    f"timestamp from node {ts.node} is {(ts.wall_ms - wall) / 3_600_000:.1f} h "
                    "ahead of this clock"
                )
            top = max(wall, self._ms, ts.wall_ms)
            if top == self._ms == ts.wall_ms:
                counter = max(self._counter, ts.counter) + 1
            elif top == self._ms:
                counter = self._counter + 1
            elif top == ts.wall_ms:
                counter = ts.counter + 1
            else:
                counter = 0
            if counter > MAX_COUNTER:
                top, counter = top + 1, 0
            self._ms, self._counter = top, counter
            self._remote = max(self._remote, (ts.wall_ms, ts.counter))
            return Timestamp(self._ms, self._counter, self.node)

    def correct(self, reference_ms: int, *, floor_ms: int = 0) -> bool:
        """Follow a trusted clock (the server's) when ours runs more than half the allowed
        drift ahead of it; returns True when a correction was made.

        Logical time may then step back, but never below ``floor_ms`` nor below any remote
        timestamp observed: timestamps issued while far ahead were quarantined by the server,
        never stored, so nothing stored can end up ahead of new local writes.
        """
        with self._lock:
            local = self._wall() + self.offset_ms
            if local - reference_ms <= MAX_DRIFT_MS // 2 and self._ms - reference_ms <= (
                MAX_DRIFT_MS // 2
            ):
                return False
            self.offset_ms += reference_ms - local
            self._ms, self._counter = max((reference_ms, 0), (floor_ms, 0), self._remote)
            return True

    def is_far_ahead_of(self, reference_ms: int) -> bool:
        """True when timestamps of this clock would be quarantined by a server at
        ``reference_ms``."""
        with self._lock:
            return self._ms - reference_ms > MAX_DRIFT_MS // 2

    def last(self) -> Timestamp:
        """The most recent reading, without advancing the clock."""
        with self._lock:
            return Timestamp(self._ms, self._counter, self.node)
