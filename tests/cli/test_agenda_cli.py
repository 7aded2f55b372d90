"""``biox-desktop agenda ...`` headless commands."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from biox_desktop.cli.main import main


@pytest.fixture
def demo_dir(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "seed"]) == 0
    return data, "Osaka Partnering Days"


def test_schedule_json_then_publish(demo_dir, capsys) -> None:
    data, mission = demo_dir
    assert main(["--data-dir", str(data), "agenda", "schedule", "--mission", mission,
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["scheduled_count"] == 36 and out["weight"] == out["weight_bound"]
    assert "idle_gaps" in out and out["published"] == 0
    assert main(["--data-dir", str(data), "agenda", "schedule", "--mission", mission,
                 "--publish"]) == 0
    text = capsys.readouterr().out
    assert "scheduled 36 of 36" in text and "idle gaps" in text and "published 7" in text


def test_pdf_ics_and_import(demo_dir, tmp_path: Path, capsys) -> None:
    data, mission = demo_dir
    base = ["--data-dir", str(data), "agenda"]
    assert main([*base, "pdf", "--mission", mission, "-o", str(tmp_path / "grid.pdf")]) == 0
    assert (tmp_path / "grid.pdf").read_bytes().startswith(b"%PDF")
    assert main([*base, "pdf", "--mission", mission, "--delegate", "Marc Vidal",
                 "-o", str(tmp_path / "marc.pdf")]) == 0
    assert main([*base, "ics", "--mission", mission, "--delegate", "Marc Vidal",
                 "-o", str(tmp_path / "marc.ics")]) == 0
    cal = icalendar.Calendar.from_ical((tmp_path / "marc.ics").read_bytes())
    assert cal.walk("VEVENT")
    assert main([*base, "ics", "--mission", mission, "--delegate", "Nobody",
                 "-o", str(tmp_path / "x.ics")]) == 1
    bad = tmp_path / "bad.ics"
    bad.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:x\nEND:VCALENDAR\n")
    capsys.readouterr()
    assert main([*base, "import-ics", str(bad), "--mission", mission]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biox-desktop: bad.ics:") and "nothing was imported" in err


def _programme(title: str) -> str:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
        "BEGIN:VEVENT", "UID:visit-1@test", "DTSTAMP:20270101T000000Z",
        "DTSTART:20270615T010000Z", "DTEND:20270615T030000Z", f"SUMMARY:{title}",
        "LOCATION:Kobe Biomedical Campus, Kobe", "END:VEVENT",
        "BEGIN:VEVENT", "UID:talk-2@test", "DTSTAMP:20270101T000000Z",
        "DTSTART:20270615T050000Z", "DTEND:20270615T060000Z", "SUMMARY:Keynote",
        "END:VEVENT", "END:VCALENDAR", ""])


def test_a_programme_import_is_a_batch_that_can_be_undone(demo_dir, tmp_path: Path,
                                                          capsys) -> None:
    data, mission = demo_dir
    base = ["--data-dir", str(data)]
    first, second = tmp_path / "programme.ics", tmp_path / "programme-v2.ics"
    first.write_text(_programme("Site visit"), encoding="utf-8")
    second.write_text(_programme("Site visit (moved bus)"), encoding="utf-8")

    def titles() -> set[str]:
        from sqlalchemy import select

        from biox_desktop.db.models import AgendaItem, Venue
        from biox_desktop.db.workspace import Workspace

        ws = Workspace(data)
        try:
            with ws.db.session() as s:
                items = set(s.scalars(select(AgendaItem.title).where(
                    AgendaItem.deleted.is_(False))))
                venues = set(s.scalars(select(Venue.name).where(Venue.deleted.is_(False))))
        finally:
            ws.close()
        return items | {f"venue: {v}" for v in venues}

    capsys.readouterr()
    before = titles()
    assert main([*base, "agenda", "import-ics", str(first), "--mission", mission,
                 "--json"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert one["created"] == 2 and one["batch_id"]
    assert main([*base, "agenda", "import-ics", str(second), "--mission", mission,
                 "--json"]) == 0
    two = json.loads(capsys.readouterr().out)
    assert two["updated"] == 2 and two["batch_id"] != one["batch_id"]
    assert {"Site visit (moved bus)", "Keynote", "venue: Kobe Biomedical Campus"} <= titles()
    assert main([*base, "batches", "undo", two["batch_id"], "--json"]) == 0
    capsys.readouterr()
    assert {"Site visit", "Keynote"} <= titles()  # the first import's values are back
    assert main([*base, "batches", "undo", one["batch_id"]]) == 0
    capsys.readouterr()
    assert titles() == before  # the items and the venue it made are gone
