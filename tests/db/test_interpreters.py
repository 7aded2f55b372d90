"""Interpreters on the roster as a resource: the language a meeting or request needs, the
conflict check, scheduling from the database, and migration 0017 both ways."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from biox_desktop.core.agenda import (
    AgendaItemInput,
    MeetingInput,
    MeetingRequestInput,
    VenueInput,
)
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.roster import DelegateInput
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.migrate import alembic_config, current_revision, head_revision
from biox_desktop.db.models import Meeting, OutboxEntry

UTC = dt.UTC
NINE = dt.datetime(2027, 5, 11, 0, 0, tzinfo=UTC)  # 09:00 in Osaka


def _mission(ws: Any, country: str = "JP") -> Any:
    return ws.missions.create(MissionInput(
        name="Osaka Bio Partnering", kind="partnering_event", country=country,
        timezone="Asia/Tokyo", start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14)))


def _people(ws: Any, mission_id: str, *names: str, **kw: Any) -> list[str]:
    for name in names:
        ws.roster.add(mission_id, DelegateInput(name=name, **kw))
    by_name = {d.name: d.person_id for d in ws.agenda.delegates(mission_id)}
    return [by_name[n] for n in names]


def _meeting(ws: Any, mission_id: str, a: str, b: str, language: str | None,
             start: dt.datetime = NINE) -> Any:
    return ws.agenda.add_meeting(mission_id, MeetingInput(
        starts_at=start, ends_at=start + dt.timedelta(minutes=30), delegate_ids=(a,),
        guest_ids=(b,), interpreter_language=language))


def test_two_meetings_needing_the_one_interpreter_at_nine_are_a_conflict(workspace) -> None:
    ws = workspace
    m = _mission(ws)
    anna, ben, kenji, yui = _people(ws, m.id, "Anna Weber", "Ben Roy", "佐藤健二", "Yui Mori")
    first = _meeting(ws, m.id, anna, kenji, "ja")
    second = _meeting(ws, m.id, ben, yui, "ja")
    assert first.interpreter_language == "ja" and first.interpreter_needed
    # No interpreter on the roster: the delegation finds them elsewhere, nothing is judged.
    assert not [c for c in ws.agenda.conflicts(m.id) if c.kind == "interpreters"]
    (emi,) = _people(ws, m.id, "佐々木恵美 (Sasaki Emi)", role="interpreter",
                     languages=("ja", "en"))
    (conflict,) = [c for c in ws.agenda.conflicts(m.id) if c.kind == "interpreters"]
    assert conflict.person_id == emi and set(conflict.ids) == {first.id, second.id}
    assert conflict.message.startswith(
        "佐々木恵美 (Sasaki Emi), the only interpreter for Japanese, is needed for ")
    assert "“Anna Weber × 佐藤健二”, “Ben Roy × Yui Mori”" in conflict.message
    assert "09:00" in conflict.message
    # A second Japanese interpreter (the roster keeps languages as typed): enough for both.
    _people(ws, m.id, "Taro Ito", role="interpreter", languages=("Japanese",))
    assert not [c for c in ws.agenda.conflicts(m.id) if c.kind == "interpreters"]
    # A Chinese meeting at the same time: Emi and Taro speak no Chinese.
    third = _meeting(ws, m.id, anna, yui, "zh", NINE + dt.timedelta(hours=2))
    (conflict,) = [c for c in ws.agenda.conflicts(m.id) if c.kind == "interpreters"]
    assert conflict.ids == (third.id,) and conflict.message.startswith(
        "No interpreter for Chinese on the roster is there for “Anna Weber × Yui Mori” (")


def test_an_interpreter_language_is_checked_and_the_old_flag_means_the_country(workspace) -> None:
    ws = workspace
    m = _mission(ws, "KR")
    a, b = _people(ws, m.id, "Anna Weber", "Kim Min-jun")
    with pytest.raises(ValidationError) as err:
        _meeting(ws, m.id, a, b, "japanese")
    assert err.value.for_field("interpreter_language")
    old_style = ws.agenda.add_meeting(m.id, MeetingInput(
        starts_at=NINE, ends_at=NINE + dt.timedelta(minutes=30), delegate_ids=(a,),
        guest_ids=(b,), interpreter_needed=True))
    assert old_style.interpreter_language == "ko"
    cancelled = ws.agenda.cancel_meeting(old_style.id)  # a draft: it simply goes
    assert cancelled.status == "cancelled" and cancelled.interpreter_language == "ko"
    request = ws.agenda.create_request(m.id, MeetingRequestInput(a, b, interpreter_language=" ZH "))
    assert request.interpreter_language == "zh"
    with pytest.raises(ValidationError):
        ws.agenda.create_request(m.id, MeetingRequestInput(a, b, interpreter_language="xx"))


def test_scheduling_from_the_roster_keeps_to_its_interpreters(workspace) -> None:
    ws = workspace
    m = _mission(ws)
    venue = ws.agenda.add_venue(m.id, VenueInput("Grand Front Osaka", "Asia/Tokyo"))
    ws.agenda.add_item(m.id, AgendaItemInput(
        kind="b2b", title="B2B", starts_at=NINE, ends_at=NINE + dt.timedelta(minutes=30),
        timezone="Asia/Tokyo", venue_id=venue.id, slot_minutes=30, table_count=5))
    people = _people(ws, m.id, "Anna Weber", "Ben Roy", "Chloé Martin", "佐藤健二", "Yui Mori",
                     "Li Wei")
    _people(ws, m.id, "佐々木恵美 (Sasaki Emi)", role="interpreter", languages=("ja", "en"))
    delegates, hosts = people[:3], people[3:]
    for d, h in zip(delegates, hosts, strict=True):
        r = ws.agenda.create_request(m.id, MeetingRequestInput(d, h, interpreter_language="ja"))
        ws.agenda.accept_request(r.id)
    summary = ws.agenda.schedule(m.id, time_limit_s=5)
    assert summary.scheduled_count == 1
    assert any(w.startswith("3 meetings need an interpreter for Japanese at 2027-05-11 09:00, "
                            "with 1 interpreter(s) there") for w in summary.warnings)
    (placed,) = ws.agenda.meetings(m.id)
    assert placed.interpreter_language == "ja" and placed.interpreter_needed
    assert len(summary.unscheduled) == 2


def _outbox(ws: Any, table: str) -> list[dict[str, Any]]:
    with ws.db.session() as s:
        return [json.loads(e.fields) for e in s.scalars(
            select(OutboxEntry).where(OutboxEntry.tbl == table).order_by(OutboxEntry.seq))]


def test_migration_0017_gives_old_meetings_the_country_language_and_goes_back(workspace) -> None:
    ws = workspace
    osaka, pole = _mission(ws, "JP"), _mission(ws, "AQ")  # Antarctica: no official language
    a, b = _people(ws, osaka.id, "Anna Weber", "佐藤健二")
    c, d = _people(ws, pole.id, "Ben Roy", "Yui Mori")
    jp = _meeting(ws, osaka.id, a, b, None)
    aq = _meeting(ws, pole.id, c, d, None)
    plain = _meeting(ws, osaka.id, a, b, None, NINE + dt.timedelta(hours=1))
    engine = ws.db.engine
    command.downgrade(alembic_config(engine), "0016")
    for table in ("meetings", "meeting_requests"):
        assert "interpreter_language" not in {c["name"] for c in inspect(engine).get_columns(table)}
    with engine.begin() as conn:  # an older client's rows: only the flag
        conn.execute(text("UPDATE meetings SET interpreter_needed = 1 WHERE id IN (:a, :b)"),
                     {"a": jp.id, "b": aq.id})
    sent_before = len(_outbox(ws, "meetings"))
    command.upgrade(alembic_config(engine), "head")
    assert current_revision(engine) == head_revision()
    with ws.db.session() as s:
        stored = {row.id: row.interpreter_language for row in s.scalars(select(Meeting))}
    assert stored == {jp.id: "ja", aq.id: "any", plain.id: None}
    # Every laptop derives the same value: the migration sends nothing.
    assert len(_outbox(ws, "meetings")) == sent_before
    # The new column is journaled like any other once migrated.
    with ws.db.session() as s:
        s.get(Meeting, plain.id).interpreter_language = "en"
    assert _outbox(ws, "meetings")[-1] == {"interpreter_language": "en"}
