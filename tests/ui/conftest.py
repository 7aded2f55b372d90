from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _source_plurals(qapp: object) -> None:
    """Screens read as the app shows them: English plurals ("1 delegate", "2 delegates")."""
    from biox_desktop.ui import i18n

    i18n.install(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture
def ops(qtbot: object, workspace: object) -> Iterator[object]:
    from biox_desktop.ui.operations import Operations

    operations = Operations(workspace)  # type: ignore[arg-type]
    yield operations
    operations.wait_idle()


@pytest.fixture
def window(qtbot: object, ops: object) -> Iterator[object]:
    from biox_desktop.ui.main_window import MainWindow

    win = MainWindow(ops, remember_geometry=False)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.load()
    win.show()
    yield win
    ops.wait_idle()  # type: ignore[attr-defined]


@pytest.fixture
def window_in(qtbot: object, ops: object) -> Iterator[object]:
    """Makes a main window on the demo data in a language (and role); English afterwards."""
    from PySide6.QtWidgets import QApplication

    from biox_desktop.core import i18n as core_i18n
    from biox_desktop.ui import i18n
    from biox_desktop.ui.main_window import MainWindow

    app = QApplication.instance()

    def make(language: str, role: str | None = None) -> MainWindow:
        workspace = ops.workspace  # type: ignore[attr-defined]
        workspace.seed_demo()
        if role:
            workspace.update_settings(role=role)
        i18n.install(app, language)  # type: ignore[arg-type]
        win = MainWindow(ops, remember_geometry=False)  # type: ignore[arg-type]
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        win.load()
        win.show()
        return win

    try:
        yield make
    finally:
        i18n.install(app, "en")  # type: ignore[arg-type]
        core_i18n.set_translator(None)
        ops.wait_idle()  # type: ignore[attr-defined]
