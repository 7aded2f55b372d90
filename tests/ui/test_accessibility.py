"""Every control a person can reach with the keyboard has a name a screen reader can say.

Walks the focusable widgets of the main window, of every screen in ``MainWindow.screens``
(screens added later are covered automatically) and of the Settings dialog. A control passes
with an accessible name, a buddy label (``QLabel.setBuddy``), or, for buttons and check boxes,
its own text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def _unnamed(root: QWidget) -> list[str]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    problems = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.focusProxy() is not None:
            continue  # its proxy is what gets focus (and is checked itself)
        if type(widget).__name__ in ("QScrollBar", "QSplitterHandle", "QTabBar"):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in (
                "QAbstractSpinBox", "QSpinBox", "QDateEdit", "QDateTimeEdit", "QComboBox"):
            continue  # the line edit inside a spin box or editable combo box
        if widget.accessibleName() or id(widget) in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        problems.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                        f"{type(widget.parent()).__name__}")
    return problems


def test_every_focusable_control_has_a_name(qtbot, ops) -> None:
    from biox_desktop.ui.main_window import MainWindow

    ops.workspace.seed_demo()
    window = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitUntil(lambda: not ops.busy)
    problems = _unnamed(window)
    for key in window.screens:
        screen = window.show_screen(key)
        qtbot.waitUntil(lambda: not ops.busy)
        problems += [f"[{key}] {p}" for p in _unnamed(screen)]
    settings = window.open_settings()
    for i in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(i)
        problems += [f"[settings] {p}" for p in _unnamed(settings)]
    settings.reject()
    assert not problems, "controls without an accessible name:\n" + "\n".join(
        sorted(set(problems)))
