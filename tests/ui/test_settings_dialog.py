"""Settings: a person changes settings, backs up and restores with the window open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from biox_desktop.core.missions import MissionInput
from biox_desktop.ui.settings import SettingsDialog
from biox_desktop.ui.sync import AccountDialog


def _mission(name: str) -> MissionInput:
    return MissionInput(name=name, kind="trade_mission", country="KR", timezone="Asia/Seoul",
                        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14))


def _names(screen) -> set[str]:
    model = screen.table.model()
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def _open_settings(qtbot, window) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_backup_and_restore_round_trip_with_the_window_open(qtbot, window, ops, tmp_path,
                                                            monkeypatch) -> None:
    screen = window.show_screen("missions")
    ops.run(lambda ws: ws.missions.create(_mission("In the backup")), changes={"missions"})
    qtbot.waitUntil(lambda: _names(screen) == {"In the backup"})

    dialog = _open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    dialog.chosen_path = tmp_path / "mine.sqlite3"
    qtbot.mouseClick(dialog.backup_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backup written" in dialog.backup_status.text())
    assert dialog.last_backup.text() != "No backup yet"

    # Work goes on after the backup, through the window's own operations.
    ops.run(lambda ws: ws.missions.create(_mission("Typed after")), changes={"missions"})
    qtbot.waitUntil(lambda: _names(screen) == {"In the backup", "Typed after"})

    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Restored from" in dialog.backup_status.text())
    # Every screen reloads on the restored data; the window keeps working on it.
    qtbot.waitUntil(lambda: _names(screen) == {"In the backup"})
    ops.run(lambda ws: ws.missions.create(_mission("After the restore")), changes={"missions"})
    qtbot.waitUntil(lambda: _names(screen) == {"In the backup", "After the restore"})
    safety = list(ops.workspace.backups.folder.glob("before-restore-*"))
    assert len(safety) == 1

    # A bad file is refused with a clear message, and nothing changes.
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello")
    dialog.chosen_path = bad
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda _parent, _title, text: asked.append(text) or ("", False))
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))  # it might be another laptop's: its code is asked for
    assert "bad.sqlite3 was not made on this laptop" in asked[0]
    qtbot.waitUntil(lambda: "not a bioX Missions backup of this data folder" in dialog.backup_status.text())
    assert _names(screen) == {"In the backup", "After the restore"}
    dialog.reject()


def test_settings_are_checked_and_saved(qtbot, window, ops) -> None:
    dialog = _open_settings(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.tabs.setCurrentIndex(1)
    dialog.consent_version.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and dialog.isVisible()
    qtbot.keyClicks(dialog.consent_version, "2027-1")
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.auto_backup, Qt.MouseButton.LeftButton)
    dialog.keep_days.setValue(30)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    s = ops.workspace.settings
    assert (s.language, s.consent_wording_version, s.auto_backup, s.backup_keep_days) == (
        "de", "2027-1", False, 30)
    assert s.data_dir == ""  # unchanged folder is not pinned


def test_account_dialog_opens_from_settings(qtbot, window) -> None:
    dialog = _open_settings(qtbot, window)
    qtbot.mouseClick(dialog.account_button, Qt.MouseButton.LeftButton)
    account = dialog.findChild(AccountDialog)
    assert account is not None and account.isVisible()
    account.reject()
    dialog.reject()


def test_a_backup_of_another_laptop_restores_with_its_recovery_code(qtbot, window, ops,
                                                                    tmp_path,
                                                                    monkeypatch) -> None:
    from biox_desktop.db.crypto import recovery_code
    from biox_desktop.db.workspace import Workspace

    old = Workspace(tmp_path / "old-laptop")
    old.missions.create(_mission("From the lost laptop"))
    backup = old.backups.backup(tmp_path / "offsite.sqlite3").path
    code = recovery_code(old.db.key)
    old.close()

    dialog = _open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    # The recovery code of this laptop is shown after a warning, selectable to copy.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    qtbot.mouseClick(dialog.recovery, Qt.MouseButton.LeftButton)
    assert shown == [recovery_code(ops.workspace.db.key)]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a: (code.lower(), True))
    dialog.chosen_path = backup
    screen = window.show_screen("missions")
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Restored from" in dialog.backup_status.text(), timeout=15_000)
    qtbot.waitUntil(lambda: _names(screen) == {"From the lost laptop"})
    dialog.reject()
