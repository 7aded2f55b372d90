"""Agreements register, documents, follow-ups and KPIs through the services on a real file."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from biox_desktop.core.kpis import KpiFilter
from biox_desktop.core.outcomes import (
    MAX_ATTACHMENT_BYTES,
    AgreementInput,
    FollowUpResult,
    PartyInput,
)
from biox_desktop.core.validation import NotFoundError, ValidationError
from biox_desktop.db.models import AgreementLink, AgreementParty, Attachment, Meeting, Organisation


@pytest.fixture
def after_the_meetings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outcomes are recorded once the demo's meetings have taken place ("held" is refused
    before a meeting starts)."""
    from biox_desktop.db import outcomes

    monkeypatch.setattr(outcomes, "utcnow", lambda: dt.datetime(2099, 1, 1, tzinfo=dt.UTC))


def _orgs(ws) -> dict[str, str]:
    with ws.db.session() as s:
        return {o.name: o.id for o in s.scalars(select(Organisation))}


def test_register_update_and_delete_an_agreement(workspace) -> None:
    workspace.seed_demo()
    orgs = _orgs(workspace)
    osaka = workspace.missions.find("Osaka Partnering Days")
    meetings, leads = workspace.agreements.sources(osaka.id)
    assert meetings and leads
    before = workspace.db.pending_changes()
    data = AgreementInput(
        kind="distribution", title="Distribution of assays in Japan", status="signed",
        signed_on=dt.date(2026, 5, 4), mission_id=osaka.id,
        parties=(PartyInput(orgs["Rhône Diagnostics SAS"], "sme"),
                 PartyInput(orgs["Sakai Pharma Logistics"], "distributor")),
        meeting_ids=(meetings[0][0],), lead_ids=(leads[0][0],),
    )
    created = workspace.agreements.create(data, today=dt.date(2026, 6, 1))
    assert created.mission_name == "Osaka Partnering Days"
    assert {p.name for p in created.parties} == {"Rhône Diagnostics SAS", "Sakai Pharma Logistics"}
    assert created.meeting_ids == (meetings[0][0],) and created.lead_ids == (leads[0][0],)
    assert workspace.db.pending_changes() - before == 5  # agreement, 2 parties, 2 links

    # Drop one party and the lead, add another party: unchanged rows stay as they are.
    changed = AgreementInput(
        kind=data.kind, title="Exclusive distribution in Japan", status="active",
        signed_on=data.signed_on, mission_id=osaka.id,
        parties=(PartyInput(orgs["Rhône Diagnostics SAS"], "sme"),
                 PartyInput(orgs["Hanshin Diagnostics Co., Ltd."], "distributor")),
        meeting_ids=data.meeting_ids, lead_ids=(),
    )
    updated = workspace.agreements.update(created.id, changed, today=dt.date(2026, 6, 1))
    assert updated.title == "Exclusive distribution in Japan" and updated.status == "active"
    assert [p.name for p in updated.parties if p.kind != "sme"] == [
        "Hanshin Diagnostics Co., Ltd."]
    assert updated.lead_ids == ()
    with workspace.db.session() as s:
        live = s.scalars(select(AgreementParty).where(
            AgreementParty.agreement_id == created.id, AgreementParty.deleted.is_(False))).all()
        assert len(live) == 2
        links = s.scalars(select(AgreementLink).where(
            AgreementLink.agreement_id == created.id)).all()
        assert sorted(x.deleted for x in links) == [False, True]

    assert [a.id for a in workspace.agreements.list(search="hanshin")] == [created.id]
    assert created.id not in [a.id for a in workspace.agreements.list(kind="mou")]
    workspace.agreements.delete(created.id)
    with pytest.raises(NotFoundError):
        workspace.agreements.get(created.id)
    with workspace.db.session() as s:
        assert all(p.deleted for p in s.scalars(select(AgreementParty).where(
            AgreementParty.agreement_id == created.id)))


def test_validation_says_what_is_wrong(workspace) -> None:
    with pytest.raises(ValidationError) as err:
        workspace.agreements.create(AgreementInput(kind="deal", title=" ", status="signed"))
    e = err.value
    assert "title" in e.for_field("title").lower()
    assert "not an agreement kind" in e.for_field("kind")
    assert "date it was signed" in e.for_field("signed_on")
    assert "party" in e.for_field("parties")
    with pytest.raises(ValidationError) as err:
        workspace.agreements.create(AgreementInput(
            kind="nda", title="NDA", status="draft", signed_on=dt.date(2026, 1, 1),
            parties=(PartyInput("x"), PartyInput("x"))))
    assert "no signature date yet" in err.value.for_field("signed_on")
    assert "twice" in err.value.for_field("parties")
    with pytest.raises(ValidationError) as err:
        workspace.agreements.create(AgreementInput(kind="nda", title="NDA",
                                                   parties=(PartyInput("no-such-org"),)))
    assert "not a known organisation" in err.value.for_field("parties")


