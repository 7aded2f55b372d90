"""The Leads screen and the quick-capture dialog, driven from the keyboard as a delegate would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from biox_desktop.core.leads import LeadFilter, LeadRow
from biox_desktop.core.missions import MissionInput
from biox_desktop.reports.qr import make_qr_png
from biox_desktop.ui.capture import CaptureDialog
from biox_desktop.ui.leads import LeadsScreen, LeadTableModel


class Keyboard:
    """Sends keys to whatever has the focus, counting every key press."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.presses = 0
        self.navigation = 0  # presses that are not text: Tab, shortcuts, Enter

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            self.presses += 1
            widget = self.focus()
            if ch.isascii():
                self.qtbot.keyClick(widget, ch)
            else:  # qtbot.keyClicks aborts on non-ASCII: send the character as key events
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(
                        kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              target: QWidget | None = None) -> None:
        self.presses += 1
        self.navigation += 1
        self.qtbot.keyClick(target or self.focus(), key, modifier)


@pytest.fixture
def osaka(workspace: Any) -> str:
    mission = workspace.missions.create(MissionInput(
        name="Osaka Partnering Days", kind="partnering_event", country="JP",
        start_date=dt.date(2026, 5, 11), end_date=dt.date(2026, 5, 15), timezone="Asia/Tokyo"))
    workspace.update_settings(current_mission_id=mission.id)
    return str(mission.id)


@pytest.fixture
def leads_window(qtbot: Any, ops: Any, osaka: str) -> Any:
    from biox_desktop.ui.main_window import MainWindow

    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: not ops.busy)
    yield win
    ops.wait_idle()


def _dialog(qtbot: Any) -> CaptureDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CaptureDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CaptureDialog)
    qtbot.waitUntil(lambda: bool(dialog.consent_wording.text()))  # policy loaded
    return dialog


def test_a_lead_is_captured_with_the_keyboard_alone(qtbot: Any, leads_window: Any, ops: Any,
                                                    workspace: Any) -> None:
    kb = Keyboard(qtbot)
    # From another screen: the shortcut works anywhere in the window.
    assert leads_window.stack.currentWidget().widget() is leads_window.screens["missions"]
    kb.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, target=leads_window)
    dialog = _dialog(qtbot)
    assert QApplication.focusWidget() is dialog.name
    typed = ["山田太郎", "Yamada Taro", "Kansai Medical", "Director", "taro@kansai.example",
             "090-1234-5678"]
    for i, text in enumerate(typed):
        if i:
            kb.press(Qt.Key.Key_Tab)
        kb.type(text)
    kb.press(Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # consent, by its shortcut
    qtbot.waitUntil(lambda: dialog.basis.currentData() == "consent")  # a mnemonic "animates" the click
    kb.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy)

    characters = sum(len(t) for t in typed)
    print(f"\nquick capture: {kb.presses} key presses ({characters} characters typed, "
          f"{kb.navigation} other keys)")
    # Budget: the text itself plus one key per field change, the consent and Enter.
    assert kb.navigation <= 8
    assert kb.presses <= characters + 8

    [lead_id] = workspace.leads.ids()
    lead = workspace.leads.get(lead_id)
    assert lead.name_native == "山田太郎" and lead.name_romanised == "Yamada Taro"
    assert lead.organisation_name == "Kansai Medical"
    assert lead.phones == ("+819012345678",)  # read in Japan, the mission's country
    assert lead.consent is not None and lead.source == "typed"
    assert lead.mission_id == workspace.settings.current_mission_id


def test_an_invalid_phone_is_refused_in_the_form(qtbot: Any, leads_window: Any,
                                                 workspace: Any) -> None:
    kb = Keyboard(qtbot)
    kb.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, target=leads_window)
    dialog = _dialog(qtbot)
    kb.type("Anna Schmidt")
    dialog.phones.setFocus()
    kb.type("0312")
    kb.press(Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.basis.currentData() == "consent")
    kb.press(Qt.Key.Key_Return)
    error = dialog.errors["phones"]
    qtbot.waitUntil(error.isVisible)
    assert "Japan" in error.text()
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.phones
    assert workspace.leads.ids() == []
    dialog.phones.clear()
    kb.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(workspace.leads.ids()) == 1


