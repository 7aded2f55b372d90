"""``biox-desktop backup`` / ``restore`` from a shell, exit codes and messages."""

from __future__ import annotations

import json
import os

from biox_desktop.cli.main import main
from biox_desktop.db.backup import LOCK_FILENAME


def test_backup_and_restore_commands(tmp_path, capsys) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo", "seed"]) == 0
    out = tmp_path / "copy.sqlite3"
    assert main(["--data-dir", data, "backup", "-o", str(out)]) == 0
    assert out.exists() and "backup written to" in capsys.readouterr().out
    assert main(["--data-dir", data, "missions", "delete", "Boston Trade Mission"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "restore", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["safety_copy"].endswith(".sqlite3")
    assert main(["--data-dir", data, "missions", "list", "--json"]) == 0
    assert "Boston Trade Mission" in capsys.readouterr().out
    assert main(["--data-dir", data, "backup", "--list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1  # the safety copy

    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a backup")
    assert main(["--data-dir", data, "restore", str(bad)]) == 1
    assert "is not a bioX Missions backup of this data folder" in capsys.readouterr().err


def test_restore_refused_while_the_window_is_open(tmp_path, capsys) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "backup", "-o", str(tmp_path / "b.sqlite3")]) == 0
    # The window's lock: our parent process (pytest's launcher) is surely alive.
    (data / LOCK_FILENAME).write_text(str(os.getppid()))
    assert main(["--data-dir", str(data), "backup", "-o", str(tmp_path / "c.sqlite3")]) == 0
    assert main(["--data-dir", str(data), "restore", str(tmp_path / "b.sqlite3")]) == 1
    assert "is open on this data folder" in capsys.readouterr().err
