"""Headless roster commands: import (good and bad rows, JSON), export, booklet."""

from __future__ import annotations

import json
from pathlib import Path

from biox_desktop.cli.main import main


def test_import_export_and_booklet_headless(data_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "demo", "seed"]) == 0
    capsys.readouterr()
    src = tmp_path / "reg.csv"
    src.write_text("Participant;Société;Courriel;Visa\nIngrid Berg;Nordic Bio AB;"
                   "ingrid@nordic.example;granted\n;Anon AB;x@y.example;\n"
                   "Per Lund;Nordic Bio AB;per@nordic.example;soon\n", encoding="utf-8")
    args = ["--data-dir", str(data_dir), "roster", "import", str(src), "--mission",
            "Osaka Partnering Days", "--json", "--mapping", "Société=organisation"]
    assert main(args) == 1  # some rows were rejected
    out = json.loads(capsys.readouterr().out)
    assert (out["added"], out["rejected"]) == (1, 2)
    assert out["mapping"] == {"Participant": "name", "Société": "organisation",
                              "Courriel": "email", "Visa": "visa_status"}
    assert {r["row"] for r in out["rows"] if r["action"] == "reject"} == {3, 4}
    assert main(args) == 1
    assert json.loads(capsys.readouterr().out)["unchanged"] == 1  # the same row: no change
    assert main(["--data-dir", str(data_dir), "roster", "import", str(src), "--mission",
                 "Osaka Partnering Days", "--mapping", "Colour=name"]) == 1
    assert "no column 'Colour'" in capsys.readouterr().err
    xlsx = tmp_path / "out.xlsx"
    assert main(["--data-dir", str(data_dir), "roster", "export", "--mission",
                 "Osaka Partnering Days", "-o", str(xlsx)]) == 0
    assert "24 delegates" in capsys.readouterr().out
    pdf = tmp_path / "b.pdf"
    assert main(["--data-dir", str(data_dir), "roster", "booklet", "--mission",
                 "Osaka Partnering Days", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_writing_into_a_missing_folder_is_refused_with_a_message(data_dir: Path, tmp_path: Path,
                                                                capsys) -> None:
    assert main(["--data-dir", str(data_dir), "demo", "seed"]) == 0
    capsys.readouterr()
    missing = tmp_path / "no such folder"
    for verb, name in (("export", "roster.csv"), ("booklet", "booklet.pdf")):
        code = main(["--data-dir", str(data_dir), "roster", verb, "--mission",
                     "Osaka Partnering Days",
                     "-o", str(missing / name)])
        err = capsys.readouterr().err
        assert code == 1, err  # refused, not a traceback
        assert "No such file or directory" in err and "no such folder" in err
    assert not missing.exists()


FULL = ("Name,E-mail,Company,Arrival flight,Hotel,Status,Passport expiry,Dietary needs,"
        "Emergency contact\n"
        "Jordi Casals,jordi@cat.example,Catalonia NeuroTech SL,KE901,Hilton,confirmed,"
        "2031-06-14,vegetarian,Marta Casals\n")


def _run(capsys, data_dir: Path, *args: str) -> tuple[int, dict | list | str]:
    code = main(["--data-dir", str(data_dir), *args])
    out = capsys.readouterr().out
    try:
        return code, json.loads(out)
    except ValueError:
        return code, out


def test_partial_reimport_preview_clear_empty_and_undo(data_dir: Path, tmp_path: Path,
                                                       capsys) -> None:
    code, _ = _run(capsys, data_dir, "missions", "add", "--name", "Seoul Bio Week",
                   "--kind", "trade_mission", "--country", "KR", "--timezone", "Asia/Seoul",
                   "--start", "2027-05-10", "--end", "2027-05-14")
    assert code == 0
    mission = ["--mission", "Seoul Bio Week"]
    full = tmp_path / "full.csv"
    full.write_text(FULL, encoding="utf-8")
    code, first = _run(capsys, data_dir, "roster", "import", str(full), *mission, "--json")
    assert code == 0 and first["added"] == 1 and first["batch_id"]

    def jordi() -> dict:
        _code, rows = _run(capsys, data_dir, "roster", "list", *mission, "--json")
        (row,) = rows
        return row

    original = jordi()
    # Only name, e-mail and company, plus an empty hotel cell.
    partial = tmp_path / "partial.csv"
    partial.write_text("Name,E-mail,Company,Hotel\n"
                       "Jordi Casals,jordi@cat.example,Catalonia NeuroTech SL,\n",
                       encoding="utf-8")
    code, dry = _run(capsys, data_dir, "roster", "import", str(partial), *mission,
                     "--dry-run", "--json")
    assert code == 0 and not dry["committed"] and dry["batch_id"] is None
    assert [c["text"] for c in dry["rows"][0]["changes"]] == ["Hotel: Hilton → (kept)"]
    code, dry = _run(capsys, data_dir, "roster", "import", str(partial), *mission,
                     "--dry-run", "--clear-empty", "--json")
    assert [c["text"] for c in dry["rows"][0]["changes"]] == ["Hotel: Hilton → (empty)"]
    assert jordi() == original  # dry runs change nothing
    code, text = _run(capsys, data_dir, "roster", "import", str(partial), *mission)
    assert code == 0 and "0 added, 0 updated, 1 unchanged" in text
    assert jordi() == original  # flight, hotel, passport, dietary, emergency, status kept
    code, cleared = _run(capsys, data_dir, "roster", "import", str(partial), *mission,
                         "--clear-empty", "--json")
    assert cleared["updated"] == 1 and cleared["batch_id"]
    after = jordi()
    assert after["hotel"] == "" and after["registration_status"] == "confirmed"
    assert after["arrival_flight"] == "KE901"
    code, undone = _run(capsys, data_dir, "batches", "undo", cleared["batch_id"], "--json")
    assert code == 0 and undone["restored"] >= 1
    assert jordi() == original


def test_two_people_sharing_info_mailbox_stay_two_delegates(data_dir: Path, tmp_path: Path,
                                                            capsys) -> None:
    assert _run(capsys, data_dir, "missions", "add", "--name", "Boston", "--kind",
                "trade_mission", "--country", "US", "--timezone", "America/New_York",
                "--start", "2027-06-01", "--end", "2027-06-04")[0] == 0
    src = tmp_path / "reg.csv"
    src.write_text("Name,E-mail,Company,Hotel\n"
                   "Alice Martin,info@biotech.example,Biotech SAS,Hilton\n"
                   "Bruno Petit,info@biotech.example,Biotech SAS,Lotte\n", encoding="utf-8")
    code, out = _run(capsys, data_dir, "roster", "import", str(src), "--mission", "Boston",
                     "--json")
    assert code == 0 and out["added"] == 2 and out["possible_duplicates"] == 1
    assert out["rows"][1]["duplicate_of"] == "Alice Martin"
    assert "Possible duplicate of Alice Martin" in out["rows"][1]["reasons"][0]
    code, again = _run(capsys, data_dir, "roster", "import", str(src), "--mission", "Boston",
                       "--json")
    assert (again["added"], again["unchanged"]) == (0, 2)
    _code, rows = _run(capsys, data_dir, "roster", "list", "--mission", "Boston", "--json")
    assert sorted((r["name"], r["hotel"]) for r in rows) == [
        ("Alice Martin", "Hilton"), ("Bruno Petit", "Lotte")]


def test_roster_list_and_csv_export_say_roles_in_words(data_dir: Path, tmp_path: Path,
                                                      capsys) -> None:
    assert main(["--data-dir", str(data_dir), "demo", "seed"]) == 0
    capsys.readouterr()
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "roster", "list", "--mission", "Osaka Partnering Days"]) == 0
    out = capsys.readouterr().out
    assert "SME delegate" in out and "sme_delegate" not in out
    assert main([*d, "roster", "list", "--mission", "Osaka Partnering Days", "--json"]) == 0
    assert "sme_delegate" in capsys.readouterr().out  # keys only in --json
    csv = tmp_path / "roster.csv"
    assert main([*d, "roster", "export", "--mission", "Osaka Partnering Days",
                 "-o", str(csv)]) == 0
    text = csv.read_text(encoding="utf-8-sig")
    assert "SME delegate" in text and "sme_delegate" not in text
    # The words read back: importing the export changes nothing.
    capsys.readouterr()
    assert main([*d, "roster", "import", str(csv), "--mission", "Osaka Partnering Days",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == 0 and report["rejected"] == 0
