"""The leader shows, copies, scans and revokes a delegate's calendar feed link on the Agenda
screen, against a real sync server process on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication

from biox_desktop.reports.qr import decode_qr_image
from biox_desktop.ui.agenda import AgendaScreen
from biox_desktop.ui.operations import Operations
from tests.server.test_feeds import FeedServer, _build_mission, _leader_laptop


@pytest.fixture
def live(tmp_path: Path) -> Iterator[FeedServer]:
    server = FeedServer(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    yield server
    server.stop()


def test_show_copy_scan_and_revoke_a_feed_link(qtbot, live: FeedServer,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    ws, sync = _leader_laptop(live, tmp_path)
    ids = _build_mission(ws)
    sync.sync()
    ops = Operations(ws)
    screen = AgendaScreen(ops)
    qtbot.addWidget(screen)
    try:
        screen.set_mission(ids["mission"])
        screen.show()
        qtbot.waitUntil(lambda: screen.data is not None and not ops.busy, timeout=20_000)
        # Nobody chosen: the button says what to do first.
        screen.person.setCurrentIndex(0)
        qtbot.mouseClick(screen.feed_button, Qt.MouseButton.LeftButton)
        assert "Choose whose agenda" in screen.summary.text()

        screen.person.setCurrentIndex(screen.person.findData(ids["delegate"]))
        qtbot.mouseClick(screen.feed_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.feed_dialog is not None
                        and screen.feed_dialog.isVisible(), timeout=30_000)
        dialog = screen.feed_dialog
        url = dialog.url.text()
        assert url.startswith(live.root + "/feeds/") and dialog.url.isReadOnly()
        assert "Anne Martin" in dialog.windowTitle()
        assert httpx.get(url, timeout=60).status_code == 200

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        dialog.qr.pixmap().toImage().save(buffer, "PNG")
        assert decode_qr_image(bytes(buffer.data())) == [url]

        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == url
        dialog.close()

        # Shown again: the same link (kept on this laptop), not a new one.
        qtbot.mouseClick(screen.feed_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.feed_dialog is not dialog
                        and screen.feed_dialog is not None
                        and screen.feed_dialog.isVisible(), timeout=30_000)
        assert screen.feed_dialog.url.text() == url

        qtbot.mouseClick(screen.feed_dialog.revoke_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "revoked" in screen.summary.text() and not ops.busy,
                        timeout=30_000)
        assert not screen.feed_dialog.isVisible()
        assert httpx.get(url, timeout=60).status_code == 404
    finally:
        ops.wait_idle()
        ws.close()
