"""The coordinator's Conflicts screen: both values, who wrote them and when; pick one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.i18n import format_datetime
from biox_desktop.core.labels import field_label, value_text
from biox_desktop.sync.conflicts import ConflictPage, ConflictService, ConflictSide, ConflictView
from biox_desktop.sync.service import SyncService
from biox_desktop.ui.operations import Operations, error_text
from biox_desktop.ui.tablemodel import RowsTableModel


def _when(side: ConflictSide) -> str:
    """When a value was written, in this computer's time zone (its abbreviation beside it)."""
    if side.written_at is None:
        return ""
    local = side.written_at.astimezone()
    return f"{format_datetime(local, 'medium')} {local.tzname() or ''}".strip()


class ConflictTableModel(RowsTableModel[ConflictView]):
    COLUMNS = ("Record", "Field", "Kept value", "Kept: written by", "Other value",
               "Other: written by", "Why")

    def cell(self, c: ConflictView, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        reason = (self.tr("clock far in the future") if c.reason == "clock_in_future"
                  else self.tr("edited on two laptops"))
        if column == 1:
            return field_label(c.field)
        if column in (2, 4):
            value = (c.winner if column == 2 else c.loser).value
            return value_text(value, c.field, c.table) or self.tr("(empty)")
        if column in (3, 5):
            return self._side(c.winner if column == 3 else c.loser)
        return (c.record, "", "", "", "", "", reason)[column]

    def _side(self, side: ConflictSide) -> str:
        when = _when(side) or self.tr("time unknown")
        if side.device:
            return self.tr("{person} on {laptop}, {when}").format(
                person=side.author, laptop=side.device, when=when)
        return f"{side.author}, {when}"


class ConflictsScreen(QWidget):
    """Lists unresolved conflicts from the server a page at a time; the reviewer keeps one value
    or the other. Writes set aside for a clock far ahead are summed up per laptop."""

    def __init__(self, ops: Operations, parent: QWidget | None = None,
                 service_factory: Any = SyncService) -> None:
        super().__init__(parent)
        self.ops = ops
        self.service_factory = service_factory
        self.model = ConflictTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep = QPushButton(self.tr("&Keep the kept value"))
        self.use_other = QPushButton(self.tr("Use the &other value"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.more = QPushButton(self.tr("Load &more"))
        self.more.hide()
        self.more.clicked.connect(self.load_more)
        self.quarantine = QLabel()
        self.quarantine.setObjectName("conflictQuarantines")
        self.quarantine.setWordWrap(True)
        self.quarantine.hide()
        self._next: int | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.keep.clicked.connect(lambda: self._resolve("winner"))
        self.use_other.clicked.connect(lambda: self._resolve("loser"))
        self.refresh_button.clicked.connect(self.reload)
        title = QLabel(self.tr("Conflicts"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.keep)
        bar.addWidget(self.use_other)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        explanation = QLabel(self.tr(
            "When two laptops changed the same field before syncing, the later change was kept "
            "everywhere and the other is listed here. Choosing a value sends it to everyone."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(self.quarantine)
        layout.addWidget(self.table)
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addWidget(self.more)
        layout.addLayout(footer)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        ops.changed.connect(lambda areas: self.reload() if {"sync", "account"} & areas else None)

    def _service(self, ws: Any) -> ConflictService:
        return ConflictService(self.service_factory(ws))

    def reload(self) -> None:
        """Fetch the first page again."""
        self._fetch(0, append=False)

    def load_more(self) -> None:
        """Fetch the page after the rows shown."""
        if self._next is not None:
            self._fetch(self._next, append=True)

    def _fetch(self, after: int, *, append: bool) -> None:
        def failed(error: BaseException) -> None:
            if not append:
                self.model.set_rows([])
            self.message.setText(error_text(error))

        self.more.setEnabled(False)
        self.ops.run(lambda ws: self._service(ws).page(after),
                     success=lambda page: self._loaded(page, append), failure=failed,
                     parent=self)  # fmt: skip

    def _loaded(self, page: ConflictPage, append: bool = False) -> None:
        rows = [*self.model.rows, *page.conflicts] if append else list(page.conflicts)
        self.model.set_rows(rows)
        self._next = page.next
        self.more.setVisible(page.next is not None)
        self.more.setEnabled(True)
        if not append:
            lines = [
                self.tr("{author}'s laptop {device}: {n} changes set aside because its clock "
                        "was far ahead; they are sent again once its clock is right.").format(
                    author=q.author, device=q.device_name or self.tr("(unnamed)"), n=q.count)
                for q in page.quarantines
            ]  # fmt: skip
            self.quarantine.setText("\n".join(lines))
            self.quarantine.setVisible(bool(lines))
        self.table.resizeColumnsToContents()
        more = page.next is not None
        if not rows:
            self.message.setText(self.tr("No conflicts to review."))
        elif more:
            self.message.setText(self.tr("%n conflict(s) shown, more on the server", "",
                                         len(rows)))
        else:
            self.message.setText(self.tr("%n conflict(s) to review", "", len(rows)))
        self._update_buttons()

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.keep.setEnabled(has)
        self.use_other.setEnabled(has)

    def _resolve(self, choice: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return

        def failed(error: BaseException) -> None:
            self.message.setText(error_text(error))

        self.ops.run(lambda ws: self._service(ws).resolve(conflict.id, choice),
                     success=lambda _r: self.reload(), failure=failed, changes={"conflicts"},
                     parent=self)
