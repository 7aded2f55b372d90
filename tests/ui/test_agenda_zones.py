"""One time-zone rule in the Agenda: an item at a venue in another zone sits at its instant in
the mission's zone, its own zone marked; the All-days grid covers items before 07:00."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from biox_desktop.core.agenda import AgendaItemInput, VenueInput
from biox_desktop.core.missions import MissionInput

JAKARTA, SINGAPORE = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Singapore")


def test_an_item_in_another_zone_is_placed_by_its_instant(qtbot: Any, workspace: Any,
                                                          ops: Any) -> None:
    from biox_desktop.ui.main_window import MainWindow

    mission = workspace.missions.create(MissionInput(
        name="Singapore Biotech Week", kind="trade_mission", country="SG",
        timezone="Asia/Singapore", start_date=dt.date(2027, 3, 8),
        end_date=dt.date(2027, 3, 10)))
    workspace.update_settings(current_mission_id=mission.id)
    venue = workspace.agenda.add_venue(mission.id, VenueInput("Jakarta hub", "Asia/Jakarta"))
    workspace.agenda.add_item(mission.id, AgendaItemInput(
        kind="site_visit", title="Jakarta visit",
        starts_at=dt.datetime(2027, 3, 9, 10, 0, tzinfo=JAKARTA),
        ends_at=dt.datetime(2027, 3, 9, 12, 0, tzinfo=JAKARTA),
        timezone="Asia/Jakarta", venue_id=venue.id))
    workspace.agenda.add_item(mission.id, AgendaItemInput(
        kind="transfer", title="Early bus", timezone="Asia/Singapore",
        starts_at=dt.datetime(2027, 3, 9, 6, 0, tzinfo=SINGAPORE),
        ends_at=dt.datetime(2027, 3, 9, 6, 30, tzinfo=SINGAPORE)))
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    screen = win.show_screen("agenda")
    qtbot.waitUntil(lambda: screen.data is not None and not ops.busy, timeout=20_000)
    grid = screen.grid
    rows = [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())]
    column = next(c for c in range(grid.columnCount())
                  if "9" in grid.horizontalHeaderItem(c).text())

    def cell(hour: str) -> str:
        r = next(i for i, label in enumerate(rows) if label.startswith(hour))
        item = grid.item(r, column)
        return item.text() if item is not None else ""

    # 10:00 in Jakarta is 11:00 in Singapore: rows 11:00 and 12:00, its own times marked.
    assert "Jakarta visit" in cell("11:00") and "Jakarta visit" in cell("12:00")
    assert "Jakarta visit" not in cell("10:00")
    assert "10:00–12:00 WIB" in cell("11:00")
    assert "Early bus" in cell("06:00")  # before 07:00, still in the grid
    # The Day list marks the venue's zone beside its local times.
    model, times = screen.day_model, []
    for d in range(screen.day.count()):
        screen.day.setCurrentIndex(d)
        times += [model.index(r, 0).data() for r in range(model.rowCount())
                  if model.index(r, 3).data() == "Jakarta visit"]
    assert times == ["10:00–12:00 WIB"]
    ops.wait_idle()
