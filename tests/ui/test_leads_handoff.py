"""The Leads screen's hand-off actions: CRM export of what is listed, attendee list import."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from biox_desktop.core.leads import LeadInput
from biox_desktop.ui.leads import LeadsScreen


@pytest.fixture
def screen(qtbot: Any, ops: Any, workspace: Any) -> LeadsScreen:
    for name, rating in (("Anna Müller", 5), ("Li Wei", 2), ("Kim Min-jun", 4)):
        workspace.leads.capture(LeadInput(name=name, rating=rating, consent_given=True,
                                          organisation_name="Booth Co"))
    widget = LeadsScreen(ops)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    return widget


def test_crm_export_follows_the_filters_shown(qtbot: Any, ops: Any, screen: LeadsScreen,
                                              tmp_path: Path) -> None:
    screen.rating_filter.setCurrentIndex(screen.rating_filter.findData(4))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    screen.export_to(str(tmp_path / "booth.csv"), "Salesforce import (*.csv)")
    qtbot.waitUntil(lambda: "Exported 2 leads" in screen.count_label.text())
    with (tmp_path / "booth-leads.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["Last Name"] for r in rows) == ["Min-jun", "Müller"]
    assert not (tmp_path / "booth.csv").exists()
    screen.export_to(str(tmp_path / "hub.csv"), "HubSpot import (*.csv)")
    qtbot.waitUntil(lambda: (tmp_path / "hub-notes.csv").exists())
    assert (tmp_path / "hub-contacts.csv").read_text(encoding="utf-8-sig").startswith(
        "First Name,Last Name,Email")


def test_an_attendee_list_is_imported_from_the_screen(qtbot: Any, ops: Any,
                                                      screen: LeadsScreen, workspace: Any,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "osaka.csv"
    path.write_text("Full name,Organization,Badge\n山田 太郎,Osaka Bio,77\n,No name,78\n",
                    encoding="utf-8")
    screen.import_attendees_from(str(path))
    qtbot.waitUntil(lambda: "ready for badge scans" in screen.count_label.text())
    assert "1 participant of osaka.csv" in screen.count_label.text()
    assert "row 3 has no participant name" in screen.count_label.text()
    assert workspace.attendees.find_badge(["77"]).name == "山田 太郎"
