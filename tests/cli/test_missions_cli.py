"""The headless commands, run as a coordinator's script would run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from biox_desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_edit_delete(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, *d, "missions", "add", "--name", "São Paulo Discovery",
                       "--kind", "discovery_trip", "--country", "BR", "--timezone",
                       "America/Sao_Paulo", "--start", "2027-10-04", "--end", "2027-10-08",
                       "--cities", "São Paulo, Campinas", "--json")
    assert code == 0
    created = json.loads(out)
    assert created["name"] == "São Paulo Discovery"
    assert created["cities"] == ["São Paulo", "Campinas"]

    code, out, _ = run(capsys, *d, "missions", "list", "--json")
    assert [m["id"] for m in json.loads(out)] == [created["id"]]

    code, out, _ = run(capsys, *d, "missions", "list")
    assert "São Paulo Discovery" in out and "Brazil" in out

    code, out, _ = run(capsys, *d, "missions", "edit", created["id"][:12], "--status", "open")
    assert code == 0 and "Registration open" in out

    code, out, _ = run(capsys, *d, "missions", "delete", "São Paulo Discovery")
    assert code == 0
    code, out, _ = run(capsys, *d, "missions", "list", "--json")
    assert json.loads(out) == []


def test_bad_input_is_refused_with_a_message_and_exit_code_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "missions", "add", "--name", "X",
                         "--kind", "trade_mission", "--country", "US", "--timezone",
                         "America/Boston", "--start", "2027-06-14", "--end", "2027-06-10")
    assert code == 1
    assert "timezone: 'America/Boston' is not an IANA time zone" in err
    assert "end_date: The mission ends" in err
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "missions", "list", "--json")
    assert json.loads(out) == []  # nothing half-done


def test_unknown_mission_says_so(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "missions", "show", "Atlantis")
    assert code == 1 and "no mission match 'Atlantis'" in err


def test_wrong_date_format_is_a_usage_error(data_dir: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(data_dir), "missions", "add", "--name", "X", "--kind",
              "trade_mission", "--country", "US", "--timezone", "UTC", "--start", "14/06/2027",
              "--end", "2027-06-20"])
    assert info.value.code == 2


def test_demo_seed_then_list_as_a_real_process(data_dir: Path) -> None:
    cmd = [sys.executable, "-m", "biox_desktop", "--data-dir", str(data_dir)]
    seeded = subprocess.run([*cmd, "demo", "seed"], capture_output=True, text=True, timeout=120)
    assert seeded.returncode == 0, seeded.stderr
    listed = subprocess.run([*cmd, "missions", "list", "--json"], capture_output=True,
                            text=True, timeout=120)
    missions = json.loads(listed.stdout)
    assert {m["name"] for m in missions} >= {"Osaka Partnering Days", "Boston Trade Mission"}
    osaka = next(m for m in missions if m["country"] == "JP")
    assert osaka["timezone"] == "Asia/Tokyo" and osaka["companies"] == 12
    again = subprocess.run([*cmd, "demo", "seed"], capture_output=True, text=True, timeout=120)
    assert again.returncode == 1 and "already holds missions" in again.stdout
