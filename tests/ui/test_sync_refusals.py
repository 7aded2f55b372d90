"""A change the server refuses by the authorisation table reaches the person who made it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from biox_desktop.core.identity import NETWORK
from biox_desktop.db.models import Organisation
from biox_desktop.ui.main_window import MainWindow
from biox_desktop.ui.operations import Operations
from tests.sync.harness import World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def test_a_refused_edit_is_shown_with_its_reason(qtbot, world: World) -> None:
    claire, claire_sync = world.laptop("claire")
    with claire.db.session() as s:
        s.add(Organisation(scope=NETWORK, name="Kansai Medical", kind="foreign_partner",
                           sector_tags=[]))  # fmt: skip
    assert claire_sync.sync().rejected == 0
    alice, _service = world.laptop("alice")
    win = MainWindow(Operations(alice), remember_geometry=False, sync_service=world.service)
    qtbot.addWidget(win)
    win.load()
    win.show()
    win.sync_action.trigger()
    qtbot.waitUntil(lambda: win.sync.state == "online", timeout=15_000)

    # Alice edits the cluster's network organisation: the server refuses (not her company's).
    with alice.db.session() as s:
        s.scalars(select(Organisation)).one().city = "Suita"
    win.sync_action.trigger()
    qtbot.waitUntil(lambda: win.sync.state == "refused", timeout=15_000)
    qtbot.waitUntil(lambda: "refused some changes" in win.status.connection.text())
    tip = win.status.connection.toolTip()
    assert "1 refused by the server" in tip and "may not edit organisations" in tip, tip
    with alice.db.session() as s:  # her copy is the server's again
        assert s.scalars(select(Organisation)).one().city is None
