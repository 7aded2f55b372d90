"""Issue 21 item 4 in the window: the legal basis in the quick capture, the import's basis for
its batch, and the "Consent missing" list, driven as a delegate would (keyboard, clicks)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from biox_desktop.core.contacts import ContactCard, EmailAddress
from biox_desktop.core.missions import MissionInput
from biox_desktop.reports.vcard import write_vcard
from biox_desktop.ui.capture import CaptureDialog
from biox_desktop.ui.leads import ImportBasisDialog, LeadsScreen


@pytest.fixture
def ops(qtbot: Any, workspace: Any) -> Iterator[Any]:
    from biox_desktop.ui.operations import Operations

    operations = Operations(workspace)
    yield operations
    operations.wait_idle()


@pytest.fixture
def osaka(workspace: Any) -> str:
    mission = workspace.missions.create(MissionInput(
        name="Osaka Partnering Days", kind="partnering_event", country="JP",
        start_date=dt.date(2026, 5, 11), end_date=dt.date(2026, 5, 15), timezone="Asia/Tokyo"))
    workspace.update_settings(current_mission_id=mission.id)
    return str(mission.id)


def _open(qtbot: Any, ops: Any, mission_id: str) -> CaptureDialog:
    dialog = CaptureDialog(ops, mission_id=mission_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.consent_wording.text()))  # the policy is loaded
    qtbot.waitUntil(lambda: not ops.busy)
    return dialog


def _save(qtbot: Any, ops: Any, dialog: CaptureDialog, name: str) -> None:
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)


def _lead(workspace: Any, name: str) -> Any:
    [lead] = [workspace.leads.get(i) for i in workspace.leads.ids()
              if workspace.leads.get(i).name == name]
    return lead


def test_capture_with_consent_by_alt_y_stores_the_wording_version(
        qtbot: Any, ops: Any, workspace: Any, osaka: str) -> None:
    workspace.update_settings(consent_wording="I agree (Kansai wording).",
                              consent_wording_version="KM-7")
    dialog = _open(qtbot, ops, osaka)
    assert "I agree (Kansai wording)." in dialog.consent_wording.text()
    assert "KM-7" in dialog.consent_wording.text()
    assert dialog.basis.currentData() == ""  # consent is never preselected
    qtbot.keyClicks(dialog.name, "Taro Yamada")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert dialog.basis.currentData() == "consent"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # at once: Enter saves consent
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)
    consent = _lead(workspace, "Taro Yamada").consent
    assert consent is not None
    assert (consent.basis, consent.wording_version) == ("consent", "KM-7")


def test_capture_with_legitimate_interest_chosen_from_the_keyboard(
        qtbot: Any, ops: Any, workspace: Any, osaka: str) -> None:
    dialog = _open(qtbot, ops, osaka)
    qtbot.keyClicks(dialog.name, "Anna Schmidt")
    qtbot.keyClick(dialog.name, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Legal &basis
    assert dialog.focusWidget() is dialog.basis
    qtbot.keyClick(dialog.basis, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.basis, Qt.Key.Key_Down)
    assert dialog.basis.currentData() == "legitimate_interest"
    qtbot.keyClick(dialog.basis, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)
    consent = _lead(workspace, "Anna Schmidt").consent
    assert consent is not None and consent.basis == "legitimate_interest"


def test_capture_with_neither_is_refused_when_required_and_consent_missing_otherwise(
        qtbot: Any, ops: Any, workspace: Any, osaka: str) -> None:
    dialog = _open(qtbot, ops, osaka)
    qtbot.keyClicks(dialog.name, "Li Na")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    error = dialog.errors["consent"]
    qtbot.waitUntil(error.isVisible)
    assert "legal basis" in error.text() and workspace.leads.ids() == []
    assert dialog.focusWidget() is dialog.basis  # the field to mend
    dialog.close()

    workspace.update_settings(consent_required=False)
    dialog = _open(qtbot, ops, osaka)
    _save(qtbot, ops, dialog, "Li Na")
    assert _lead(workspace, "Li Na").consent is None  # saved as "consent missing"


def test_the_default_basis_comes_from_the_privacy_settings(
        qtbot: Any, ops: Any, workspace: Any, osaka: str) -> None:
    workspace.update_settings(default_lead_basis="legitimate_interest")
    dialog = _open(qtbot, ops, osaka)
    assert dialog.basis.currentData() == "legitimate_interest"
    _save(qtbot, ops, dialog, "Kim Minjun")
    assert _lead(workspace, "Kim Minjun").consent.basis == "legitimate_interest"
    # "consent" is refused as a default: it would be a pre-ticked box.
    workspace.update_settings(default_lead_basis="consent")
    dialog = _open(qtbot, ops, osaka)
    assert dialog.basis.currentData() == ""
    dialog.close()


@pytest.fixture
def screen(qtbot: Any, ops: Any, osaka: str) -> Iterator[LeadsScreen]:
    from biox_desktop.ui.main_window import MainWindow

    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not ops.busy, timeout=30_000)
    leads: LeadsScreen = win.show_screen("leads")
    yield leads
    ops.wait_idle()


def _modal(qtbot: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=30_000)
    return QApplication.activeModalWidget()


def test_an_import_asks_the_batch_basis_and_the_consent_missing_list_shows_its_leads(
        qtbot: Any, screen: LeadsScreen, workspace: Any, ops: Any, tmp_path: Path) -> None:
    vcf = tmp_path / "badges.vcf"
    vcf.write_text(write_vcard([
        ContactCard(uid=f"u{i}", formatted_name=name, emails=(EmailAddress(mail),))
        for i, (name, mail) in enumerate((("Hanako Yamada", "hanako@kansai.example"),
                                          ("Taro Sato", "taro@kansai.example")))]),
        encoding="utf-8")
    other = tmp_path / "consented.vcf"
    other.write_text(write_vcard([ContactCard(uid="c1", formatted_name="Anna Müller",
                                              emails=(EmailAddress("anna@biom.example"),))]),
                     encoding="utf-8")

    # First file: the basis dialog's default, "none".
    screen.ask_basis([str(vcf)])
    dialog = _modal(qtbot, ImportBasisDialog)
    assert dialog.basis.currentData() == "none"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.findChild(QMessageBox, "importResult") is not None,
                    timeout=60_000)
    box = screen.findChild(QMessageBox, "importResult")
    assert "2 of them have no legal basis (consent missing)" in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    box.setObjectName("seen")

    # Second file: consent chosen in the dialog with the keyboard.
    screen.ask_basis([str(other)])
    dialog = _modal(qtbot, ImportBasisDialog)
    qtbot.keyClick(dialog.basis, Qt.Key.Key_Down)
    assert dialog.basis.currentData() == "consent"
    qtbot.keyClick(dialog.basis, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.findChild(QMessageBox, "importResult") is not None,
                    timeout=60_000)
    box = screen.findChild(QMessageBox, "importResult")
    assert "no legal basis" not in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not ops.busy)

    # A cancelled basis question imports nothing.
    screen.ask_basis([str(other)])
    dialog = _modal(qtbot, ImportBasisDialog)
    qtbot.keyClick(dialog.basis, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected

    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    tab = next(i for i in range(screen.view_tabs.count())
               if screen.view_tabs.tabText(i) == "Consent missing")
    rect = screen.view_tabs.tabRect(tab)
    qtbot.mouseClick(screen.view_tabs, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    qtbot.waitUntil(lambda: "…" not in {screen.model.data(screen.model.index(r, 0))
                                        for r in range(2)})
    names = {screen.model.data(screen.model.index(r, 0)) for r in range(2)}
    assert names == {"Hanako Yamada", "Taro Sato"}
    # The detail says it in red, and the person's data can be exported from there.
    qtbot.waitUntil(lambda: screen.access_button.isEnabled())
    assert "none recorded" in screen.detail.toPlainText()
    target = tmp_path / "export.json"
    screen.export_person_to(str(target))
    qtbot.waitUntil(lambda: "Wrote everything about" in screen.count_label.text())
    assert target.read_text(encoding="utf-8").count('"how captured": "vCard import"') == 1


def test_retention_and_default_basis_are_set_in_settings_privacy(
        qtbot: Any, ops: Any, workspace: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from biox_desktop.ui.settings import SettingsDialog

    dialog = SettingsDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)  # Privacy
    assert (dialog.no_basis_days.value(), dialog.inactive_months.value()) == (30, 24)
    assert not dialog.consent.isReadOnly()  # no server wording: set here
    dialog.no_basis_days.setFocus()
    qtbot.keyClick(dialog.no_basis_days, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.no_basis_days, "45")
    dialog.inactive_months.setFocus()
    qtbot.keyClick(dialog.inactive_months, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.inactive_months, "12")
    dialog.default_basis.setFocus()
    qtbot.keyClick(dialog.default_basis, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    s = workspace.settings
    assert (s.retention_no_basis_days, s.retention_inactive_months, s.default_lead_basis) == (
        45, 12, "legitimate_interest")


def test_the_due_for_review_list_says_why(qtbot: Any, screen: LeadsScreen, workspace: Any,
                                          ops: Any) -> None:
    from biox_desktop.core.leads import LeadInput
    from biox_desktop.db.models import Lead, utcnow

    old = workspace.leads.capture(LeadInput(name="Old Contact"), require_consent=False)
    workspace.leads.capture(LeadInput(name="New Contact"), require_consent=False)
    with workspace.db.session() as s:  # captured 40 days ago, never given a basis
        s.get(Lead, old.id).created_at = utcnow() - dt.timedelta(days=40)
    tab = next(i for i in range(screen.view_tabs.count())
               if screen.view_tabs.tabText(i) == "Due for review")
    qtbot.mouseClick(screen.view_tabs, Qt.MouseButton.LeftButton,
                     pos=screen.view_tabs.tabRect(tab).center())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen._current is not None)
    assert screen._current.id == old.id
    qtbot.waitUntil(lambda: "No legal basis 30 days after capture" in
                    screen.detail.toPlainText())