def test_documents_are_kept_with_a_checksum_and_a_size_limit(workspace, tmp_path) -> None:
    workspace.seed_demo()
    orgs = _orgs(workspace)
    agreement = workspace.agreements.create(AgreementInput(
        kind="mou", title="MoU Lyonbiopole – Osaka Bio Headquarters", status="draft",
        parties=(PartyInput(orgs["Lyonbiopole"], "cluster"),
                 PartyInput(orgs["Osaka Bio Headquarters"], "partner"))))
    pdf = tmp_path / "mou-signed.pdf"
    pdf.write_bytes(b"%PDF-1.4 signed " * 100)
    info = workspace.agreements.attach_file(agreement.id, pdf)
    assert info.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert info.mime_type == "application/pdf" and info.size == 1600
    assert workspace.agreements.get(agreement.id).attachments == (info,)
    out = workspace.agreements.save_document(info.id, tmp_path / "out.pdf")
    assert out.read_bytes() == pdf.read_bytes()

    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError) as err:
        workspace.agreements.attach_file(agreement.id, big)
    message = err.value.for_field("document")
    assert "scan.pdf" in message and "15 MB" in message and "smaller PDF" in message

    # A damaged copy is refused rather than handed out.
    with workspace.db.session() as s:
        s.get(Attachment, info.id).data = b"tampered"
    with pytest.raises(ValidationError, match="damaged"):
        workspace.agreements.document(info.id)
    workspace.agreements.detach(info.id)
    assert workspace.agreements.get(agreement.id).attachments == ()


def test_meeting_outcome_plans_two_follow_ups_with_reminders(workspace, after_the_meetings) -> None:
    workspace.seed_demo()
    with workspace.db.session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.outcome.is_(None))
                            .order_by(Meeting.starts_at)).first()
        meeting_id, day = meeting.id, meeting.starts_at.date()
    with pytest.raises(ValidationError, match="Only a meeting that was held"):
        workspace.follow_ups.record_meeting_outcome(meeting_id, "no_show", rating=3)
    planned = workspace.follow_ups.record_meeting_outcome(meeting_id, "held", rating=4)
    assert [(f.kind, f.due_date) for f in planned] == [
        ("after_meeting", day + dt.timedelta(days=7)),
        ("months_later", day + dt.timedelta(days=120))]
    # Recording again does not plan twice.
    assert len(workspace.follow_ups.record_meeting_outcome(meeting_id, "held", 5)) == 2

    due = workspace.follow_ups.due(day + dt.timedelta(days=8), within_days=0)
    first = next(f for f in due if f.meeting_id == meeting_id)
    assert first.kind == "after_meeting" and first.overdue(day + dt.timedelta(days=8))
    with pytest.raises(ValidationError):
        workspace.follow_ups.record(first.id, FollowUpResult("great", rating=9))
    done = workspace.follow_ups.record(first.id, FollowUpResult("negotiation", 4, " call "))
    assert done.done and done.outcome == "negotiation" and done.notes == "call"
    assert first.id not in [f.id for f in workspace.follow_ups.due(day + dt.timedelta(days=8))]


def test_kpis_of_the_demo_show_real_figures(workspace) -> None:
    workspace.seed_demo()
    report = workspace.kpis.report(today=dt.date.today())
    t = report.totals
    assert t.companies > 10 and t.delegates > 10 and t.meetings_held > 5
    assert t.agreements >= 5 and t.mous >= 2 and t.follow_ups_done > 0
    assert t.conversion_rate is not None and 0 < t.conversion_rate < 100
    assert {b.label for b in report.by_cluster} >= {"Lyonbiopole", "Biocat", "BioM", "BioPmed"}
    osaka = workspace.missions.find("Osaka Partnering Days")
    one = workspace.kpis.report(KpiFilter(mission_id=osaka.id))
    assert [b.label for b in one.by_mission] == ["Osaka Partnering Days"]
    choices = workspace.kpis.choices()
    assert len(choices["clusters"]) == 4 and len(choices["missions"]) >= 2


def test_a_meeting_still_ahead_cannot_be_held_or_a_no_show(workspace) -> None:
    """Issue 13: a meeting six months ahead could be recorded as "Held"."""
    from biox_desktop.db import outcomes

    workspace.seed_demo()
    with workspace.db.session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.outcome.is_(None))
                            .order_by(Meeting.starts_at)).first()
        meeting_id, starts = meeting.id, meeting.starts_at.replace(tzinfo=dt.UTC)
    before = starts - dt.timedelta(days=182)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(outcomes, "utcnow", lambda: before)
        for outcome in ("held", "no_show"):
            with pytest.raises(ValidationError, match="cannot be recorded as held") as err:
                workspace.follow_ups.record_meeting_outcome(meeting_id, outcome)
            assert err.value.errors[0].field == "outcome"
            with pytest.raises(ValidationError, match="cannot be recorded as held"):
                workspace.agenda.set_outcome(meeting_id, outcome)
        # What can be said ahead of time still can: it was moved.
        assert workspace.agenda.set_outcome(meeting_id, "rescheduled").outcome == "rescheduled"
        assert workspace.follow_ups.list(meeting_id=meeting_id) == []
        mp.setattr(outcomes, "utcnow", lambda: starts + dt.timedelta(minutes=5))
        assert workspace.agenda.set_outcome(meeting_id, "held").outcome == "held"
