"""The leader makes, copies, scans and revokes a counterpart's page link from the Agenda
screen's Requests tab, against a real sync server process on 127.0.0.1; the counterpart's
answer on the page comes back with a sync and the requests list says who answered where."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication

from biox_desktop.core.agenda import MeetingRequestInput
from biox_desktop.reports.qr import decode_qr_image
from biox_desktop.ui.agenda import AgendaScreen
from biox_desktop.ui.operations import Operations
from tests.server.test_feeds import FeedServer, _build_mission, _leader_laptop

SHOTS = Path("/tmp/shots-counterpart")


@pytest.fixture
def live(tmp_path: Path) -> Iterator[FeedServer]:
    server = FeedServer(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    yield server
    server.stop()


def _accept_on_the_page(url: str, request_id: str) -> None:
    """What the counterpart's browser does: open the page, press Accept."""
    with httpx.Client(timeout=60, follow_redirects=True) as browser:
        page = browser.get(url)
        token = re.search(r'name="csrf" value="([0-9a-f]{64})"', page.text)
        assert page.status_code == 200 and token
        answer = browser.post(url + "/answer", data={
            "csrf": token.group(1), "request": request_id, "answer": "accept"})
        assert answer.status_code == 200 and "done=accepted" in str(answer.url)


def test_make_copy_scan_and_revoke_a_counterpart_link(qtbot, live: FeedServer,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    ws, sync = _leader_laptop(live, tmp_path)
    ids = _build_mission(ws)
    request = ws.agenda.create_request(ids["mission"], MeetingRequestInput(
        requester_person_id=ids["delegate"], target_person_id=ids["guest"])).id
    sync.sync()
    ops = Operations(ws)
    screen = AgendaScreen(ops)
    qtbot.addWidget(screen)
    try:
        screen.set_mission(ids["mission"])
        screen.resize(1100, 600)
        screen.show()
        qtbot.waitUntil(lambda: screen.data is not None and not ops.busy, timeout=20_000)
        screen.tabs.setCurrentIndex(screen.tabs.count() - 1)  # Requests
        # No request selected: the button says what to do first.
        screen.request_view.clearSelection()
        qtbot.mouseClick(screen.counterpart_button, Qt.MouseButton.LeftButton)
        assert "Select a request" in screen.summary.text()

        screen.request_view.selectRow(screen.request_model.row_of(request))
        qtbot.mouseClick(screen.counterpart_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.counterpart_dialog is not None
                        and screen.counterpart_dialog.isVisible(), timeout=30_000)
        dialog = screen.counterpart_dialog
        url = dialog.url.text()
        assert url.startswith(live.root + "/c/") and dialog.url.isReadOnly()
        assert "山田太郎" in dialog.windowTitle()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        dialog.qr.pixmap().toImage().save(buffer, "PNG")
        assert decode_qr_image(bytes(buffer.data())) == [url]
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == url
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "leader-link-dialog.png"))
        dialog.close()

        # The counterpart accepts on the page; the leader's next sync shows who answered.
        _accept_on_the_page(url, request)
        sync.sync()
        screen.reload()
        qtbot.waitUntil(lambda: not ops.busy and screen.request_model.rowCount() == 1
                        and "counterpart page" in screen.request_model.index(
                            0, 5).data(), timeout=20_000)
        status = screen.request_model.index(0, 5).data()
        assert status == "Accepted, answered by 山田太郎 (counterpart page)"
        screen.grab().save(str(SHOTS / "leader-requests.png"))

        # Shown again: the same link; revoked: the page is gone (410).
        screen.request_view.selectRow(0)
        qtbot.mouseClick(screen.counterpart_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.counterpart_dialog is not dialog
                        and screen.counterpart_dialog is not None
                        and screen.counterpart_dialog.isVisible(), timeout=30_000)
        assert screen.counterpart_dialog.url.text() == url
        qtbot.mouseClick(screen.counterpart_dialog.revoke_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "revoked" in screen.summary.text() and not ops.busy,
                        timeout=30_000)
        assert httpx.get(url, timeout=60).status_code == 410
    finally:
        ops.wait_idle()
        ws.close()
