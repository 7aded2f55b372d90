from __future__ import annotations

import json
from pathlib import Path

from biox_desktop.cli.main import main
from biox_desktop.db.workspace import Workspace


def test_candidates_apply_and_undo_headless(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo", "seed"]) == 0
    ws = Workspace(data)
    ws.update_settings(role="coordinator")
    ws.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "merge", "candidates", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert groups and groups[0]["score"] >= groups[-1]["score"] and groups[0]["reasons"]
    yamada = next(g for g in groups if "T. Yamada" in " ".join(m["label"] for m in g["members"]))
    other = next(m["id"] for m in yamada["members"] if m["label"] == "Dr. Yamada Taro")
    assert main(["--data-dir", str(data), "merge", "apply", yamada["id"][:14],
                 "--take", f"job_title={other}", "--json"]) == 0
    merge = json.loads(capsys.readouterr().out)
    assert len(merge["merged_ids"]) == 3 and merge["repointed"] > 0
    assert main(["--data-dir", str(data), "merge", "apply", yamada["id"]]) == 1  # gone
    assert "no candidate group" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "merge", "apply", groups[0]["id"],
                 "--take", "colour=x"]) == 1
    assert main(["--data-dir", str(data), "merge", "undo", merge["id"]]) == 0
    assert "undid merge" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "merge", "history"]) == 0
    assert "undone" in capsys.readouterr().out
