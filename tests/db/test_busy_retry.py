"""A quick capture while the sync writes on its own connection (issue 16's sync thread).

In WAL mode a transaction that has read and then writes fails at once when another connection
committed in between (SQLITE_BUSY_SNAPSHOT: busy_timeout does not wait for it). The capture is one
transaction, so it is made again on the new data, once.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from biox_desktop.core.leads import LeadInput
from biox_desktop.db.engine import is_busy, retry_when_busy


def _sync_writes_during_first_read(ws: Any, times: int) -> list[int]:
    """Make the next ``times`` captures see another connection commit right after their first
    read (what a sync page does when it lands at that moment)."""
    original = ws.leads._validate
    landed: list[int] = []

    def validate(s: Any, data: Any, require_consent: bool) -> Any:
        found = original(s, data, require_consent)
        s.execute(text("SELECT count(*) FROM people")).scalar()  # the capture has read
        if len(landed) < times:
            with ws.db.engine.connect() as other:  # another connection, as the sync's
                other.execute(text("INSERT INTO local_meta (key, value) VALUES (:k, 'x') "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                              {"k": f"sync-page-{len(landed)}"})
                other.commit()
            landed.append(1)
        return found

    ws.leads._validate = validate
    return landed


def _lead() -> LeadInput:
    return LeadInput(name="Mei Tanaka", organisation_name="Kobe Bio",
                     emails=("mei@kobe-bio.example",), consent_given=True)


def test_the_collision_is_real(workspace: Any) -> None:
    _sync_writes_during_first_read(workspace, times=1)
    with pytest.raises(OperationalError) as raised:
        workspace.leads.capture(_lead())
    assert is_busy(raised.value)
    assert workspace.leads.ids() == []  # the failed attempt left nothing behind


def test_the_capture_is_made_again_and_once(workspace: Any) -> None:
    landed = _sync_writes_during_first_read(workspace, times=2)
    view = retry_when_busy(lambda: workspace.leads.capture(_lead()))
    assert len(landed) == 2  # two attempts collided, the third went through
    assert workspace.leads.ids() == [view.id]
    assert workspace.leads.get(view.id).name == "Mei Tanaka"


def test_other_errors_are_not_retried() -> None:
    calls: list[int] = []

    def broken() -> None:
        calls.append(1)
        raise OperationalError("INSERT", {}, Exception("no such table: leads"))

    with pytest.raises(OperationalError):
        retry_when_busy(broken)
    assert calls == [1]
