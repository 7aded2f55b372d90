"""Lists sort names as people expect: accents ignored (Élodie before Thomas), titles ignored
(Dr. Yamada under Y), in the roster and in the leads."""

from __future__ import annotations

import datetime as dt

from biox_desktop.core.leads import LeadFilter, LeadInput
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.roster import DelegateInput

NAMES = ["Thomas Weber", "Élodie Martin", "Dr. Yamada Taro", "Ana Ruiz", "Zoë Klein"]
EXPECTED = ["Ana Ruiz", "Élodie Martin", "Thomas Weber", "Dr. Yamada Taro", "Zoë Klein"]


def test_roster_and_leads_sort_by_name_without_accents_or_titles(workspace) -> None:
    ws = workspace
    mission = ws.missions.create(MissionInput(
        name="Osaka", kind="trade_mission", country="JP", timezone="Asia/Tokyo",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14)))
    for name in NAMES:
        ws.roster.add(mission.id, DelegateInput(name=name, organisation=f"{name} GmbH"))
        ws.leads.capture(LeadInput(name=name, consent_given=True))
    by_id = {d.id: d.name for d in ws.roster.list(mission.id)}
    assert [by_id[i] for i in ws.roster.ids(mission.id)] == EXPECTED
    assert [by_id[i] for i in ws.roster.ids(mission.id, descending=True)] == EXPECTED[::-1]
    leads = {r.id: r.name for r in ws.leads.rows(ws.leads.ids(LeadFilter()))}
    assert [leads[i] for i in ws.leads.ids(LeadFilter())] == EXPECTED
