"""CSV/XLSX lead import with the columns of the leads export, through the same rule and batch."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from biox_desktop.cli.main import main
from biox_desktop.core.leads import LeadInput
from biox_desktop.reports.leads_io import export_leads, import_vcards


def write_csv(path: Path, header: list[str], *rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_a_partial_table_updates_only_what_it_carries(workspace: Any, tmp_path: Path) -> None:
    lead = workspace.leads.capture(LeadInput(
        name="山田 花子", name_romanised="Hanako Yamada", organisation_name="Osaka Bio",
        role="CSO", emails=("hanako@osaka-bio.example",), phones=("+81 90-1234-5678",),
        tags=("oncology",), rating=4, notes="Met at the booth"), require_consent=False)
    # Only a name, an e-mail and a tag: nothing else of the lead may change.
    f = write_csv(tmp_path / "few.csv", ["name", "emails", "tags", "Badge colour"],
                  ["Hanako Yamada", "hanako@osaka-bio.example", "diagnostics", "blue"])
    (result,) = import_vcards(workspace, [f])
    assert (result.imported, result.updated, result.refused) == (0, 1, ())
    assert "columns not read: Badge colour" in result.warnings[0]
    after = workspace.leads.get(lead.id)
    assert (after.name_native, after.name_romanised) == ("山田 花子", "Hanako Yamada")
    assert after.role == "CSO" and after.organisation_name == "Osaka Bio"
    assert after.rating == 4 and after.notes == "Met at the booth"
    assert after.phones == ("+819012345678",)
    assert after.tags == ("oncology", "diagnostics")
    assert after.source == "typed"


def test_a_shared_mailbox_in_a_table_makes_two_leads(workspace: Any, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "desk.csv", ["name", "organisation", "emails", "phones"],
                  ["Taro Yamada", "Osaka Bio", "info@osaka-bio.example", "+81 6-6944-6111"],
                  ["Hanako Suzuki", "Osaka Bio", "info@osaka-bio.example", "+81 6-6944-6111"])
    (result,) = import_vcards(workspace, [f])
    assert (result.imported, result.updated) == (2, 0)
    names = sorted(workspace.leads.get(i).name for i in result.lead_ids)
    assert names == ["Hanako Suzuki", "Taro Yamada"]
    assert all(workspace.leads.get(i).source == "spreadsheet" for i in result.lead_ids)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_read_back_updates_the_same_leads(workspace: Any, tmp_path: Path,
                                                    fmt: str) -> None:
    lead = workspace.leads.capture(LeadInput(
        name="Anna Schmidt", organisation_name="BioBerlin GmbH", emails=("anna@bb.example",),
        phones=("+49 30 1234567",), rating=3, next_action="Send samples"),
        require_consent=False)
    out = tmp_path / f"leads.{fmt}"
    export_leads(workspace, out, fmt)
    (result,) = import_vcards(workspace, [out])
    assert (result.imported, result.updated, result.refused) == (0, 1, ())
    assert not any("columns not read" in w for w in result.warnings)
    assert workspace.leads.ids() == [lead.id]
    again = workspace.leads.get(lead.id)
    assert again.rating == 3 and again.next_action == "Send samples"
    assert again.phones == ("+49301234567",)


def test_a_bad_row_is_refused_with_its_reason_and_the_rest_imported(
        workspace: Any, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "mixed.csv", ["name", "rating", "next_action_due"],
                  ["Ok Person", "2", "2027-06-14"], ["Bad Rating", "lots", ""],
                  ["Bad Date", "", "31/02/2027"])
    (result,) = import_vcards(workspace, [f])
    assert result.imported == 1 and len(result.refused) == 2
    assert "mixed.csv: row 3" in result.refused[0] and "lots" in result.refused[0]
    assert "mixed.csv: row 4" in result.refused[1] and "31/02/2027" in result.refused[1]


def test_a_table_import_is_one_batch_the_cli_undoes(capsys: pytest.CaptureFixture[str],
                                                   data_dir: Path, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "people.csv", ["name", "emails"],
                  ["Anna Schmidt", "anna@bb.example"], ["Ben Meyer", "ben@bb.example"])
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "leads", "import", str(f), "--json"]) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["imported"] == 2 and report["batch_id"]
    assert main([*d, "batches", "list", "--json"]) == 0
    (batch,) = json.loads(capsys.readouterr().out)
    assert (batch["kind"], batch["label"]) == ("lead_table_import", "Imported from people.csv")
    assert main([*d, "batches", "undo", report["batch_id"]]) == 0
    capsys.readouterr()
    assert main([*d, "leads", "search", "bb.example", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_mail_programs_contact_export_is_read_by_its_own_column_names(
        workspace: Any, tmp_path: Path) -> None:
    # Outlook-style headers: several e-mail and phone columns, first/last name, a honorific
    # "Title" that is not a job (left unread and named), a due date typed day-first with dashes.
    f = write_csv(
        tmp_path / "outlook.csv",
        ["Title", "First Name", "Middle Name", "Last Name", "Company", "Job Title",
         "E-mail Address", "E-mail 2 Address", "Mobile Phone", "Business Phone", "Notes",
         "Due date"],
        ["Dr.", "José", "", "Núñez", "BioMadrid SL", "CTO", "jose@biomadrid.example",
         "jnunez@home.example", "+34 612 345 678", "+34 91 123 45 67", "Wants a demo",
         "03-12-2026"],
        ["", "花子", "", "山田", "大阪バイオ株式会社", "", "hanako@osaka-bio.example", "", "", "",
         "", ""])
    (result,) = import_vcards(workspace, [f])
    assert (result.imported, result.refused) == (2, ())
    assert result.warnings and "columns not read: Title" in result.warnings[0]
    leads = {workspace.leads.get(i).name: workspace.leads.get(i) for i in result.lead_ids}
    jose = leads["José Núñez"]
    assert jose.organisation_name == "BioMadrid SL" and jose.role == "CTO"
    assert jose.emails == ("jose@biomadrid.example", "jnunez@home.example")
    assert len(jose.phones) == 2 and jose.notes == "Wants a demo"
    assert str(jose.next_action_due) == "2026-12-03"  # day first, not 12 March
    assert "山田 花子" in leads and leads["山田 花子"].organisation_name == "大阪バイオ株式会社"


def test_french_spreadsheet_headers_are_read(workspace: Any, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "salon.csv", ["Prénom", "Nom de famille", "Société", "Courriel",
                                           "Téléphone"],
                  ["Élodie", "Martin", "Lyon Bio", "elodie@lyonbio.example", "+33 4 72 00 00 00"])
    (result,) = import_vcards(workspace, [f])
    assert (result.imported, result.warnings) == (1, ())
    lead = workspace.leads.get(result.lead_ids[0])
    assert (lead.name, lead.organisation_name, lead.emails) == (
        "Élodie Martin", "Lyon Bio", ("elodie@lyonbio.example",))
