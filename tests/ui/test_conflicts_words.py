"""The Conflicts screen speaks in people's words: field labels, joined lists, local times, the
laptop's name and the record's person, never keys, JSON or ids."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt


def test_conflict_rows_read_as_words(qtbot: Any, workspace: Any) -> None:
    from biox_desktop.core.leads import LeadInput
    from biox_desktop.sync.conflicts import ConflictService, ConflictSide, ConflictView
    from biox_desktop.sync.service import SyncService
    from biox_desktop.ui.conflicts import ConflictTableModel

    lead = workspace.leads.capture(LeadInput(name="Kim Min-jun", consent_given=True))
    service = ConflictService(SyncService(workspace))
    record = service.describe("leads", lead.id)
    assert record == "Lead Kim Min-jun"  # a lead is named by its person
    missing = service.describe("leads", "01a2351a-0000-7000-8000-000000000000")
    assert "01a2351a" not in missing and missing.startswith("Lead")

    written = dt.datetime(2026, 6, 14, 8, 30, tzinfo=dt.UTC)
    conflict = ConflictView(
        id=1, table="missions", row_id="m", record="Mission Munich", field="cities",
        reason="concurrent",
        winner=ConflictSide(["Munich", "Martinsried"], "Anna Weber", written, "Anna's laptop"),
        loser=ConflictSide({"wechat": "kim_88"}, "Kim", None, ""), recorded_at="")
    model = ConflictTableModel()
    model.set_rows([conflict])
    shown = [model.data(model.index(0, c), Qt.ItemDataRole.DisplayRole)
             for c in range(model.columnCount())]
    assert shown[1] == "Cities"
    assert shown[2] == "Munich, Martinsried"
    assert shown[4] == "WeChat: kim_88"
    local = written.astimezone()
    assert shown[3].startswith("Anna Weber on Anna's laptop, ")
    assert f"{local:%H:%M}" in shown[3] and (local.tzname() or "") in shown[3]
    assert "[" not in " ".join(shown) and "cities" not in shown
