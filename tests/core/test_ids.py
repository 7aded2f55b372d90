from __future__ import annotations

import uuid

from biox_desktop.core.ids import is_uuid, uuid7, uuid7_time_ms


def test_uuid7_is_a_version_7_rfc_uuid_with_the_time_in_front() -> None:
    value = uuid.UUID(uuid7(now_ms=1_790_000_000_000))
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert uuid7_time_ms(str(value)) >= 1_790_000_000_000


def test_ids_made_in_one_millisecond_still_increase() -> None:
    ids = [uuid7(now_ms=1_800_000_000_000) for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_is_uuid() -> None:
    assert is_uuid(uuid7())
    assert not is_uuid("not-an-id")
