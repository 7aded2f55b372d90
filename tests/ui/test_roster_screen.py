"""A delegation leader adds a delegate, imports registrations and fixes a warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from biox_desktop.ui.main_window import MainWindow
from biox_desktop.ui.roster import DelegateDialog, ImportDialog, RosterScreen


def _open_window(qtbot, ops) -> tuple[MainWindow, RosterScreen]:
    ops.workspace.seed_demo()
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    screen = win.show_screen("roster")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and not ops.busy, timeout=20_000)
    screen.table.viewport().update()
    qtbot.waitUntil(lambda: _names(screen) and "…" not in _names(screen), timeout=20_000)
    return win, screen


def _names(screen: RosterScreen) -> list[str]:
    m = screen.model
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def _dialog(qtbot, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def _save(qtbot, dialog: DelegateDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_model_passes_the_model_tester(qtbot, ops, qtmodeltester) -> None:
    _win, screen = _open_window(qtbot, ops)
    qtmodeltester.check(screen.model)


def test_add_a_delegate_search_and_fix_a_warning(qtbot, ops) -> None:
    _win, screen = _open_window(qtbot, ops)
    before = screen.model.rowCount()
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, DelegateDialog)
    qtbot.keyClicks(dialog.name, "Ingrid Berg")
    qtbot.keyClicks(dialog.organisation, "Nordic Bio AB")
    qtbot.keyClicks(dialog.email, "ingrid-at-nordic")
    qtbot.keyClicks(dialog.passport_expiry, "next year")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "not an e-mail" in dialog.errors["email"].text()
    assert "not a date" in dialog.errors["passport_expiry"].text()
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ingrid@nordic.example")
    dialog.passport_expiry.clear()
    qtbot.keyClicks(dialog.passport_expiry, "2035-01-31")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: screen.model.rowCount() == before + 1, timeout=10_000)
    # Search as you type finds the new delegate; she has no hotel yet: a warning.
    qtbot.keyClicks(screen.search, "nordic")
    qtbot.waitUntil(lambda: _names(screen) == ["Ingrid Berg"], timeout=10_000)
    assert screen.model.index(0, 0).data().startswith("⚠")
    assert any("Ingrid Berg" in screen.checklist.item(i).text()
               for i in range(screen.checklist.count()))
    # Fix it as a person would: open from the table, book the hotel, save.
    rect = screen.table.visualRect(screen.model.index(0, 1))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = _dialog(qtbot, DelegateDialog)
    assert "No hotel booked" in dialog.banner.text()
    qtbot.keyClicks(dialog.hotel, "Hotel Granvia Osaka")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: screen.model.delegate(0) is not None
                    and screen.model.delegate(0).hotel == "Hotel Granvia Osaka", timeout=10_000)
    assert screen.model.index(0, 0).data() == ""
    assert not any("Ingrid Berg" in screen.checklist.item(i).text()
                   for i in range(screen.checklist.count()))


def test_import_good_and_bad_rows_with_mapping_and_report(qtbot, ops, tmp_path: Path) -> None:
    _win, screen = _open_window(qtbot, ops)
    before = screen.model.rowCount()
    src = tmp_path / "registrations.csv"
    src.write_text("Delegate,Employer,Mail,Passport\n"
                   "Ingrid Berg,Nordic Bio AB,ingrid@nordic.example,2035-01-01\n"
                   "Per Lund,Nordic Bio AB,per-at-nordic,2035-01-01\n"
                   ",Nordic Bio AB,anon@nordic.example,\n", encoding="utf-8")
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, ImportDialog)
    qtbot.keyClicks(dialog.path, str(src))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    # "Passport" alone is not recognised: the leader maps it by hand, and previews again.
    assert dialog.mapping_choice() == {0: "name", 1: "organisation", 2: "email"}
    dialog.set_field(3, "passport_expiry")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert "1 to add" in dialog.summary.text() and "2 rejected" in dialog.summary.text()
    assert dialog.results.item(0, 1).text() == "rejected"
    assert ops.workspace.roster.ids(ops.workspace.missions.find("Osaka Partnering Days").id,
                                    search="nordic") == []  # a preview changes nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in dialog.summary.text(), timeout=10_000)
    reasons = {dialog.results.item(r, 0).text(): dialog.results.item(r, 4).text()
               for r in range(dialog.results.rowCount())}
    assert "not an e-mail" in reasons["3"] and "name" in reasons["4"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == before + 1, timeout=10_000)
    dialog.accept()


def test_bad_file_is_refused_in_the_dialog(qtbot, ops, tmp_path: Path) -> None:
    _win, screen = _open_window(qtbot, ops)
    bad = tmp_path / "export.xlsx"
    bad.write_bytes(b"not a workbook")
    dialog = screen.open_import()
    qtbot.keyClicks(dialog.path, str(bad))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file_error.isVisible(), timeout=10_000)
    assert "not a readable Excel workbook" in dialog.file_error.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_screenshot_of_the_roster_with_demo_data(qtbot, ops, tmp_path: Path) -> None:
    win, screen = _open_window(qtbot, ops)
    qtbot.waitUntil(lambda: screen.checklist.count() >= 5, timeout=10_000)
    path = tmp_path / "roster.png"
    assert win.grab().save(str(path))
    assert path.stat().st_size > 10_000


FULL = ("Name,E-mail,Company,Arrival flight,Hotel,Status,Passport expiry,Dietary needs,"
        "Emergency contact\n"
        "Arnau Ferrer,arnau@cat.example,Catalonia NeuroTech SL,KE901,Hilton,confirmed,"
        "2031-06-14,vegetarian,Marta Ferrer\n")


def _arnau(ops, mission_id: str):
    (d,) = [d for d in ops.workspace.roster.list(mission_id) if d.name == "Arnau Ferrer"]
    return d


def _read_in_dialog(qtbot, screen: RosterScreen, path: Path) -> ImportDialog:
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, ImportDialog)
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.import_button.isEnabled(),
                    timeout=10_000)
    return dialog


def test_partial_reimport_previews_changes_keeps_fields_and_undoes(qtbot, ops,
                                                                   tmp_path: Path) -> None:
    _win, screen = _open_window(qtbot, ops)
    mission_id = screen.mission_id
    full = tmp_path / "full.csv"
    full.write_text(FULL, encoding="utf-8")
    from biox_desktop.core.roster import suggest_mapping
    from biox_desktop.reports.spreadsheet import read_table

    table = read_table(full)
    ops.workspace.roster.import_table(mission_id, table, suggest_mapping(list(table.headers)))
    original = _arnau(ops, mission_id)
    # A later registration export: no flight, passport, status... columns; an empty hotel cell.
    partial = tmp_path / "partial.csv"
    partial.write_text("Name,E-mail,Company,Hotel,Dietary needs,Status\n"
                       "Arnau Ferrer,arnau@cat.example,Catalonia NeuroTech SL,,halal,\n",
                       encoding="utf-8")
    dialog = _read_in_dialog(qtbot, screen, partial)
    assert not dialog.clear_empty.isChecked()
    lines = dialog.details()["2"].splitlines()
    assert sorted(lines) == ["Dietary needs: vegetarian → halal", "Hotel: Hilton → (kept)",
                             "Registration status: Confirmed → (kept)"]
    assert "1 to update" in dialog.summary.text()
    assert _arnau(ops, mission_id) == original  # nothing is written before confirmation
    # The leader ticks "Empty cells clear fields": the preview is computed again.
    box = dialog.clear_empty  # click its tick box (the widget spans the dialog's width)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert dialog.clear_empty.isChecked()
    qtbot.waitUntil(lambda: "Hotel: Hilton → (empty)" in dialog.details().get("2", ""),
                    timeout=10_000)
    # A registration never loses its status to an empty cell, even when asked to clear.
    assert "Registration status: Confirmed → (kept)" in dialog.details()["2"]
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert _arnau(ops, mission_id) == original
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in dialog.summary.text(), timeout=10_000)
    after = _arnau(ops, mission_id)
    assert (after.hotel, after.dietary) == ("", "halal")
    # Everything the file did not carry is as it was.
    assert (after.arrival_flight, after.passport_expiry, after.registration_status,
            after.emergency_contact_name) == ("KE901", original.passport_expiry, "confirmed",
                                              "Marta Ferrer")
    assert dialog.undo_button is not None and dialog.undo_button.isVisible()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Import undone" in dialog.summary.text(), timeout=10_000)
    assert _arnau(ops, mission_id) == original
    assert not dialog.undo_button.isEnabled()
    dialog.accept()
    # The delegate's form names the imports that changed it.
    qtbot.waitUntil(lambda: original.id in screen.model.ids() and not ops.busy,
                    timeout=10_000)
    def chosen() -> bool:
        row = screen.model.row_of(original.id)
        if row < 0:
            return False
        screen.table.scrollTo(screen.model.index(row, 0))
        screen.model.index(row, 1).data()  # rows are built when asked for
        screen.select(original.id)
        picked = screen.selected()
        return picked is not None and picked.id == original.id

    qtbot.waitUntil(chosen, timeout=10_000)
    qtbot.waitUntil(screen.edit_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    form = _dialog(qtbot, DelegateDialog)
    qtbot.waitUntil(form.history.isVisible, timeout=10_000)
    assert "Roster import: full.csv" in form.history.text()
    assert "Roster import: partial.csv" in form.history.text()
    assert "(undone)" in form.history.text()
    form.reject()


def test_two_people_sharing_info_mailbox_are_two_delegates(qtbot, ops, tmp_path: Path) -> None:
    _win, screen = _open_window(qtbot, ops)
    before = screen.model.rowCount()
    src = tmp_path / "reg.csv"
    src.write_text("Name,E-mail,Company\n"
                   "Alice Martin,info@biotech.example,Biotech SAS\n"
                   "Bruno Petit,info@biotech.example,Biotech SAS\n", encoding="utf-8")
    dialog = _read_in_dialog(qtbot, screen, src)
    assert "2 to add" in dialog.summary.text()
    assert "Possible duplicate of Alice Martin" in dialog.details()["3"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in dialog.summary.text(), timeout=10_000)
    qtbot.waitUntil(lambda: screen.model.rowCount() == before + 2, timeout=10_000)
    dialog.accept()


def test_search_results_replace_the_rows_without_placeholders(qtbot, ops) -> None:
    _win, screen = _open_window(qtbot, ops)
    everyone = screen.model.rowCount()
    checklist = screen.checklist.count()
    first_rows: list[str] = []
    screen.model.modelReset.connect(lambda: first_rows.append(
        str(screen.model.index(0, 1).data()) if screen.model.rowCount() else ""))
    cleared: list[int] = []
    screen.checklist.model().modelReset.connect(lambda: cleared.append(1))
    surname = _names(screen)[-1].split()[-1]  # an ASCII surname (keyClicks needs ASCII)
    assert surname.isascii()
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, surname)
    qtbot.waitUntil(lambda: screen.search.text() == surname and not ops.busy
                    and 0 < screen.model.rowCount() < everyone)
    assert first_rows and "…" not in first_rows
    assert _names(screen)[0]  # the rows are there, not placeholders
    # Typing asks for the list only: the mission's checklist stays as it was.
    assert cleared == [] and screen.checklist.count() == checklist


def test_a_booklet_into_a_missing_folder_is_refused_before_any_progress(
        qtbot, ops, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from biox_desktop.reports import booklet

    _win, screen = _open_window(qtbot, ops)
    started: list[object] = []
    monkeypatch.setattr(booklet, "write_booklet", lambda *a: started.append(a))
    screen.booklet_to(tmp_path / "no such folder" / "booklet.pdf")

    def box() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()), None)

    qtbot.waitUntil(lambda: box() is not None, timeout=20_000)
    assert "does not exist" in box().text() and "no such folder" in box().text()
    assert started == []  # the booklet was never begun, so no progress was shown
    assert not [w for w in QApplication.allWidgets() if isinstance(w, QProgressDialog)]
    box().close()
