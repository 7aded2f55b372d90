"""``biox-desktop orgs``, run as a coordinator's script would run it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biox_desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_edit_show(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, err = run(capsys, *d, "orgs", "add", "Lyonbiopole", "--kind", "cluster",
                         "--country", "FR", "--city", "Lyon", "--json")
    assert code == 0, err
    cluster = json.loads(out)
    code, out, err = run(capsys, *d, "orgs", "add", "Naniwa Bio", "--native-name",
                         "なにわバイオ株式会社", "--kind", "sme", "--country", "JP",
                         "--home-cluster", "Lyonbiopole", "--tags", "medtech, AI", "--json")
    assert code == 0, err
    sme = json.loads(out)
    assert sme["home_cluster_id"] == cluster["id"] and sme["sector_tags"] == ["medtech", "AI"]

    code, out, _ = run(capsys, *d, "orgs", "list", "--search", "なにわ", "--json")
    assert [o["name"] for o in json.loads(out)] == ["Naniwa Bio"]
    code, out, _ = run(capsys, *d, "orgs", "list", "--kind", "cluster")
    assert "Lyonbiopole" in out and "Naniwa" not in out

    code, out, _ = run(capsys, *d, "orgs", "edit", "なにわバイオ株式会社", "--city", "Osaka",
                       "--home-cluster", "", "--json")
    assert code == 0
    edited = json.loads(out)
    assert edited["city"] == "Osaka" and edited["home_cluster_id"] is None

    code, out, _ = run(capsys, *d, "orgs", "show", sme["id"][:30], "--json")
    shown = json.loads(out)
    assert shown["organisation"]["name_native"] == "なにわバイオ株式会社"
    assert shown["missions"] == [] and shown["people"] == []


def test_refusals_exit_1_with_the_reason(capsys: pytest.CaptureFixture[str],
                                         data_dir: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    code, _, err = run(capsys, *d, "orgs", "add", "X", "--kind", "sme", "--country", "Atlantis")
    assert code == 1 and "Atlantis" in err
    code, _, err = run(capsys, *d, "orgs", "show", "nobody")
    assert code == 1 and "nobody" in err
    run(capsys, *d, "orgs", "add", "Y", "--kind", "sme")
    code, _, err = run(capsys, *d, "orgs", "edit", "Y")
    assert code == 1 and "nothing to change" in err


def test_show_json_is_the_journey_of_an_sme(capsys: pytest.CaptureFixture[str],
                                            data_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    assert run(capsys, *d, "demo", "seed")[0] == 0
    pdf = tmp_path / "journey.pdf"
    code, out, err = run(capsys, *d, "orgs", "show", "Rhône Diagnostics SAS", "--json",
                         "--pdf", str(pdf))
    assert code == 0, err
    journey = json.loads(out)
    assert [m["name"] for m in journey["missions"]] == ["Seoul Bio Partnering Week",
                                                        "Osaka Partnering Days"]
    assert {x["name"] for x in journey["delegates"]} == {"Élodie Marchand", "Julien Roux"}
    assert journey["meetings"] and journey["leads"] and journey["follow_ups"]
    assert all(m["mission"] in ("Seoul Bio Partnering Week", "Osaka Partnering Days")
               for m in journey["meetings"])
    assert [a["title"] for a in journey["agreements"]] == [
        "R&D collaboration: Rhône Diagnostics SAS – Seoul Biotech Inc."]
    assert pdf.read_bytes().startswith(b"%PDF")
