"""The main window: navigation between screens, the mission selector, the status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.i18n import format_datetime, format_day
from biox_desktop.core.identity import Identity
from biox_desktop.core.missions import MissionView
from biox_desktop.sync.service import SyncService
from biox_desktop.ui.missions import MissionsScreen
from biox_desktop.ui.operations import Operations
from biox_desktop.ui.sync import AccountDialog, RefusalBanner, SyncController


@dataclass(frozen=True)
class ScreenSpec:
    """One entry of the navigation. Only screens that exist are listed: no placeholders."""

    key: str
    label: str
    factory: Callable[[Operations, MainWindow], QWidget]
    #: Whether the signed-in user gets this screen at all (by role).
    shown_to: Callable[[Identity], bool] = lambda identity: True


def _roster(ops: Operations, win: MainWindow) -> QWidget:
    from biox_desktop.ui.roster import RosterScreen

    return RosterScreen(ops, win)


def _agenda(ops: Operations, win: MainWindow) -> QWidget:
    from biox_desktop.ui.agenda import AgendaScreen

    return AgendaScreen(ops, win)


def _leads(ops: Operations, win: MainWindow) -> QWidget:
    from biox_desktop.ui.leads import LeadsScreen

    return LeadsScreen(ops, win)


def _agreements(ops: Operations, win: MainWindow) -> QWidget:
    from biox_desktop.ui.agreements import AgreementsScreen

    return AgreementsScreen(ops, win)


def _merge(ops: Operations, win: MainWindow) -> QWidget:
    from biox_desktop.ui.merge import MergeScreen

    return MergeScreen(ops)


def _reports(ops: Operations, win: MainWindow) -> QWidget:
    from biox_desktop.ui.dashboard import ReportsScreen

    return ReportsScreen(ops)


def _conflicts(ops: Operations, win: MainWindow) -> QWidget:
    from biox_desktop.ui.conflicts import ConflictsScreen

    return ConflictsScreen(ops, service_factory=win.sync_service)


def _organisations(ops: Operations, win: MainWindow) -> QWidget:
    from biox_desktop.ui.organisations import OrganisationsScreen

    return OrganisationsScreen(ops, win)


def screens() -> list[ScreenSpec]:
    """The screens in navigation order. Each is built (and its module imported) when first
    shown or asked for (:attr:`MainWindow.screens`), so start-up pays for Missions only."""
    coordinator: Callable[[Identity], bool] = lambda identity: identity.role == "coordinator"  # noqa: E731
    return [
        ScreenSpec("missions", "Missions", lambda ops, win: MissionsScreen(ops)),
        ScreenSpec("roster", "Roster", _roster),
        ScreenSpec("agenda", "Agenda", _agenda),
        ScreenSpec("leads", "Leads", _leads),  # Ctrl+L: capture, from any screen
        ScreenSpec("agreements", "Agreements", _agreements),
        ScreenSpec("merge", "Merge", _merge, shown_to=coordinator),
        ScreenSpec("reports", "Reports", _reports),
        # Everyone: conflicts in an organisation's private scope go to its own people.
        ScreenSpec("conflicts", "Conflicts", _conflicts),
        ScreenSpec("organisations", "Organisations", _organisations),
    ]


class _Screens(Mapping[str, QWidget]):
    """The screens the user has (by role), in navigation order; a screen is built the first
    time it is looked up."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._window._specs:
            raise KeyError(key)
        return self._window._build(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window._specs)

    def __len__(self) -> int:
        return len(self._window._specs)


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
        # Shown while a sync runs (a sync never blocks the window with a modal dialog).
        self.cancel_sync = QPushButton(QCoreApplication.translate("MainWindow", "Cancel sync"))
        self.cancel_sync.setObjectName("statusCancelSync")
        self.cancel_sync.setToolTip(QCoreApplication.translate(
            "MainWindow", "Stop the sync now; nothing is lost, unsent "
            "changes go with the next sync"))
        self.cancel_sync.hide()
        bar.insertPermanentWidget(1, self.cancel_sync)
        self.window = window

    def show_syncing(self, syncing: bool, message: str) -> None:
        """The sync's progress and its Cancel, at once (no database round trip)."""
        self.cancel_sync.setVisible(syncing)
        if syncing:
            self.connection.setText(message or self.window.tr("Syncing…"))

    def show_state(self, *, server_url: str, sync_state: str, sync_message: str,
                   last_sync: str, pending: int) -> None:
        tr = self.window.tr
        self.connection.setToolTip(sync_message)
        if not server_url:
            self.connection.setText(tr("Offline — no sync server set up"))
        elif sync_state == "online":
            self.connection.setText(tr("Online"))
        elif sync_state == "refused":
            self.connection.setText(tr("Online — the server refused some changes"))
        elif sync_state == "syncing":
            self.connection.setText(sync_message or tr("Syncing…"))
        elif sync_state == "offline":
            self.connection.setText(tr("Offline — server unreachable"))
        elif sync_state == "error":
            self.connection.setText(tr("Sync problem: {why}").format(why=sync_message))
        else:
            self.connection.setText(tr("Not synced since start"))
        self.last_sync.setText(tr("Last sync: {when}").format(when=last_sync or tr("never")))
        if pending == 0:
            self.pending.setText(tr("No changes waiting"))
        else:
            self.pending.setText(tr("%Ln change(s) waiting to be sent", "", pending))


