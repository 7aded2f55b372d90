"""A delegation leader creates, edits and deletes a mission through the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from biox_desktop.ui.missions import MissionDialog, MissionsScreen


def _dialog(qtbot) -> MissionDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MissionDialog))
    return QApplication.activeModalWidget()


def _save(qtbot, dialog: MissionDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _table_names(screen: MissionsScreen) -> list[str]:
    model = screen.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _type_dates(qtbot, dialog: MissionDialog, start: str, end: str) -> None:
    """Tab into each date field (which selects what it shows) and type the date."""
    for edit, text in ((dialog.start, start), (dialog.end, end)):
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        edit.selectAll()  # what Tab does when the window is active (not always offscreen)
        qtbot.keyClicks(edit, text)


def test_create_edit_and_delete_a_mission(qtbot, window, ops) -> None:
    screen = window.show_screen("missions")
    qtbot.waitUntil(lambda: not ops.busy)
    assert screen.empty.isVisible() and not screen.table.isVisible()

    # Create: the leader fills the form; an end date before the start is refused first.
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.name, "Seoul Bio Week")
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findData("trade_mission"))
    dialog.country.lineEdit().clear()
    qtbot.keyClicks(dialog.country.lineEdit(), "Korea, Republic of (KR)")
    dialog.timezone.lineEdit().clear()
    qtbot.keyClicks(dialog.timezone.lineEdit(), "Asia/Seoul")
    qtbot.keyClicks(dialog.cities, "Seoul, Daejeon")
    _type_dates(qtbot, dialog, "2027-05-12", "2027-05-10")
    _save(qtbot, dialog)
    assert dialog.isVisible(), "an invalid mission must not close the dialog"
    assert dialog.errors["end_date"].isVisible()
    assert "before it starts" in dialog.errors["end_date"].text()

    _type_dates(qtbot, dialog, "2027-05-10", "2027-05-14")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: _table_names(screen) == ["Seoul Bio Week"])
    created = ops.workspace.missions.list()[0]
    assert (created.country, created.timezone, created.cities) == (
        "KR", "Asia/Seoul", ("Seoul", "Daejeon"))
    assert (created.start_date.isoformat(), created.end_date.isoformat()) == (
        "2027-05-10", "2027-05-14")
    assert window.mission_selector.currentData() == created.id
    qtbot.waitUntil(lambda: "1 change" in window.status.pending.text())

    # Edit: select the row, change the name, save.
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    assert dialog.name.text() == "Seoul Bio Week"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Seoul Bio Week 2027")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: _table_names(screen) == ["Seoul Bio Week 2027"])
    assert ops.workspace.missions.get(created.id).name == "Seoul Bio Week 2027"

    # Delete: asks first; Cancel keeps it, Yes removes it.
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy)
    assert _table_names(screen) == ["Seoul Bio Week 2027"]

    screen.table.selectRow(0)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _table_names(screen) == [])
    assert ops.workspace.missions.list() == []
    # Create, edit and tombstone are all waiting to be synced.
    qtbot.waitUntil(lambda: "3 changes" in window.status.pending.text())


def test_the_window_shows_only_built_screens_and_the_sync_state(qtbot, window, ops) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[0] == "Missions"
    assert all(window.screens[k].layout() is not None for k in window.screens)
    qtbot.waitUntil(lambda: window.status.pending.text() != "")
    assert window.status.connection.text() == "Offline — no sync server set up"
    assert window.status.last_sync.text() == "Last sync: never"
    assert window.status.pending.text() == "No changes waiting"


def test_table_models_pass_the_model_tester(qtmodeltester, workspace) -> None:
    import datetime as dt

    from biox_desktop.core.missions import MissionInput
    from biox_desktop.ui.missions import MissionTableModel

    workspace.seed_demo()
    model = MissionTableModel()
    model.set_missions(workspace.missions.list())
    assert model.rowCount() == 4  # Osaka, Boston and the two past missions with outcomes
    qtmodeltester.check(model)
    workspace.missions.create(MissionInput(
        name="Seoul", kind="trade_mission", country="KR", start_date=dt.date(2027, 5, 10),
        end_date=dt.date(2027, 5, 12), timezone="Asia/Seoul"))
    model.set_missions(workspace.missions.list())
    qtmodeltester.check(model)


def test_hidden_screens_load_when_first_shown(qtbot, workspace) -> None:
    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import Operations

    workspace.seed_demo()
    ops = Operations(workspace)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    missions = win.screens["missions"]
    qtbot.waitUntil(lambda: missions.model.rowCount() == 4)
    qtbot.waitUntil(lambda: not ops.busy)
    roster = win.screens["roster"]
    # Not loaded while hidden: start-up stays light (an eager load would be running now).
    assert not ops.busy
    qtbot.wait(100)
    assert roster.model.rowCount() == 0
    win.show_screen("roster")
    qtbot.waitUntil(lambda: roster.model.rowCount() > 20)
    ops.wait_idle()
