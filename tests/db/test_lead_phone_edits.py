"""A number kept as typed stays as typed through edits until a person changes it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from biox_desktop.core.leads import LeadInput
from biox_desktop.core.missions import MissionInput
from biox_desktop.reports.leads_io import import_vcards

KIM = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Minjun\r\nN:Kim;Minjun;;;\r\n"
       "ADR;TYPE=WORK:;;123 Teheran-ro;Seoul;;06234;Korea, Republic of\r\n"
       "TEL;TYPE=CELL:010-6552-9988\r\nEND:VCARD\r\n")


def test_an_edit_never_gives_a_kept_number_the_missions_code(workspace: Any,
                                                             tmp_path: Path) -> None:
    mission = workspace.missions.create(MissionInput(
        name="Beijing", kind="trade_mission", country="CN", start_date=dt.date(2027, 6, 14),
        end_date=dt.date(2027, 6, 18), timezone="Asia/Shanghai"))
    card = tmp_path / "kim.vcf"
    card.write_text(KIM)
    [result] = import_vcards(workspace, [str(card)], mission_id=mission.id)
    assert result.imported == 1
    assert any("+82 10-6552-9988" in w for w in result.warnings)
    [lead_id] = workspace.leads.ids()
    lead = workspace.leads.get(lead_id)
    assert lead.phones == ("010-6552-9988",)

    # Without the card's address, 010-6552-9988 reads as a Beijing number: an edit of the
    # notes must not turn it into one.
    edited = workspace.leads.update(lead_id, lead.to_input().with_changes(notes="Met at lunch"))
    assert edited.phones == ("010-6552-9988",) and edited.notes == "Met at lunch"
    fresh = LeadInput(name="Kim Minjun", mission_id=mission.id, phones=("010-6552-9988",))
    assert workspace.leads.update(lead_id, fresh).phones == ("010-6552-9988",)

    # Typing the country code confirms it.
    confirmed = workspace.leads.update(
        lead_id, lead.to_input().with_changes(phones=("+82 10-6552-9988",)))
    assert confirmed.phones == ("+821065529988",)
