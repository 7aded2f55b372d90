"""Bulk work for the leader, below the UI: answering several requests in one batch, locking,
who a publish affects, and every agenda exported into a folder (real SQLite files)."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from pathlib import Path

import pytest

from biox_desktop.core.agenda import MeetingRequestInput
from biox_desktop.core.progress import Cancelled, Progress
from biox_desktop.reports.agenda_export import export_all_agendas, safe_stem, unique_stems


@pytest.fixture
def demo(workspace):  # type: ignore[no-untyped-def]
    workspace.seed_demo()
    return workspace, workspace.settings.current_mission_id


def _pending(ws, mid, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    delegates = ws.agenda.delegates(mid)
    guests = ws.agenda.guests(mid)
    return [ws.agenda.create_request(mid, MeetingRequestInput(
        delegates[i].person_id, guests[i][0], priority=2)).id for i in range(n)]


def test_answering_several_requests_is_one_undoable_batch(demo) -> None:
    ws, mid = demo
    ids = _pending(ws, mid, 3)
    expired = ws.agenda.create_request(mid, MeetingRequestInput(
        ws.agenda.delegates(mid)[5].person_id, ws.agenda.guests(mid)[5][0],
        expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))).id
    result = ws.agenda.answer_requests([*ids, expired], "accept")
    assert set(result.changed) == set(ids)
    assert [rid for rid, _why in result.skipped] == [expired]
    assert "expired" in result.skipped[0][1]
    status = {r.id: r.status for r in ws.agenda.requests(mid)}
    assert [status[i] for i in ids] == ["accepted"] * 3
    batch = ws.batches.get(result.batch_id)
    assert batch.updated == 3 and "3 meeting requests accepted" in batch.label

    ws.batches.undo(result.batch_id)
    status = {r.id: r.status for r in ws.agenda.requests(mid)}
    assert [status[i] for i in ids] == ["pending"] * 3


def test_declining_several_drops_their_drafts_and_undo_brings_them_back(demo) -> None:
    ws, mid = demo
    ws.agenda.schedule(mid)
    drafts = [m for m in ws.agenda.meetings(mid) if m.status == "draft" and m.request_id]
    if len(drafts) < 2:  # the demo's requests are all met by published meetings
        ids = _pending(ws, mid, 2)
        ws.agenda.answer_requests(ids, "accept")
        ws.agenda.schedule(mid)
        drafts = [m for m in ws.agenda.meetings(mid) if m.status == "draft" and m.request_id]
    chosen = [m.request_id for m in drafts[:2]]
    result = ws.agenda.answer_requests(chosen, "decline")
    assert set(result.changed) == set(chosen)
    left = {m.request_id for m in ws.agenda.meetings(mid)}
    assert not left & set(chosen)
    ws.batches.undo(result.batch_id)
    left = {m.request_id for m in ws.agenda.meetings(mid)}
    assert set(chosen) <= left


def test_expire_and_lock_several(demo) -> None:
    ws, mid = demo
    ids = _pending(ws, mid, 2)
    assert set(ws.agenda.answer_requests(ids, "expire").changed) == set(ids)
    assert ws.agenda.answer_requests(ids, "expire").changed == ()  # already so: nothing
    meetings = [m.id for m in ws.agenda.meetings(mid)[:3]]
    assert ws.agenda.set_locked_many(meetings, True) == sum(
        1 for m in ws.agenda.meetings(mid)[:3] if m.locked) and all(
        ws.agenda.get_meeting(m).locked for m in meetings)
    assert ws.agenda.set_locked_many(meetings, False) == 3
    assert not any(ws.agenda.get_meeting(m).locked for m in meetings)


def test_a_moved_meeting_is_locked_only_if_asked_and_can_be_unlocked(demo) -> None:
    ws, mid = demo
    ws.agenda.schedule(mid)
    draft = next(m for m in ws.agenda.meetings(mid) if m.status == "draft")
    moved = ws.agenda.move_meeting(draft.id, draft.starts_at, lock=False)
    assert not moved.locked
    assert ws.agenda.move_meeting(draft.id, draft.starts_at).locked  # the default: locked
    assert not ws.agenda.set_locked(draft.id, False).locked


def test_publish_preview_names_the_people_affected(demo) -> None:
    ws, mid = demo
    ws.agenda.publish(mid)
    assert ws.agenda.publish_preview(mid).people == ()
    published = [m for m in ws.agenda.meetings(mid) if m.status == "published"]
    moved, cancelled = published[0], published[1]
    # A "move" to where it already is changes nothing a calendar shows: not counted.
    ws.agenda.move_meeting(moved.id, moved.starts_at, moved.table_number)
    assert ws.agenda.publish_preview(mid).people == ()
    # Another table at the same time is a change the delegates must hear of.
    taken = {m.table_number for m in ws.agenda.meetings(mid)
             if m.starts_at == moved.starts_at and m.status != "cancelled"}
    free = next(t for t in range(1, 31) if t not in taken)
    ws.agenda.move_meeting(moved.id, moved.starts_at, free)
    ws.agenda.cancel_meeting(cancelled.id)
    preview = ws.agenda.publish_preview(mid)
    assert (preview.added, preview.moved, preview.cancelled) == (0, 1, 1)
    expected = {p.person_id for p in moved.participants} | {
        p.person_id for p in cancelled.participants}
    assert {p.person_id for p in preview.people} == expected
    by_id = {p.person_id: p for p in preview.people}
    for p in moved.participants:
        assert moved.id in by_id[p.person_id].moved
    for p in cancelled.participants:
        assert cancelled.id in by_id[p.person_id].cancelled
    ws.agenda.publish(mid)
    assert ws.agenda.publish_preview(mid).people == ()


def test_a_meeting_added_by_hand_after_publishing_counts_as_added(demo) -> None:
    from biox_desktop.core.agenda import MeetingInput

    ws, mid = demo
    ws.agenda.publish(mid)
    delegate, guest = ws.agenda.delegates(mid)[0], ws.agenda.guests(mid)[-1]
    start = max(m.ends_at for m in ws.agenda.meetings(mid)) + dt.timedelta(hours=1)
    added = ws.agenda.add_meeting(mid, MeetingInput(
        start, start + dt.timedelta(minutes=30), (delegate.person_id,), (guest[0],)))
    assert added.status == "published" and added.changed_since_publish
    preview = ws.agenda.publish_preview(mid)
    assert (preview.added, preview.moved, preview.cancelled) == (1, 0, 0)
    by_id = {p.person_id: p for p in preview.people}
    assert set(by_id) == {delegate.person_id, guest[0]}
    assert by_id[guest[0]].added == (added.id,) and by_id[guest[0]].side == "guest"


def test_safe_names_keep_accents_and_cjk_and_number_duplicates() -> None:
    assert safe_stem("Chloé Fontaine") == "Chloé Fontaine"
    assert safe_stem("佐々木恵美 (Sasaki Emi)") == "佐々木恵美 (Sasaki Emi)"
    assert safe_stem('A/B: "C"?') == "A_B_ _C__"
    assert safe_stem("CON") == "_CON" and safe_stem(" . ") == "agenda"
    assert len(safe_stem("名" * 300).encode()) <= 200
    assert unique_stems(["Anna Weiß", "anna weiß", "Anna Weiß"]) == [
        "Anna Weiß", "anna weiß (2)", "Anna Weiß (3)"]


def test_export_all_writes_each_persons_pdf_ics_and_mail_draft(demo, tmp_path) -> None:
    ws, mid = demo
    folder = tmp_path / "agendas"
    summary = export_all_agendas(ws.agenda, mid, folder, mail_drafts=True)
    names = {p.name for p in folder.iterdir()}
    for who in ("Chloé Fontaine", "Élodie Marchand", "Felix Krüger", "佐々木恵美 (Sasaki Emi)",
                "陈晓明 (Chen Xiaoming)", "박서준 (Park Seojun)"):
        assert {f"{who}.pdf", f"{who}.ics", f"{who}.eml"} <= names, who
    delegates = ws.agenda.delegates(mid)
    guests = {p.person_id for m in ws.agenda.meetings(mid) for p in m.participants
              if p.side == "guest"}
    assert len(summary.agendas) == len(delegates) + len(guests)
    assert not [n for n in names if n.endswith(".part")]
    assert len(names) == 3 * len(summary.agendas)

    chloe = (folder / "Chloé Fontaine.pdf").read_bytes()
    assert chloe.startswith(b"%PDF") and chloe.rstrip().endswith(b"%%EOF")
    ics = (folder / "Chloé Fontaine.ics").read_text("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in ics

    msg = email.message_from_bytes((folder / "Chloé Fontaine.eml").read_bytes(),
                                   policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "chloe@vaxilea.example"
    assert "Osaka Partnering Days" in msg["Subject"]
    files = {part.get_filename(): part for part in msg.iter_attachments()}
    assert {"Chloé Fontaine.pdf", "Chloé Fontaine.ics"} <= set(files)
    assert files["Chloé Fontaine.pdf"].get_content() == chloe
    assert files["Chloé Fontaine.ics"].get_content_type() == "text/calendar"

    # A counterpart's agenda is named after them and lists their meetings.
    guest = next(m for m in ws.agenda.meetings(mid)).side("guest")[0]
    stem = safe_stem(guest.name)
    assert (folder / f"{stem}.ics").read_text("utf-8").count("BEGIN:VEVENT") == len(
        ws.agenda.meetings(mid, person_id=guest.person_id))


def test_a_cancelled_export_leaves_only_whole_files(demo, tmp_path) -> None:
    ws, mid = demo
    folder = tmp_path / "out"

    class CancelAfterThree(Progress):
        def step(self, done: int, total: int = 0, message: str = "") -> None:
            if done == 3:
                self.cancel()
            super().step(done, total, message)

    with pytest.raises(Cancelled):
        export_all_agendas(ws.agenda, mid, folder, mail_drafts=True, progress=CancelAfterThree())
    files = sorted(folder.iterdir())
    assert len(files) == 9  # three people, each with a whole PDF, ICS and mail draft
    for f in files:
        data = f.read_bytes()
        if f.suffix == ".pdf":
            assert data.rstrip().endswith(b"%%EOF")
        elif f.suffix == ".ics":
            assert data.rstrip().endswith(b"END:VCALENDAR")
        else:
            assert f.suffix == ".eml" and email.message_from_bytes(data).is_multipart()


def test_cli_export_all(demo, tmp_path, capsys) -> None:
    from biox_desktop.cli.agenda import cmd_export_all

    ws, mid = demo

    class Args:
        mission = mid
        folder = tmp_path / "cli"
        eml = False

    assert cmd_export_all(ws, Args()) == 0  # type: ignore[arg-type]
    assert (Path(Args.folder) / "Jonas Schäfer.pdf").exists()
    assert not list(Path(Args.folder).glob("*.eml"))
    assert "agendas" in capsys.readouterr().out


def test_names_fall_back_to_ascii_where_the_file_system_cannot_hold_them(monkeypatch) -> None:
    import biox_desktop.reports.agenda_export as export

    monkeypatch.setattr(export.sys, "getfilesystemencoding", lambda: "ascii")
    assert safe_stem("Chloé Fontaine") == "Chloe Fontaine"
    assert safe_stem("Jonas Schäfer") == "Jonas Schafer"
    assert safe_stem("佐々木恵美 (Sasaki Emi)") == "(Sasaki Emi)"
    assert safe_stem("陈晓明") == "agenda"


def test_mail_drafts_carry_each_published_meeting_as_an_invitation(demo, tmp_path) -> None:
    """Each .eml holds the person's published meetings as iTIP parts: METHOD:REQUEST, and
    METHOD:CANCEL with STATUS:CANCELLED for one cancelled since; parsed with the email
    package and icalendar."""
    import icalendar

    from biox_desktop.reports.ics import event_uid

    ws, mid = demo
    published = [m for m in ws.agenda.meetings(mid) if m.status == "published"]
    who = max(ws.agenda.delegates(mid), key=lambda d: (
        sum(d.person_id in {p.person_id for p in m.participants} for m in published),
        d.email is not None))
    mine = [m for m in published if who.person_id in {p.person_id for p in m.participants}]
    assert len(mine) >= 2 and who.email
    cancelled = ws.agenda.cancel_meeting(mine[0].id)
    ws.agenda.schedule(mid)  # drafts of a new run are not sent as invitations
    drafts = {m.id for m in ws.agenda.meetings(mid, person_id=who.person_id)
              if m.status == "draft"}
    folder = tmp_path / "mail"
    export_all_agendas(ws.agenda, mid, folder, mail_drafts=True, sender="Lea <lea@biox.example>")

    msg = email.message_from_bytes((folder / f"{safe_stem(who.name)}.eml").read_bytes(),
                                   policy=policy.default)
    invites = [part for part in msg.iter_attachments()
               if part.get_content_type() == "text/calendar" and part.get_param("method")]
    by_uid = {}
    for part in invites:
        cal = icalendar.Calendar.from_ical(part.get_content().encode())
        events = cal.walk("VEVENT")
        assert len(events) == 1  # one meeting per invitation
        assert str(cal["METHOD"]) == part.get_param("method")
        event = events[0]
        assert str(event["ORGANIZER"]) == "mailto:lea@biox.example"
        by_uid[str(event["UID"])] = (str(cal["METHOD"]), event)
    expected = {event_uid(m.id) for m in mine}
    assert set(by_uid) == expected
    assert not {event_uid(d) for d in drafts} & set(by_uid)
    method, event = by_uid[event_uid(cancelled.id)]
    assert method == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) >= 1  # raised by the cancel: calendars replace their copy
    for m in mine[1:]:
        method, event = by_uid[event_uid(m.id)]
        assert method == "REQUEST" and str(event["STATUS"]) == "CONFIRMED"
        assert event.decoded("DTSTART") == m.starts_at
        found = event.get("ATTENDEE", [])
        attendees = {str(a) for a in (found if isinstance(found, list) else [found])}
        assert f"mailto:{who.email}" in attendees
