"""Offline attendee lists: the organiser's export in, found by badge or by a typed name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from biox_desktop.core.attendees import lead_from_attendee
from biox_desktop.core.validation import ValidationError
from biox_desktop.reports.attendees_io import import_attendees, read_attendees

B2MATCH_CSV = (
    "First Name,Last Name,Organisation,Job Title,Country,Badge ID,E-mail,"
    "Organisation Description,Looking for\n"
    "Taro,山田,大阪バイオ株式会社,CEO,Japan,B2M-000123,taro@osaka-bio.jp,"
    "Cell therapy CDMO,Partners in Europe\n"
    "Anna,Müller,BioM GmbH,Cluster manager,DE,B2M-000124,anna@bio-m.org,,\n"
    ",,Nobody Ltd,,,B2M-000125,,,\n"
)


def _csv(tmp_path: Path, text: str = B2MATCH_CSV, name: str = "osaka-participants.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_b2match_export_is_read_by_its_usual_headers(tmp_path: Path) -> None:
    result = read_attendees(_csv(tmp_path))
    assert [r.name for r in result.rows] == ["山田 Taro", "Anna Müller"]
    taro = result.rows[0]
    assert (taro.organisation, taro.role, taro.country, taro.badge_id, taro.email) == (
        "大阪バイオ株式会社", "CEO", "JP", "B2M-000123", "taro@osaka-bio.jp")
    assert taro.profile == "Cell therapy CDMO\nPartners in Europe"
    # The row without a name is refused with its row number, not dropped silently.
    assert result.refused == ("osaka-participants.csv: row 4 has no participant name",)


def test_a_file_without_names_is_refused_whole(tmp_path: Path, workspace: Any) -> None:
    path = _csv(tmp_path, "Company,Badge\nOsaka Bio,1\n", "broken.csv")
    with pytest.raises(ValidationError, match="no column with the participants' names"):
        import_attendees(workspace, path)
    assert workspace.attendees.lists() == []


def test_badges_and_typed_names_find_the_participant(tmp_path: Path, workspace: Any) -> None:
    import_attendees(workspace, _csv(tmp_path))
    assert workspace.attendees.lists() == [("osaka-participants.csv", 2)]
    # The badge code's whole text, then its fields (a PDF417 badge holds several).
    found = workspace.attendees.find_badge(["x^B2M-000124^Anna", "x", "B2M-000124"])
    assert found is not None and found.name == "Anna Müller"
    assert workspace.attendees.find_badge(["b2m-000123"]).name == "山田 Taro"  # any case
    assert workspace.attendees.find_badge(["B2M-999999"]) is None
    assert [a.name for a in workspace.attendees.search("muller bio")] == ["Anna Müller"]
    assert [a.name for a in workspace.attendees.search("大阪")] == ["山田 Taro"]
    assert workspace.attendees.search("   ") == []


def test_a_newer_export_of_the_same_file_replaces_the_list(tmp_path: Path,
                                                            workspace: Any) -> None:
    import_attendees(workspace, _csv(tmp_path))
    import_attendees(workspace, _csv(tmp_path, "Name,Badge number\nKim Min-jun,77\n"))
    assert workspace.attendees.lists() == [("osaka-participants.csv", 1)]
    assert workspace.attendees.find_badge(["B2M-000123"]) is None
    assert workspace.attendees.find_badge(["77"]).name == "Kim Min-jun"


def test_an_xlsx_export_with_numeric_badges(tmp_path: Path, workspace: Any) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Participant", "Company", "Registration ID", "Mobile", "Profile"])
    sheet.append(["김민준", "Seoul Bio Co., Ltd.", 4711, "010-1234-5678", "Antibodies"])
    path = tmp_path / "seoul.xlsx"
    book.save(path)
    import_attendees(workspace, path)
    person = workspace.attendees.find_badge(["4711"])
    assert person is not None and person.phone == "010-1234-5678"
    lead = lead_from_attendee(person)
    assert (lead.name, lead.organisation_name, lead.notes, lead.source) == (
        "김민준", "Seoul Bio Co., Ltd.", "Antibodies", "badge")


def test_attendees_commands(capsys: pytest.CaptureFixture[str], data_dir: Path,
                            tmp_path: Path) -> None:
    import json

    from biox_desktop.cli.main import main

    d = ["--data-dir", str(data_dir)]
    assert main([*d, "attendees", "import", str(_csv(tmp_path)), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == 2 and len(report["refused"]) == 1
    assert main([*d, "attendees", "find", "123456^B2M-000124^x", "--json"]) == 0
    [found] = json.loads(capsys.readouterr().out)
    assert found["name"] == "Anna Müller" and found["organisation"] == "BioM GmbH"
    assert main([*d, "attendees", "find", "muller"]) == 0
    assert "BioM GmbH" in capsys.readouterr().out
    assert main([*d, "attendees", "find", "nobody"]) == 1
    assert "no participant matches" in capsys.readouterr().err
