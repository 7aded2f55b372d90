"""The Leads screen's "Erase this person…": a confirmation naming the person, then the erasure."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from biox_desktop.db.erasure import ErasureService
from tests.privacy.erasure_support import NAME, seed_person


@pytest.fixture
def ops(qtbot: Any, workspace: Any) -> Iterator[Any]:
    from biox_desktop.ui.operations import Operations

    workspace.update_settings(role="coordinator")
    operations = Operations(workspace)
    yield operations
    operations.wait_idle()


@pytest.fixture
def window(qtbot: Any, ops: Any) -> Iterator[Any]:
    from biox_desktop.ui.main_window import MainWindow

    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not ops.busy)
    yield win
    ops.wait_idle()


def test_erase_this_person_from_the_leads_screen(qtbot: Any, window: Any, ops: Any,
                                                 workspace: Any) -> None:
    from biox_desktop.ui.erasure import ErasureDialog

    person_id, lead_id = seed_person(workspace, with_mission=False)
    screen = window.show_screen("leads")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    assert not screen.erase_button.isEnabled()  # nothing chosen yet
    screen.select(lead_id)
    qtbot.waitUntil(screen.erase_button.isEnabled)

    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ErasureDialog))
    dialog = QApplication.activeModalWidget()
    assert NAME in dialog.message.text() and "cannot be undone" in dialog.message.text()
    assert dialog.focusWidget() is dialog.basis
    qtbot.keyClicks(dialog.basis, "Art. 17 request")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)

    assert dialog.result_ is not None and dialog.result_.person_id == person_id
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    names = [str(screen.model.index(r, 0).data()) for r in range(screen.model.rowCount())]
    assert NAME not in names
    [record] = ErasureService(workspace).records()
    assert record["basis"] == "Art. 17 request" and record["person_id"] == person_id


def test_cancelling_erases_nothing(qtbot: Any, window: Any, ops: Any, workspace: Any) -> None:
    _person_id, lead_id = seed_person(workspace, with_mission=False)
    screen = window.show_screen("leads")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    screen.select(lead_id)
    qtbot.waitUntil(screen.erase_button.isEnabled)
    dialog = screen.erase_current()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.basis, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ErasureService(workspace).records() == []
    assert workspace.leads.get(lead_id).name == NAME


def test_erase_one_person_of_a_duplicate_group_from_the_merge_screen(
        qtbot: Any, ops: Any, workspace: Any) -> None:
    from biox_desktop.db.models import Person
    from biox_desktop.ui.erasure import ErasureDialog
    from biox_desktop.ui.main_window import MainWindow

    workspace.seed_demo()
    workspace.update_settings(role="coordinator")
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    screen = win.show_screen("merge")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=30_000)
    row = next(i for i, g in enumerate(screen.model.rows) if g.kind == "person")
    index = screen.model.index(row, 0)
    qtbot.mouseClick(screen.queue.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.queue.visualRect(index).center())
    qtbot.waitUntil(lambda: screen.current is not None and bool(screen.current.fields))
    assert screen.erase_button.isEnabled()
    member = screen.current.members[-1]
    actions = screen.erase_menu.actions()
    assert [a.text() for a in actions] == [m.label for m in screen.current.members]
    actions[-1].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ErasureDialog))
    dialog = QApplication.activeModalWidget()
    assert member.label in dialog.message.text()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: not ops.busy, timeout=30_000)
    with workspace.db.session() as s:
        person = s.get(Person, member.id)
        assert person.deleted and person.name == ""
    ops.wait_idle()
