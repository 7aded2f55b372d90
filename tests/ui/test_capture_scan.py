"""Live scanning in the quick capture, fed without a camera (issue 19).

One test plays a video file made here from generated codes through a QMediaPlayer into the
scanner's own video sink (the camera's path from the sink on); the others put frames made from
generated photos into the same sink, one by one.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame

from biox_desktop.core.missions import MissionInput
from biox_desktop.reports.attendees_io import import_attendees
from biox_desktop.ui.capture import CaptureDialog
from tests.support.booth import code_scene, scene, write_clip

# QtMultimedia's FFmpeg backend reports that this machine has no GPU decoder: not our warning.
pytestmark = pytest.mark.qt_log_ignore("No HW decoder", "No RHI backend")

MECARD = ("MECARD:N:山田,太郎;SOUND:Yamada,Taro;ORG:大阪バイオ株式会社;"
          "TEL:03-1234-5678;EMAIL:taro@osaka-bio.jp;;")


@pytest.fixture
def osaka(workspace: Any) -> str:
    mission = workspace.missions.create(MissionInput(
        name="Osaka partnering", kind="partnering_event", country="JP",
        start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 3), timezone="Asia/Tokyo"))
    workspace.update_settings(current_mission_id=mission.id)
    return str(mission.id)


def _open(qtbot: Any, ops: Any, mission_id: str) -> CaptureDialog:
    dialog = CaptureDialog(ops, mission_id=mission_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.country == "JP")
    qtbot.waitUntil(lambda: not ops.busy)
    return dialog


def _feed(panel: Any, image: Image.Image, times: int = 3) -> None:
    qimage = QImage(image.convert("RGB").tobytes(), image.width, image.height,
                    image.width * 3, QImage.Format.Format_RGB888).copy()
    for _ in range(times):
        panel.sink.setVideoFrame(QVideoFrame(qimage))


def _save(qtbot: Any, dialog: CaptureDialog, ops: Any) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # consent
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)


def test_a_video_of_a_contact_qr_fills_the_form_off_the_gui_thread(
        qtbot: Any, ops: Any, workspace: Any, osaka: str, tmp_path: Path) -> None:
    frames = [scene(Image.new("L", (200, 200), 160))] * 5  # nothing to read at first
    frames += [code_scene(MECARD, tilt=0.1 + i / 100, blur=0.6, noise=6, offset=(i * 3, 0))
               for i in range(25)]
    clip = write_clip(tmp_path / "booth.mp4", frames)
    dialog = _open(qtbot, ops, osaka)
    panel = dialog.open_scanner(camera=False)
    player = QMediaPlayer(dialog)
    player.setVideoSink(panel.sink)
    player.setSource(QUrl.fromLocalFile(str(clip)))
    player.play()
    qtbot.waitUntil(lambda: dialog.name.text() == "山田 太郎", timeout=20000)
    player.stop()
    assert dialog.romanised.text() == "Yamada Taro"
    assert dialog.organisation.text() == "大阪バイオ株式会社"
    assert dialog.emails.text() == "taro@osaka-bio.jp"
    assert "山田 太郎" in dialog.scan_note.text()
    # Decoded on the worker, a few frames a second: fewer decodes than frames shown.
    scanner = panel.scanner
    assert threading.main_thread().ident not in scanner.decode_threads
    assert 0 < scanner.frames_decoded < scanner.frames_seen
    # The code is framed on the picture and what the scan filled is highlighted.
    assert panel.view.codes is not None and panel.view.codes.codes[0].format == "QRCode"
    assert dialog.name in dialog.scanned_fields()
    dialog.grab().save("/tmp/shots-capture/capture-scan-video.png")
    _save(qtbot, dialog, ops)
    [lead_id] = workspace.leads.ids()
    lead = workspace.leads.get(lead_id)
    assert (lead.name_native, lead.source, lead.phones) == ("山田 太郎", "qr", ("+81312345678",))


def test_a_badge_scan_starts_the_lead_from_the_attendee_list(
        qtbot: Any, ops: Any, workspace: Any, osaka: str, tmp_path: Path) -> None:
    export = tmp_path / "participants.csv"
    export.write_text("Name,Company,Job title,Country,Badge ID,Profile\n"
                      "Anna Müller,BioM GmbH,Cluster manager,Germany,B2M-000124,"
                      "Looking for CDMOs in Japan\n", encoding="utf-8")
    import_attendees(workspace, export, osaka)
    dialog = _open(qtbot, ops, osaka)
    dialog.role.setText("Head of partnering")  # typed first: a scan never overwrites it
    panel = dialog.open_scanner(camera=False)
    _feed(panel, code_scene("B2M-000124", "Code128", tilt=0.2, light=0.5, noise=6))
    qtbot.waitUntil(lambda: dialog.name.text() == "Anna Müller", timeout=10000)
    assert dialog.organisation.text() == "BioM GmbH"
    assert dialog.role.text() == "Head of partnering"
    assert dialog.notes.text() == "Looking for CDMOs in Japan · Badge B2M-000124"
    assert dialog.organisation.property("scan") == "scanned" and dialog.organisation.styleSheet()
    assert not dialog.role.property("scan") and dialog.role.styleSheet() == ""
    assert "participants.csv" in dialog.scan_note.text()
    # The person corrects a field: it is no longer marked as the scan's.
    qtbot.keyClicks(dialog.organisation, " Munich")
    assert dialog.organisation not in dialog.scanned_fields()
    _save(qtbot, dialog, ops)
    [lead_id] = workspace.leads.ids()
    lead = workspace.leads.get(lead_id)
    assert (lead.name, lead.organisation_name, lead.source) == (
        "Anna Müller", "BioM GmbH Munich", "badge")


def test_an_unknown_badge_is_kept_in_the_notes(qtbot: Any, ops: Any, osaka: str) -> None:
    dialog = _open(qtbot, ops, osaka)
    panel = dialog.open_scanner(camera=False)
    _feed(panel, code_scene("4711", "DataMatrix", blur=1.0))
    qtbot.waitUntil(lambda: "4711" in dialog.notes.text(), timeout=10000)
    assert "not in an imported attendee list" in dialog.scan_note.text()
    assert dialog.name.text() == ""


def test_messaging_profile_codes_fill_their_ids(qtbot: Any, ops: Any, workspace: Any,
                                               osaka: str) -> None:
    dialog = _open(qtbot, ops, osaka)
    panel = dialog.open_scanner(camera=False)
    qtbot.keyClicks(dialog.name, "Li Wei")
    for link in ("https://u.wechat.com/EAbCdEf12345", "https://line.me/ti/p/~liwei88",
                 "https://www.linkedin.com/in/li-wei-bio"):
        _feed(panel, code_scene(link, glare=0.6))
        qtbot.waitUntil(lambda link=link: link in panel.seen, timeout=10000)
    qtbot.waitUntil(lambda: dialog.linkedin.text() != "")
    assert dialog.messaging["wechat"].text() == "https://u.wechat.com/EAbCdEf12345"
    assert dialog.messaging["line"].text() == "liwei88"
    assert dialog.linkedin.text() == "https://www.linkedin.com/in/li-wei-bio"
    # A code already read does not beep or fill again while it stays in view.
    before = panel.scanner.frames_decoded
    _feed(panel, code_scene("https://u.wechat.com/EAbCdEf12345"))
    qtbot.waitUntil(lambda: panel.scanner.frames_decoded > before, timeout=10000)
    assert len(panel.seen) == 3
    _save(qtbot, dialog, ops)
    lead = workspace.leads.get(workspace.leads.ids()[0])
    assert dict(lead.messaging) == {"wechat": "https://u.wechat.com/EAbCdEf12345",
                                    "line": "liwei88"}
    assert lead.linkedin == "https://www.linkedin.com/in/li-wei-bio"


def test_a_web_site_code_says_why_it_fills_nothing(qtbot: Any, ops: Any, osaka: str) -> None:
    dialog = _open(qtbot, ops, osaka)
    panel = dialog.open_scanner(camera=False)
    _feed(panel, code_scene("https://www.osaka-bio.jp/"))
    qtbot.waitUntil(dialog.scan_note.isVisible, timeout=10000)
    assert "web link" in dialog.scan_note.text()
    assert dialog.name.text() == ""


def test_without_a_camera_the_scanner_says_so(qtbot: Any, ops: Any, osaka: str) -> None:
    dialog = _open(qtbot, ops, osaka)
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    panel = dialog.scan_panel
    assert panel is not None and panel.isVisible()
    assert "No camera was found" in panel.view.message
    dialog.grab().save("/tmp/shots-capture/capture-no-camera.png")


def test_a_typed_name_offers_the_participant(qtbot: Any, ops: Any, workspace: Any,
                                             osaka: str, tmp_path: Path) -> None:
    export = tmp_path / "osaka.csv"
    export.write_text("First name,Last name,Company,Badge ID,E-mail\n"
                      "Hanako,Suzuki,Kyoto Cell Lab,B2M-9,hanako@kyoto-cell.jp\n"
                      "Ichiro,Suzuki,Osaka Bio,B2M-10,ichiro@osaka-bio.jp\n", encoding="utf-8")
    import_attendees(workspace, export, osaka)
    dialog = _open(qtbot, ops, osaka)
    qtbot.keyClicks(dialog.name, "Suzuki")  # two participants: nothing offered
    qtbot.wait(400)
    qtbot.waitUntil(lambda: not ops.busy)
    assert not dialog.participant_button.isVisible()
    qtbot.keyClicks(dialog.name, " Hana")
    qtbot.waitUntil(dialog.participant_button.isVisible)
    assert "Hanako Suzuki, Kyoto Cell Lab" in dialog.participant_button.text()
    qtbot.mouseClick(dialog.participant_button, Qt.MouseButton.LeftButton)
    assert dialog.name.text() == "Suzuki Hana"  # what was typed stays
    assert dialog.organisation.text() == "Kyoto Cell Lab"
    assert dialog.emails.text() == "hanako@kyoto-cell.jp"
    assert "Badge B2M-9" in dialog.notes.text()


@pytest.mark.skipif(__import__("shutil").which("tesseract") is None, reason="no Tesseract")
def test_a_card_photo_fills_the_form_and_is_kept(qtbot: Any, ops: Any, workspace: Any,
                                                 osaka: str, tmp_path: Path) -> None:
    from tests.support.cards import CARDS, photographed, render

    card = next(c for c in CARDS if c.back)
    front, back = tmp_path / "front.jpg", tmp_path / "back.jpg"
    photographed(render(card.front, card.script, 0), seed=1).save(front)
    photographed(render(card.back, "latin", 0), seed=2).save(back)
    dialog = _open(qtbot, ops, osaka)
    dialog.read_card_photos([str(front), str(back)])
    qtbot.waitUntil(lambda: dialog.emails.text() != "", timeout=120000)
    assert dialog.emails.text() == "taro@osaka-bio.jp"
    assert dialog.phones.text() == "+81612345678"
    assert dialog.romanised.text() == "Taro Yamada"
    assert dialog.name in dialog.scanned_fields()
    dialog.grab().save("/tmp/shots-capture/capture-card.png")
    _save(qtbot, dialog, ops)
    lead = workspace.leads.get(workspace.leads.ids()[0])
    assert lead.source == "card" and lead.has_photo


@pytest.mark.skipif(__import__("shutil").which("tesseract") is None, reason="no Tesseract")
def test_a_card_held_to_the_camera_or_copied_is_read(qtbot: Any, ops: Any, workspace: Any,
                                                    osaka: str) -> None:
    """Cards come from the camera's picture ("Read the card in view") and from a picture on
    the clipboard (the card button asks which), not only from files."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.support.cards import CARDS, photographed, render

    card = next(c for c in CARDS if c.back)
    picture = photographed(render(card.back, "latin", 0), seed=3)
    dialog = _open(qtbot, ops, osaka)
    panel = dialog.open_scanner(camera=False)
    assert not panel.card_button.isEnabled()  # nothing in view yet
    _feed(panel, picture, times=1)
    qtbot.waitUntil(panel.card_button.isEnabled)
    qtbot.mouseClick(panel.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.emails.text() != "", timeout=120000)
    assert dialog.emails.text() == "taro@osaka-bio.jp"
    assert dialog.photo  # the still is kept with the lead
    dialog.reject()

    again = _open(qtbot, ops, osaka)
    rgb = picture.convert("RGB")
    QGuiApplication.clipboard().setImage(QImage(
        rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy())

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        assert box.objectName() == "cardSourceQuestion"
        box.buttons()[0].click()  # "Read the clipboard picture"

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(again.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.emails.text() != "", timeout=120000)
    assert again.emails.text() == "taro@osaka-bio.jp"
    again.reject()


def test_a_profile_qr_image_is_no_longer_refused(tmp_path: Path) -> None:
    from biox_desktop.reports.qr import make_qr_png
    from biox_desktop.ui.capture import lead_from_qr

    wechat = tmp_path / "wechat.png"
    wechat.write_bytes(make_qr_png("https://u.wechat.com/EAbCdEf12345"))
    assert lead_from_qr(str(wechat), "CN").messaging == (
        ("wechat", "https://u.wechat.com/EAbCdEf12345"),)
    linkedin = make_qr_png("https://www.linkedin.com/in/anna-mueller")
    assert lead_from_qr(linkedin, "DE").linkedin == "https://www.linkedin.com/in/anna-mueller"
    site = make_qr_png("https://www.bio-m.org/")
    with pytest.raises(ValueError, match="web link"):
        lead_from_qr(site, "DE")