def test_a_card_is_imported_from_a_qr_image(qtbot: Any, leads_window: Any, workspace: Any,
                                            ops: Any, tmp_path: Path) -> None:
    vcard = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:김민준\r\nN:김;민준;;;\r\n"
             "X-BIOX-NAME-ROMANISED:Kim Minjun\r\nORG:Seoul Biotech Inc.\r\n"
             "TITLE:Head of Partnering\r\nEMAIL:minjun@seoulbiotech.example\r\n"
             "TEL;TYPE=CELL:+82 10-2345-6789\r\nEND:VCARD\r\n")
    image = tmp_path / "badge.png"
    image.write_bytes(make_qr_png(vcard))
    screen: LeadsScreen = leads_window.show_screen("leads")
    screen.qr_from_path(str(image))
    dialog = _dialog(qtbot)
    assert dialog.name.text() == "김민준"
    assert dialog.romanised.text() == "Kim Minjun"
    assert dialog.organisation.text() == "Seoul Biotech Inc."
    assert dialog.phones.text() == "+821023456789"
    kb = Keyboard(qtbot)
    kb.press(Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.basis.currentData() == "consent")
    kb.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    lead = workspace.leads.get(workspace.leads.ids()[0])
    assert lead.source == "qr" and lead.emails == ("minjun@seoulbiotech.example",)
    # The card the QR code gave is kept with the lead: its export has N and the TEL type.
    (card,) = workspace.leads.cards()
    assert (card.family_name, card.given_name) == ("김", "민준")
    assert [(p.value, p.types) for p in card.phones] == [("+82 10-2345-6789", ("cell",))]
    # The new lead is selected and its detail shows the history.
    qtbot.waitUntil(lambda: "Captured" in screen.detail.toPlainText())
    assert "김민준" in screen.detail.toPlainText()


def test_a_mecard_qr_from_the_clipboard_opens_the_form(qtbot: Any, leads_window: Any) -> None:
    png = make_qr_png("MECARD:N:Sato,Hanako;TEL:06-1234-5678;EMAIL:hanako@naniwa.example;;")
    QGuiApplication.clipboard().setImage(QImage.fromData(png))
    screen: LeadsScreen = leads_window.show_screen("leads")
    screen.qr_from_clipboard()
    dialog = _dialog(qtbot)
    assert "Sato" in dialog.name.text()
    assert dialog.phones.text() == "+81612345678"
    dialog.reject()


def test_search_as_you_type_and_the_follow_ups_due_view(qtbot: Any, leads_window: Any,
                                                        workspace: Any, ops: Any,
                                                        osaka: str) -> None:
    from biox_desktop.core.leads import LeadInput

    past = dt.date.today() - dt.timedelta(days=1)
    for name, org, due in (("李娜", "Suzhou Cell Technology", past),
                           ("Emily Carter", "Back Bay Therapeutics", None),
                           ("Sarah Nguyen", "Harborview Medical Center", None)):
        workspace.leads.capture(LeadInput(name=name, organisation_name=org, mission_id=osaka,
                                          next_action_due=due, consent_given=True))
    screen: LeadsScreen = leads_window.show_screen("leads")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)

    def names() -> list[str]:
        return [str(screen.model.index(r, 0).data()) for r in range(screen.model.rowCount())]

    screen.search.setFocus()
    kb = Keyboard(qtbot)
    kb.type("bay")
    qtbot.waitUntil(lambda: names() == ["Emily Carter"])
    screen.search.clear()
    kb.type("李娜")
    qtbot.waitUntil(lambda: names() == ["李娜"])
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    screen.view_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: names() == ["李娜"])
    assert "(1)" in screen.view_tabs.tabText(1)


def test_lead_table_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = LeadTableModel(None)
    model.set_rows([LeadRow(id=str(i), name=f"Person {i}", organisation_name="Org", role="CEO",
                            rating=i % 5 or None, tags=("a",), next_action="", next_action_due=None,
                            visibility="private", mission_name="", email="", phone="")
                    for i in range(20)])
    qtmodeltester.check(model)
    assert LeadFilter().sort == "name"


def test_the_hidden_leads_screen_loads_nothing_at_start_up(qtbot, ops, workspace) -> None:
    # With 100,000 leads, listing them took 0.3 s, and building the screen did it twice
    # (turning sorting on asks the model to sort) while the Missions screen was showing.
    from biox_desktop.ui.main_window import MainWindow

    workspace.seed_demo()
    listed = []
    original = workspace.leads.ids
    workspace.leads.ids = lambda *a, **k: listed.append(a) or original(*a, **k)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitUntil(lambda: not ops.busy)
    assert listed == []
    win.show_screen("leads")  # shown: now it loads, once
    qtbot.waitUntil(lambda: not ops.busy)
    assert len(listed) == 1


