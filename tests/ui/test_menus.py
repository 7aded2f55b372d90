"""Orientation: a menu bar with the usual menus and every shortcut, a shortcuts list, About;
each screen's shortcut is the same whatever the role; Sync now with no server says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTableWidget


def _menu_titles(win: Any) -> list[str]:
    return [a.text().replace("&", "") for a in win.menuBar().actions()]


def test_menu_bar_shortcuts_list_and_about(qtbot: Any, window: Any) -> None:
    assert _menu_titles(window) == ["File", "Edit", "View", "Sync", "Help"]
    # Ctrl+3 is the Agenda, whoever is signed in; Merge (Ctrl+6) only for coordinators.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "agenda"
    assert not window.menus.screen_actions["merge"].isVisible()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "agenda"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "reports"

    dialog = window.menus.show_shortcuts()
    assert isinstance(dialog, QDialog)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Agenda"] == "Ctrl+3" and rows["Sync now"] == "F5"
    assert rows["Capture a lead"] == "Ctrl+L" and "Merge" not in rows
    dialog.close()

    box = window.menus.show_about()
    assert isinstance(box, QMessageBox) and "bioX Missions" in box.text()
    box.close()


def test_coordinator_gets_merge_on_its_own_shortcut(qtbot: Any, ops: Any) -> None:
    from biox_desktop.ui.main_window import MainWindow

    ops.workspace.update_settings(role="coordinator")
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: not ops.busy)
    assert win.menus.screen_actions["merge"].isVisible()
    qtbot.keyClick(win, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert win.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "merge"
    ops.wait_idle()


def test_sync_now_without_a_server_says_so(qtbot: Any, window: Any) -> None:
    assert not window.ops.workspace.settings.server_url
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "No sync server" in window.statusBar().currentMessage())
    assert window.sync.state == "unconfigured"
    QApplication.processEvents()
