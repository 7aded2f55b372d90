"""The window on a real network: refused changes in a banner, roles taking effect at once.

The server is set up by its admin commands (``biox-server``'s code, see test_directory.py) and
runs in process; the window is driven as a person would (pytest-qt: click, type, read).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from biox_desktop.core.missions import MissionInput
from biox_desktop.db.models import Mission, SyncRejection
from biox_desktop.db.workspace import Workspace
from biox_desktop.sync.service import SyncService
from biox_desktop.ui.main_window import MainWindow
from biox_desktop.ui.operations import Operations
from biox_desktop.ui.sync import AccountDialog

from .test_directory import PASSWORD, URL, Network, admin


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Network]:
    n = Network(tmp_path)
    admin(n.url, "org", "add", "Lyonbiopole", "--kind", "cluster")
    admin(n.url, "org", "add", "Acme Diagnostics", "--kind", "sme", "--cluster", "Lyonbiopole")
    for name, org, role in (("claire", "Lyonbiopole", "leader"),
                            ("cora", "Lyonbiopole", "coordinator"),
                            ("alice", "Acme Diagnostics", "delegate")):
        admin(n.url, "user", "add", name, "--org", org, "--role", role, "--password-stdin")
    yield n
    n.close()


def window(qtbot, net: Network, ws: Workspace) -> MainWindow:
    ops = Operations(ws)
    win = MainWindow(ops, remember_geometry=False,
                     sync_service=lambda w: net_service(net, w))  # fmt: skip
    qtbot.addWidget(win)
    win.load()
    win.show()
    return win


def net_service(net: Network, ws: Workspace) -> SyncService:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return SyncService(ws, http_client=lambda: TestClient(net.app))


def nav(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


OSAKA = MissionInput(name="Osaka Bio 2027", kind="partnering_event", country="JP",
                     start_date=dt.date(2027, 3, 9), end_date=dt.date(2027, 3, 12),
                     timezone="Asia/Tokyo")  # fmt: skip


def test_a_refused_mission_is_shown_fixed_and_retried_from_the_banner(qtbot, net: Network
                                                                       ) -> None:  # fmt: skip
    # Claire creates a mission before her first sync: her cluster is not on the laptop yet,
    # so the mission has no lead cluster and the server refuses it.
    ws, _service = net.laptop("claire")
    mission = ws.missions.create(OSAKA)
    assert mission.lead_cluster_id is None
    win = window(qtbot, net, ws)
    assert not win.refusals.isVisible()
    win.sync_action.trigger()
    qtbot.waitUntil(lambda: win.refusals.isVisible(), timeout=20_000)
    text = win.refusals.details.text()
    assert "Osaka Bio 2027" in text
    assert "lead cluster" in text and "retry" in text  # in plain words, with what to do
    assert "refused 1 of your changes" in win.refusals.title.text()

    # The fix: the first sync brought her cluster; she makes it the lead, then retries.
    qtbot.waitUntil(lambda: not win.sync.busy)
    cluster = ws.missions.default_lead_cluster()
    assert cluster == ws.identity.cluster_id is not None
    win.ops.run(lambda w: w.missions.update(mission.id, _with_lead(mission.to_input(), cluster)))
    win.ops.wait_idle()
    qtbot.mouseClick(win.refusals.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.refusals.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: not win.sync.busy)
    with ws.db.session() as s:
        assert s.scalar(select(func.count(SyncRejection.id))) == 0

    # Her colleague-to-be, the coordinator, receives it.
    cora, service = net.laptop("cora")
    service.sync()
    assert [m.name for m in cora.missions.list()] == ["Osaka Bio 2027"]


def _with_lead(data: MissionInput, cluster: str) -> MissionInput:
    import dataclasses

    return dataclasses.replace(data, lead_cluster_id=cluster)


def test_discarding_a_refused_edit_asks_first_and_keeps_the_servers_version(
        qtbot, net: Network) -> None:  # fmt: skip
    claire, service = net.laptop("claire")
    service.sync()
    mission = claire.missions.create(OSAKA)
    assert mission.lead_cluster_id == claire.identity.cluster_id
    service.sync()
    # A delegate of a company on its roster sees it (added as a company by the leader).
    from biox_desktop.core.roster import DelegateInput

    claire.roster.add(mission.id, DelegateInput(name="alice", organisation="Acme Diagnostics"))
    assert service.sync().rejected == 0

    alice, alice_sync = net.laptop("alice")
    alice_sync.sync()
    [seen] = alice.missions.list()
    alice.missions.update(seen.id, _renamed(seen.to_input()))
    win = window(qtbot, net, alice)
    win.sync_action.trigger()
    qtbot.waitUntil(lambda: win.refusals.isVisible(), timeout=20_000)
    assert "role" in win.refusals.details.text()
    # The server's version came back with the refusal.
    assert [m.name for m in alice.missions.list()] == ["Osaka Bio 2027"]

    box = win.refusals.ask_discard()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    assert "cannot be undone" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    win.ops.wait_idle()
    assert win.refusals.isVisible()  # nothing without the confirmation

    qtbot.mouseClick(win.refusals.discard_button, Qt.MouseButton.LeftButton)
    box = win.refusals.confirm
    assert box is not None
    qtbot.waitUntil(lambda: box.isVisible())
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not win.refusals.isVisible(), timeout=20_000)
    with alice.db.session() as s:
        assert s.scalar(select(func.count(SyncRejection.id))) == 0
        assert s.get(Mission, seen.id) is not None  # the server's row stays


def _renamed(data: MissionInput) -> MissionInput:
    import dataclasses

    return dataclasses.replace(data, name="Alice's trip")


def test_a_coordinator_sign_in_shows_merge_at_once_and_sign_out_hides_it(qtbot, net: Network
                                                                          ) -> None:  # fmt: skip
    ws = Workspace(net.tmp / "laptop-cora")
    net.laptops.append(ws)
    win = window(qtbot, net, ws)
    assert "Merge" not in nav(win)
    win.show_screen("reports")

    dialog = win.open_account()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AccountDialog))
    for field, text in ((dialog.server, URL), (dialog.username, "cora"),
                        (dialog.password, PASSWORD)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    if dialog.insecure.isVisible():  # plain http to the test server: tick, then sign in
        qtbot.mouseClick(dialog.insecure_ok, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Merge" in nav(win), timeout=20_000)
    # The screen shown stays shown; the new one opens like any other.
    assert win.nav.currentItem().text() == "Reports"
    merge = win.show_screen("merge")
    assert merge.isVisible()

    qtbot.waitUntil(lambda: dialog.sign_out.isEnabled())
    qtbot.mouseClick(dialog.sign_out, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Merge" not in nav(win), timeout=20_000)
    assert "Missions" in nav(win) and win.stack.count() == win.nav.count()
    dialog.reject()


def test_the_mission_dialog_preselects_the_leaders_cluster(qtbot, net: Network) -> None:
    claire, service = net.laptop("claire")
    service.sync()
    win = window(qtbot, net, claire)
    screen = win.show_screen("missions")
    win.ops.wait_idle()
    qtbot.waitUntil(lambda: screen._default_cluster is not None)
    dialog = screen.open_dialog(None)
    assert dialog.lead_cluster.currentText() == "Lyonbiopole"
    dialog.reject()

    # Not signed in: nothing to default to.
    alone = Workspace(net.tmp / "laptop-alone")
    net.laptops.append(alone)
    other = window(qtbot, net, alone)
    screen = other.show_screen("missions")
    other.ops.wait_idle()
    qtbot.waitUntil(lambda: not other.ops.busy)
    dialog = screen.open_dialog(None)
    assert dialog.lead_cluster.currentText() == "(none)"
    dialog.reject()


def test_signing_in_from_settings_shows_the_role_and_merge_at_once(qtbot, net: Network) -> None:
    ws = Workspace(net.tmp / "laptop-cora")
    net.laptops.append(ws)
    win = window(qtbot, net, ws)
    settings = win.open_settings()
    qtbot.waitUntil(lambda: "Not signed in" in settings.account_status.text())
    dialog = settings.open_account()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AccountDialog))
    for field, text in ((dialog.server, URL), (dialog.username, "cora"),
                        (dialog.password, PASSWORD)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    if dialog.insecure.isVisible():
        qtbot.mouseClick(dialog.insecure_ok, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Role: coordinator" in settings.account_status.text(),
                    timeout=20_000)
    assert "Lyonbiopole" in settings.account_status.text()
    assert "Merge" in nav(win)
    qtbot.waitUntil(lambda: dialog.sign_out.isEnabled())
    qtbot.mouseClick(dialog.sign_out, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not signed in" in settings.account_status.text(), timeout=20_000)
    assert "Merge" not in nav(win)
    dialog.reject()
    settings.reject()
