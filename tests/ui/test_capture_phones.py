"""Quick capture asks which country a number belongs to when two could own it (issue 13)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from biox_desktop.core.missions import MissionInput
from biox_desktop.ui.capture import CaptureDialog


@pytest.fixture
def shanghai(workspace: Any) -> str:
    mission = workspace.missions.create(MissionInput(
        name="Shanghai BioForum", kind="trade_mission", country="CN",
        start_date=dt.date(2027, 6, 14), end_date=dt.date(2027, 6, 18),
        timezone="Asia/Shanghai"))
    workspace.update_settings(current_mission_id=mission.id)
    return str(mission.id)


def _open(qtbot: Any, ops: Any, mission_id: str, lead: Any = None) -> CaptureDialog:
    dialog = CaptureDialog(ops, mission_id=mission_id, lead=lead)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.country == "CN")  # the mission's country is loaded
    qtbot.waitUntil(lambda: not ops.busy)
    return dialog


def _type_lead(qtbot: Any, dialog: CaptureDialog, phone: str) -> None:
    qtbot.keyClicks(dialog.name, "Taro Yamada")
    dialog.phones.setFocus()
    qtbot.keyClicks(dialog.phones, phone)
    qtbot.keyClick(dialog, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.phones, Qt.Key.Key_Return)


def _choices(dialog: CaptureDialog) -> list[QPushButton]:
    assert dialog.phone_choice.isVisible()
    return list(dialog.phone_buttons)


def test_a_japanese_mobile_typed_in_china_asks_before_saving(
        qtbot: Any, ops: Any, workspace: Any, shanghai: str) -> None:
    dialog = _open(qtbot, ops, shanghai)
    _type_lead(qtbot, dialog, "090-1234-5678")
    qtbot.waitUntil(dialog.phone_choice.isVisible)
    assert dialog.isVisible() and workspace.leads.ids() == []  # nothing saved yet
    assert "090-1234-5678" in dialog.phone_question.text()
    texts = [b.text() for b in _choices(dialog)]
    assert any("China" in t and "+86 901 234 5678" in t for t in texts)
    assert any("Japan" in t and "+81 90-1234-5678" in t for t in texts)
    assert texts[-1] == "Keep as typed, confirm later"
    japan = next(b for b in dialog.phone_buttons if "Japan" in b.text())
    qtbot.mouseClick(japan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)
    [lead_id] = workspace.leads.ids()
    assert workspace.leads.get(lead_id).phones == ("+819012345678",)


def test_keep_as_typed_then_confirm_on_the_lead(
        qtbot: Any, ops: Any, workspace: Any, shanghai: str) -> None:
    dialog = _open(qtbot, ops, shanghai)
    _type_lead(qtbot, dialog, "090-1234-5678")
    qtbot.waitUntil(dialog.phone_choice.isVisible)
    qtbot.mouseClick(dialog.phone_buttons[-1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)
    [lead_id] = workspace.leads.ids()
    lead = workspace.leads.get(lead_id)
    assert lead.phones == ("090-1234-5678",)  # as typed, not +869012345678

    # Editing the lead asks again; this time the person says it is the Chinese number.
    edit = _open(qtbot, ops, shanghai, lead=lead)
    assert edit.phones.text() == "090-1234-5678"
    qtbot.keyClick(edit.phones, Qt.Key.Key_Return)
    qtbot.waitUntil(edit.phone_choice.isVisible)
    china = next(b for b in edit.phone_buttons if "China" in b.text())
    qtbot.mouseClick(china, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not edit.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)
    assert workspace.leads.get(lead_id).phones == ("+869012345678",)


def test_a_plain_chinese_number_saves_without_a_question(
        qtbot: Any, ops: Any, workspace: Any, shanghai: str) -> None:
    dialog = _open(qtbot, ops, shanghai)
    _type_lead(qtbot, dialog, "138 0013 8000")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)
    assert not dialog.phone_choice.isVisible()
    [lead_id] = workspace.leads.ids()
    assert workspace.leads.get(lead_id).phones == ("+8613800138000",)
    assert QApplication.activeModalWidget() is None


def test_a_qr_card_from_korea_offers_the_korean_reading(
        qtbot: Any, ops: Any, workspace: Any, shanghai: str) -> None:
    """The card's address says Korea: its 010-6552-9988 may be a Korean mobile, although it is
    also a valid Beijing number (which a plain 010-6552-9988 typed in China is taken for)."""
    from biox_desktop.ui.capture import lead_from_clipboard_payload

    vcard = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Minjun\r\nN:Kim;Minjun;;;\r\n"
             "ADR;TYPE=WORK:;;123 Teheran-ro;Seoul;;06234;Korea, Republic of\r\n"
             "TEL;TYPE=CELL:010-6552-9988\r\nEND:VCARD\r\n")
    prefill = lead_from_clipboard_payload("text", vcard, "CN")
    assert prefill.phones == ("010-6552-9988",)
    dialog = CaptureDialog(ops, mission_id=shanghai, prefill=prefill)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.country == "CN")
    qtbot.waitUntil(lambda: not ops.busy)
    assert dialog.phones.text() == "010-6552-9988"
    qtbot.keyClick(dialog, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.phones, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.phone_choice.isVisible)
    korea = next(b for b in dialog.phone_buttons if "+82 10-6552-9988" in b.text())
    qtbot.mouseClick(korea, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)
    [lead_id] = workspace.leads.ids()
    assert workspace.leads.get(lead_id).phones == ("+821065529988",)


def test_the_lead_detail_says_a_number_awaits_confirmation(
        qtbot: Any, ops: Any, workspace: Any, shanghai: str) -> None:
    from biox_desktop.core.leads import LeadInput
    from biox_desktop.ui.leads import LeadsScreen

    lead = workspace.leads.capture(LeadInput(name="Taro Yamada", mission_id=shanghai,
                                             phones=("090-1234-5678", "138 0013 8000")),
                                   require_consent=False)
    assert lead.phones == ("090-1234-5678", "+8613800138000")
    screen = LeadsScreen(ops)
    qtbot.addWidget(screen)
    html = screen.detail_html(lead, [], [])
    assert "090-1234-5678 <i>(as typed: edit the lead to confirm its country)</i>" in html
    assert "+86 138 0013 8000<br>" not in html and html.count("as typed") == 1
