"""The operation helper: results on the GUI thread, errors shown, progress and cancel."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from biox_desktop.core.progress import Cancelled
from biox_desktop.core.validation import FieldError, ValidationError


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot, ops) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work(ws) -> str:
        seen["worker"] = threading.get_ident()
        return ws.data_dir.name

    def done(value: str) -> None:
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    changed: list[frozenset[str]] = []
    ops.changed.connect(changed.append)
    ops.run(work, success=done, changes={"missions"})
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["worker"] != gui and seen["callback"] == gui
    assert seen["value"] == "data" and changed == [frozenset({"missions"})]


def test_an_error_without_a_handler_is_shown_in_words(qtbot, ops) -> None:
    def fail(ws) -> None:
        raise ValidationError([FieldError("name", "Give the mission a name.")])

    ops.run(fail)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert box.text() == "Give the mission a name."
    assert box.windowTitle() == "Could not finish"
    box.close()


def test_cancel_stops_the_work_at_its_next_step(qtbot, ops) -> None:
    started = threading.Event()
    outcome: dict[str, object] = {}

    def long_work(ws, progress) -> int:
        for i in range(10_000):
            started.set()
            progress.step(i, 10_000, "working")
            threading.Event().wait(0.001)
        return 10_000

    handle = ops.run(long_work, success=lambda v: outcome.setdefault("value", v),
                     failure=lambda e: outcome.setdefault("error", e), with_progress=True)
    assert started.wait(10)
    handle.cancel()
    qtbot.waitUntil(lambda: outcome != {})
    assert isinstance(outcome.get("error"), Cancelled)


def test_a_result_for_a_screen_closed_meanwhile_is_dropped(qtbot, ops) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    shown: list[str] = []

    def show(value: str) -> None:
        label.setText(value)  # raises: the C++ label is gone
        shown.append(value)

    ops.run(lambda ws: "late", success=show)
    label.deleteLater()
    qtbot.waitUntil(lambda: not ops.busy)
    assert shown == []  # dropped quietly, not an error box or a crash
