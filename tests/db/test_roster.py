"""Roster service: delegates, warnings, import (good, bad, malformed, repeated), export."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from biox_desktop.core.missions import MissionInput
from biox_desktop.core.progress import Cancelled, Progress
from biox_desktop.core.roster import DelegateInput, MissionFacts, delegate_warnings
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.models import Organisation, Person, RosterEntry
from biox_desktop.reports.spreadsheet import read_table, write_table

TODAY = dt.date(2027, 4, 1)
UTC = dt.UTC


@pytest.fixture
def mission(workspace):
    workspace.roster.today = lambda: TODAY
    return workspace.missions.create(MissionInput(
        name="Seoul Bio Week", kind="trade_mission", country="KR", timezone="Asia/Seoul",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14)))


def _count(ws, model) -> int:
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))


def test_add_edit_cancel_creates_people_and_organisations_journaled(workspace, mission) -> None:
    ws = workspace
    d = ws.roster.add(mission.id, DelegateInput(
        name="  Élodie   Marchand ", organisation="Rhône Diagnostics SAS",
        email="Elodie@Rhone.example", registration_status="confirmed"))
    assert (d.name, d.email, d.organisation) == ("Élodie Marchand", "elodie@rhone.example",
                                                 "Rhône Diagnostics SAS")
    with ws.db.session() as s:
        person = s.get(Person, d.person_id)
        org = s.get(Organisation, d.organisation_id)
        entry = s.get(RosterEntry, d.id)
        assert (person.scope, org.scope, entry.scope) == (
            "network", "network", f"mission:{mission.id}")
    assert [c.name for c in ws.roster.companies(mission.id)] == ["Rhône Diagnostics SAS"]
    assert ws.db.pending_changes() >= 4  # mission, org, person, company, entry: all journaled
    with pytest.raises(ValidationError, match="already on the roster"):
        ws.roster.add(mission.id, DelegateInput(name="Someone", email="elodie@rhone.example"))
    data = d.to_input()
    edited = ws.roster.update(d.id, DelegateInput(**{
        **{f: getattr(data, f) for f in data.__slots__}, "hotel": "Lotte Hotel",
        "hotel_check_in": dt.date(2027, 5, 9), "hotel_check_out": dt.date(2027, 5, 15)}))
    assert edited.hotel == "Lotte Hotel" and not edited.warnings
    assert ws.roster.cancel(d.id).registration_status == "cancelled"
    with pytest.raises(ValidationError) as err:
        ws.roster.add(mission.id, DelegateInput(name="", email="nope", role="boss"))
    assert {e.field for e in err.value.errors} == {"name", "email", "role"}


def _view(**kw):
    base = dict(id="e", mission_id="m", person_id="p", organisation_id=None, name="A",
                name_native="", organisation="", email="", phone="", job_title="",
                role="sme_delegate", registration_status="confirmed", arrival_flight="",
                arrival_at=None, departure_flight="", departure_at=None, hotel="H",
                hotel_check_in=None, hotel_check_out=None, passport_expiry=None,
                visa_status="", dietary="", accessibility="", interpreter_needed=False,
                languages=(), emergency_contact_name="", emergency_contact_phone="", notes="")
    base.update(kw)
    from biox_desktop.core.roster import DelegateView

    return DelegateView(**base)


def test_the_four_warning_rules() -> None:
    facts = MissionFacts(dt.date(2027, 5, 10), dt.date(2027, 5, 14), "Asia/Seoul",
                         "Opening", dt.datetime(2027, 5, 10, 0, 30, tzinfo=UTC))  # 09:30 KST
    ok = _view(passport_expiry=dt.date(2027, 11, 15), visa_status="granted",
               arrival_at=dt.datetime(2027, 5, 9, 6, 0, tzinfo=UTC),
               departure_at=dt.datetime(2027, 5, 15, 3, 0, tzinfo=UTC))
    assert delegate_warnings(ok, facts, TODAY) == ()
    # Return on 15 May: the passport must last until 15 Nov.
    codes = {w.code for w in delegate_warnings(
        _view(passport_expiry=dt.date(2027, 11, 14),
              departure_at=dt.datetime(2027, 5, 15, 3, 0, tzinfo=UTC)), facts, TODAY)}
    assert codes == {"passport"}
    pending = _view(visa_status="pending")
    assert [w.severity for w in delegate_warnings(pending, facts, TODAY)] == ["todo"]
    assert [w.severity for w in delegate_warnings(pending, facts, dt.date(2027, 4, 26))] == [
        "warning"]
    short = _view(hotel_check_in=dt.date(2027, 5, 10), hotel_check_out=dt.date(2027, 5, 12))
    (w,) = delegate_warnings(short, facts, TODAY)
    assert w.code == "hotel" and "2 nights" in w.message and "12 May, 13 May" in w.message
    assert delegate_warnings(_view(hotel=""), facts, TODAY)[0].message.startswith(
        "No hotel booked for 4 nights")
    late = _view(arrival_at=dt.datetime(2027, 5, 10, 3, 0, tzinfo=UTC))  # 12:00 KST
    assert [w.code for w in delegate_warnings(late, facts, TODAY)] == ["arrival"]
    assert delegate_warnings(_view(hotel="", registration_status="cancelled"), facts,
                             TODAY) == ()


GOOD_AND_BAD = (
    "Full name,Company,Email,Passport expiry,Arrival,Visa,Hotel,Check-in,Check-out\n"
    "Jordi Casals,Catalonia NeuroTech SL,jordi@cat.example,2030-01-01,2027-05-09 18:00,"
    "granted,Lotte,2027-05-09,2027-05-15\n"
    "김민준 (Kim Minjun),Seoul Biotech Inc.,kim@seoul.example,2027-06-01,,not_required,"
    "Lotte,2027-05-09,2027-05-15\n"
    ",Nameless GmbH,anon@x.example,,,,,,\n"
    "Bad Dates,Delta,bad@delta.example,31/02/2030,tomorrow,maybe,,,\n"
    "Jordi Casals again,Catalonia NeuroTech SL,jordi@cat.example,,,,,,\n"
)


def test_import_good_and_bad_rows_then_reimport_updates(workspace, mission, tmp_path) -> None:
    ws = workspace
    path = tmp_path / "registrations.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    table = read_table(path)
    from biox_desktop.core.roster import suggest_mapping

    mapping = suggest_mapping(list(table.headers))
    assert set(mapping.values()) == {"name", "organisation", "email", "passport_expiry",
                                     "arrival_at", "visa_status", "hotel", "hotel_check_in",
                                     "hotel_check_out"}
    preview = ws.roster.preview_import(mission.id, table, mapping)
    assert (preview.added, preview.updated, len(preview.rejected)) == (2, 0, 3)
    assert _count(ws, RosterEntry) == 0 and _count(ws, Person) == 0  # a preview changes nothing
    report = ws.roster.import_table(mission.id, table, mapping)
    reasons = {r.row: " ".join(r.reasons) for r in report.rejected}
    assert set(reasons) == {4, 5, 6}
    assert "name" in reasons[4]
    assert "31/02/2030" in reasons[5] and "tomorrow" in reasons[5] and "maybe" in reasons[5]
    assert "same delegate as row 2" in reasons[6]
    views = {v.name: v for v in ws.roster.list(mission.id)}
    assert set(views) == {"Jordi Casals", "김민준 (Kim Minjun)"}
    assert views["Jordi Casals"].arrival_at == dt.datetime(2027, 5, 9, 9, 0, tzinfo=UTC)
    assert [w.code for w in views["김민준 (Kim Minjun)"].warnings] == ["passport"]
    people, entries = _count(ws, Person), _count(ws, RosterEntry)
    # The same file again (after a fix to a passport): updates, never duplicates.
    path.write_text(GOOD_AND_BAD.replace("2027-06-01", "2031-06-01"), encoding="utf-8")
    again = ws.roster.import_table(mission.id, read_table(path), mapping)
    # Only the fixed passport is a change; the other delegate is left as it was.
    assert (again.added, again.updated, again.unchanged) == (0, 1, 1)
    assert (_count(ws, Person), _count(ws, RosterEntry)) == (people, entries)
    assert not {v.name: v for v in ws.roster.list(mission.id)}["김민준 (Kim Minjun)"].warnings
    # Without e-mail, name + organisation match.
    path.write_text("Name,Organisation,Hotel\nJordi Casals,Catalonia NeuroTech SL,Shilla\n",
                    encoding="utf-8")
    third = ws.roster.import_table(mission.id, read_table(path),
                                   {0: "name", 1: "organisation", 2: "hotel"})
    assert third.updated == 1 and _count(ws, RosterEntry) == entries


def test_cancelled_import_leaves_nothing(workspace, mission, tmp_path) -> None:
    rows = "".join(f"Person {i},Co {i % 7},p{i}@x.example\n" for i in range(120))
    path = tmp_path / "big.csv"
    path.write_text("Name,Company,E-mail\n" + rows, encoding="utf-8")
    table = read_table(path)
    progress = Progress(lambda done, total, msg: progress.cancel() if done >= 50 else None)
    before = workspace.db.pending_changes()
    with pytest.raises(Cancelled):
        workspace.roster.import_table(mission.id, table, {0: "name", 1: "organisation",
                                                          2: "email"}, progress)
    assert _count(workspace, RosterEntry) == 0 and _count(workspace, Person) == 0
    assert _count(workspace, Organisation) == 0
    assert workspace.db.pending_changes() == before


@pytest.mark.parametrize("name,content,expected", [
    ("wrong.csv", "Colour,Size\nred,big\n", "No column gives the delegate's name"),
    ("latin1.csv", "Name,Company\nJos\xe9 M\xfcller,Caf\xe9\n".encode("latin-1"),
     "line 2 is not UTF-8"),
    ("broken.xlsx", b"PK\x03\x04 this is not really a workbook", "not a readable Excel"),
    ("empty.csv", "", "empty"),
    ("notes.pdf", "%PDF-1.4", "choose a .csv or .xlsx"),
])
def test_malformed_files_give_clear_file_level_errors(workspace, mission, tmp_path, name,
                                                      content, expected) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        table = read_table(path)
        from biox_desktop.core.roster import suggest_mapping

        workspace.roster.import_table(mission.id, table, suggest_mapping(list(table.headers)))
    assert expected in str(err.value)
    assert _count(workspace, RosterEntry) == 0 and _count(workspace, Person) == 0


def test_export_round_trips_through_csv_and_xlsx(workspace, mission, tmp_path) -> None:
    ws = workspace
    ws.roster.add(mission.id, DelegateInput(
        name="山田太郎 (Yamada Taro)", organisation="関西メディカル株式会社",
        email="yamada@kansai.example", passport_expiry=dt.date(2031, 1, 1),
        arrival_at=dt.datetime(2027, 5, 9, 9, 0, tzinfo=UTC), hotel="Lotte",
        hotel_check_in=dt.date(2027, 5, 9), hotel_check_out=dt.date(2027, 5, 15),
        languages=("ja", "en"), interpreter_needed=True))
    headers, rows = ws.roster.export_rows(mission.id)
    for suffix in ("csv", "xlsx"):
        path = write_table(tmp_path / f"roster.{suffix}", headers, rows)
        table = read_table(path)
        from biox_desktop.core.roster import suggest_mapping

        mapping = suggest_mapping(list(table.headers))
        assert len(mapping) == len(headers)  # the export's headers need no mapping
        report = ws.roster.import_table(mission.id, table, mapping)
        assert (report.added, report.unchanged, report.rejected) == (0, 1, ())
    (d,) = ws.roster.list(mission.id)
    assert d.arrival_at == dt.datetime(2027, 5, 9, 9, 0, tzinfo=UTC)
    assert d.interpreter_needed and d.languages == ("ja", "en")


def test_search_filter_and_sort_in_sql(workspace, mission) -> None:
    ws = workspace
    for i, (name, org, status) in enumerate([("Ana Souza", "Saúde Digital", "confirmed"),
                                             ("Bo Li", "Suzhou Cell", "invited"),
                                             ("Cy Park", "Seoul Bio", "confirmed")]):
        ws.roster.add(mission.id, DelegateInput(
            name=name, organisation=org, registration_status=status,
            passport_expiry=dt.date(2030 - i, 1, 1), hotel="H",
            email=f"{name.split()[0].lower()}@x.example"))
    names = lambda ids: [v.name for v in ws.roster.rows(mission.id, ids)]  # noqa: E731
    assert names(ws.roster.ids(mission.id, search="suzhou")) == ["Bo Li"]
    assert names(ws.roster.ids(mission.id, search="cy@x")) == ["Cy Park"]
    # Case and accents do not matter, either way round.
    assert names(ws.roster.ids(mission.id, search="SAUDE")) == ["Ana Souza"]
    assert names(ws.roster.ids(mission.id, search="saúde")) == ["Ana Souza"]
    assert names(ws.roster.ids(mission.id, search="Súzhou")) == ["Bo Li"]
    assert names(ws.roster.ids(mission.id, status="confirmed")) == ["Ana Souza", "Cy Park"]
    assert names(ws.roster.ids(mission.id, sort="passport")) == ["Cy Park", "Bo Li",
                                                                  "Ana Souza"]
    assert names(ws.roster.ids(mission.id, sort="name", descending=True))[0] == "Cy Park"
    assert ws.roster.ids(mission.id, warnings_only=True) == []
    # Two terms: each must be found, in any column.
    assert names(ws.roster.ids(mission.id, search="park seoul")) == ["Cy Park"]
    assert names(ws.roster.ids(mission.id, search="park suzhou")) == []
    # The search is cached between keystrokes; an edit is found at once.
    (bo,) = ws.roster.ids(mission.id, search="suzhou")
    ws.roster.update(bo, DelegateInput(name="Bo Li", organisation="Zürich Cell",
                                       registration_status="invited", hotel="H",
                                       email="bo@x.example"))
    assert names(ws.roster.ids(mission.id, search="suzhou")) == []
    assert names(ws.roster.ids(mission.id, search="zurich")) == ["Bo Li"]
    assert names(ws.roster.ids(mission.id, status="invited")) == ["Bo Li"]
    ws.roster.cancel(bo)
    assert names(ws.roster.ids(mission.id, status="invited")) == []
    assert names(ws.roster.ids(mission.id, status="cancelled", search="zurich")) == ["Bo Li"]


def test_demo_roster_has_warnings_and_asian_names(workspace) -> None:
    workspace.seed_demo()
    osaka = workspace.missions.find("Osaka Partnering Days")
    codes = {w.code for w in workspace.roster.warnings(osaka.id)}
    assert codes >= {"passport", "hotel", "arrival", "visa"}
    names = {d.name for d in workspace.roster.list(osaka.id)}
    assert any("陈" in n for n in names) and any("박" in n for n in names)


def test_thousands_of_delegates_stay_quick_to_list(workspace, mission, tmp_path) -> None:
    rows = "".join(f"Delegate {i:04},Company {i % 40},d{i}@x.example,Hotel {i % 3}\n"
                   for i in range(1000))
    path = tmp_path / "many.csv"
    path.write_text("Name,Company,E-mail,Hotel\n" + rows, encoding="utf-8")
    table = read_table(path)
    report = workspace.roster.import_table(mission.id, table, {0: "name", 1: "organisation",
                                                               2: "email", 3: "hotel"})
    assert report.added == 1000
    assert [v.name for v in workspace.roster.rows(
        mission.id, workspace.roster.ids(mission.id, search="d999@x"))] == ["Delegate 0999"]
    ids = workspace.roster.ids(mission.id, sort="organisation", descending=True)
    page = workspace.roster.rows(mission.id, ids[:50])
    assert [p.id for p in page] == ids[:50] and page[0].organisation == "Company 9"


def test_unknown_column_mapping_is_refused(workspace, mission, tmp_path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Name,Name2\nA,B\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="both fill"):
        workspace.roster.import_table(mission.id, read_table(path), {0: "name", 1: "name"})
    assert workspace.roster.ids(mission.id) == []  # refused whole: nobody was added
