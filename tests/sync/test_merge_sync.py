"""A coordinator's merge reaches laptops that edited the merged contacts offline; nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from biox_desktop.core import merge as mg
from biox_desktop.core.identity import NETWORK, org_scope
from biox_desktop.db.models import Lead, Person, SyncRejection
from tests.sync.harness import World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def _capture(ws, name: str, org: str, **fields) -> tuple[str, str]:
    """A delegate captures a shared contact with a lead private to their company."""
    with ws.db.session() as s:
        person = Person(scope=NETWORK, name=name, country="JP", **fields)
        s.add(person)
        s.flush()
        lead = Lead(scope=org_scope(org), person_id=person.id,
                    visibility="private", tags=[], notes=f"met {name}")
        s.add(lead)
        s.flush()
        return person.id, lead.id


def test_merge_reaches_two_offline_laptops_and_their_edits_survive(world: World) -> None:
    cora, cora_sync = world.laptop("cora")
    alice, alice_sync = world.laptop("alice")
    bob, bob_sync = world.laptop("bob")
    assert cora.identity.role == "coordinator"

    with cora.db.session() as s:
        original = Person(scope=NETWORK, name="Yamada Taro", name_native="山田太郎",
                          phones=["+819012345678"], emails=["yamada@kansai-med.example"],
                          job_title="Director of Business Development", country="JP")
        s.add(original)
    p_alice, lead_a = _capture(alice, "山田太郎", world.sme_a, phones=["090-1234-5678"],
                               emails=["taro.yamada@gmail.example"])
    p_bob, lead_b = _capture(bob, "T. Yamada", world.sme_b,
                             emails=["yamada@kansai-med.example"])
    for sync in (cora_sync, alice_sync, bob_sync, cora_sync):
        assert sync.sync().rejected == 0

    # Alice and Bob go offline and keep working on the contacts they captured.
    with alice.db.session() as s:
        p = s.get(Person, p_alice)
        p.phones = [*p.phones, "+81 6 6123 4567"]
        p.job_title = "Head of BD"
        s.add(Lead(scope=org_scope(world.sme_a), person_id=p_alice, visibility="private",
                   tags=[], notes="second meeting at the reception"))
    with bob.db.session() as s:
        s.get(Person, p_bob).notes = "Prefers LINE over e-mail"
        s.add(Lead(scope=org_scope(world.sme_b), person_id=p_bob, visibility="private",
                   tags=[], notes="asked for the product sheet"))

    # Meanwhile the coordinator merges the three captures into the original.
    group = next(g for g in cora.merges.candidates(mg.PERSON) if original.id in
                 {m.id for m in g.members})
    assert {m.id for m in group.members} == {original.id, p_alice, p_bob}
    merge = cora.merges.apply(mg.MergeRequest(group.id, survivor_id=original.id))
    cora_sync.sync()

    # The laptops come back, in either order, and everyone syncs until nothing moves.
    alice_sync.sync()
    bob_sync.sync()
    for _ in range(2):
        for sync in (cora_sync, alice_sync, bob_sync):
            sync.sync()

    for ws in (cora, alice, bob):
        assert ws.db.pending_changes() == 0
        with ws.db.session() as s:
            assert s.scalars(select(SyncRejection)).all() == []
            survivor = s.get(Person, original.id)
            assert not survivor.deleted
            assert s.get(Person, p_alice).deleted and s.get(Person, p_bob).deleted
            # Values chosen at the merge, and edits made offline after it, are all there.
            assert "taro.yamada@gmail.example" in survivor.emails
            assert "090-1234-5678" in survivor.phones and "+81 6 6123 4567" in survivor.phones
            assert survivor.job_title == "Director of Business Development"
            assert "Head of BD" in (survivor.notes or "")
            assert "Prefers LINE over e-mail" in (survivor.notes or "")
            # Every lead points at the survivor and stays private to its company.
            leads = s.scalars(select(Lead)).all()
            assert all(ld.person_id == original.id for ld in leads)
            scopes = {ld.scope for ld in leads}
        if ws is alice:
            assert len(leads) == 2 and scopes == {org_scope(world.sme_a)}
        elif ws is bob:
            assert len(leads) == 2 and scopes == {org_scope(world.sme_b)}
        else:
            assert leads == []  # the coordinator does not see the companies' private leads
    with alice.db.session() as s:
        assert s.get(Lead, lead_a).person_id == original.id
    with bob.db.session() as s:
        assert s.get(Lead, lead_b).person_id == original.id
    assert cora.merges.get(merge.id).survivor_id == original.id

    # The coordinator changes their mind: the undo reaches every laptop, and the leads the
    # laptops forwarded (the coordinator never saw them) point at their own records again.
    cora.merges.undo(merge.id)
    for _ in range(2):
        for sync in (cora_sync, alice_sync, bob_sync):
            sync.sync()
    for ws, own in ((alice, p_alice), (bob, p_bob)):
        assert ws.db.pending_changes() == 0
        with ws.db.session() as s:
            assert not s.get(Person, own).deleted
            assert {ld.person_id for ld in s.scalars(select(Lead))} == {own}
            assert s.get(Person, own).emails  # its own values are all still there
    with alice.db.session() as s:
        assert "+81 6 6123 4567" in s.get(Person, p_alice).phones
    with cora.db.session() as s:
        assert not s.get(Person, p_alice).deleted and not s.get(Person, p_bob).deleted


def test_automatic_merges_happen_at_the_coordinators_sync_once_switched_on(world: World) -> None:
    cora, cora_sync = world.laptop("cora")
    alice, alice_sync = world.laptop("alice")
    p1, lead1 = _capture(alice, "Wang Wei", world.sme_a, emails=["wang@sh-bic.example"],
                         phones=["+8613812345678"], messaging={"wechat": "wangwei_shbic"})
    p2, lead2 = _capture(alice, "王伟", world.sme_a, emails=["wang@sh-bic.example"],
                         phones=["138 1234 5678"], messaging={"wechat": "wangwei_shbic"})
    alice_sync.sync()
    assert cora_sync.sync().forwarded == 0  # off by default: nothing merged
    with cora.db.session() as s:
        assert not s.get(Person, p1).deleted and not s.get(Person, p2).deleted
    cora.merges.set_auto_threshold(0.95)
    report = cora_sync.sync()
    assert report.forwarded == 1 and cora.db.pending_changes() == 0
    alice_sync.sync()
    with alice.db.session() as s:
        kept = [p for p in (p1, p2) if not s.get(Person, p).deleted]
        assert len(kept) == 1
        assert {s.get(Lead, lead1).person_id, s.get(Lead, lead2).person_id} == set(kept)
