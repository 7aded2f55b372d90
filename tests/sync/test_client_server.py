"""Desktop workspaces syncing through the real server app (in process, on a SQLite file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from biox_desktop.core.identity import NETWORK, org_scope
from biox_desktop.core.missions import MissionInput
from biox_desktop.db.models import Lead, MissionCompany, Organisation, Person, SyncRejection
from biox_desktop.server.models import Conflict
from biox_desktop.sync.errors import AuthError, DeviceRevoked, NotSignedIn
from tests.sync.harness import PASSWORD, URL, World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def _osaka(cluster_id: str) -> MissionInput:
    return MissionInput(name="Osaka Partnering Days", kind="partnering_event", country="JP",
                        start_date=dt.date(2027, 3, 9), end_date=dt.date(2027, 3, 12),
                        timezone="Asia/Tokyo", lead_cluster_id=cluster_id)


def test_a_mission_reaches_its_delegation_and_private_leads_stay_private(world: World) -> None:
    claire, claire_sync = world.laptop("claire")
    alice, alice_sync = world.laptop("alice")
    bob, bob_sync = world.laptop("bob")
    assert claire.identity.role == "leader" and claire.identity.organisation_id == world.cluster

    # The leader records the clusters and companies with the server's ids, then the mission.
    with claire.db.session() as s:
        for org_id, name, kind in ((world.cluster, "Lyonbiopole", "cluster"),
                                   (world.sme_a, "Rhône Diagnostics", "sme"),
                                   (world.sme_b, "Isar Antibodies", "sme")):
            s.add(Organisation(id=org_id, scope=NETWORK, name=name, kind=kind, sector_tags=[]))
    mission = claire.missions.create(_osaka(world.cluster))
    with claire.db.session() as s:
        s.add(MissionCompany(scope=f"mission:{mission.id}", mission_id=mission.id,
                             organisation_id=world.sme_a, status="confirmed"))
    assert claire.db.pending_changes() == 5
    report = claire_sync.sync()
    assert report.pushed == 5 and report.rejected == 0
    assert claire.db.pending_changes() == 0

    # Alice's company takes part: she receives the mission. Bob's does not.
    alice_sync.sync()
    bob_sync.sync()
    assert [m.name for m in alice.missions.list()] == ["Osaka Partnering Days"]
    assert bob.missions.list() == []
    assert alice.missions.get(mission.id).lead_cluster_name == "Lyonbiopole"

    # Alice captures a private lead (her company only) and a contact for the whole network.
    with alice.db.session() as s:
        contact = Person(scope=org_scope(world.sme_a), name="山田太郎 (Yamada Taro)")
        s.add(contact)
        s.flush()
        s.add(Lead(scope=org_scope(world.sme_a), person_id=contact.id, mission_id=mission.id,
                   owner_organisation_id=world.sme_a, visibility="private", rating=5, tags=[],
                   notes="Wants a distribution deal"))
        s.add(Organisation(scope=NETWORK, name="Kansai Medical", kind="foreign_partner",
                           sector_tags=["medtech"]))
    alice_sync.sync()
    bob_sync.sync()
    claire_sync.sync()
    with bob.db.session() as s:
        assert s.scalars(select(Lead)).all() == []  # never another SME's private lead
        assert s.scalars(select(Person)).all() == []
        assert "Kansai Medical" in s.scalars(select(Organisation.name)).all()
    with claire.db.session() as s:
        assert s.scalars(select(Lead)).all() == []  # the cluster does not see it either

    # A delegate may not rewrite the leader's mission: the edit is refused with its reason,
    # kept in the rejection log, and her copy corrected to the server's.
    claire.missions.update(mission.id, _with_description(_osaka(world.cluster), "Claire's plan"))
    alice.missions.update(mission.id, _with_description(_osaka(world.cluster), "Alice's plan"))
    claire_sync.sync()
    refused = alice_sync.sync()
    assert refused.rejected == 1 and "may not edit missions" in refused.rejections[0]
    assert alice.missions.get(mission.id).description == "Claire's plan"
    with alice.db.session() as s:
        assert "may not edit missions" in s.scalars(select(SyncRejection.reason)).one()

    # Concurrent offline edits of one shared field (by the coordinator and by the author's
    # company: another cluster's leader may not edit Alice's network row): both laptops
    # converge on the value with the higher clock, and the losing value is kept as a conflict.
    cora, cora_sync = world.laptop("cora")
    cora_sync.sync()
    with cora.db.session() as s:
        s.scalars(select(Organisation).where(Organisation.name == "Kansai Medical")).one() \
            .city = "Osaka"
    with alice.db.session() as s:
        s.scalars(select(Organisation).where(Organisation.name == "Kansai Medical")).one() \
            .city = "Suita"
    reports = [cora_sync.sync(), alice_sync.sync(), cora_sync.sync(), bob_sync.sync()]
    claire_sync.sync()
    cities = set()
    for ws in (cora, claire, alice, bob):
        with ws.db.session() as s:
            cities.add(s.scalars(select(Organisation.city)
                                 .where(Organisation.name == "Kansai Medical")).one())
        assert ws.db.pending_changes() == 0
    assert cities == {"Suita"}  # Alice wrote after Claire: her clock is higher
    with world.store.engine.connect() as conn:
        recorded = conn.execute(select(Conflict.field)).scalars().all()
    assert "city" in recorded  # Cora's "Osaka" is kept for review, not silently dropped
    assert reports[2].pulled >= 1 and reports[3].pulled >= 1  # the winner reached the others


def _with_description(data: MissionInput, text: str) -> MissionInput:
    import dataclasses

    return dataclasses.replace(data, description=text)


def test_clear_errors_for_wrong_password_revoked_device_and_no_sign_in(world: World) -> None:
    ws = world.workspace("eve")
    service = world.service(ws)
    with pytest.raises(NotSignedIn, match="sign in"):
        service.sync()
    with pytest.raises(AuthError, match="wrong user name or password"):
        service.login(URL, "alice", "not the password")
    service.login(URL, "alice", PASSWORD)
    service.sync()
    for device in world.store.list_devices("alice"):
        world.store.revoke_device(device["id"])
    with ws.db.session() as s:
        s.add(Organisation(scope=NETWORK, name="Made offline", kind="sme", sector_tags=[]))
    with pytest.raises(DeviceRevoked, match="revoked"):
        service.sync()
    assert ws.db.pending_changes() == 1  # nothing typed is lost


def test_a_first_download_reports_progress_against_its_size(world: World) -> None:
    from biox_desktop.core.progress import Progress

    claire, claire_sync = world.laptop("claire")
    with claire.db.session() as s:
        for i in range(2100):  # more than one pull page
            s.add(Organisation(scope=NETWORK, name=f"Org {i}", kind="sme", sector_tags=[]))
    claire_sync.sync()
    _alice, alice_sync = world.laptop("alice")
    steps: list[tuple[int, int]] = []
    alice_sync.sync(Progress(lambda done, total, _msg: steps.append((done, total))))
    received = [s for s in steps if s[1]]
    assert received[-1] == (2100, 2100)
    assert len(received) >= 2 and all(total == 2100 for _, total in received)
