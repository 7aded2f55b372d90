"""The briefing pack of the chosen mission, on the Missions screen: country reports, partner
contacts, practical notes; available offline on every laptop of the delegation."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.outcomes import AttachmentInfo
from biox_desktop.db.briefing import AddResult, BriefingService
from biox_desktop.ui.operations import Operations, show_error


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class BriefingPanel(QGroupBox):
    """Documents of one mission: Add…, Open, Save as…, Remove."""

    #: Emitted after the documents of the shown mission were loaded (the mission id).
    loaded = Signal(str)
    #: Emitted after files were added: how many were new or changed, and how many unchanged.
    added = Signal(int, int)

    def __init__(self, ops: Operations, parent: QWidget | None = None,
                 opener: Callable[[Path], object] | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Briefing pack of the chosen mission"))
        self.setObjectName("briefingPack")
        # Its own height only: the missions list above takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ops = ops
        #: Opens a saved document with the system's viewer (tests give their own).
        self.opener = opener or (lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))))
        self.mission_id = ""
        self.documents: list[AttachmentInfo] = []
        self.list = QListWidget()
        self.list.setObjectName("briefingList")
        self.list.setAccessibleName(self.tr("Briefing documents of the mission"))
        self.list.setMaximumHeight(110)
        self.list.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self.add_button = QPushButton(self.tr("Add &documents…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.remove_button = QPushButton(self.tr("Remove document"))
        self.add_button.clicked.connect(self.ask_add)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.ask_save)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        row = QGridLayout()  # two by two: the panel fits beside the partners at 1280 px
        for i, button in enumerate((self.add_button, self.open_button, self.save_button,
                                    self.remove_button)):
            row.addWidget(button, i // 2, i % 2)
        row.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self._update_buttons()
        ops.changed.connect(self._on_changed)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"briefing", "all"} & areas:
            self.reload()

    def set_mission(self, mission_id: str) -> None:
        self.mission_id = mission_id
        self.reload()

    def reload(self) -> None:
        mission_id = self.mission_id
        if not mission_id:
            self.documents = []
            self.list.clear()
            self._update_buttons()
            return
        self.ops.run(lambda ws: BriefingService(ws).list(mission_id),
                     success=lambda docs: self._loaded(mission_id, docs), parent=self)

    def _loaded(self, mission_id: str, documents: list[AttachmentInfo]) -> None:
        if mission_id != self.mission_id:
            return
        self.documents = documents
        self.list.clear()
        for d in documents:
            item = QListWidgetItem(f"{d.filename} · {_size(d.size)}")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        if not documents:
            item = QListWidgetItem(self.tr("No documents yet: add country reports, partner "
                                           "contacts or practical notes."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update_buttons()
        self.loaded.emit(mission_id)

    def selected(self) -> AttachmentInfo | None:
        items = self.list.selectedItems()
        if not items:
            return None
        doc_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((d for d in self.documents if d.id == doc_id), None)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.mission_id))
        has = self.selected() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(has)

    # -- actions ------------------------------------------------------------------------------

    def ask_add(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Add to the briefing pack"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Documents (*.pdf *.docx *.doc *.odt *.txt *.md)"),
                               self.tr("All files (*)")])
        dialog.filesSelected.connect(lambda paths: self.add_files([Path(p) for p in paths]))
        dialog.open()
        return dialog

    def add_files(self, paths: list[Path]) -> None:
        mission_id = self.mission_id
        if not mission_id or not paths:
            return

        def work(ws: Any) -> list[AddResult]:
            service = BriefingService(ws)
            return [service.add_file(mission_id, p) for p in paths]

        def done(results: list[AddResult]) -> None:
            changed = sum(1 for r in results if r.changed)
            self.added.emit(changed, len(results) - changed)

        self.ops.run(work, success=done, changes={"briefing"},
                     failure=lambda e: show_error(self, e), parent=self)

    def open_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        # A copy in a temporary folder, so a viewer never edits the pack behind its back.
        folder = Path(tempfile.mkdtemp(prefix="biox-briefing-"))
        self.ops.run(lambda ws: BriefingService(ws).save(doc.id, folder),
                     success=self.opener, failure=lambda e: show_error(self, e), parent=self)

    def ask_save(self) -> QFileDialog | None:
        doc = self.selected()
        if doc is None:
            return None
        dialog = QFileDialog(self, self.tr("Save the document"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(doc.filename)
        dialog.fileSelected.connect(lambda path: self.ops.run(
            lambda ws: BriefingService(ws).save(doc.id, Path(path)),
            failure=lambda e: show_error(self, e), parent=self))
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        self.ops.run(lambda ws: BriefingService(ws).remove(doc.id), changes={"briefing"},
                     failure=lambda e: show_error(self, e), parent=self)
