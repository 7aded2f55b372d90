"""The recent imports (and other batch changes), each of which can be undone.

Every import — vCard, CSV/XLSX leads, roster, calendar programme — is one batch
(:mod:`biox_desktop.db.batches`). This dialog lists them newest first and undoes the chosen one:
fields go back to their values before the import unless someone changed them since (those are
kept and named), and records the import added are removed. The undo syncs like any edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.i18n import format_datetime
from biox_desktop.db.batches import BatchView, UndoReport
from biox_desktop.ui.operations import Operations

#: Every area an undo may touch: screens reload what they show.
UNDO_CHANGES = ("leads", "roster", "agenda", "missions", "agreements", "merge")


class BatchesDialog(QDialog):
    """Recent imports with an Undo button (see the module docstring)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.batches: list[BatchView] = []
        self.setWindowTitle(self.tr("Imports"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every import can be undone: fields go back to their earlier values unless someone "
            "changed them since, and what the import added is removed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("batches")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("What"), self.tr("Added"), self.tr("Changed"),
            self.tr("Undone")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        self.status = QLabel()
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.setObjectName("undoBatch")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.ops.run(lambda ws: ws.batches.list(limit=200), success=self._show, parent=self)

    def _show(self, batches: list[BatchView]) -> None:
        self.batches = batches
        self.table.setRowCount(len(batches))
        for row, b in enumerate(batches):
            cells = [format_datetime(b.at.astimezone()), b.label, str(b.created),
                     str(b.updated),
                     format_datetime(b.undone_at.astimezone()) if b.undone_at else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(4)
        if not batches:
            self.status.setText(self.tr("No import yet."))
        self._selection_changed()

    def selected(self) -> BatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(chosen is not None and chosen.undone_at is None)

    def undo_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.undone_at is not None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo this import"),
            self.tr("Undo “{what}”? Records it added ({added}) are removed and the values it "
                    "changed ({changed} records) go back, except where someone edited them "
                    "since.").replace("{what}", chosen.label)
            .replace("{added}", str(chosen.created)).replace("{changed}", str(chosen.updated)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.run(lambda ws: ws.batches.undo(chosen.id), success=self._undone,
                     changes=UNDO_CHANGES, parent=self)

    def _undone(self, report: UndoReport) -> None:
        text = self.tr("Undone: {removed} records removed, {restored} values restored.") \
            .replace("{removed}", str(report.removed)).replace("{restored}", str(report.restored))
        if report.kept:
            text += " " + self.tr("{kept} values were edited after the import and kept.") \
                .replace("{kept}", str(len(report.kept)))
        self.status.setText(text)
        self.reload()