class MainWindow(QMainWindow):
    """Navigation on the left, the current screen on the right."""

    #: The mission chosen in the selector changed (its id, or "" for none).
    mission_changed = Signal(str)

    def __init__(self, ops: Operations, *, remember_geometry: bool = True,
                 sync_service: Callable[[Any], SyncService] = SyncService) -> None:
        super().__init__()
        self.ops = ops
        #: Makes the sync service for a workspace (tests give one talking to an in-process server).
        self.sync_service = sync_service
        if getattr(ops.workspace, "encrypted", True):
            self.setWindowTitle(self.tr("bioX Missions"))
        else:  # a demo folder on a computer without a keyring: say so, always
            self.setWindowTitle(self.tr("bioX Missions (demo data, not encrypted)"))
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
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.sync = SyncController(ops, self, service_factory=sync_service)
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setToolTip(self.tr("Send your changes and receive everyone else's (F5)"))
        self.sync_action.triggered.connect(lambda: self.sync.sync_now())
        self.account_action = QAction(self.tr("Sync server…"), self)
        self.account_action.triggered.connect(self.open_account)
        toolbar.addAction(self.sync_action)
        toolbar.addAction(self.account_action)
        self.imports_action = QAction(self.tr("Imports…"), self)
        self.imports_action.setToolTip(self.tr("Recent imports, and undoing one"))
        self.imports_action.triggered.connect(self.open_imports)
        toolbar.addAction(self.imports_action)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        toolbar.addAction(self.settings_action)
        from biox_desktop.ui.theme import icon

        for action, name in ((self.sync_action, "sync"), (self.account_action, "account"),
                             (self.imports_action, "imports"),
                             (self.settings_action, "settings")):
            action.setIcon(icon(name))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync.state_changed.connect(lambda _s, _m: self.refresh_status())
        self.sync.state_changed.connect(  # "Sync now" with no server: say so where one looks
            lambda s, m: self.statusBar().showMessage(m, 15_000) if s == "unconfigured" else None)
        self._shown_mission: str | None = None  # the mission the screens were last told
        self.mission_selector.currentIndexChanged.connect(self._mission_selected)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setMaximumWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }")
        self.stack = QStackedWidget()
        self._specs: dict[str, ScreenSpec] = {}
        self._built: dict[str, QWidget] = {}
        self._pages: dict[str, QScrollArea] = {}
        self._reloaders: dict[str, Callable[[], None]] = {}
        self._stale: set[str] = set()
        self._building = False
        #: Every screen of this user, built on first look-up (see :class:`_Screens`).
        self.screens: Mapping[str, QWidget] = _Screens(self)
        self.rebuild_navigation()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self._show_row(0)  # row 0 may have been current before the signal was connected
        # The menu bar holds the shortcuts: Ctrl+1..9 per screen (the same whatever the role),
        # Ctrl+L capture, F5 sync, F1 the list of them.
        from biox_desktop.ui import menus

        self.menus = menus.install(self)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        # Changes the server refused stay in sight until retried or discarded.
        self.refusals = RefusalBanner(ops, central)
        self.refusals.retried.connect(lambda: self.sync.sync_now())
        layout.addWidget(self.refusals)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        # Signing in or out, or a role changed on the server (learnt at each sync), changes
        # the screens at once: no restart.
        ops.changed.connect(self._account_may_have_changed)

        self.status = StatusBar(self)
        self.sync.state_changed.connect(
            lambda state, message: self.status.show_syncing(state == "syncing", message))
        self.status.cancel_sync.clicked.connect(self.sync.cancel)
        ops.changed.connect(lambda _areas: self.refresh_status())
        self.sync.configure()
        self.remember_geometry = remember_geometry
        if remember_geometry:
            self._restore_geometry()

    # -- navigation ---------------------------------------------------------------------------

    def _account_may_have_changed(self, areas: Any) -> None:
        if {"account", "all", "sync"} & set(areas):
            self.rebuild_navigation()

    def rebuild_navigation(self) -> None:
        """Show exactly the screens the signed-in user's role has, in navigation order.

        Screens the user keeps are kept as they are (built or not); a screen the role lost goes
        with its page; the current screen stays current when the user still has it.
        """
        identity = self.ops.workspace.identity
        wanted = [spec for spec in screens() if spec.shown_to(identity)]
        if [spec.key for spec in wanted] == list(self._specs):
            return
        current = self.nav.currentItem()
        current_key = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.nav.blockSignals(True)
        try:
            for key in [k for k in self._specs if k not in {s.key for s in wanted}]:
                page = self._pages.pop(key)
                self.stack.removeWidget(page)
                page.deleteLater()
                self._built.pop(key, None)
                self._reloaders.pop(key, None)
                self._stale.discard(key)
                del self._specs[key]
            self.nav.clear()
            for page in self._pages.values():  # re-added below, in navigation order
                self.stack.removeWidget(page)
            for spec in wanted:
                if spec.key not in self._specs:
                    self._specs[spec.key] = spec
                    # In a scroll area, so a screen wider than a small or scaled display
                    # (German labels, the Conflicts table) scrolls instead of widening it.
                    page = QScrollArea()
                    page.setObjectName(f"page_{spec.key}")
                    page.setWidgetResizable(True)
                    page.setFrameShape(QFrame.Shape.NoFrame)
                    page.setAccessibleName(self.tr(spec.label))
                    self._pages[spec.key] = page
                self.stack.addWidget(self._pages[spec.key])
                item = QListWidgetItem(self.tr(spec.label))
                item.setData(Qt.ItemDataRole.UserRole, spec.key)
                self.nav.addItem(item)
            self._specs = {spec.key: self._specs[spec.key] for spec in wanted}
        finally:
            self.nav.blockSignals(False)
        keys = list(self._specs)
        row = keys.index(current_key) if current_key in keys else 0
        if self.nav.currentRow() == row:
            self._show_row(row)
        else:
            self.nav.setCurrentRow(row)

    # -- data ---------------------------------------------------------------------------------

    # Screens load their data when they are shown, not all at start-up: a hidden screen that is
    # told to reload (data changed, another mission chosen) only remembers to do it when shown.
    ALWAYS_LOADED = frozenset({"missions"})  # feeds the mission selector

    def _build(self, key: str) -> QWidget:
        """The screen of ``key``, made now if it was not yet (its data loads when shown)."""
        widget = self._built.get(key)
        if widget is not None:
            return widget
        widget = self._specs[key].factory(self.ops, self)
        widget.setObjectName(f"screen_{key}")
        self._built[key] = widget
        self._pages[key].setWidget(widget)
        if isinstance(widget, MissionsScreen):
            widget.missions_loaded.connect(self._fill_selector)
        original = getattr(widget, "reload", None)
        if callable(original) and key not in self.ALWAYS_LOADED:
            self._reloaders[key] = original

            def reload_when_shown(key: str = key, original: Callable[[], None] = original) -> None:
                if not self._building and self.stack.currentWidget() is self._pages[key]:
                    original()
                else:
                    self._stale.add(key)

            widget.reload = reload_when_shown  # type: ignore[attr-defined]
            # Follow the mission chosen before this screen existed, then load when shown.
            set_mission = getattr(widget, "set_mission", None)
            if callable(set_mission) and self.current_mission_id():
                self._building = True
                try:
                    set_mission(self.current_mission_id())
                finally:
                    self._building = False
            self._stale.add(key)
        return widget

    def _show_row(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        item = self.nav.item(row)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key is None:
            return
        self._build(key)
        if key in self._stale:
            self._stale.discard(key)
            self._reloaders[key]()

    def load(self) -> None:
        """Load the shown screen's data in the background (others when shown), then the status
        bar."""
        for widget in list(self._built.values()):
            reload = getattr(widget, "reload", None)
            if callable(reload):
                reload()
        self.refresh_status()

    def refresh_status(self) -> None:
        sync_state, sync_message = self.sync.state, self.sync.message

        def state(ws: Any) -> dict[str, Any]:
            return {
                "server_url": ws.settings.server_url,
                "sync_state": sync_state,
                "sync_message": sync_message,
                "last_sync": _when(ws.db.meta("last_sync_at")),
                "pending": ws.db.pending_changes(),
            }

        def show(st: dict[str, Any]) -> None:
            # The sync runs on its own thread: by the time this answer arrives its state may
            # have moved on, and the newest is the one to show.
            st.update(sync_state=self.sync.state, sync_message=self.sync.message)
            self.status.show_state(**st)

        self.ops.run(state, success=show)

    def open_account(self) -> AccountDialog:
        dialog = AccountDialog(self.ops, self, service_factory=self.sync_service)
        dialog.setObjectName("accountDialog")
        dialog.finished.connect(lambda _r: (self.sync.configure(), self.refresh_status()))
        dialog.open()
        return dialog

    def open_imports(self) -> None:
        """The recent imports, each of which can be undone."""
        from biox_desktop.ui.batches import BatchesDialog

        dialog = BatchesDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_settings(self) -> QWidget:
        from biox_desktop.ui.settings import SettingsDialog

        dialog = SettingsDialog(self.ops, self, service_factory=self.sync_service)
        dialog.finished.connect(lambda _r: (self.sync.configure(), self.refresh_status()))
        dialog.open()
        return dialog

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
            self.mission_selector.addItem(f"{m.name} · {format_day(m.start_date, 'medium')}", m.id)
        index = self.mission_selector.findData(wanted)
        self.mission_selector.setCurrentIndex(index if index >= 0 else 0)
        self.mission_selector.blockSignals(False)
        self._mission_selected()

    def _mission_selected(self) -> None:
        mission_id = self.current_mission_id()
        # The selector is refilled on every Missions reload (each sync): only a different
        # mission is news, or every screen would load twice.
        if mission_id == self._shown_mission:
            return
        self._shown_mission = mission_id
        if mission_id and self.ops.workspace.settings.current_mission_id != mission_id:
            # Written by the worker, like every other settings change (no race on the file).
            self.ops.run(lambda ws: ws.update_settings(current_mission_id=mission_id))
        self.mission_changed.emit(mission_id)

    # -- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_geometry:
            QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        # Stop a running sync at its next step, then let running work finish: every operation
        # commits or rolls back as a whole, so quitting loses nothing.
        self.sync.cancel()
        self.sync.timer.stop()
        self.ops.wait_idle(15_000)
        super().closeEvent(event)


def _when(iso: str | None) -> str:
    """A stored UTC instant as local wall time for the status bar."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return format_datetime(moment.astimezone(), "day_month")
