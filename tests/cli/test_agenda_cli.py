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
