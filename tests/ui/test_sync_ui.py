"""Signing in, syncing from the window, and resolving a conflict as a coordinator would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from biox_desktop.core.identity import NETWORK
from biox_desktop.core.missions import MissionInput
from biox_desktop.db.models import Organisation
from biox_desktop.server.auth import RateLimits
from biox_desktop.server.models import SyncRow
from biox_desktop.sync.service import SyncService
from biox_desktop.ui.main_window import MainWindow
from biox_desktop.ui.operations import Operations
from biox_desktop.ui.sync import AccountDialog
from tests.sync.harness import FAST, PASSWORD, URL, World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def _window(qtbot, world: World, name: str, workspace=None) -> MainWindow:
    ops = Operations(workspace or world.workspace(name))
    win = MainWindow(ops, remember_geometry=False, sync_service=world.service)
    qtbot.addWidget(win)
    win.load()
    win.show()
    return win


def _sign_in(qtbot, win: MainWindow, user: str, password: str) -> AccountDialog:
    dialog = win.open_account()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AccountDialog))
    for field, text in ((dialog.server, URL), (dialog.username, user),
                        (dialog.password, password)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    # The test server's address is plain http: the dialog warns first and waits for a tick.
    assert dialog.insecure.isVisible() and "not encrypted" in dialog.insecure.text()
    qtbot.mouseClick(dialog.insecure_ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    return dialog


def test_sign_in_sync_and_errors_from_the_window(qtbot, world: World) -> None:
    win = _window(qtbot, world, "claire")
    qtbot.waitUntil(lambda: "no sync server set up" in win.status.connection.text())

    dialog = _sign_in(qtbot, win, "claire", "wrong")
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "wrong user name or password" in dialog.error.text()

    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed in to" in dialog.status.text())
    assert dialog.password.text() == ""  # never kept around
    ws = win.ops.workspace
    assert ws.settings.role == "leader" and "token" not in ws.settings_path.read_text()
    dialog.reject()

    # A change made offline waits; F5 sends it.
    with ws.db.session() as s:
        s.add(Organisation(id=world.cluster, scope=NETWORK, name="Lyonbiopole", kind="cluster",
                           sector_tags=[]))
    win.ops.run(lambda w: w.missions.create(MissionInput(
        name="Osaka", kind="partnering_event", country="JP", start_date=dt.date(2027, 3, 9),
        end_date=dt.date(2027, 3, 12), timezone="Asia/Tokyo", lead_cluster_id=world.cluster)),
        changes={"missions"})
    qtbot.waitUntil(lambda: "2 changes waiting" in win.status.pending.text())
    win.sync_action.trigger()
    qtbot.waitUntil(lambda: win.sync.state == "online", timeout=15_000)
    qtbot.waitUntil(lambda: win.status.pending.text() == "No changes waiting")
    # The sync runs on its own thread: the status bar may show its last step a moment longer.
    qtbot.waitUntil(lambda: win.status.connection.text() == "Online")
    assert "never" not in win.status.last_sync.text()

    # The server goes away (real HTTP to a host that does not answer): the window says so,
    # and nothing is lost.
    win.sync.service_factory = SyncService
    win.ops.run(lambda w: w.missions.delete(w.missions.list()[0].id), changes={"missions"})
    win.sync_action.trigger()
    qtbot.waitUntil(lambda: win.sync.state in ("offline", "error"), timeout=30_000)
    assert win.sync.state == "offline", win.sync.message
    qtbot.waitUntil(lambda: "Offline — server unreachable" in win.status.connection.text())
    assert "1 change waiting" in win.status.pending.text()
    win.sync.retry.stop()


def test_coordinator_resolves_a_conflict(qtbot, world: World) -> None:
    # Two leaders of one cluster (network rows are edited by their author's organisation).
    world.store.add_user("claude", world.cluster, "leader", PASSWORD, hasher=FAST)
    claire, claire_sync = world.laptop("claire")
    alice, alice_sync = world.laptop("claude")
    with claire.db.session() as s:
        s.add(Organisation(id="01a20000-0000-7000-8000-000000000001", scope=NETWORK,
                           name="Kansai Medical", kind="foreign_partner", sector_tags=[]))
    claire_sync.sync()
    alice_sync.sync()
    for ws, city in ((claire, "Osaka"), (alice, "Suita")):
        with ws.db.session() as s:
            s.scalars(select(Organisation)).one().city = city
    claire_sync.sync()
    alice_sync.sync()  # Claude's later edit wins; Claire's "Osaka" becomes a conflict

    leader_window = _window(qtbot, world, "leader", workspace=claire)
    # The leader has a Conflicts screen too (for their organisation's private scope), but a
    # conflict in the network is the coordinator's to review.
    leader_screen = leader_window.show_screen("conflicts")
    leader_screen.reload()
    qtbot.waitUntil(lambda: "No conflicts" in leader_screen.message.text(), timeout=10_000)
    cora, _ = world.laptop("cora")
    coordinator = _window(qtbot, world, "cora", workspace=cora)
    screen = coordinator.show_screen("conflicts")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    row = [screen.model.index(0, c).data() for c in range(screen.model.columnCount())]
    assert row[1] == "City" and row[2] == "Suita" and row[4] == "Osaka"
    assert row[0].startswith("Organisation ")  # the coordinator has no copy yet: its id
    assert row[3].startswith("claude") and row[5].startswith("claire")

    screen.table.selectRow(0)
    qtbot.mouseClick(screen.use_other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=10_000)
    for ws, service in ((claire, claire_sync), (alice, alice_sync)):
        service.sync()
        with ws.db.session() as s:
            assert s.scalars(select(Organisation.city)).one() == "Osaka"


def test_quitting_during_a_sync_loses_nothing(qtbot, world: World) -> None:
    win = _window(qtbot, world, "claire")
    ws = win.ops.workspace
    world.service(ws).login(URL, "claire", PASSWORD)
    with ws.db.session() as s:  # a big offline backlog: several push batches
        for i in range(1200):
            s.add(Organisation(scope=NETWORK, name=f"Contact org {i}", kind="foreign_partner",
                               sector_tags=[]))
    win.sync_action.trigger()
    qtbot.waitUntil(lambda: win.sync.busy)
    win.close()  # cancels the sync at its next step and waits for the worker
    assert win.ops.pool.activeThreadCount() == 0
    qtbot.waitUntil(lambda: not win.sync.busy)
    sent = 1200 - ws.db.pending_changes()
    with world.store.engine.connect() as conn:
        on_server = conn.execute(select(func.count()).select_from(SyncRow)).scalar()
    assert on_server == sent  # whatever left the outbox is on the server, nothing else
    # The next start sends the rest.
    report = world.service(ws).sync()
    assert report.pushed == 1200 - sent and ws.db.pending_changes() == 0


def test_the_account_dialog_lists_and_revokes_laptops(qtbot, world: World) -> None:
    ws, _service = world.laptop("claire")
    lost = world.store.login("claire", PASSWORD, "Lost laptop", "192.0.2.1", RateLimits())
    win = _window(qtbot, world, "claire", workspace=ws)
    dialog = win.open_account()
    qtbot.waitUntil(lambda: dialog.devices.count() == 2, timeout=10_000)
    texts = [dialog.devices.item(i).text() for i in range(2)]
    assert sum("this laptop" in t for t in texts) == 1
    row = next(i for i, t in enumerate(texts) if t.startswith("Lost laptop"))
    assert not dialog.revoke.isEnabled()
    dialog.devices.setCurrentRow(row)
    qtbot.mouseClick(dialog.revoke, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.devices.count() == 1, timeout=10_000)
    assert "this laptop" in dialog.devices.item(0).text()
    assert [d["revoked"] for d in world.store.list_devices("claire")
            if d["id"] == lost["device_id"]] == [True]  # fmt: skip
    dialog.reject()


def test_the_conflicts_screen_fetches_pages(qtbot, world: World,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import biox_desktop.sync.conflicts as conflicts_module
    from tests.sync.test_hardening_client import _conflicts

    monkeypatch.setattr(conflicts_module, "PAGE_SIZE", 3)
    monkeypatch.setattr(conflicts_module.ConflictService.page, "__defaults__", (0, 3))
    _conflicts(world, 7, "concurrent")
    _conflicts(world, 40, "clock_in_future", device="skewed-laptop-1")
    cora, _ = world.laptop("cora")
    win = _window(qtbot, world, "cora", workspace=cora)
    screen = win.show_screen("conflicts")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=10_000)
    assert screen.more.isVisible() and "more on the server" in screen.message.text()
    assert screen.quarantine.isVisible() and "40 changes set aside" in screen.quarantine.text()
    qtbot.mouseClick(screen.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 6, timeout=10_000)
    qtbot.mouseClick(screen.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 7, timeout=10_000)
    assert not screen.more.isVisible() and screen.message.text() == "7 conflicts to review"
