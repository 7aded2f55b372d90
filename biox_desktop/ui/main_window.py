"""The main window: navigation between screens, the mission selector, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from biox_desktop.core.missions import MissionView
from biox_desktop.ui.leads import LeadsScreen
from biox_desktop.ui.missions import MissionsScreen
from biox_desktop.ui.operations import Operations


@dataclass(frozen=True)
class ScreenSpec:
    """One entry of the navigation. Only screens that exist are listed: no placeholders."""

    key: str
    label: str
    factory: Callable[[Operations, MainWindow], QWidget]


def screens() -> list[ScreenSpec]:
    """The screens in navigation order (Missions, Roster, Agenda, Leads, Agreements, Merge,
    Reports as they are built)."""
    return [
        ScreenSpec("missions", "Missions", lambda ops, win: MissionsScreen(ops)),
        ScreenSpec("leads", "Leads", lambda ops, win: LeadsScreen(ops, win)),  # Ctrl+L: capture
    ]


class StatusBar:
    """Online/offline, last sync, and the number of local changes waiting to be sent."""

    def __init__(self, window: QMainWindow) -> None:
        bar = window.statusBar()
        self.connection = QLabel()
        self.connection.setObjectName("statusConnection")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("statusLastSync")
        self.pending = QLabel()
        self.pending.setObjectName("statusPending")
        for label in (self.connection, self.last_sync, self.pending):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.window = window

    def show_state(self, *, server_url: str, online: bool | None, last_sync: str,
                   pending: int) -> None:
        tr = self.window.tr
        if not server_url:
            self.connection.setText(tr("Offline — no sync server set up"))
        elif online:
            self.connection.setText(tr("Online"))
        else:
            self.connection.setText(tr("Offline"))
        self.last_sync.setText(tr("Last sync: {when}").format(when=last_sync or tr("never")))
        if pending == 0:
            self.pending.setText(tr("No changes waiting"))
        elif pending == 1:
            self.pending.setText(tr("1 change waiting to be sent"))
        else:
            self.pending.setText(tr("{n} changes waiting to be sent").format(n=f"{pending:,}"))


class MainWindow(QMainWindow):
    """Navigation on the left, the current screen on the right."""

    #: The mission chosen in the selector changed (its id, or "" for none).
    mission_changed = Signal(str)

    def __init__(self, ops: Operations, *, remember_geometry: bool = True) -> None:
        super().__init__()
        self.ops = ops
        self.setWindowTitle(self.tr("bioX Missions"))
        self.setObjectName("mainWindow")
        self.resize(1280, 800)

        toolbar = QToolBar(self.tr("Mission"))
        toolbar.setObjectName("missionToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        selector_label = QLabel(self.tr("Mission:"))
        selector_label.setContentsMargins(8, 0, 4, 0)
        self.mission_selector = QComboBox()
        self.mission_selector.setObjectName("missionSelector")
        self.mission_selector.setAccessibleName(self.tr("Current mission"))
        self.mission_selector.setMinimumWidth(320)
        selector_label.setBuddy(self.mission_selector)
        toolbar.addWidget(selector_label)
        toolbar.addWidget(self.mission_selector)
        self.mission_selector.currentIndexChanged.connect(self._mission_selected)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setMaximumWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }")
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        for spec in screens():
            widget = spec.factory(ops, self)
            widget.setObjectName(f"screen_{spec.key}")
            self.screens[spec.key] = widget
            self.stack.addWidget(widget)
            item = QListWidgetItem(self.tr(spec.label))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        for i in range(min(self.nav.count(), 9)):
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, lambda i=i: self.nav.setCurrentRow(i))

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

        self.status = StatusBar(self)
        missions = self.screens.get("missions")
        if isinstance(missions, MissionsScreen):
            missions.missions_loaded.connect(self._fill_selector)
        ops.changed.connect(lambda _areas: self.refresh_status())
        self.remember_geometry = remember_geometry
        if remember_geometry:
            self._restore_geometry()

    # -- data ---------------------------------------------------------------------------------

    def load(self) -> None:
        """Load every screen's data in the background, then the status bar."""
        for widget in self.screens.values():
            reload = getattr(widget, "reload", None)
            if callable(reload):
                reload()
        self.refresh_status()

    def refresh_status(self) -> None:
        def state(ws: Any) -> dict[str, Any]:
            return {
                "server_url": ws.settings.server_url,
                "online": None,
                "last_sync": ws.db.meta("last_sync_at") or "",
                "pending": ws.db.pending_changes(),
            }

        self.ops.run(state, success=lambda st: self.status.show_state(**st))

    def show_screen(self, key: str) -> QWidget:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(i)
        return self.screens[key]

    # -- mission selector ---------------------------------------------------------------------

    def current_mission_id(self) -> str:
        return str(self.mission_selector.currentData() or "")

    def _fill_selector(self, missions: list[MissionView]) -> None:
        wanted = self.current_mission_id() or self.ops.workspace.settings.current_mission_id
        self.mission_selector.blockSignals(True)
        self.mission_selector.clear()
        for m in sorted(missions, key=lambda m: m.start_date):
            self.mission_selector.addItem(f"{m.name} · {m.start_date:%d %b %Y}", m.id)
        index = self.mission_selector.findData(wanted)
        self.mission_selector.setCurrentIndex(index if index >= 0 else 0)
        self.mission_selector.blockSignals(False)
        self._mission_selected()

    def _mission_selected(self) -> None:
        mission_id = self.current_mission_id()
        ws = self.ops.workspace
        if mission_id and ws.settings.current_mission_id != mission_id:
            ws.update_settings(current_mission_id=mission_id)
        self.mission_changed.emit(mission_id)

    # -- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_geometry:
            QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        # Let running work finish: every operation commits or rolls back as a whole.
        self.ops.wait_idle(15_000)
        super().closeEvent(event)
