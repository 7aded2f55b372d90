"""Without an OS keyring the window asks for a passphrase, typed as a person types it."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from biox_desktop.db import crypto
from biox_desktop.db.workspace import Workspace
from biox_desktop.ui.passphrase import PassphraseDialog


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def test_choosing_a_passphrase_refuses_a_short_or_mistyped_one(qtbot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.first  # typing goes into the passphrase
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    assert dialog.isVisible() and "at least 10" in dialog.error.text()
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "a long passphrase")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.second, "a long passfrase")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.isVisible() and "differ" in dialog.error.text()
    dialog.grab().save(str(tmp_path / "passphrase.png"))
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, "a long passphrase")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.passphrase() == "a long passphrase"


def test_the_window_opens_a_folder_protected_by_a_passphrase(qtbot, tmp_path: Path,
                                                            no_keyring) -> None:
    import argparse

    from biox_desktop import app

    data = tmp_path / "data"
    Workspace(data, passphrase="correct horse battery").close()
    typed: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        attempt = "wrong horse" if not typed else "correct horse battery"
        typed.append(attempt)
        if len(typed) == 2:
            assert "not the one" in dialog.error.text()  # the first try was told wrong
        qtbot.keyClicks(dialog.first, attempt)
        qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
        if len(typed) < 2:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    args = argparse.Namespace(data_dir=data, demo=False, screenshot=None, smoke=False)
    ws = app._open_workspace(args)
    try:
        assert typed == ["wrong horse", "correct horse battery"]
        assert ws.key_info.mode == crypto.MODE_PASSPHRASE and ws.encrypted
    finally:
        ws.close()


def test_a_plain_demo_says_so_in_the_title(qtbot, tmp_path: Path, no_keyring) -> None:
    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import Operations

    ws = Workspace(tmp_path / "demo", allow_plain=True)
    ops = Operations(ws)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    try:
        assert "not encrypted" in win.windowTitle()
    finally:
        ops.wait_idle()
        ws.close()
