"""Leads handed to HubSpot and Salesforce, and vCard 3.0 with photos (issue 19 item 4)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from biox_desktop.cli.main import main
from biox_desktop.core.leads import LeadFilter, LeadInput
from biox_desktop.core.missions import MissionInput
from biox_desktop.reports.crm import (
    HUBSPOT_CONTACT_COLUMNS,
    HUBSPOT_NOTE_COLUMNS,
    SALESFORCE_LEAD_COLUMNS,
    export_crm,
    split_name,
)
from biox_desktop.reports.leads_io import export_leads
from biox_desktop.reports.vcard import parse_vcards

# The README documents these lists: the test keeps the two in step.
README = Path(__file__).resolve().parents[2] / "README.md"


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 30, 30)).save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture
def leads(workspace: Any) -> dict[str, str]:
    mission = workspace.missions.create(MissionInput(
        name="Osaka partnering", kind="partnering_event", country="JP",
        start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 3), timezone="Asia/Tokyo"))
    taro = workspace.leads.capture(LeadInput(
        name="山田 太郎", name_romanised="Yamada Taro", organisation_name="大阪バイオ株式会社",
        role="CEO", emails=("taro@osaka-bio.jp",), phones=("+81 3-1234-5678", "+81 90-1234-5678"),
        messaging=(("line", "yamada_t"),), rating=5, tags=("cdmo",), notes="Wants EU partners",
        next_action="Send the deck", next_action_due=dt.date(2027, 3, 10),
        mission_id=mission.id, consent_given=True, photo=_photo()))
    anna = workspace.leads.capture(LeadInput(
        name="Anna Müller", organisation_name="BioM GmbH", role="Cluster manager",
        emails=("anna.mueller@gmail.com",), rating=2, consent_given=True))
    eve = workspace.leads.capture(LeadInput(name="=HYPERLINK(1)", consent_given=True))
    return {"taro": taro.id, "anna": anna.id, "eve": eve.id, "mission": mission.id}


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: both wizards and Excel
    reader = csv.reader(io.StringIO(raw.decode("utf-8-sig")))
    headers = next(reader)
    return headers, [dict(zip(headers, row, strict=True)) for row in reader]


def test_hubspot_files_carry_its_standard_columns(workspace: Any, leads: dict[str, str],
                                                  tmp_path: Path) -> None:
    contacts, notes = export_crm(workspace, tmp_path / "osaka.csv", "hubspot")
    assert (contacts.name, notes.name) == ("osaka-contacts.csv", "osaka-notes.csv")
    headers, rows = _read(contacts)
    assert tuple(headers) == HUBSPOT_CONTACT_COLUMNS
    taro = next(r for r in rows if r["Email"] == "taro@osaka-bio.jp")
    assert (taro["First Name"], taro["Last Name"]) == ("Taro", "Yamada")
    assert taro["Company Name"] == "大阪バイオ株式会社"
    assert taro["Company Domain Name"] == "osaka-bio.jp"
    assert (taro["Phone Number"], taro["Mobile Phone Number"]) == ("+81312345678",
                                                                   "+819012345678")
    assert "Name as written: 山田 太郎" in taro["Message"]
    assert "Next action: Send the deck (due 2027-03-10)" in taro["Message"]
    assert "line: yamada_t" in taro["Message"]
    anna = next(r for r in rows if r["Last Name"] == "Müller")
    assert anna["Company Domain Name"] == ""  # a public mailbox is not the company's domain
    eve = next(r for r in rows if "HYPERLINK" in r["Last Name"])
    assert eve["Last Name"].startswith("'=")  # never a formula in a spreadsheet
    headers, rows = _read(notes)
    assert tuple(headers) == HUBSPOT_NOTE_COLUMNS
    notes_of = {r["Email"]: r["Note body"] for r in rows}  # Eve has no e-mail and no note
    assert set(notes_of) == {"taro@osaka-bio.jp", "anna.mueller@gmail.com"}
    assert notes_of["taro@osaka-bio.jp"].startswith("Wants EU partners\nNext action")
    assert notes_of["anna.mueller@gmail.com"] == "Interest: 2/5"


def test_salesforce_leads_file(workspace: Any, leads: dict[str, str], tmp_path: Path) -> None:
    [path] = export_crm(workspace, tmp_path / "osaka", "salesforce",
                        [leads["taro"], leads["anna"]])
    headers, rows = _read(path)
    assert path.name == "osaka-leads.csv" and tuple(headers) == SALESFORCE_LEAD_COLUMNS
    taro, anna = rows
    assert (taro["Last Name"], taro["Company"], taro["Rating"], taro["Lead Source"]) == (
        "Yamada", "大阪バイオ株式会社", "Hot", "Trade Show")
    assert (anna["First Name"], anna["Last Name"], anna["Rating"], anna["Lead Source"]) == (
        "Anna", "Müller", "Cold", "Other")


def test_the_readme_documents_the_columns() -> None:
    text = README.read_text(encoding="utf-8")
    for columns in (HUBSPOT_CONTACT_COLUMNS, HUBSPOT_NOTE_COLUMNS, SALESFORCE_LEAD_COLUMNS):
        assert ", ".join(columns) in text


def test_vcard_3_export_of_the_filtered_leads_keeps_photos(workspace: Any,
                                                          leads: dict[str, str],
                                                          tmp_path: Path) -> None:
    ids = workspace.leads.ids(LeadFilter(min_rating=4))
    path = tmp_path / "phone.vcf"
    assert export_leads(workspace, path, "vcf", version="3.0", ids=ids) == 1
    text = path.read_text(encoding="utf-8")
    assert "VERSION:3.0" in text and "PHOTO;ENCODING=b" in text
    [card] = parse_vcards(path.read_bytes(), source_name="phone.vcf")
    assert card.card.photo is not None and card.card.photo.data == _photo()


def test_cli_export_respects_the_filters(capsys: pytest.CaptureFixture[str], workspace: Any,
                                         leads: dict[str, str], data_dir: Path,
                                         tmp_path: Path) -> None:
    workspace.close()
    code = main(["--data-dir", str(data_dir), "leads", "export", "--format", "salesforce",
                 "--mission", "Osaka partnering", "-o", str(tmp_path / "osaka.csv"), "--json"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    out = json.loads(printed.out)
    assert out["leads"] == 1
    _headers, rows = _read(Path(out["files"][0]))
    assert [r["Last Name"] for r in rows] == ["Yamada"]


@pytest.mark.parametrize(("native", "romanised", "family", "given", "expected"), [
    ("山田 太郎", "Yamada Taro", "", "", ("Taro", "Yamada")),
    ("Anna Müller", "", "", "", ("Anna", "Müller")),
    ("김민준", "", "", "", ("민준", "김")),
    ("王伟", "Wang Wei", "王", "伟", ("Wei", "Wang")),
    ("Jean-Luc de la Tour", "", "de la Tour", "Jean-Luc", ("Jean-Luc", "de la Tour")),
    ("Cher", "", "", "", ("", "Cher")),
])
def test_names_split_for_a_crm(native: str, romanised: str, family: str, given: str,
                               expected: tuple[str, str]) -> None:
    assert split_name(native, romanised, family, given) == expected
