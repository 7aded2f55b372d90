"""The main window fits small and scaled displays in every language.

A 1366-pixel laptop at 150 % scaling leaves about 900 pixels: the window must be able to
shrink that far. German labels once made the widest screens (Conflicts, Roster) force the
whole window to 1,266 pixels; now a screen wider than the window scrolls inside it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_window_can_shrink_below_a_scaled_laptop_width(qtbot, window_in, ops,
                                                           language) -> None:
    win = window_in(language, role="coordinator")  # every screen, the widest included
    for key in win.screens:
        win.show_screen(key)
        qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert win.minimumSizeHint().width() <= 900
    win.resize(900, 640)
    qtbot.waitUntil(lambda: win.width() == 900)
    # A screen that needs more room than that scrolls sideways instead.
    page = win.stack.currentWidget()
    assert isinstance(page, QScrollArea) and page.widget() is win.screens[key]
