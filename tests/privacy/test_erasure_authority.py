"""Who may erase, as the server enforces it: a coordinator anyone; the company owning a private
lead of the person that person; nobody else (the server's in-process app, real laptops)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from biox_desktop.core import erasure as rules
from biox_desktop.core.leads import LeadInput
from biox_desktop.db.erasure import ErasureService
from biox_desktop.db.models import Erasure
from biox_desktop.server.models import SyncRow
from tests.privacy.erasure_support import EMAIL, NAME
from tests.sync.harness import World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def _server_row(world: World, table: str, row_id: str) -> SyncRow | None:
    with world.store.engine.connect() as conn:
        return conn.execute(select(SyncRow).where(SyncRow.tbl == table,
                                                  SyncRow.row_id == row_id)).first()


def test_only_the_owner_company_of_a_private_lead_erases_its_person(world: World) -> None:
    alice, sync_alice = world.laptop("alice")  # Rhône Diagnostics
    bob, sync_bob = world.laptop("bob")  # another SME
    lead = alice.leads.capture(LeadInput(name=NAME, emails=(EMAIL,), consent_given=True))
    sync_alice.sync()
    assert _server_row(world, "people", lead.person_id).fields["name"] == NAME

    # Bob's laptop sends an erasure record for a person he has no lead of: refused.
    with bob.db.session() as s:
        s.add(Erasure(scope="network", person_id=lead.person_id, salt=rules.new_salt(),
                      email_hashes=[], phone_hashes=[], backups=[]))
    report = sync_bob.sync()
    assert report.rejected == 1
    assert "owning a private lead" in report.rejections[0]
    assert _server_row(world, "people", lead.person_id).fields["name"] == NAME

    # Alice's company owns the private lead: her erasure is stored and applied.
    ErasureService(alice).erase(lead.person_id, basis="asked at the booth")
    assert sync_alice.sync().rejected == 0
    row = _server_row(world, "people", lead.person_id)
    assert row.deleted and row.fields["name"] == "" and row.fields["emails"] == []
    lead_row = _server_row(world, "leads", lead.id)
    assert lead_row.deleted and lead_row.fields.get("notes") is None


def test_the_server_forgets_refusal_reasons_and_conflict_values_about_the_person(
        world: World) -> None:
    from sqlalchemy import insert

    from biox_desktop.server.models import Conflict, PushResult

    alice, sync_alice = world.laptop("alice")
    lead = alice.leads.capture(LeadInput(name=NAME, emails=(EMAIL,), consent_given=True))
    sync_alice.sync()
    with world.store.engine.begin() as conn:
        conn.execute(insert(PushResult).values(
            device_id="old-laptop", seq=7, op_key="k", status="rejected",
            reason=f"field 'emails' takes list, not '{EMAIL}'", quarantined=False))
        conn.execute(insert(Conflict).values(
            tbl="people", row_id=lead.person_id, scope="network", field="name",
            reason="concurrent", winner_value=NAME, loser_value=f"{NAME} Jr", created_seq=1,
            created_at=dt.datetime(2026, 1, 1), resolved=False))
    ErasureService(alice).erase(lead.person_id)
    sync_alice.sync()
    with world.store.engine.connect() as conn:
        assert conn.execute(select(PushResult.reason)
                            .where(PushResult.device_id == "old-laptop")).scalar() is None
        conflict = conn.execute(select(Conflict).where(Conflict.row_id == lead.person_id)).one()
        assert conflict.winner_value is None and conflict.loser_value is None
        assert conflict.resolved
