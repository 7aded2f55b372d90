"""Starting the desktop application (the only entry point that imports Qt)."""

from __future__ import annotations

import argparse
import datetime as dt
import faulthandler
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

APP_NAME = "bioX Missions"
ORG_NAME = "bioX"


def _headless_platform(args: argparse.Namespace) -> None:
    """Screenshots and smoke runs need no screen: use Qt's offscreen platform."""
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if (args.screenshot or (args.smoke and no_display and sys.platform.startswith("linux"))) and (
        "QT_QPA_PLATFORM" not in os.environ
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def log_folder() -> Path:
    """Where the window writes its log and crash dumps (``BIOX_LOG_DIR`` overrides)."""
    override = os.environ.get("BIOX_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


_crash_file: TextIO | None = None


def enable_crash_log(folder: Path | None = None) -> Path | None:
    """Make a crash leave a trace: Python's ``faulthandler`` writes every thread's stack to
    ``crash.log`` in the log folder on a segfault or abort, and the log goes to ``app.log``
    beside it. Returns the crash log's path (None if the folder cannot be written)."""
    global _crash_file
    folder = folder or log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        crash = folder / "crash.log"
        handle = open(crash, "a", encoding="utf-8")  # noqa: SIM115 (open for the whole run)
    except OSError as exc:
        print(f"biox-desktop: no crash log ({exc}); continuing without", file=sys.stderr)
        return None
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    handle.write(f"--- {APP_NAME} started {stamp}, pid {os.getpid()}\n")
    handle.flush()
    faulthandler.enable(file=handle, all_threads=True)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = handle  # kept open: faulthandler writes to its descriptor when it crashes
    file_log = logging.FileHandler(folder / "app.log", encoding="utf-8")
    file_log.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(file_log)
    return crash


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window on the workspace of ``args.data_dir``; returns the exit code."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    enable_crash_log()
    _headless_platform(args)
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        print(
            "biox-desktop: the desktop window needs Qt; install it with "
            "pip install 'biox-missions[desktop]'",
            file=sys.stderr,
        )
        return 3

    from biox_desktop.db import crypto
    from biox_desktop.db.engine import DatabaseError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from biox_desktop.ui import theme

    theme.apply(app)
    try:
        workspace = _open_workspace(args)
    except (DatabaseError, OSError, ValueError, crypto.DatabaseKeyError) as exc:
        if not (args.screenshot or args.smoke):  # nobody could close a box offscreen
            QMessageBox.critical(None, APP_NAME, f"The data folder cannot be opened:\n{exc}")
        print(f"biox-desktop: cannot open the data folder: {exc}", file=sys.stderr)
        return 3
    if args.demo:
        workspace.seed_demo()
    from biox_desktop.ui.i18n import choose_language, install

    install(app, choose_language(os.environ.get("BIOX_LANGUAGE") or workspace.settings.language))

    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import GuiThreadCollector, Operations

    # Python's cycle collector runs on the GUI thread only (see GuiThreadCollector).
    collector = GuiThreadCollector(app)
    collector.start()
    ops = Operations(workspace)
    window = MainWindow(ops, remember_geometry=not (args.screenshot or args.smoke))
    window.load()
    if args.screenshot or args.smoke:
        return _render_and_exit(app, window, ops, args.screenshot)
    from biox_desktop.db.backup import app_lock
    from biox_desktop.ui.settings import AutoBackup

    # The lock file tells a headless ``biox-desktop restore`` that the window owns the folder.
    with app_lock(workspace.data_dir):
        AutoBackup(ops, window).start()
        window.show()
        code = app.exec()
        ops.wait_idle()
        workspace.close()
    return int(code)


def _open_workspace(args: argparse.Namespace) -> object:
    """The workspace; where no OS keyring keeps the database key, a passphrase is asked for
    (chosen twice for a new folder). A demo folder may stay unencrypted instead."""
    from biox_desktop.db import crypto
    from biox_desktop.db.workspace import Workspace

    interactive = not (args.screenshot or args.smoke)
    try:
        return Workspace(args.data_dir, allow_plain=bool(args.demo))
    except crypto.NoKeyringForKey:
        if not interactive:
            raise
        from biox_desktop.ui.passphrase import ask_new_passphrase

        chosen = ask_new_passphrase()
        if chosen is None:
            raise
        return Workspace(args.data_dir, passphrase=chosen)
    except crypto.PassphraseNeeded as first:
        if not interactive:
            raise
        from biox_desktop.ui.passphrase import ask_passphrase

        error = None
        for _ in range(5):
            typed = ask_passphrase(error)
            if typed is None:
                raise first from None
            try:
                return Workspace(args.data_dir, passphrase=typed)
            except crypto.PassphraseNeeded as exc:
                error = str(exc)
        raise


def _render_and_exit(app: object, window: object, ops: object, path: Path | None) -> int:
    """Wait until the start-up loads are done, then save a screenshot (or just exit 0)."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    window.show()  # type: ignore[attr-defined]
    timer = QElapsedTimer()
    timer.start()
    # Process events until every background load has reported back to the GUI thread.
    while ops.busy and timer.elapsed() < 30_000:  # type: ignore[attr-defined]
        QCoreApplication.processEvents()
        ops.wait_idle(20)  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    if path is not None:
        pixmap = window.grab()  # type: ignore[attr-defined]
        path.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(path), "PNG"):
            print(f"biox-desktop: could not write {path}", file=sys.stderr)
            return 3
        print(f"screenshot saved to {path}")
    window.close()  # type: ignore[attr-defined]
    ops.workspace.close()  # type: ignore[attr-defined]
    return 0
