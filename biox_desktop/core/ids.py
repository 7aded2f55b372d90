"""UUIDv7 identifiers made on the laptop.

Every synced row gets its id here, never from a server, so a record created offline keeps its
identity forever. UUIDv7 puts a millisecond timestamp in the high bits: ids sort by creation
time, which keeps SQLite's B-trees append-mostly and makes ids readable in logs.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand_a = 0


def uuid7(now_ms: int | None = None) -> str:
    """Return a new RFC 9562 UUIDv7 as a lowercase hyphenated string.

    Ids made in the same millisecond by this process stay strictly increasing (the 12-bit
    ``rand_a`` field is used as a counter, as RFC 9562 section 6.2 method 1 allows).
    """
    global _last_ms, _last_rand_a
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            # Same (or an earlier, if the wall clock stepped back) millisecond: count on.
            ms = _last_ms
            rand_a = _last_rand_a + 1
            if rand_a > 0xFFF:
                ms += 1
                rand_a = int.from_bytes(os.urandom(2), "big") & 0x7FF
        else:
            rand_a = int.from_bytes(os.urandom(2), "big") & 0x7FF
        _last_ms, _last_rand_a = ms, rand_a
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


def uuid7_time_ms(value: str) -> int:
    """The creation time (Unix ms) encoded in a UUIDv7 string."""
    return uuid.UUID(value).int >> 80


def is_uuid(value: str) -> bool:
    """True when ``value`` parses as a UUID."""
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return True