def test_a_follow_up_set_on_a_lead_is_recorded_like_the_planned_ones(
        qtbot: Any, leads_window: Any, workspace: Any, osaka: str) -> None:
    # Done follow-ups count in the funder report by what came of them: the Leads screen asks
    # for the outcome and rating as the Agreements screen does (it once wrote "done").
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from biox_desktop.core.leads import LeadInput

    lead = workspace.leads.capture(LeadInput(name="Emily Carter", mission_id=osaka,
                                             organisation_name="Back Bay Therapeutics",
                                             consent_given=True))
    screen: LeadsScreen = leads_window.show_screen("leads")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen._current is not None and screen.follow_button.isEnabled())

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        box.setTextValue("+14, call about the pilot")
        box.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(screen.follow_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.done_button.isEnabled(), timeout=10_000)
    (reminder,) = workspace.follow_ups.list(lead_id=lead.id)
    assert reminder.kind == "reminder" and reminder.notes == "call about the pilot"
    assert reminder.due_date == dt.date.today() + dt.timedelta(days=14)

    dialog = screen.follow_up_done()
    assert dialog is not None
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("negotiation"))
    dialog.rating.setValue(4)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.follow_ups.get(reminder.id).done, timeout=10_000)
    done = workspace.follow_ups.get(reminder.id)
    assert (done.outcome, done.rating) == ("negotiation", 4)
    qtbot.waitUntil(lambda: not screen.done_button.isEnabled(), timeout=10_000)


# QtMultimedia (asked whether there is a camera) says which optional libraries it lacks.
@pytest.mark.qt_log_ignore("This plugin does not support", "Couldn't (load|resolve)",
                           "Using Qt multimedia")
def test_search_results_replace_the_rows_without_placeholders(
        qtbot: Any, leads_window: Any, workspace: Any, osaka: str) -> None:
    from biox_desktop.core.leads import LeadInput

    for name, org in (("Emily Carter", "Back Bay Therapeutics"),
                      ("Sarah Nguyen", "Harborview Medical Center"),
                      ("Jonas Weber", "Baytree Diagnostics")):
        workspace.leads.capture(LeadInput(name=name, organisation_name=org, mission_id=osaka,
                                          consent_given=True))
    screen: LeadsScreen = leads_window.show_screen("leads")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    # What the view can paint right after each new list arrives: the first row's name.
    first_rows: list[str] = []
    screen.model.modelReset.connect(lambda: first_rows.append(
        str(screen.model.index(0, 0).data()) if screen.model.rowCount() else ""))
    filters_reloaded: list[int] = []
    screen.mission_filter.model().modelReset.connect(lambda: filters_reloaded.append(1))
    screen.search.setFocus()
    kb = Keyboard(qtbot)
    kb.type("bay")
    qtbot.waitUntil(lambda: screen.search.text() == "bay" and not screen.ops.busy
                    and screen.model.rowCount() == 2)
    assert first_rows and "…" not in first_rows
    assert sorted(str(screen.model.index(r, 0).data()) for r in range(2)) == [
        "Emily Carter", "Jonas Weber"]
    assert filters_reloaded == []  # typing asks for the list only, not the filters again


def test_export_writes_what_the_filters_list(qtbot: Any, leads_window: Any, workspace: Any,
                                             ops: Any, osaka: str, tmp_path: Path) -> None:
    from biox_desktop.core.leads import LeadInput

    for name, mission in (("Emily Carter", osaka), ("Sarah Nguyen", osaka), ("Li Na", None)):
        workspace.leads.capture(LeadInput(name=name, mission_id=mission, consent_given=True))
    screen: LeadsScreen = leads_window.show_screen("leads")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    screen.mission_filter.setCurrentIndex(screen.mission_filter.findData(osaka))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and not ops.busy)
    target = tmp_path / "osaka.csv"
    screen.export_to(str(target))
    qtbot.waitUntil(lambda: target.exists() and not ops.busy)
    text = target.read_text(encoding="utf-8-sig")
    assert "Emily Carter" in text and "Sarah Nguyen" in text and "Li Na" not in text
