"""The Imports dialog lists every import and undoes the chosen one, as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.cli.test_agenda_cli import _programme


def test_an_import_is_undone_from_the_window(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from biox_desktop.reports.agenda_ics import import_programme_file

    ws = window.ops.workspace
    ws.seed_demo()
    mission = next(m for m in ws.missions.list() if m.name == "Osaka Partnering Days")
    summary = import_programme_file(ws.agenda, mission.id,
                                    _programme("Site visit").encode(), source_name="kobe.ics")
    assert summary.batch_id
    window.imports_action.trigger()
    from biox_desktop.ui.batches import BatchesDialog

    dialog = window.findChild(BatchesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert "kobe.ics" in dialog.table.item(0, 1).text()
    assert not dialog.undo_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    changed: list[frozenset[str]] = []
    window.ops.changed.connect(changed.append)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Undone" in dialog.status.text())
    assert "3 records removed" in dialog.status.text()  # two items and the venue
    qtbot.waitUntil(lambda: dialog.table.item(0, 4).text() != "")
    assert changed and "agenda" in changed[0]
    dialog.grab().save(str(tmp_path / "imports.png"))
    titles = {i.title for i in ws.agenda.items(mission.id)}
    assert "Site visit" not in titles and "Keynote" not in titles
