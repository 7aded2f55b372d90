"""Run services off the GUI thread and report back on it.

Every screen goes through :class:`Operations`: it never opens a database session itself. An
operation is a plain function of the workspace (``fn(workspace)`` or
``fn(workspace, progress)``); it runs on one background worker (so database work is serial and
in the order the user asked for it), and its result or error comes back to the GUI thread through
a queued signal. After a successful operation that changed data, :attr:`Operations.changed`
announces which areas changed so each view decides for itself whether to reload.

Long operations get a :class:`~biox_desktop.core.progress.Progress`; a progress dialog with a
Cancel button appears only if the work takes longer than :data:`PROGRESS_DELAY_MS`, so quick
work never flashes a dialog.
"""

from __future__ import annotations

import gc
import logging
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from biox_desktop.core.progress import Cancelled, Progress
from biox_desktop.core.validation import NotFoundError, ValidationError
from biox_desktop.db.workspace import Workspace

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600


@dataclass(frozen=True)
class Outcome:
    """What came back from the worker: a value or an error, never both."""

    value: Any = None
    error: BaseException | None = None
    trace: str = ""


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits into it (queued across threads)."""

    finished = Signal(object)
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    """One operation on the worker thread.

    Qt deletes a finished runnable on the worker thread. So that nothing Python-owned (the
    work's closure, or a widget it captured) is freed there, the job drops its references
    before reporting: :class:`Operations` holds the work until the outcome reaches the GUI
    thread, where the last reference goes.
    """

    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn: Callable[[], Any] | None = fn
        self.relay: _Relay | None = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, relay = self.fn, self.relay
        self.fn = self.relay = None
        assert fn is not None and relay is not None
        try:
            outcome = Outcome(value=fn())
        except BaseException as exc:  # reported on the GUI thread, never lost in the worker
            outcome = Outcome(error=exc, trace=traceback.format_exc())
        del fn  # Operations still holds the work: its last reference goes on the GUI thread
        relay.finished.emit(outcome)


@dataclass
class OpHandle:
    """A running operation: lets the caller cancel it."""

    progress: Progress
    done: bool = False
    _dialog: QProgressDialog | None = field(default=None, repr=False)

    def cancel(self) -> None:
        self.progress.cancel()


class Operations(QObject):
    """The one way screens run services. See the module docstring."""

    #: Emitted on the GUI thread after a successful operation: a frozenset of changed areas
    #: ("missions", "roster", "agenda", "leads", "agreements", "sync", ...).
    changed = Signal(object)
    #: Emitted when the number of running operations goes from 0 to 1 (True) or back (False).
    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one worker owns database access: serial and ordered
        #: Running operations: relay -> the work, kept here so it is freed on the GUI thread.
        self._running: dict[_Relay, Callable[[], Any]] = {}
        #: Every pool work was started on (the worker, and lanes of their own such as sync's).
        self._pools: list[QThreadPool] = [self.pool]
        #: The worker of :meth:`run_aside`, made when first used.
        self._aside_pool: QThreadPool | None = None

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        fn: Callable[..., Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        changes: Iterable[str] = (),
        progress_label: str | None = None,
        with_progress: bool = False,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> OpHandle:
        """Run ``fn(workspace)``, or ``fn(workspace, progress)`` when ``progress_label`` is set
        (a progress dialog with Cancel appears if the work lasts) or ``with_progress`` is true
        (cancellable through the returned handle, no dialog).

        ``success(value)`` and ``failure(error)`` run on the GUI thread. Without ``failure``,
        errors are shown in a message box that says what went wrong.

        ``pool``: a thread pool of the caller's to run on instead of the database worker, for
        work that may wait long on something else (the network) and must not hold up the
        screens; such work opens its own database connections. ``on_progress(done, total,
        message)`` runs on the GUI thread at each step of the work.
        """
        # Parented: Qt owns the relay, so Python's collector can never delete it, on whichever
        # thread it runs; it is deleted on the GUI thread once the outcome is delivered.
        relay = _Relay(self)
        handle = OpHandle(progress=Progress(on_progress=relay.progressed.emit))
        ws = self.workspace
        if progress_label is None and not with_progress:
            work: Callable[[], Any] = lambda: fn(ws)  # noqa: E731
        else:
            work = lambda: fn(ws, handle.progress)  # noqa: E731
        job = _Job(work, relay)
        if progress_label is not None:
            self._arm_progress_dialog(handle, relay, progress_label, parent)
        changed = frozenset(changes)

        def finished(outcome: Outcome) -> None:
            handle.done = True
            self._running.pop(relay, None)
            relay.deleteLater()
            if handle._dialog is not None:
                handle._dialog.reset()
                handle._dialog.deleteLater()
                handle._dialog = None
            if not self._running:
                self.busy_changed.emit(False)
            if outcome.error is None:
                if success is not None:
                    _deliver(success, outcome.value)
                if changed:
                    self.changed.emit(changed)
                return
            if not isinstance(outcome.error, ValidationError | NotFoundError | Cancelled):
                log.error("operation failed:\n%s", outcome.trace)
            if failure is not None:
                _deliver(failure, outcome.error)
            elif not isinstance(outcome.error, Cancelled):
                show_error(parent, outcome.error)

        relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        if on_progress is not None:
            relay.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        if not self._running:
            self.busy_changed.emit(True)
        self._running[relay] = work
        if pool is not None and pool not in self._pools:
            self._pools.append(pool)
        (pool or self.pool).start(job)
        return handle

    def run_checked(
        self,
        check: Callable[[Workspace], Any],
        start: Callable[[], None],
        *,
        failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Long work's preconditions first: run the quick ``check(workspace)`` with no
        progress shown; ``start()`` (which starts the long work, with its progress) runs only
        if it passes. Otherwise its error is said at once (to ``failure``, or in a box)."""
        self.run(check, success=lambda _value: start(), failure=failure, parent=parent)

    def run_aside(
        self,
        fn: Callable[[Workspace, Progress], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        progressed: Callable[[int, int, str], None] | None = None,
    ) -> OpHandle:
        """Run a long, read-only ``fn(workspace, progress)`` on a worker of its own, beside the
        database worker, so screens' loads, searches and edits never queue behind it (the
        duplicate search). ``fn`` must only read, through sessions of its own, and keep any
        state it shares with the database worker behind a lock. No dialog: ``progressed(done,
        total, message)`` runs on the GUI thread as it goes; cancel through the handle.
        """
        if self._aside_pool is None:
            self._aside_pool = QThreadPool(self)
            self._aside_pool.setMaxThreadCount(1)
            self._pools.append(self._aside_pool)
        relay = _Relay(self)
        handle = OpHandle(progress=Progress(on_progress=relay.progressed.emit))
        if progressed is not None:
            relay.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
        ws = self.workspace
        work: Callable[[], Any] = lambda: fn(ws, handle.progress)  # noqa: E731

        def finished(outcome: Outcome) -> None:
            handle.done = True
            self._running.pop(relay, None)
            relay.deleteLater()
            if not self._running:
                self.busy_changed.emit(False)
            if outcome.error is None:
                if success is not None:
                    _deliver(success, outcome.value)
                return
            if not isinstance(outcome.error, Cancelled):
                log.error("background operation failed:\n%s", outcome.trace)
            if failure is not None:
                _deliver(failure, outcome.error)

        relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        if not self._running:
            self.busy_changed.emit(True)
        self._running[relay] = work
        self._aside_pool.start(_Job(work, relay))
        return handle

    def _arm_progress_dialog(
        self, handle: OpHandle, relay: _Relay, label: str, parent: QWidget | None
    ) -> None:
        def show() -> None:
            if handle.done:
                return
            # Parented to a window where there is one, so Qt (not Python's collector) owns it.
            dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0,
                                     parent or QApplication.activeWindow())
            dialog.setWindowTitle(label)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.canceled.connect(handle.cancel)
            relay.progressed.connect(lambda done, total, msg: _update(dialog, done, total, msg))
            handle._dialog = dialog
            _update(dialog, handle.progress.done, handle.progress.total, handle.progress.message)
            dialog.show()

        QTimer.singleShot(PROGRESS_DELAY_MS, show)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker (and every other pool used) is idle (for start-up
        screenshots, tests and quitting)."""
        return all([p.waitForDone(timeout_ms) for p in self._pools])


class GuiThreadCollector(QObject):
    """Runs Python's cycle collector on the GUI thread only.

    The collector runs on whichever thread happens to allocate when a generation fills up:
    often the worker, busy building a schedule. A cycle holding a Qt object (a widget and a
    lambda connected to it) collected there deletes that object off the GUI thread, which can
    crash the window in a pooled thread with no Python traceback. With automatic collection
    off, this timer collects what the thresholds would have, on the GUI thread.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (GUI thread)."""
        assert QThread.currentThread() is self.thread()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Hand a result to the screen that asked for it; a screen closed while the work ran
    (its widgets already deleted by Qt) has nothing left to show it in."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("a result arrived for a closed screen: %s", exc)


def _update(dialog: QProgressDialog, done: int, total: int, message: str) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total else 0)
    if message:
        dialog.setLabelText(message)


def error_text(error: BaseException) -> str:
    """Plain-language text for an error from a service."""
    if isinstance(error, ValidationError):
        return "\n".join(e.message for e in error.errors)
    if isinstance(error, NotFoundError) or type(error).__module__.startswith("biox_desktop."):
        # The application's own errors (sync, backup, import...) are written for people;
        # naming the Python class ("NotSignedIn: ...") would only puzzle them.
        return str(error)
    return f"{type(error).__name__}: {error}"


_open_boxes: set[QMessageBox] = set()


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong; the details of unexpected errors go to the log."""
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Operations", "Could not finish"))
    box.setText(error_text(error))
    # A box without a parent belongs to Python alone: keep it alive until it is closed.
    _open_boxes.add(box)
    box.finished.connect(lambda _r: _open_boxes.discard(box))
    box.open()
