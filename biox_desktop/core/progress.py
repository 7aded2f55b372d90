"""Progress reporting and cancellation for long work, without Qt.

Services that take a while (imports, sync, scheduling, dedupe, PDFs) accept a
:class:`Progress` and call :meth:`Progress.step` as they go. The UI passes one whose ``step``
forwards to a progress dialog; headless commands pass one that prints or does nothing. A user's
cancel sets a flag the service sees at its next ``step`` (raised as :class:`Cancelled`), so work
stops at a point the service chose, where nothing is half-done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; the service has rolled back whatever it had started."""


ProgressCallback = Callable[[int, int, str], None]


class Progress:
    """Thread-safe progress and cancel state shared by a worker and whoever watches it."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.message = ""

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if a cancel was asked for."""
        if self._cancel.is_set():
            raise Cancelled()

    def step(self, done: int, total: int = 0, message: str = "") -> None:
        """Report ``done`` of ``total`` (0 when unknown) and stop here if cancelled."""
        self.done, self.total = done, total
        if message:
            self.message = message
        if self._on_progress is not None:
            self._on_progress(done, total, self.message)
        self.check()
