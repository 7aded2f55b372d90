from __future__ import annotations

from collections.abc import Iterator

import pytest


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
