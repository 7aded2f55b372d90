"""A cluster manager registers an agreement, filters the register, attaches the signed document
and records a follow-up, through the Agreements screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from biox_desktop.core.outcomes import MAX_ATTACHMENT_BYTES
from biox_desktop.ui.agreements import (
    AgreementDialog,
    AgreementsScreen,
    AgreementTableModel,
    FollowUpDialog,
    FollowUpTableModel,
)


@pytest.fixture
def demo_window(qtbot, workspace, ops):
    from biox_desktop.ui.main_window import MainWindow

    workspace.seed_demo()
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    yield win
    ops.wait_idle()


def _modal(qtbot, cls):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), cls))
    return QApplication.activeModalWidget()


def _titles(screen: AgreementsScreen) -> list[str]:
    return [screen.model.agreement(r).title for r in range(screen.model.rowCount())]


def _choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a combo box the way a keyboard user does: focus it and type."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def test_register_an_agreement_from_a_meeting(qtbot, demo_window, ops) -> None:
    screen = demo_window.show_screen("agreements")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 14)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot, AgreementDialog)
    qtbot.keyClicks(dialog.title_edit, "Distribution of rapid tests in Kansai")
    _choose(qtbot, dialog.kind, "Distribution")
    _choose(qtbot, dialog.status, "Signed")
    assert dialog.kind.currentData() == "distribution" and dialog.status.currentData() == "signed"
    qtbot.mouseClick(dialog.is_signed, Qt.MouseButton.LeftButton)
    assert dialog.signed_on.isEnabled()
    qtbot.keyClicks(dialog.party_org.lineEdit(), "Diagnostics SAS")
    qtbot.mouseClick(dialog.add_party, Qt.MouseButton.LeftButton)
    assert dialog.parties.count() == 1
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "at least two parties" in dialog.errors["parties"].text()

    qtbot.keyClicks(dialog.party_org.lineEdit(), "Kansai Medical")
    _choose(qtbot, dialog.party_role, "Distributor")
    qtbot.mouseClick(dialog.add_party, Qt.MouseButton.LeftButton)
    _choose(qtbot, dialog.mission, "Osaka")
    qtbot.waitUntil(lambda: dialog.links.count() > 5)
    first = dialog.links.item(0)
    assert first.text().startswith("Meeting:")
    first.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 15)
    qtbot.waitUntil(lambda: screen.selected() is not None)
    created = screen.selected()
    assert created.title == "Distribution of rapid tests in Kansai"
    assert {p.name for p in created.parties} == {"Rhône Diagnostics SAS",
                                                 "Kansai Medical Co., Ltd."}
    assert created.mission_name == "Osaka Partnering Days" and len(created.meeting_ids) == 1
    assert ops.workspace.db.pending_changes() == 4  # agreement, two parties, one link

    # Edit: the dialog comes back filled in, with the meeting still ticked.
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot, AgreementDialog)
    assert dialog.title_edit.text() == created.title and dialog.parties.count() == 2
    qtbot.waitUntil(lambda: dialog.links.count() > 5)
    ticked = [dialog.links.item(i) for i in range(dialog.links.count())
              if dialog.links.item(i).checkState() == Qt.CheckState.Checked]
    assert len(ticked) == 1
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)


def test_filters_documents_and_follow_ups(qtbot, demo_window, ops, tmp_path: Path) -> None:
    screen = demo_window.show_screen("agreements")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 14)
    _choose(qtbot, screen.kind_filter, "MoUs")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5)
    assert all(screen.model.agreement(r).is_mou for r in range(5))
    qtbot.keyClick(screen.kind_filter, Qt.Key.Key_Home)  # back to "All kinds"
    qtbot.keyClicks(screen.search, "Suzhou")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert "Suzhou" in _titles(screen)[0]
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 14)

    # Attach a document to the first agreement: the register shows it.
    screen.table.selectRow(0)
    agreement = screen.selected()
    doc = tmp_path / "signed.pdf"
    doc.write_bytes(b"%PDF-1.4 signed")
    screen.attach(agreement.id, doc)
    qtbot.waitUntil(lambda: "signed.pdf" in (screen.model.index(0, 7).data() or ""))
    screen.table.selectRow(0)
    assert screen.save_doc_button.isEnabled()
    big = tmp_path / "huge-scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 10)
    screen.attach(agreement.id, big)
    box = _modal(qtbot, QMessageBox)
    assert "huge-scan.pdf" in box.text() and "15 MB" in box.text()
    box.close()

    # Follow-ups: the overdue ones are flagged; recording one removes it from the open list.
    qtbot.waitUntil(lambda: screen.follow_model.rowCount() > 0)
    assert "overdue" in screen.due_label.text()
    before = screen.follow_model.rowCount()
    screen.follow_table.selectRow(0)
    qtbot.mouseClick(screen.record_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot, FollowUpDialog)
    _choose(qtbot, dialog.outcome, "Negotiation")
    dialog.rating.setFocus()
    dialog.rating.selectAll()
    qtbot.keyClicks(dialog.rating, "4")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.follow_model.rowCount() == before - 1)
    done = [f for f in ops.workspace.follow_ups.list() if f.outcome == "negotiation"
            and f.rating == 4 and f.notes == "" and f.done]
    assert done


def test_models_pass_the_model_tester(qtmodeltester, workspace) -> None:
    workspace.seed_demo()
    model = AgreementTableModel()
    model.set_rows(workspace.agreements.list())
    qtmodeltester.check(model)
    follow = FollowUpTableModel()
    follow.set_rows(workspace.follow_ups.list())
    qtmodeltester.check(follow)
