"""The directory, gateway partners and briefing packs travel through the real server app:
what a leader records reaches the coordinator and the delegation; an unchanged document is not
sent again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from biox_desktop.core.missions import MissionInput
from biox_desktop.core.organisations import OrganisationInput
from biox_desktop.core.roster import DelegateInput
from biox_desktop.db.briefing import BriefingService
from biox_desktop.db.organisations import OrganisationService, add_organisation
from tests.sync.harness import World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def test_organisations_partners_and_briefing_reach_the_other_laptops(world: World,
                                                                     tmp_path: Path) -> None:
    claire, claire_sync = world.laptop("claire")
    alice, alice_sync = world.laptop("alice")
    cora, cora_sync = world.laptop("cora")
    # The server's cluster and company, with the server's ids (the network work makes these
    # arrive by themselves; here the leader records them through the directory).
    with claire.db.session() as s:
        add_organisation(s, OrganisationInput(name="Lyonbiopole", kind="cluster", country="FR"),
                         created_by=None, org_id=world.cluster)
        add_organisation(s, OrganisationInput(name="Rhône Diagnostics", kind="sme",
                                              country="FR", home_cluster_id=world.cluster),
                         created_by=None, org_id=world.sme_a)
    orgs = OrganisationService(claire)
    hq = orgs.create(OrganisationInput(name="Osaka Bio Headquarters",
                                       name_native="大阪バイオ・ヘッドクオーター",
                                       kind="gateway_partner", country="JP", city="Osaka"))
    mission = claire.missions.create(MissionInput(
        name="Osaka Partnering Days", kind="partnering_event", country="JP",
        start_date=dt.date(2027, 3, 9), end_date=dt.date(2027, 3, 12), timezone="Asia/Tokyo",
        lead_cluster_id=world.cluster))
    claire.roster.add(mission.id, DelegateInput(name="Élodie Marchand",
                                                organisation="Rhône Diagnostics",
                                                registration_status="confirmed"))
    orgs.add_partner(mission.id, hq.id)
    report_pdf = tmp_path / "Japan country report.pdf"
    report_pdf.write_bytes(b"%PDF-1.4 Japan country report " + "日本".encode() * 100)
    BriefingService(claire).add_file(mission.id, report_pdf)
    first = claire_sync.sync()
    assert first.rejected == 0, first.rejections

    # Re-adding the unchanged report sends nothing.
    assert not BriefingService(claire).add_file(mission.id, report_pdf).changed
    assert claire.db.pending_changes() == 0
    assert claire_sync.sync().pushed == 0

    for ws, sync in ((cora, cora_sync), (alice, alice_sync)):
        sync.sync()
        directory = OrganisationService(ws)
        assert directory.find("大阪バイオ・ヘッドクオーター").kind == "gateway_partner"
        assert [p.name for p in directory.partners(mission.id)] == ["Osaka Bio Headquarters"]
        docs = BriefingService(ws).list(mission.id)
        assert [d.filename for d in docs] == ["Japan country report.pdf"]
        assert BriefingService(ws).document(docs[0].id)[1] == report_pdf.read_bytes()
    journey = OrganisationService(cora).show(world.sme_a)
    assert [m.name for m in journey.missions] == ["Osaka Partnering Days"]
    assert [d.name for d in journey.delegates] == ["Élodie Marchand"]
