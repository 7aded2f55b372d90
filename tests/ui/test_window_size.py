"""The main window fits small and scaled displays in every language.

A 1366-pixel laptop at 150 % scaling leaves about 900 pixels: the window must be able to
shrink that far. German labels once made the widest screens (Conflicts, Roster) force the
whole window to 1,266 pixels; now a screen wider than the window scrolls inside it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from biox_desktop.core import i18n as core_i18n
from biox_desktop.ui import i18n


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_window_can_shrink_below_a_scaled_laptop_width(qtbot, workspace, language) -> None:
    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import Operations

    app = QApplication.instance()
    workspace.seed_demo()
    workspace.update_settings(role="coordinator")  # every screen, the widest included
    ops = Operations(workspace)
    try:
        i18n.install(app, language)
        win = MainWindow(ops, remember_geometry=False)
        qtbot.addWidget(win)
        win.load()
        win.show()
        for key in win.screens:
            win.show_screen(key)
            qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
        assert win.minimumSizeHint().width() <= 900
        win.resize(900, 640)
        qtbot.waitUntil(lambda: win.width() == 900)
        # A screen that needs more room than that scrolls sideways instead.
        page = win.stack.currentWidget()
        assert isinstance(page, QScrollArea) and page.widget() is win.screens[key]
    finally:
        i18n.install(app, "en")
        core_i18n.set_translator(None)
        ops.wait_idle()
