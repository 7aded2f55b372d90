"""A crash always leaves a trace, and Qt objects are never freed by a worker (issue 13, item 8).

- ``enable_crash_log`` (called by the window at start) makes a segfault write every thread's
  stack to ``crash.log`` in the log folder.
- Python's cycle collector runs on whichever thread allocates when a generation fills up: a
  pooled worker building a schedule could so delete a widget caught in a reference cycle,
  off the GUI thread. With :class:`GuiThreadCollector` the collection happens on the GUI thread.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt

from biox_desktop.ui.operations import GuiThreadCollector


def test_a_segfault_leaves_a_dump_in_the_log_folder(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    crash = ("import ctypes, pathlib, threading\n"
             "from biox_desktop.app import enable_crash_log\n"
             f"print(enable_crash_log(pathlib.Path({str(folder)!r})))\n"
             "t = threading.Thread(target=lambda: ctypes.string_at(0), name='worker')\n"
             "t.start(); t.join()\n")
    done = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode != 0
    dump = (folder / "crash.log").read_text(encoding="utf-8")
    assert "started" in dump and "Fatal Python error: Segmentation fault" in dump
    assert "Current thread" in dump and "Thread 0x" in dump  # every thread, not only one
    assert (folder / "app.log").exists()


_kept: list[object] = []


def _abandoned_cycle(record: list[str]) -> None:
    """A Python-owned QObject caught in a cycle with a lambda connected to it."""
    holder = QObject()
    holder.setObjectName("held-in-a-cycle")
    holder.keep = holder  # type: ignore[attr-defined]  # the cycle
    holder.destroyed.connect(lambda: record.append(threading.current_thread().name),
                             Qt.ConnectionType.DirectConnection)


def _allocate_in_a_worker() -> None:
    """What a worker building a schedule does: allocate (and keep) many containers."""
    def churn() -> None:
        _kept.append([[i] for i in range(5_000)])  # past gen 0's threshold

    worker = threading.Thread(target=churn, name="pooled-worker")
    worker.start()
    worker.join()


def test_without_it_a_worker_deletes_the_gui_threads_object(qtbot) -> None:
    """The cause of the crash, shown: with automatic collection, the worker frees it."""
    record: list[str] = []
    assert gc.isenabled()
    gc.collect()
    _abandoned_cycle(record)
    _allocate_in_a_worker()
    gc.collect()
    assert record == ["pooled-worker"]


def test_cycles_are_collected_on_the_gui_thread_only(qtbot) -> None:
    collector = GuiThreadCollector(interval_ms=10)
    record: list[str] = []
    gc.collect()
    collector.start()
    try:
        assert not gc.isenabled()
        _abandoned_cycle(record)
        _allocate_in_a_worker()
        assert record == [], "the worker's allocations must not run the collector"
        qtbot.waitUntil(lambda: bool(record))  # the timer collects, on the GUI thread
        assert record == [threading.main_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled()
