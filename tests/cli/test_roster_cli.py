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
    assert json.loads(capsys.readouterr().out)["updated"] == 1
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
