"""A mission's briefing pack: documents for every laptop of the delegation, content-hashed so
an unchanged file is not sent again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from biox_desktop.core.missions import MissionInput
from biox_desktop.core.validation import ValidationError
from biox_desktop.db import briefing
from biox_desktop.db.briefing import BriefingService


def mission(ws) -> str:
    return ws.missions.create(MissionInput(
        name="Seoul Bio Week", kind="trade_mission", country="KR",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14),
        timezone="Asia/Seoul")).id


def test_add_list_save_remove_and_unchanged_files_are_not_resent(workspace,
                                                                  tmp_path: Path) -> None:
    pack = BriefingService(workspace)
    m = mission(workspace)
    report = tmp_path / "Korea country report.pdf"
    report.write_bytes(b"%PDF-1.4 country report")
    first = pack.add_file(m, report)
    assert first.changed and first.document.mime_type == "application/pdf"
    waiting = workspace.db.pending_changes()
    # The same bytes again, under any name: nothing written, nothing to send.
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(report.read_bytes())
    again = pack.add_file(m, copy)
    assert not again.changed and again.document.id == first.document.id
    assert workspace.db.pending_changes() == waiting
    # A new version under the same name replaces the old one's bytes.
    report.write_bytes(b"%PDF-1.4 country report, second edition")
    newer = pack.add_file(m, report)
    assert newer.changed and newer.document.id == first.document.id
    assert workspace.db.pending_changes() > waiting
    notes = tmp_path / "practical notes.txt"
    notes.write_text("Taxis: T-money cards work. 서울역 meeting point.", encoding="utf-8")
    pack.add_file(m, notes)
    assert [d.filename for d in pack.list(m)] == ["Korea country report.pdf",
                                                  "practical notes.txt"]
    saved = pack.save(pack.list(m)[1].id, tmp_path / "out")  # not a folder: a file name
    assert saved.read_text(encoding="utf-8").endswith("서울역 meeting point.")
    pack.remove(pack.list(m)[0].id)
    assert [d.filename for d in pack.list(m)] == ["practical notes.txt"]


def test_empty_and_too_large_files_are_refused(workspace, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    pack = BriefingService(workspace)
    m = mission(workspace)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        pack.add_file(m, empty)
    monkeypatch.setattr(briefing, "MAX_BRIEFING_BYTES", 10)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 11)
    with pytest.raises(ValidationError, match="every laptop"):
        pack.add_file(m, big)
    assert pack.list(m) == []


def test_the_missions_screen_adds_and_opens_documents(qtbot, ops, workspace,
                                                      tmp_path: Path) -> None:
    from biox_desktop.ui.missions import MissionsScreen

    mission(workspace)
    screen = MissionsScreen(ops)
    qtbot.addWidget(screen)
    opened: list[Path] = []
    screen.briefing.opener = opened.append
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    panel = screen.briefing
    with qtbot.waitSignal(panel.loaded):
        screen.table.selectRow(0)
    assert not panel.open_button.isEnabled()
    doc = tmp_path / "Korea country report.pdf"
    doc.write_bytes(b"%PDF-1.4 report")
    with qtbot.waitSignal(panel.added) as added:
        panel.add_files([doc])
    assert added.args == [1, 0]
    qtbot.waitUntil(lambda: len(panel.documents) == 1 and panel.list.count() == 1)
    with qtbot.waitSignal(panel.added) as added:
        panel.add_files([doc])  # unchanged: not added again
    assert added.args == [0, 1]
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].name == "Korea country report.pdf"
    assert opened[0].read_bytes() == b"%PDF-1.4 report"


def test_the_command(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    import json

    from biox_desktop.cli.main import main
    from biox_desktop.db.workspace import Workspace

    ws = Workspace(data_dir)
    mission(ws)
    ws.close()
    doc = tmp_path / "notes.txt"
    doc.write_text("Bring adapters.", encoding="utf-8")
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "missions", "briefing", "add", "Seoul Bio Week", str(doc)]) == 0
    assert "added: notes.txt" in capsys.readouterr().out
    assert main([*d, "missions", "briefing", "add", "Seoul Bio Week", str(doc)]) == 0
    assert "unchanged, not sent again: notes.txt" in capsys.readouterr().out
    assert main([*d, "missions", "briefing", "list", "Seoul Bio Week", "--json"]) == 0
    assert [x["filename"] for x in json.loads(capsys.readouterr().out)] == ["notes.txt"]
    out = tmp_path / "saved.txt"
    assert main([*d, "missions", "briefing", "save", "Seoul Bio Week", "notes.txt",
                 "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "Bring adapters."
    assert main([*d, "missions", "briefing", "remove", "Seoul Bio Week", "nothing.txt"]) == 1
