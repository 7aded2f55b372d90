"""The coordinator reviews, merges and undoes as a person would, on the demo data."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import select

from biox_desktop.db.models import Lead, Merge, Person
from biox_desktop.ui.main_window import MainWindow
from biox_desktop.ui.merge import CandidateTableModel, MergeScreen


@pytest.fixture
def coordinator_window(qtbot, workspace, ops):
    workspace.seed_demo()
    workspace.update_settings(role="coordinator")
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    yield win
    ops.wait_idle()


def _click_cell(qtbot, table, row: int, column: int) -> None:
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _select_group(qtbot, screen: MergeScreen, text: str) -> int:
    row = next(i for i, g in enumerate(screen.model.rows) if text in g.title)
    index = screen.model.index(row, 0)
    screen.queue.scrollTo(index)
    qtbot.mouseClick(screen.queue.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.queue.visualRect(index).center())
    qtbot.waitUntil(lambda: screen.current is not None and text in screen.current.title)
    return row


def test_merge_screen_only_for_coordinators(window) -> None:
    assert "merge" not in window.screens  # the demo signs in as a delegation leader


def test_review_merge_and_undo_as_a_coordinator(qtbot, coordinator_window, workspace,
                                                qtmodeltester) -> None:
    screen = coordinator_window.show_screen("merge")
    assert isinstance(screen, MergeScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=30_000)
    qtmodeltester.check(screen.model)
    scores = [g.score for g in screen.model.rows]
    assert scores == sorted(scores, reverse=True)  # best first
    if os.environ.get("BIOX_SCREENSHOT_DIR"):
        _select_group(qtbot, screen, "T. Yamada")
        coordinator_window.grab().save(str(Path(os.environ["BIOX_SCREENSHOT_DIR"])
                                           / "merge.png"))

    _select_group(qtbot, screen, "T. Yamada")
    group = screen.current
    # Provenance beside each record: who captured it, when, at which mission.
    assert "Osaka Partnering Days" in screen.compare.item(1, 1).text()
    assert screen.compare.item(0, 1).text() == group.members[1].provenance.captured_by
    # Take the job title from the "Dr. Yamada Taro" capture: click its value.
    column = next(i for i, m in enumerate(group.members) if m.label == "Dr. Yamada Taro")
    row = screen.first_field_row + next(
        i for i, f in enumerate(group.fields) if f.field == "job_title")
    _click_cell(qtbot, screen.compare, row, column)
    assert screen.choices["job_title"] == group.members[column].id
    qtbot.mouseClick(screen.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: all("T. Yamada" not in g.title for g in screen.model.rows))
    merged = [m.id for m in group.members[1:]]
    with workspace.db.session() as s:
        survivor = s.get(Person, group.survivor_id)
        assert survivor.job_title == "Director, Business Development"
        assert all(s.get(Person, m).deleted for m in merged)
        assert not s.scalars(select(Lead).where(Lead.person_id.in_(merged))).all()

    # Undo it from the list of merges.
    qtbot.mouseClick(screen.history.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.history.visualItemRect(screen.history.item(0, 1)).center())
    assert screen.undo_button.isEnabled()
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("T. Yamada" in g.title for g in screen.model.rows),
                    timeout=30_000)
    with workspace.db.session() as s:
        assert not any(s.get(Person, m).deleted for m in merged)
        assert s.scalars(select(Merge)).one().undone
    assert "undone" in screen.history.item(0, 3).text()

    # "Not a duplicate" is remembered: the pair is not proposed again.
    _select_group(qtbot, screen, "Rachel")
    qtbot.mouseClick(screen.not_dup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all("Rachel" not in g.title for g in screen.model.rows),
                    timeout=30_000)
    assert "different" in screen.message.text()


def test_candidate_model_passes_the_model_tester(qtmodeltester) -> None:
    model = CandidateTableModel()
    qtmodeltester.check(model)


def test_automatic_merging_is_off_until_the_coordinator_switches_it_on(
        qtbot, coordinator_window, workspace) -> None:
    screen = coordinator_window.show_screen("merge")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=30_000)
    assert not screen.auto_box.isChecked() and not screen.auto_run.isEnabled()
    qtbot.mouseClick(screen.auto_box, Qt.MouseButton.LeftButton)
    screen.ops.wait_idle()
    qtbot.waitUntil(lambda: workspace.merges.auto_threshold() == pytest.approx(0.99))
    before = screen.model.rowCount()
    qtbot.mouseClick(screen.auto_run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.history.rowCount() > 0, timeout=30_000)
    assert "automatically" in screen.message.text()
    assert screen.model.rowCount() < before
    assert all(g.score < 0.99 or len({m.scope for m in g.members}) > 1
               for g in screen.model.rows)


def test_a_merge_takes_its_group_out_without_searching_again(qtbot, coordinator_window,
                                                             workspace) -> None:
    # With 100,000 contacts a search takes a quarter of a minute: after each merge or "not
    # a duplicate" only that group leaves the queue; Refresh (or new data) searches again.
    screen = coordinator_window.show_screen("merge")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=30_000)
    searches = []
    original = workspace.merges.candidates
    workspace.merges.candidates = lambda *a, **k: searches.append(1) or original(*a, **k)
    before = screen.model.rowCount()
    _select_group(qtbot, screen, "T. Yamada")
    qtbot.mouseClick(screen.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == before - 1, timeout=30_000)
    _select_group(qtbot, screen, "Rachel")
    qtbot.mouseClick(screen.not_dup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == before - 2, timeout=30_000)
    screen.ops.wait_idle()
    assert searches == []
    qtbot.mouseClick(screen.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: searches == [1], timeout=30_000)
    screen.ops.wait_idle()
    qtbot.waitUntil(lambda: screen.model.rowCount() == before - 2, timeout=30_000)


class _CountedSearch:
    """Wraps the service's background search: counts the searches and can hold one until the
    test lets it go (a long search on 100,000 contacts, made deterministic)."""

    def __init__(self, service: object) -> None:
        self.original = service.refresh_candidates  # type: ignore[attr-defined]
        self.calls = 0
        self.release = threading.Event()
        self.release.set()

    def __call__(self, progress: object = None) -> object:
        self.calls += 1
        assert self.release.wait(60)
        return self.original(progress)


def _no_modal_while(qtbot, condition, timeout: int = 30_000) -> None:
    """Wait for ``condition``, failing if a modal window shows meanwhile."""
    def check() -> bool:
        assert QApplication.activeModalWidget() is None, "a modal window showed"
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible()]
        return bool(condition())

    qtbot.waitUntil(check, timeout=timeout)


def test_merge_screen_opens_without_a_modal_and_caches_the_candidates(
        qtbot, coordinator_window, workspace, monkeypatch) -> None:
    search = _CountedSearch(workspace.merges)
    monkeypatch.setattr(workspace.merges, "refresh_candidates", search)
    search.release.clear()  # the first search takes "long"
    screen = coordinator_window.show_screen("merge")
    assert isinstance(screen, MergeScreen)
    _no_modal_while(qtbot, lambda: search.calls == 1 and screen.searching.isVisible())
    assert "Looking for duplicates" in screen.searching.text()
    # Navigation and the other screens' loads go on while it searches (the worker is free).
    roster = coordinator_window.show_screen("roster")
    _no_modal_while(qtbot, lambda: roster.model.rowCount() > 0 and roster.model.loaded())
    coordinator_window.show_screen("merge")
    search.release.set()
    _no_modal_while(qtbot, lambda: screen.model.rowCount() > 0 and not screen.searching_now)
    assert screen.searching.isHidden()
    found = [g.id for g in screen.model.rows]

    # A second visit shows the cached queue: no search.
    coordinator_window.show_screen("missions")
    screen.reload()  # what a change elsewhere would ask of the hidden screen
    coordinator_window.show_screen("merge")
    _no_modal_while(qtbot, lambda: not screen.ops.busy)
    assert search.calls == 1
    assert [g.id for g in screen.model.rows] == found
    # So does a merge made here: its group leaves the queue, the rest stands.
    _select_group(qtbot, screen, "T. Yamada")
    qtbot.mouseClick(screen.merge_button, Qt.MouseButton.LeftButton)
    _no_modal_while(qtbot, lambda: screen.history.rowCount() == 1 and not screen.ops.busy)
    assert all("T. Yamada" not in g.title for g in screen.model.rows)
    assert search.calls == 1


def test_a_data_change_makes_the_next_visit_search_again(
        qtbot, coordinator_window, workspace, monkeypatch) -> None:
    from biox_desktop.core.leads import LeadInput

    search = _CountedSearch(workspace.merges)
    monkeypatch.setattr(workspace.merges, "refresh_candidates", search)
    screen = coordinator_window.show_screen("merge")
    _no_modal_while(qtbot, lambda: screen.model.rowCount() > 0 and not screen.ops.busy)
    assert search.calls == 1
    coordinator_window.show_screen("roster")
    # A lead captured (quick capture works from any screen) changes the data.
    done = []
    screen.ops.run(lambda ws: ws.leads.capture(LeadInput(
        name="Rachel Stone", organisation_name="Back Bay Therapeutics", consent_given=True)),
        success=done.append, changes={"leads"})
    qtbot.waitUntil(lambda: bool(done))
    before = [g.id for g in screen.model.rows]
    search.release.clear()
    coordinator_window.show_screen("merge")
    # The queue made before the change shows at once while the new search runs.
    _no_modal_while(qtbot, lambda: search.calls == 2 and screen.searching.isVisible())
    assert [g.id for g in screen.model.rows] == before
    search.release.set()
    _no_modal_while(qtbot, lambda: not screen.searching_now and not screen.ops.busy)
    assert screen.searching.isHidden()


def test_merge_shows_decisive_values_in_full_and_one_phone_once(qtbot, coordinator_window) -> None:
    screen = coordinator_window.show_screen("merge")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=30_000)
    _select_group(qtbot, screen, "Wang Wei")
    group = screen.current
    fields = [f.field for f in group.fields]
    row = screen.first_field_row + fields.index("messaging")
    values = [screen.compare.item(row, c).text() for c in range(len(group.members))]
    assert "WeChat: wangwei_shbic" in values  # the id itself, by the network's name
    # Each wrapped value fits its row: nothing is cut to "…" when drawn.
    table = screen.compare
    for c in range(len(group.members)):
        item = table.item(row, c)
        needed = table.sizeHintForRow(row)
        assert table.rowHeight(row) >= needed, item.text()
    _select_group(qtbot, screen, "T. Yamada")
    phones = screen.current.fields[[f.field for f in screen.current.fields].index("phones")]
    # "090-..." on one capture and "+8190..." on another are one number: listed once.
    together = [p for p in phones.combined.split(", ") if p]
    assert together and all(p.startswith("+81") for p in together)
    assert len(together) == len(set(together))
