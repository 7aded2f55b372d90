"""Fixtures shared by the report tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="module")
def scheduled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    """The demo workspace with the Osaka mission scheduled, and that mission's id."""
    from biox_desktop.db.workspace import Workspace

    # Module-scoped: it opens before the per-test in-memory keyring exists, so its database
    # key comes from a passphrase instead (the keyring of a headless machine refuses it).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BIOX_PASSPHRASE", "reports-module-fixture")
        ws = Workspace(tmp_path_factory.mktemp("agenda"))
    ws.seed_demo()
    mid = ws.settings.current_mission_id
    ws.agenda.schedule(mid)
    yield ws, mid
    ws.close()
