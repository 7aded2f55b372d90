"""Merge service on the demo: candidates, merge field by field, undo, not a duplicate."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from biox_desktop.core import merge as mg
from biox_desktop.core.identity import NETWORK, org_scope
from biox_desktop.core.validation import NotFoundError, ValidationError
from biox_desktop.db.models import Consent, Lead, Merge, OutboxEntry, Person


@pytest.fixture
def coordinator(workspace):
    workspace.seed_demo()
    workspace.update_settings(role="coordinator")
    return workspace


def _yamada(ws) -> mg.CandidateView:
    return next(g for g in ws.merges.candidates(mg.PERSON) if "T. Yamada" in g.title)


def test_yamada_captured_four_ways_is_one_group_with_reasons_and_provenance(coordinator) -> None:
    groups = coordinator.merges.candidates()
    assert [g.score for g in groups] == sorted((g.score for g in groups), reverse=True)
    yamada = _yamada(coordinator)
    labels = [m.label for m in yamada.members]
    assert {"Dr. Yamada Taro", "山田太郎", "T. Yamada"} <= set(labels)
    assert "same phone" in yamada.reasons and "same email" in yamada.reasons
    assert all(m.provenance.mission == "Osaka Partnering Days" for m in yamada.members)
    assert yamada.members[0].id == yamada.survivor_id  # the most referenced record
    emails = next(f for f in yamada.fields if f.field == "emails")
    assert emails.default == mg.COMBINED and "taro.yamada@gmail.example" in emails.combined
    assert any("Meeting Mojo" in g.title and g.kind == mg.ORGANISATION for g in groups)


def test_merge_repoints_references_keeps_lead_scopes_and_undo_restores(coordinator) -> None:
    ws = coordinator
    group = _yamada(ws)
    merged_ids = [m.id for m in group.members[1:]]
    with ws.db.session() as s:
        before = {ld.id: (ld.person_id, ld.scope) for ld in s.scalars(select(Lead))}
    pending = ws.db.pending_changes()
    title_from = next(m.id for m in group.members if m.label == "Dr. Yamada Taro")
    view = ws.merges.apply(mg.MergeRequest(group.id, choices={"job_title": title_from}))
    assert view.survivor_id == group.survivor_id and set(view.merged_ids) == set(merged_ids)
    with ws.db.session() as s:
        survivor = s.get(Person, group.survivor_id)
        assert survivor.job_title == "Director, Business Development"
        assert "taro.yamada@gmail.example" in survivor.emails
        # One number typed two ways ("090-..." and "+8190...") is kept once, in E.164.
        assert survivor.phones and all(p.startswith("+81") for p in survivor.phones)
        assert len(survivor.phones) == len(set(survivor.phones))
        assert all(s.get(Person, m).deleted for m in merged_ids)
        for lead in s.scalars(select(Lead)):
            assert lead.person_id not in merged_ids
            assert lead.scope == before[lead.id][1]  # a private lead stays private
        assert not s.scalars(select(Consent).where(Consent.person_id.in_(merged_ids))).all()
        # Everything went through the journal, so it syncs.
        tables = {t for (t,) in s.execute(select(OutboxEntry.tbl))}
    assert ws.db.pending_changes() > pending
    assert {"people", "leads", "consents", "merges"} <= tables
    assert group.id not in {g.id for g in ws.merges.candidates()}

    ws.merges.undo(view.id)
    with ws.db.session() as s:
        assert not any(s.get(Person, m).deleted for m in merged_ids)
        assert s.get(Person, group.survivor_id).job_title == "Director of Business Development"
        after = {ld.id: (ld.person_id, ld.scope) for ld in s.scalars(select(Lead))}
        assert s.get(Merge, view.id).undone
    assert after == before
    with pytest.raises(ValidationError):
        ws.merges.undo(view.id)


def test_not_a_duplicate_is_remembered(coordinator) -> None:
    group = next(g for g in coordinator.merges.candidates() if "Rachel" in g.title)
    assert coordinator.merges.not_duplicate(group.id) == 1
    assert all("Rachel" not in g.title for g in coordinator.merges.candidates())
    with pytest.raises(NotFoundError):
        coordinator.merges.apply(mg.MergeRequest(group.id))


def test_only_a_coordinator_merges_and_private_values_stay_private(workspace) -> None:
    workspace.update_settings(role="coordinator")
    with workspace.db.session() as s:
        shared = Person(scope=NETWORK, name="Yamada Taro", phones=["+819012345678"],
                        emails=["yamada@kansai.example"], country="JP")
        private = Person(scope=org_scope("sme-a"), name="山田太郎", phones=["090-1234-5678"],
                         emails=["taro@home.example"], country="JP")
        other = Person(scope=org_scope("sme-b"), name="Taro Yamada", phones=["+819012345678"],
                       country="JP")
        s.add_all([shared, private, other])
        s.flush()
        for p in (private, other):
            s.add(Lead(scope=p.scope, person_id=p.id, visibility="private", tags=[]))
    group = next(g for g in workspace.merges.candidates(mg.PERSON))
    members = {m.id: m for m in group.members}
    # Two companies' private captures are never grouped together; the shared record survives.
    assert shared.id in members and len(members) == 2 and group.survivor_id == shared.id
    inside = next(m for m in members.values() if m.id != shared.id)
    assert inside.provenance.private
    with pytest.raises(ValidationError):  # a private value cannot be published by a merge
        workspace.merges.apply(mg.MergeRequest(group.id, choices={"emails": inside.id}))
    with pytest.raises(ValidationError):  # the shared record survives, not the private one
        workspace.merges.apply(mg.MergeRequest(group.id, survivor_id=inside.id))
    assert "taro@home.example" not in next(f for f in group.fields if f.field == "emails").combined
    workspace.update_settings(role="delegate")
    with pytest.raises(ValidationError):
        workspace.merges.apply(mg.MergeRequest(group.id))
    workspace.update_settings(role="coordinator")
    merge = workspace.merges.apply(mg.MergeRequest(group.id))
    with workspace.db.session() as s:
        lead = s.scalars(select(Lead).where(Lead.scope == inside.scope)).one()
        assert lead.person_id == shared.id  # re-pointed, and still private to its company
        assert s.get(Merge, merge.id).scope == inside.scope  # the record holds private values
        assert s.get(Person, shared.id).emails == ["yamada@kansai.example"]


def test_automatic_merging_is_off_by_default_and_only_above_the_threshold(coordinator) -> None:
    ws = coordinator
    assert ws.merges.auto_threshold() is None and ws.merges.auto_merge() == []
    with pytest.raises(ValidationError):
        ws.merges.set_auto_threshold(0.2)
    ws.merges.set_auto_threshold(0.95)
    done = ws.merges.auto_merge()
    assert done and all(m.automatic and (m.score or 0) >= 0.95 for m in done)
    assert all(g.score < 0.95 for g in ws.merges.candidates())


def test_organisation_merge_repoints_people_and_leads(coordinator) -> None:
    ws = coordinator
    group = next(g for g in ws.merges.candidates(mg.ORGANISATION) if "Meeting Mojo" in g.title)
    assert len(group.members) == 3 and "same website" in group.reasons
    view = ws.merges.apply(mg.MergeRequest(group.id))
    with ws.db.session() as s:
        rachels = s.scalars(select(Person).where(
            Person.name.in_(["Rachel Green", "Rachel Greene"]))).all()
        assert {p.organisation_id for p in rachels} == {view.survivor_id}
    kansai = next(g for g in ws.merges.candidates(mg.ORGANISATION) if "Kansai" in g.title)
    ws.merges.apply(mg.MergeRequest(kansai.id))
    with ws.db.session() as s:
        dr = s.scalars(select(Person).where(Person.name == "Dr. Yamada Taro")).one()
        assert dr.organisation_id == kansai.survivor_id


def test_forwarding_follows_merges_of_merges() -> None:
    from biox_desktop.db.merge import _resolve_chains

    assert _resolve_chains({"a": "b", "b": "c", "x": "y"}) == {"a": "c", "b": "c", "x": "y"}
    assert _resolve_chains({"a": "b", "b": "a"}) == {}  # a cycle forwards nothing


def test_a_lead_captured_later_for_a_merged_contact_is_forwarded(coordinator) -> None:
    ws = coordinator
    group = _yamada(ws)
    ws.merges.apply(mg.MergeRequest(group.id))
    gone = group.members[1].id
    with ws.db.session() as s:  # as a pulled row from an offline laptop would arrive
        late = Lead(scope=org_scope("sme-x"), person_id=gone, visibility="private", tags=[])
        s.add(late)
        s.get(Person, gone).job_title = "Executive Officer"
    assert ws.merges.forward() == 2
    with ws.db.session() as s:
        assert s.get(Lead, late.id).person_id == group.survivor_id
        assert s.get(Lead, late.id).scope == org_scope("sme-x")
        assert "Job title: Executive Officer" in (s.get(Person, group.survivor_id).notes or "")
    assert ws.merges.forward() == 0  # nothing twice


def test_a_meeting_listing_both_captures_lists_the_survivor_once(coordinator) -> None:
    from biox_desktop.db.models import MeetingParticipant

    ws = coordinator
    group = _yamada(ws)
    with ws.db.session() as s:  # two delegates each put their own capture on one meeting
        first = s.scalars(select(MeetingParticipant)).first()
        first.person_id = group.survivor_id
        double = MeetingParticipant(scope=first.scope, meeting_id=first.meeting_id,
                                    person_id=group.members[2].id, side="guest")
        s.add(double)
    view = ws.merges.apply(mg.MergeRequest(group.id))
    with ws.db.session() as s:
        live = s.scalars(select(MeetingParticipant).where(
            MeetingParticipant.meeting_id == first.meeting_id,
            MeetingParticipant.deleted.is_(False))).all()
        assert [p.person_id for p in live].count(group.survivor_id) == 1
    ws.merges.undo(view.id)
    with ws.db.session() as s:
        assert s.get(MeetingParticipant, double.id).person_id == group.members[2].id
        assert not s.get(MeetingParticipant, double.id).deleted
