"""The main window's menu bar: File, Edit, View, Sync, Help, with every shortcut in sight.

Each screen keeps one shortcut whatever the user's role (Ctrl+6 is always Merge, shown only to
coordinators), so a shortcut learnt on one laptop means the same on another. Help lists the
shortcuts and says what the application is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

import biox_desktop

if TYPE_CHECKING:
    from biox_desktop.ui.main_window import MainWindow


class Menus(QObject):
    """Builds the menu bar of ``window`` and keeps the View menu to the screens it has."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from biox_desktop.ui.main_window import screens

        self.window = window
        bar = window.menuBar()
        bar.setObjectName("menuBar")
        self.file = bar.addMenu(self.tr("&File"))
        self.file.addAction(window.imports_action)
        self.file.addSeparator()
        quit_action = self.file.addAction(self.tr("&Quit"))
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(window.close)

        self.edit = bar.addMenu(self.tr("&Edit"))
        self.capture = self.edit.addAction(self.tr("&Capture a lead…"))
        self.capture.setObjectName("captureAction")
        self.capture.setShortcut(QKeySequence("Ctrl+L"))
        self.capture.triggered.connect(self._capture)
        self.edit.addSeparator()
        self.edit.addAction(window.settings_action)
        window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.view = bar.addMenu(self.tr("&View"))
        #: One action per screen there may be, by key, with the screen's fixed shortcut.
        self.screen_actions: dict[str, QAction] = {}
        for i, spec in enumerate(screens()):
            action = self.view.addAction(self.tr(spec.label))
            action.setObjectName(f"show_{spec.key}")
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, key=spec.key: self._show(key))
            self.screen_actions[spec.key] = action

        self.sync = bar.addMenu(self.tr("&Sync"))
        self.sync.addAction(window.sync_action)
        self.sync.addAction(window.account_action)

        self.help = bar.addMenu(self.tr("&Help"))
        shortcuts = self.help.addAction(self.tr("&Keyboard shortcuts"))
        shortcuts.setObjectName("shortcutsAction")
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self.show_shortcuts)
        about = self.help.addAction(self.tr("&About bioX Missions"))
        about.setObjectName("aboutAction")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        self.refresh()
        model = window.nav.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.refresh)  # a slot of ours: disconnected when we go

    def refresh(self, *_args: object) -> None:
        """Show the screens the user has (their shortcuts work only then)."""
        if not shiboken6.isValid(self.capture):  # the window is being torn down
            return
        have = set(self.window.screens)
        for key, action in self.screen_actions.items():
            action.setVisible(key in have)
        self.capture.setVisible("leads" in have)

    def _show(self, key: str) -> None:
        if key in set(self.window.screens):
            self.window.show_screen(key)

    def _capture(self) -> None:
        if "leads" in set(self.window.screens):
            self.window.screens["leads"].quick_capture()  # type: ignore[attr-defined]

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every visible menu action with a shortcut, in menu order."""
        rows = []
        for menu in (self.file, self.edit, self.view, self.sync, self.help):
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and action.isVisible():
                    rows.append((action.text().replace("&", "").rstrip("…"), keys))
        return rows

    def show_shortcuts(self) -> QDialog:
        """A window listing every keyboard shortcut."""
        dialog = QDialog(self.window)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2, dialog)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (what, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(what))
            table.setItem(r, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(460, 420)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        """What the application is, its version, and Qt's own About."""
        box = QMessageBox(self.window)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About bioX Missions"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("bioX Missions {version}").format(version=biox_desktop.__version__))
        box.setInformativeText(self.tr(
            "Trade missions of European life-sciences clusters: roster, agenda, leads, "
            "agreements and reports, working offline and syncing with the shared server."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


def install(window: MainWindow) -> Menus:
    """Give ``window`` its menu bar."""
    return Menus(window)

