"""A sync runs on a thread of its own: a server that never answers holds up nothing else.

The server here is a real TCP listener on 127.0.0.1 that accepts connections and never answers
(a dying server, or a captive network): the sync waits on it, the window does not.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from biox_desktop.db.models import Lead
from biox_desktop.db.workspace import Workspace
from biox_desktop.sync import credentials
from biox_desktop.ui.capture import CaptureDialog
from biox_desktop.ui.main_window import MainWindow
from biox_desktop.ui.operations import Operations


class SilentServer:
    """Accepts every connection on 127.0.0.1 and never sends a byte back."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.accepted: list[socket.socket] = []
        self.connected = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                return  # closed
            self.accepted.append(conn)
            self.connected.set()

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()
        self._thread.join(5)


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture
def window(qtbot, tmp_path: Path, silent: SilentServer) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ws = Workspace(tmp_path / "laptop")
    ws.update_settings(server_url=silent.url, username="claire", auto_sync_minutes=0)
    credentials.save_token(silent.url, "claire", "a-device-token")
    ops = Operations(ws)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitUntil(lambda: not ops.busy)
    yield win
    win.sync.cancel()
    ops.wait_idle()
    ws.close()


# The capture dialog asks QtMultimedia for a camera; its FFmpeg backend complains about video
# libraries this headless machine lacks (not this test's concern).
@pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) (pipewire|va)")
def test_a_quick_capture_is_saved_while_a_sync_hangs_and_cancel_ends_it(
        qtbot, window: MainWindow, silent: SilentServer) -> None:  # type: ignore[no-untyped-def]
    ws = window.ops.workspace
    window.sync_action.trigger()
    assert silent.connected.wait(10), "the sync never reached the server"
    assert window.sync.busy and window.sync.state == "syncing"
    # No modal progress dialog: the window stays usable, the status bar offers Cancel.
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: window.status.cancel_sync.isVisible())

    # A second "Sync now" joins the running one and says so.
    window.sync_action.trigger()
    assert "already running" in window.status.connection.text()
    assert len(silent.accepted) == 1

    # Quick capture (Ctrl+L), typed and saved while the sync still waits on the server.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CaptureDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CaptureDialog)
    qtbot.waitUntil(lambda: bool(dialog.consent_wording.text()))  # its policy loaded
    qtbot.keyClicks(dialog.name, "Yamada Taro")
    qtbot.keyClicks(dialog.organisation, "Kansai Medical")
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert dialog.basis.currentData() == "consent"
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.sync.busy, "the sync should still be waiting on the silent server"
    with ws.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Lead)) == 1
    [lead_id] = ws.leads.ids()
    assert ws.leads.get(lead_id).name == "Yamada Taro"

    # Cancel in the status bar ends the sync: the request in flight is abandoned.
    qtbot.mouseClick(window.status.cancel_sync, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sync.busy)
    assert window.sync.state == "idle" and "cancelled" in window.sync.message
    qtbot.waitUntil(lambda: not window.status.cancel_sync.isVisible())
    assert window.sync.pool.activeThreadCount() == 0
    # The capture waits in the outbox for the next sync: nothing was lost or sent.
    assert ws.db.pending_changes() >= 1
