"""Importing vCards on the Leads screen as a coordinator would (issue 13): who is the same
person, what an update keeps, and "Undo this import"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from biox_desktop.core.missions import MissionInput
from biox_desktop.ui.leads import LeadsScreen


def vcard(*lines: str) -> str:
    return "".join(f"{x}\r\n" for x in ("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"))


TARO = vcard("UID:card-taro", "FN:Taro Yamada", "ORG:Osaka Bio Headquarters",
             "TITLE:Director", "TEL;TYPE=WORK:+81 6-6944-6111",
             "EMAIL:t.yamada@osaka-bio.example")
HANAKO = vcard("UID:card-hanako", "FN:Hanako Suzuki", "ORG:Osaka Bio Headquarters",
               "TEL;TYPE=WORK:+81 6-6944-6111", "EMAIL:h.suzuki@osaka-bio.example")


@pytest.fixture
def screen(qtbot: Any, ops: Any, workspace: Any) -> Any:
    from biox_desktop.ui.main_window import MainWindow

    mission = workspace.missions.create(MissionInput(
        name="Osaka Partnering Days", kind="partnering_event", country="JP",
        start_date=dt.date(2026, 5, 11), end_date=dt.date(2026, 5, 15), timezone="Asia/Tokyo"))
    workspace.update_settings(current_mission_id=mission.id)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not ops.busy, timeout=30_000)  # a loaded machine is slow to start
    leads: LeadsScreen = win.show_screen("leads")
    yield leads
    ops.wait_idle()


def import_file(qtbot: Any, screen: LeadsScreen, tmp_path: Path, name: str,
                *cards: str) -> QMessageBox:
    """Import a file and return the result box once it is shown."""
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8")
    screen.import_paths([str(path)])
    # Generous: the first CJK name loads the romanisation dictionary (seconds on a busy box).
    qtbot.waitUntil(lambda: _box(screen, "importResult") is not None, timeout=60_000)
    box = _box(screen, "importResult")
    assert box is not None
    return box


def _box(screen: LeadsScreen, name: str) -> QMessageBox | None:
    shown = [b for b in screen.findChildren(QMessageBox, name) if b.isVisible()]
    return shown[-1] if shown else None


def close(qtbot: Any, box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def search(qtbot: Any, screen: LeadsScreen, text: str, rows: int) -> None:
    """Type into the search box as a person would, character by character."""
    screen.search.clear()
    screen.search.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(screen.search, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(screen.search, QKeyEvent(
                    kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.waitUntil(lambda: screen.search.text() == text and screen.model.rowCount() == rows,
                    timeout=30_000)


def detail(qtbot: Any, screen: LeadsScreen, contains: str) -> str:
    qtbot.waitUntil(lambda: contains in screen.detail.toPlainText(), timeout=30_000)
    return screen.detail.toPlainText()


def test_a_colleague_on_the_same_switchboard_is_a_second_lead(
        qtbot: Any, screen: LeadsScreen, tmp_path: Path) -> None:
    close(qtbot, import_file(qtbot, screen, tmp_path, "taro.vcf", TARO))
    box = import_file(qtbot, screen, tmp_path, "hanako.vcf", HANAKO)
    assert box.text() == "1 lead imported, 0 updated from 1 file."
    assert "+81669446111" in box.detailedText()  # says which lead she resembles, and why
    close(qtbot, box)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    search(qtbot, screen, "Taro", rows=1)
    text = detail(qtbot, screen, "Taro Yamada")
    assert "t.yamada@osaka-bio.example" in text and "h.suzuki" not in text
    assert "Imported from taro.vcf (batch " in text  # the history names the batch


def test_a_romanised_card_keeps_the_native_name_and_search_finds_it(
        qtbot: Any, screen: LeadsScreen, tmp_path: Path) -> None:
    close(qtbot, import_file(qtbot, screen, tmp_path, "native.vcf", vcard(
        "UID:card-yamada-h", "FN:山田 花子", "EMAIL:hanako@osaka-bio.example")))
    box = import_file(qtbot, screen, tmp_path, "romanised.vcf", vcard(
        "FN:Hanako Yamada", "EMAIL:hanako@osaka-bio.example", "TEL:+81 90-1234-5678"))
    assert box.text() == "0 leads imported, 1 updated from 1 file."
    close(qtbot, box)
    search(qtbot, screen, "山田", rows=1)
    text = detail(qtbot, screen, "Hanako Yamada")
    assert "山田 花子" in text and "hanako@osaka-bio.example" in text


def test_undo_this_import_restores_the_lead_and_removes_the_new_one(
        qtbot: Any, screen: LeadsScreen, workspace: Any, tmp_path: Path) -> None:
    close(qtbot, import_file(qtbot, screen, tmp_path, "taro.vcf", TARO))
    box = import_file(qtbot, screen, tmp_path, "update.vcf", vcard(
        "UID:card-taro", "FN:Taro Yamada", "TITLE:CEO", "EMAIL:taro@home.example"), HANAKO)
    assert box.text() == "1 lead imported, 1 updated from 1 file."
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    undo = box.findChild(QPushButton, "undoImport")
    assert undo is not None and undo.text() == "Undo this import"
    undo.click()
    qtbot.waitUntil(lambda: _box(screen, "importUndone") is not None, timeout=30_000)
    done = _box(screen, "importUndone")
    assert done is not None and done.text().startswith("Import undone: ")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    text = detail(qtbot, screen, "undone on")  # the history says the batch was taken back
    assert "Director" in text and "CEO" not in text and "taro@home.example" not in text
    [lead_id] = workspace.leads.ids()
    assert workspace.leads.get(lead_id).role == "Director"


def test_a_shared_info_mailbox_makes_a_second_lead(
        qtbot: Any, screen: LeadsScreen, tmp_path: Path) -> None:
    close(qtbot, import_file(qtbot, screen, tmp_path, "desk1.vcf", vcard(
        "FN:Taro Yamada", "ORG:Osaka Bio Headquarters", "EMAIL:info@osaka-bio.example")))
    box = import_file(qtbot, screen, tmp_path, "desk2.vcf", vcard(
        "FN:Hanako Suzuki", "ORG:Osaka Bio Headquarters", "EMAIL:info@osaka-bio.example"))
    assert box.text() == "1 lead imported, 0 updated from 1 file."
    assert "info@osaka-bio.example" in box.detailedText()
    close(qtbot, box)
    search(qtbot, screen, "info@osaka", rows=2)
    search(qtbot, screen, "Taro", rows=1)
    assert "Hanako" not in detail(qtbot, screen, "Taro Yamada")


def _capture_from_qr(qtbot: Any, screen: LeadsScreen, tmp_path: Path, card: str) -> None:
    from biox_desktop.reports.qr import make_qr_png
    from biox_desktop.ui.capture import CaptureDialog

    image = tmp_path / "badge.png"
    image.write_bytes(make_qr_png(card))
    screen.qr_from_path(str(image))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CaptureDialog),
                    timeout=30_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CaptureDialog)
    qtbot.waitUntil(lambda: bool(dialog.consent_wording.text()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.basis.currentData() == "consent")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)


def test_a_qr_badge_of_a_known_person_adds_to_the_lead(
        qtbot: Any, screen: LeadsScreen, workspace: Any, tmp_path: Path) -> None:
    close(qtbot, import_file(qtbot, screen, tmp_path, "native.vcf", vcard(
        "FN:山田 花子", "EMAIL:hanako@osaka-bio.example", "TEL:+81 6-6944-6111")))
    # Her badge, romanised: the same person (same e-mail, a name that fits).
    _capture_from_qr(qtbot, screen, tmp_path, vcard(
        "FN:Hanako Yamada", "EMAIL:hanako@osaka-bio.example", "TEL:+81 90-1234-5678"))
    [lead_id] = workspace.leads.ids()
    lead = workspace.leads.get(lead_id)
    assert (lead.name_native, lead.name_romanised) == ("山田 花子", "Hanako Yamada")
    assert lead.phones == ("+81669446111", "+819012345678")
    assert lead.consent is not None  # ticked in the form: recorded on her lead
    # A colleague's badge with the same switchboard: someone else.
    _capture_from_qr(qtbot, screen, tmp_path, vcard(
        "FN:Taro Suzuki", "EMAIL:t.suzuki@osaka-bio.example", "TEL:+81 6-6944-6111"))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=30_000)
    assert workspace.leads.get(lead_id).emails == ("hanako@osaka-bio.example",)
