"""The agenda screen in each language at the main window's default size: nothing is cut off.

German and French labels are longer than English ones; the header (title, time zones and five
buttons) and the day tab's row must still give every button and picker the room its text needs.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox


@pytest.mark.parametrize("language", ["en", "fr", "de", "es", "it"])
def test_agenda_controls_are_not_cut_off(qtbot, window_in, ops, language) -> None:
    win = window_in(language)
    screen = win.show_screen("agenda")
    qtbot.waitUntil(lambda: screen.data is not None and not ops.busy, timeout=20_000)
    assert win.width() == 1280  # the default size, not grown to make room
    cut = []
    for tab in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(tab)
        for widget in screen.findChildren(QAbstractButton) + screen.findChildren(QComboBox):
            if not widget.isVisibleTo(screen):
                continue
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            if widget.width() < widget.sizeHint().width():
                cut.append(f"{text!r}: {widget.width()} < {widget.sizeHint().width()}")
            right = widget.mapTo(win, widget.rect().topRight()).x()
            if right > win.width():
                cut.append(f"{text!r} ends at {right}, past the window")
    assert not cut, f"{language}: " + "; ".join(sorted(set(cut)))
    # The day shows whole (its text plus the arrow), not "Mon 21 Dec 202".
    screen.tabs.setCurrentIndex(0)
    day = screen.day
    assert day.fontMetrics().horizontalAdvance(day.currentText()) + 24 <= day.width()
    # The header leaves room to spare: long zone names wrap instead of widening it
    # (before, French needed 952 pixels, more than a 1024-pixel screen leaves it).
    header = screen.layout().itemAt(0).layout()
    assert header.minimumSize().width() <= 820, header.minimumSize().width()
    if language != "en":
        assert screen.schedule_button.text() != "&Schedule…"  # really translated
