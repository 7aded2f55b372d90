"""Roster imports never lose what was there: partial files, empty cells, status, undo, matching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from biox_desktop.core.enums import REGISTRATION_STATUSES, ROSTER_ROLES
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.roster import VISA_STATUSES, export_row, suggest_mapping
from biox_desktop.db.models import Person, RosterEntry
from biox_desktop.reports.spreadsheet import read_table

FULL = (
    "Name,E-mail,Company,Arrival flight,Hotel,Status,Passport expiry,Dietary needs,"
    "Emergency contact,Emergency phone\n"
    "Jordi Casals,jordi@cat.example,Catalonia NeuroTech SL,KE901,Hilton,confirmed,2031-06-14,"
    "vegetarian,Marta Casals,+34 600 000 000\n"
)
PARTIAL = "Name,E-mail,Company\nJordi Casals,jordi@cat.example,Catalonia NeuroTech SL\n"


@pytest.fixture
def mission(workspace):
    return workspace.missions.create(MissionInput(
        name="Seoul Bio Week", kind="trade_mission", country="KR", timezone="Asia/Seoul",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14)))


def _import(ws, mission, tmp_path: Path, text: str, *, dry: bool = False,
            clear_empty: bool = False, name: str = "reg.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    mapping = suggest_mapping(list(table.headers))
    if dry:
        return ws.roster.preview_import(mission.id, table, mapping, clear_empty=clear_empty)
    return ws.roster.import_table(mission.id, table, mapping, clear_empty=clear_empty)


def _only(ws, mission):
    (d,) = ws.roster.list(mission.id)
    return d


def _count(ws, model) -> int:
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))


def _texts(row) -> list[str]:
    return [c.describe() for c in row.changes]


def test_partial_reimport_keeps_every_field_the_file_does_not_carry(workspace, mission,
                                                                    tmp_path) -> None:
    ws = workspace
    _import(ws, mission, tmp_path, FULL)
    before = _only(ws, mission)
    assert (before.hotel, before.registration_status, before.arrival_flight) == (
        "Hilton", "confirmed", "KE901")
    report = _import(ws, mission, tmp_path, PARTIAL)
    assert [r.action for r in report.rows] == ["unchanged"]
    after = _only(ws, mission)
    assert after == before  # flight, hotel, passport, dietary, emergency contact, status


def test_empty_cell_keeps_the_field_unless_asked_to_clear(workspace, mission, tmp_path) -> None:
    ws = workspace
    _import(ws, mission, tmp_path, FULL)
    text = "Name,E-mail,Company,Hotel,Dietary needs\n" \
           "Jordi Casals,jordi@cat.example,Catalonia NeuroTech SL,,halal\n"
    preview = _import(ws, mission, tmp_path, text, dry=True)
    (row,) = preview.rows
    assert row.action == "update"
    assert "Hotel: Hilton → (kept)" in _texts(row)
    assert "Dietary needs: vegetarian → halal" in _texts(row)
    cleared = _import(ws, mission, tmp_path, text, dry=True, clear_empty=True)
    assert "Hotel: Hilton → (empty)" in _texts(cleared.rows[0])
    assert _only(ws, mission).dietary == "vegetarian"  # previews write nothing
    _import(ws, mission, tmp_path, text)
    assert (_only(ws, mission).hotel, _only(ws, mission).dietary) == ("Hilton", "halal")
    _import(ws, mission, tmp_path, text, clear_empty=True)
    d = _only(ws, mission)
    assert (d.hotel, d.dietary, d.registration_status) == ("", "halal", "confirmed")


def test_status_goes_back_only_when_the_file_says_so(workspace, mission, tmp_path) -> None:
    ws = workspace
    _import(ws, mission, tmp_path, FULL)
    empty_status = "Name,E-mail,Status\nJordi Casals,jordi@cat.example,\n"
    _import(ws, mission, tmp_path, empty_status, clear_empty=True)
    assert _only(ws, mission).registration_status == "confirmed"
    back = "Name,E-mail,Status\nJordi Casals,jordi@cat.example,registered\n"
    preview = _import(ws, mission, tmp_path, back, dry=True)
    (change,) = preview.rows[0].changes
    assert (change.field, change.kind) == ("registration_status", "backwards")
    assert "Confirmed → Registered" in change.describe()
    _import(ws, mission, tmp_path, back)
    assert _only(ws, mission).registration_status == "registered"


def test_a_new_delegate_without_status_is_registered(workspace, mission, tmp_path) -> None:
    _import(workspace, mission, tmp_path, PARTIAL)
    assert _only(workspace, mission).registration_status == "registered"


def test_preview_writes_nothing_and_lists_changes(workspace, mission, tmp_path) -> None:
    ws = workspace
    _import(ws, mission, tmp_path, FULL)
    pending, batches = ws.db.pending_changes(), ws.batches.count()
    moved = FULL.replace("Hilton", "Lotte").replace("KE901", "OZ222")
    preview = _import(ws, mission, tmp_path, moved + "Ana Ruiz,ana@bio.example,Bio SL,,,,,,,\n",
                      dry=True)
    assert [r.action for r in preview.rows] == ["update", "add"]
    assert set(_texts(preview.rows[0])) == {"Hotel: Hilton → Lotte",
                                            "Arrival flight: KE901 → OZ222"}
    assert preview.batch_id is None and not preview.committed
    assert (ws.db.pending_changes(), ws.batches.count()) == (pending, batches)
    assert _only(ws, mission).hotel == "Hilton"


def test_undo_restores_previous_values_and_names_the_batch(workspace, mission, tmp_path) -> None:
    ws = workspace
    first = _import(ws, mission, tmp_path, FULL)
    assert first.batch_id
    entry_id = _only(ws, mission).id
    moved = FULL.replace("Hilton", "Lotte") + "Ana Ruiz,ana@bio.example,Bio SL,,,,,,,\n"
    second = _import(ws, mission, tmp_path, moved, name="second.csv")
    assert second.batch_id and second.batch_id != first.batch_id
    assert _count(ws, RosterEntry) == 2
    history = ws.roster.history(entry_id)
    assert [b.id for b in history] == [first.batch_id, second.batch_id]
    assert "second.csv" in history[-1].label
    ws.batches.undo(second.batch_id)
    assert _count(ws, RosterEntry) == 1
    assert _only(ws, mission).hotel == "Hilton"
    ws.batches.undo(first.batch_id)
    assert _count(ws, RosterEntry) == 0 and _count(ws, Person) == 0


def test_people_sharing_a_generic_mailbox_stay_two_delegates(workspace, mission,
                                                             tmp_path) -> None:
    ws = workspace
    text = ("Name,E-mail,Company,Hotel\n"
            "Alice Martin,info@biotech.example,Biotech SAS,Hilton\n"
            "Bruno Petit,info@biotech.example,Biotech SAS,Lotte\n")
    report = _import(ws, mission, tmp_path, text)
    assert [r.action for r in report.rows] == ["add", "add"]
    assert "Alice Martin" in report.rows[1].duplicate_of
    hotels = {d.name: d.hotel for d in ws.roster.list(mission.id)}
    assert hotels == {"Alice Martin": "Hilton", "Bruno Petit": "Lotte"}
    # One of them alone in a later file still finds the right person (name and company).
    again = _import(ws, mission, tmp_path, "Name,E-mail,Company,Hotel\n"
                    "Bruno Petit,info@biotech.example,Biotech SAS,Shilla\n")
    assert [r.action for r in again.rows] == ["update"]
    hotels = {d.name: d.hotel for d in ws.roster.list(mission.id)}
    assert hotels == {"Alice Martin": "Hilton", "Bruno Petit": "Shilla"}
    # Her own address, later: the same person (name and company), the address added.
    mine = _import(ws, mission, tmp_path, "Name,E-mail,Company\n"
                   "Alice Martin,alice@biotech.example,Biotech SAS\n")
    assert [r.action for r in mine.rows] == ["update"]
    assert len(ws.roster.list(mission.id)) == 2


def test_same_email_with_a_different_name_is_a_new_delegate(workspace, mission,
                                                            tmp_path) -> None:
    ws = workspace
    _import(ws, mission, tmp_path, FULL)
    report = _import(ws, mission, tmp_path, "Name,E-mail,Company,Hotel\n"
                     "Marta Puig,jordi@cat.example,Catalonia NeuroTech SL,Shilla\n")
    (row,) = report.rows
    assert row.action == "add" and "Jordi Casals" in row.duplicate_of
    views = {d.name: d for d in ws.roster.list(mission.id)}
    assert set(views) == {"Jordi Casals", "Marta Puig"}
    assert views["Jordi Casals"].hotel == "Hilton"


def test_xlsx_with_fewer_columns_keeps_the_rest(workspace, mission, tmp_path) -> None:
    from openpyxl import Workbook

    ws = workspace
    _import(ws, mission, tmp_path, FULL)
    before = _only(ws, mission)
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "E-mail", "Passport expiry"])
    sheet.append(["Jordi Casals", "jordi@cat.example", dt.datetime(2032, 1, 31)])
    path = tmp_path / "fewer.xlsx"
    book.save(path)
    table = read_table(path)
    report = ws.roster.import_table(mission.id, table, suggest_mapping(list(table.headers)))
    assert [r.action for r in report.rows] == ["update"]
    after = _only(ws, mission)
    assert after.passport_expiry == dt.date(2032, 1, 31)
    assert (after.hotel, after.arrival_flight, after.dietary, after.registration_status,
            after.emergency_contact_name, after.organisation) == (
        before.hotel, before.arrival_flight, before.dietary, before.registration_status,
        before.emergency_contact_name, before.organisation)


@pytest.mark.parametrize("typed", ["2031-06-14", "14-06-2031", "14.06.2031", "14/06/2031",
                                   "14 Jun 2031"])
def test_dates_typed_with_dashes_or_the_locale_format(workspace, mission, tmp_path,
                                                       typed) -> None:
    text = ("Name,E-mail,Passport expiry,Arrival time\n"
            f"Jordi Casals,jordi@cat.example,{typed},{typed} 09:30\n")
    report = _import(workspace, mission, tmp_path, text)
    assert not report.rejected, report.rejected
    d = _only(workspace, mission)
    assert d.passport_expiry == dt.date(2031, 6, 14)
    assert d.arrival_at == dt.datetime(2031, 6, 14, 0, 30, tzinfo=dt.UTC)  # 09:30 in Seoul


def test_a_shorter_form_of_the_name_keeps_the_fuller_one(workspace, mission, tmp_path) -> None:
    ws = workspace
    _import(ws, mission, tmp_path, FULL)
    report = _import(ws, mission, tmp_path, "Name,E-mail\nJ. casals,jordi@cat.example\n")
    assert [r.action for r in report.rows] == ["unchanged"]
    assert _only(ws, mission).name == "Jordi Casals"
    report = _import(ws, mission, tmp_path, "Name,E-mail\nJordi Casals Puig,jordi@cat.example\n")
    assert [c.describe() for c in report.rows[0].changes] == [
        "Name: Jordi Casals → Jordi Casals Puig"]


@pytest.mark.parametrize("lang,typed", [("fr", "14 juin 2031"), ("de", "14. Juni 2031"),
                                        ("it", "14 giu 2031"), ("es", "14 jun. 2031"),
                                        ("en", "14 June 2031")])
def test_dates_with_month_names_in_the_users_language(workspace, mission, tmp_path, lang,
                                                      typed) -> None:
    from biox_desktop.core import i18n

    i18n.set_language(lang)
    try:
        report = _import(workspace, mission, tmp_path,
                         f"Name,E-mail,Passport expiry\nJordi Casals,jordi@cat.example,{typed}\n")
    finally:
        i18n.set_language(None)
    assert not report.rejected, report.rejected
    assert _only(workspace, mission).passport_expiry == dt.date(2031, 6, 14)


def test_rules_across_fields_are_checked_on_the_merged_delegate(workspace, mission,
                                                                tmp_path) -> None:
    ws = workspace
    _import(ws, mission, tmp_path, FULL + "")
    # Dates of a stay without the hotel's column: the delegate's hotel is known already.
    report = _import(ws, mission, tmp_path, "Name,E-mail,Hotel check-in,Hotel check-out\n"
                     "Jordi Casals,jordi@cat.example,2027-05-09,2027-05-15\n")
    assert [r.action for r in report.rows] == ["update"], report.rows
    d = _only(ws, mission)
    assert (d.hotel, d.hotel_check_in) == ("Hilton", dt.date(2027, 5, 9))
    # A check-out before the check-in already known is refused, and nothing is written.
    report = _import(ws, mission, tmp_path, "Name,E-mail,Hotel check-out\n"
                     "Jordi Casals,jordi@cat.example,2027-05-01\n")
    assert report.rows[0].action == "reject"
    assert "check-out must be after the check-in" in " ".join(report.rows[0].reasons)
    assert _only(ws, mission).hotel_check_out == dt.date(2027, 5, 15)


# -- the invariant, on any choice of columns and empty cells --------------------------------

#: Field -> (value in the first file, value in the later file), as export cells write them.
VALUES: dict[str, tuple[str, str]] = {
    "organisation": ("Catalonia NeuroTech SL", "Neuro Two SL"),
    "phone": ("+34 600 111 111", "+34 600 222 222"),
    "job_title": ("CEO", "CTO"),
    "role": (ROSTER_ROLES["sme_delegate"], ROSTER_ROLES["expert"]),
    "registration_status": (REGISTRATION_STATUSES["confirmed"], REGISTRATION_STATUSES["invited"]),
    "arrival_flight": ("KE901", "OZ222"),
    "arrival_at": ("2027-05-09 09:00", "2027-05-08 10:00"),
    "departure_flight": ("KE902", "OZ223"),
    "departure_at": ("2027-05-15 18:00", "2027-05-16 18:00"),
    "hotel": ("Hilton", "Lotte"),
    "hotel_check_in": ("2027-05-09", "2027-05-08"),
    "hotel_check_out": ("2027-05-15", "2027-05-16"),
    "passport_expiry": ("2031-06-14", "2032-01-31"),
    "visa_status": (VISA_STATUSES["granted"], VISA_STATUSES["pending"]),
    "dietary": ("vegetarian", "halal"),
    "accessibility": ("wheelchair", "step-free rooms"),
    "interpreter_needed": ("yes", "no"),
    "languages": ("es", "fr"),
    "emergency_contact_name": ("Marta Casals", "Pau Casals"),
    "emergency_contact_phone": ("+34 600 333 333", "+34 600 444 444"),
    "notes": ("first note", "second note"),
}
_runs = iter(range(10**6))


@st.composite
def _later_file(draw):
    """Some of the columns, each cell the new value or empty; and the 'clear' box."""
    chosen = draw(st.lists(st.sampled_from(sorted(VALUES)), unique=True))
    cells = {f: draw(st.sampled_from(["new", "empty"])) for f in chosen}
    return cells, draw(st.booleans())


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(later=_later_file())
def test_a_later_file_changes_only_what_it_carries_and_undo_takes_it_back(
        workspace, tmp_path, later) -> None:
    from biox_desktop.core.roster import EXPORT_FIELDS, IMPORT_FIELDS, NEVER_CLEARED

    ws = workspace
    cells, clear = later
    n = next(_runs)
    m = ws.missions.create(MissionInput(
        name=f"Run {n}", kind="trade_mission", country="KR", timezone="Asia/Seoul",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14)))
    email = f"jordi{n}@cat.example"

    def csv(fields: list[str], row: dict[str, str]) -> str:
        heads = ["name", "email", *fields]
        body = {"name": "Jordi Casals", "email": email, **row}
        return (",".join(IMPORT_FIELDS[h] for h in heads) + "\n"
                + ",".join(body[h] for h in heads) + "\n")

    _import(ws, m, tmp_path, csv(sorted(VALUES), {f: v[0] for f, v in VALUES.items()}))

    def shown() -> dict[str, str]:
        (d,) = ws.roster.list(m.id)
        return dict(zip(EXPORT_FIELDS, export_row(d, "Asia/Seoul"), strict=True))

    first = shown()
    assert all(first[f] == v[0] for f, v in VALUES.items())
    row = {f: VALUES[f][1] if how == "new" else "" for f, how in cells.items()}
    report = _import(ws, m, tmp_path, csv(sorted(cells), row), clear_empty=clear)
    if report.rejected:
        # Only one refusal is possible here: clearing the hotel of a stay with dates. The
        # row is refused with its reason and changes nothing.
        assert clear and cells.get("hotel") == "empty", report.rejected
        assert report.rejected[0].reasons == ("Give the hotel's name for these dates.",)
        assert shown() == first
        return
    after = shown()
    for f, (old, new) in VALUES.items():
        if f not in cells:
            expected = old  # a column not in the file never changes a field
        elif cells[f] == "new":
            expected = new
        elif clear and f not in NEVER_CLEARED:
            expected = "no" if f == "interpreter_needed" else ""
        else:
            expected = old  # an empty cell keeps, unless asked to clear
        assert after[f] == expected, (f, cells, clear)
    if report.batch_id:
        ws.batches.undo(report.batch_id)
    assert shown() == first
