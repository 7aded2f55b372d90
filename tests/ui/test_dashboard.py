"""The Reports screen shows the demo's figures and follows its filters; it writes the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from biox_desktop.core.kpis import KpiFilter, format_figure
from biox_desktop.ui.dashboard import BreakdownModel, ReportsScreen, period_dates


@pytest.fixture
def screen(qtbot, workspace, ops):
    from biox_desktop.ui.main_window import MainWindow

    workspace.seed_demo()
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    reports = win.show_screen("reports")
    qtbot.waitUntil(lambda: reports.report is not None and reports.cluster.count() == 5)
    qtbot.waitUntil(lambda: not ops.busy)
    yield reports
    ops.wait_idle()


def _tile(screen: ReportsScreen, key: str) -> str:
    return screen.tiles[key].value.text()


def _expect(screen: ReportsScreen, ops, flt: KpiFilter, key: str) -> str:
    return format_figure(key, ops.workspace.kpis.report(flt).totals.figure(key))


def _choose(qtbot, combo, text: str) -> None:
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def test_figures_follow_the_filters(qtbot, screen: ReportsScreen, ops) -> None:
    everything = ops.workspace.kpis.report()
    assert _tile(screen, "agreements") == str(everything.totals.agreements)
    assert _tile(screen, "conversion_rate") == format_figure(
        "conversion_rate", everything.totals.conversion_rate)
    assert screen.by_cluster.rowCount() == 4
    assert screen.funnel.chart().series()[0].barSets()[0].at(4) == everything.totals.meetings_requested

    _choose(qtbot, screen.cluster, "Biocat")
    biocat = ops.workspace.kpis.choices()["clusters"]
    biocat_id = next(cid for cid, name in biocat if name == "Biocat")
    flt = KpiFilter(cluster_id=biocat_id)
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.filter == flt)
    for key in ("companies", "meetings_held", "agreements", "mous"):
        assert _tile(screen, key) == _expect(screen, ops, flt, key)
    assert [screen.by_cluster.index(r, 0).data() for r in range(screen.by_cluster.rowCount())] \
        == ["Biocat"]
    assert "Cluster: Biocat" in screen.scope_label.text()

    _choose(qtbot, screen.country, "Korea")
    flt = KpiFilter(cluster_id=biocat_id, country="KR")
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.filter == flt)
    assert _tile(screen, "leads") == _expect(screen, ops, flt, "leads")

    # Back to every cluster and country, then one mission.
    qtbot.keyClick(screen.cluster, Qt.Key.Key_Home)
    qtbot.keyClick(screen.country, Qt.Key.Key_Home)
    _choose(qtbot, screen.mission, "Seoul")
    seoul = ops.workspace.missions.find("Seoul Bio Partnering Week").id
    flt = KpiFilter(mission_id=seoul)
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.filter == flt)
    assert _tile(screen, "meetings_held") == _expect(screen, ops, flt, "meetings_held")
    assert screen.by_mission.rowCount() == 1

    # A custom period with nothing in it: zeros and a hint to widen the filters.
    qtbot.keyClick(screen.mission, Qt.Key.Key_Home)
    _choose(qtbot, screen.period, "Custom")
    assert screen.start.isEnabled() and screen.end.isEnabled()
    screen.start.setDate(QDate(2001, 1, 1))
    screen.end.setDate(QDate(2001, 12, 31))
    qtbot.waitUntil(lambda: screen.report is not None
                    and screen.report.filter.start == dt.date(2001, 1, 1)
                    and screen.report.filter.end == dt.date(2001, 12, 31))
    assert _tile(screen, "meetings_held") == "0"
    assert screen.empty.isVisible()


def test_funder_pdf_and_export_from_the_screen(qtbot, screen: ReportsScreen,
                                               tmp_path: Path) -> None:
    with qtbot.waitSignal(screen.file_written, timeout=60_000) as written:
        screen.write_pdf(tmp_path / "funder.pdf")
    assert Path(written.args[0]).read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(screen.file_written, timeout=30_000):
        screen.write_export(tmp_path / "figures.xlsx")
    assert (tmp_path / "figures.xlsx").stat().st_size > 1000


def test_period_presets_and_model(qtmodeltester, workspace) -> None:
    today = dt.date(2026, 11, 21)
    assert period_dates("this_year", today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert period_dates("last_year", today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert period_dates("all", today) == (None, None)
    workspace.seed_demo()
    model = BreakdownModel("Cluster")
    model.set_rows(list(workspace.kpis.report().by_cluster))
    qtmodeltester.check(model)
