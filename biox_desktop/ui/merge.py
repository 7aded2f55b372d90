"""The coordinator's Merge screen: a review queue of duplicate people and organisations.

Candidate groups best first on the left; the chosen group side by side on the right, one column
per captured record with who captured it, when and at which mission, one row per field. A click
on a value takes that value for the surviving record. Merge, "Not a duplicate" (remembered) and
Undo of earlier merges; automatic merging above a threshold, off until the coordinator sets it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core import merge as mg
from biox_desktop.core.i18n import format_datetime, format_day
from biox_desktop.core.progress import Cancelled
from biox_desktop.ui import theme
from biox_desktop.ui.operations import Operations, OpHandle, error_text

Index = QModelIndex | QPersistentModelIndex
SOURCE_ROLE = Qt.ItemDataRole.UserRole


class CandidateTableModel(QAbstractTableModel):
    """Candidate groups, best first (the service sorts them)."""

    COLUMNS = ("Score", "Kind", "Records", "Why")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[mg.CandidateView] = []

    def set_rows(self, rows: list[mg.CandidateView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            kind = self.tr("Person") if g.kind == mg.PERSON else self.tr("Organisation")
            return (f"{g.score:.0%}", kind, g.title, mg.describe_reasons(g.reasons))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MergeScreen(QWidget):

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current: mg.CandidateView | None = None
        self.first_field_row = 0
        self.choices: dict[str, str] = {}
        self.history_rows: list[mg.MergeView] = []
        #: What the last action did, shown with the next reload's summary.
        self._note = ""

        title = QLabel(self.tr("Merge duplicates"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Look for duplicates again"))
        self.auto_box = QCheckBox(self.tr("Merge automatically above"))
        self.auto_box.setAccessibleName(self.tr("Merge automatically above a score"))
        self.auto_spin = QDoubleSpinBox()
        self.auto_spin.setAccessibleName(self.tr("Automatic merge score"))
        self.auto_spin.setRange(0.5, 1.0)
        self.auto_spin.setSingleStep(0.01)
        self.auto_spin.setValue(0.99)
        self.auto_run = QPushButton(self.tr("Merge all above"))
        self.auto_run.setAccessibleName(self.tr("Merge every group above the score now"))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.auto_box)
        bar.addWidget(self.auto_spin)
        bar.addWidget(self.auto_run)
        bar.addWidget(self.refresh_button)

        self.model = CandidateTableModel(self)
        self.queue = QTableView()
        self.queue.setObjectName("mergeQueue")
        self.queue.setAccessibleName(self.tr("Candidate groups, best first"))
        self.queue.setModel(self.model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.verticalHeader().hide()
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.queue.setWordWrap(False)

        self.survivor = QComboBox()
        self.survivor.setAccessibleName(self.tr("Record to keep"))
        survivor_label = QLabel(self.tr("&Keep record:"))
        survivor_label.setBuddy(self.survivor)
        self.compare = QTableWidget()
        self.compare.setObjectName("mergeCompare")
        self.compare.setAccessibleName(self.tr("Records side by side; click a value to keep it"))
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare.setWordWrap(True)
        self.compare.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.compare.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows grow to show every wrapped line of a value (never "wechat: …") when columns change.
        self.compare.horizontalHeader().sectionResized.connect(
            lambda *_a: self.compare.resizeRowsToContents())
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setAccessibleName(self.tr("Merge these records"))
        self.not_dup_button = QPushButton(self.tr("&Not a duplicate"))
        self.not_dup_button.setAccessibleName(self.tr("These are different; do not propose again"))
        # Right to be forgotten: one of the group's people, chosen from the button's menu.
        self.erase_button = QPushButton(self.tr("Erase a person…"))
        self.erase_button.setAccessibleName(self.tr("Erase one of these people everywhere"))
        self.erase_menu = QMenu(self.erase_button)
        self.erase_button.setMenu(self.erase_menu)
        self.group_reasons = QLabel()
        self.group_reasons.setWordWrap(True)
        self.group_reasons.setMinimumHeight(self.group_reasons.fontMetrics().lineSpacing() * 2 + 6)
        actions = QHBoxLayout()
        actions.addWidget(survivor_label)
        actions.addWidget(self.survivor, 1)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        actions.addWidget(self.not_dup_button)
        actions.addWidget(self.merge_button)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.group_reasons)
        dl.addWidget(self.compare, 1)
        dl.addLayout(actions)

        self.history = QTableWidget(0, 4)
        self.history.setObjectName("mergeHistory")
        self.history.setAccessibleName(self.tr("Merges made"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Kept"), self.tr("Merged"), self.tr("State")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.undo_button = QPushButton(self.tr("&Undo merge"))
        self.undo_button.setAccessibleName(self.tr("Undo the selected merge"))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Candidates, best first")))
        ll.addWidget(self.queue, 3)
        ll.addWidget(QLabel(self.tr("Merges made")))
        ll.addWidget(self.history, 1)
        ll.addWidget(self.undo_button)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 860])
        self.message = QLabel()
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)
        # While a search runs in the background: a line, never a modal box.
        self.searching = QLabel()
        self.searching.setObjectName("mergeSearching")
        self.searching.hide()
        self._search_handle: OpHandle | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.searching)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.refresh_button.clicked.connect(self.refresh)
        self.queue.selectionModel().selectionChanged.connect(self._group_selected)
        self.compare.cellClicked.connect(self._cell_clicked)
        self.survivor.activated.connect(self._survivor_changed)
        self.merge_button.clicked.connect(self._merge)
        self.not_dup_button.clicked.connect(self._not_duplicate)
        self.undo_button.clicked.connect(self._undo)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.auto_box.toggled.connect(self._auto_changed)
        self.auto_spin.editingFinished.connect(self._auto_changed)
        self.auto_run.clicked.connect(self._auto_run)
        self._own_change = False
        ops.changed.connect(self._on_changed)
        self._show_group(None)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the queue of the last search at once; search again in the background only if
        the data changed since it was made (or none was made yet)."""
        self._load(search=False)

    def refresh(self) -> None:
        """The Refresh button: the cached queue at once, and a new search in the background."""
        self._load(search=True)

    def _load(self, *, search: bool) -> None:
        def load(ws: Any) -> tuple[Any, bool, Any, Any]:
            views, current = ws.merges.cached_queue()
            return views, current, ws.merges.history(), ws.merges.auto_threshold()

        def shown(result: tuple[list[mg.CandidateView], bool, list[mg.MergeView],
                                float | None]) -> None:
            views, current, history, threshold = result
            if search or not current:
                self._search()
            self._loaded((views, history, threshold))

        self.ops.run(load, success=shown, failure=self._failed, parent=self)

    def _search(self) -> None:
        """Look for duplicates beside the database worker; the screen stays usable and shows
        the previous queue meanwhile, with a progress line."""
        if self._search_handle is not None and not self._search_handle.done:
            self._search_handle.cancel()  # the data changed again: this one would be stale
        self.searching.setText(self.tr("Looking for duplicates") + "…")
        self.searching.show()
        handle: list[OpHandle] = []

        def found(views: list[mg.CandidateView]) -> None:
            if handle and handle[0] is self._search_handle:
                self._search_handle = None
                self.searching.hide()
                self.ops.run(lambda ws: (views, ws.merges.history(),
                                         ws.merges.auto_threshold()),
                             success=self._loaded, failure=self._failed, parent=self)

        def failed(error: BaseException) -> None:
            if handle and handle[0] is self._search_handle:
                self._search_handle = None
                self.searching.hide()
                if not isinstance(error, Cancelled):
                    self._failed(error)

        def progressed(done: int, total: int, message: str) -> None:
            if handle and handle[0] is self._search_handle:
                text = self.tr("Looking for duplicates") + "…"
                if message:
                    text += f" {message}"
                if total:
                    text += f" ({done * 100 // total} %)"
                self.searching.setText(text)

        self._search_handle = self.ops.run_aside(
            lambda ws, progress: ws.merges.refresh_candidates(progress),
            success=found, failure=failed, progressed=progressed)
        handle.append(self._search_handle)

    @property
    def searching_now(self) -> bool:
        """True while a search for duplicates runs in the background."""
        return self._search_handle is not None

    def _on_changed(self, areas: frozenset[str]) -> None:
        if self._own_change:
            # A merge or "not a duplicate" made here: that group leaves the queue, the rest
            # stands (no new search, which takes a while with 100,000 contacts).
            self._own_change = False
            self._reload_queue()
        elif {"sync", "leads", "merge", "all"} & areas:
            self.reload()

    def _reload_queue(self) -> None:
        self._load(search=False)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def _loaded(self, result: tuple[list[mg.CandidateView], list[mg.MergeView],
                                    float | None]) -> None:
        groups, history, threshold = result
        keep = self.current.id if self.current else None
        self.model.set_rows(groups)
        self.queue.resizeColumnsToContents()
        self.queue.setColumnWidth(2, min(self.queue.columnWidth(2), 260))
        self._fill_history(history)
        self.auto_box.blockSignals(True)
        self.auto_box.setChecked(threshold is not None)
        if threshold is not None:
            self.auto_spin.setValue(threshold)
        self.auto_box.blockSignals(False)
        self.auto_spin.setEnabled(threshold is not None)
        self.auto_run.setEnabled(threshold is not None)
        row = next((i for i, g in enumerate(groups) if g.id == keep), 0 if groups else -1)
        if row >= 0:
            self.queue.selectRow(row)
        else:
            self._show_group(None)
        summary = (self.tr("%n group(s) to review.", "", len(groups)) if groups
                   else "" if self.searching_now  # the search line says it is looking
                   else self.tr("No duplicates to review."))
        self.message.setText(f"{self._note} {summary}".strip())
        self._note = ""
        self._update_buttons()

    def _fill_history(self, history: list[mg.MergeView]) -> None:
        self.history_rows = history
        self.history.setRowCount(len(history))
        for i, m in enumerate(history):
            state = (self.tr("undone") if m.undone else
                     self.tr("automatic") if m.automatic else self.tr("merged"))
            for c, text in enumerate((format_datetime(m.created_at, "day_month"), m.survivor_label,
                                      str(len(m.merged_ids)), state)):
                self.history.setItem(i, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    # -- one group ----------------------------------------------------------------------------

    def _group_selected(self) -> None:
        rows = self.queue.selectionModel().selectedRows()
        if not rows:
            self._show_group(None)
            return
        group = self.model.rows[rows[0].row()]
        self.current = None
        self._update_buttons()

        def shown(full: mg.CandidateView) -> None:
            selected = self.queue.selectionModel().selectedRows()
            if selected and self.model.rows[selected[0].row()].id == full.id:
                self._show_group(full)

        # The side-by-side fields are read for the opened group only.
        self.ops.run(lambda ws: ws.merges.group(group.id), success=shown,
                     failure=self._failed, parent=self)

    def _show_group(self, group: mg.CandidateView | None) -> None:
        self.current = group
        self.compare.clear()
        self.survivor.clear()
        if group is None:
            self.compare.setRowCount(0)
            self.compare.setColumnCount(0)
            self.group_reasons.setText(self.tr("Choose a group on the left to compare."))
            self._update_buttons()
            return
        self.choices = {f.field: f.default for f in group.fields}
        self.erase_menu.clear()
        for m in group.members:
            self.survivor.addItem(m.label, m.id)
            if group.kind == "person":
                action = self.erase_menu.addAction(m.label)
                action.triggered.connect(lambda _c=False, m=m: self.erase_member(m.id, m.label))
        self.survivor.setCurrentIndex(0)
        self.group_reasons.setText(self.tr("Score {score:.0%}: {why}").format(
            score=group.score, why=mg.describe_reasons(group.reasons)))
        has_lists = any(f.kind in ("list", "dict") for f in group.fields)
        columns = len(group.members) + (1 if has_lists else 0)
        self.compare.setColumnCount(columns)
        headers = [m.label + (self.tr(" (kept)") if i == 0 else "")
                   for i, m in enumerate(group.members)]
        if has_lists:
            headers.append(self.tr("All together"))
        self.compare.setHorizontalHeaderLabels(headers)
        for column, text in enumerate(headers):  # a long name is cut at its end; hover: all
            header = self.compare.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(text)
        # Provenance first: who captured each record, when and where, and what points at it.
        provenance = [
            (self.tr("Captured by"), [m.provenance.captured_by for m in group.members]),
            (self.tr("Captured"), [" · ".join(x for x in (
                format_day(m.provenance.captured_at, "medium"), m.provenance.mission,
                self.tr("private") if m.provenance.private else "") if x)
                for m in group.members]),
            (self.tr("Linked records"), [str(m.references) for m in group.members]),
        ]
        self.first_field_row = len(provenance)
        self.compare.setRowCount(len(provenance) + len(group.fields))
        self.compare.setVerticalHeaderLabels(
            [label for label, _v in provenance] + [self.tr(f.label) for f in group.fields])
        grey = QBrush(theme.colour("provenance_bg"))
        for r, (_label, values) in enumerate(provenance):
            for c in range(columns):
                item = QTableWidgetItem(values[c] if c < len(values) else "")
                item.setBackground(grey)
                item.setData(SOURCE_ROLE, "")
                self.compare.setItem(r, c, item)
        for r, f in enumerate(group.fields, start=len(provenance)):
            lines = f.kind in ("list", "dict")
            for c, m in enumerate(group.members):
                item = QTableWidgetItem(f.values[c].replace(", ", "\n") if lines
                                        else f.values[c])
                item.setData(SOURCE_ROLE, m.id)
                if m.id in f.locked:
                    item.setForeground(QBrush(theme.colour("muted")))
                    item.setToolTip(self.tr("Captured privately by one company: not published "
                                            "by a merge"))
                else:
                    item.setToolTip(f.values[c] + "\n" + self.tr("From {who}").format(
                        who=m.provenance.text()) if f.values[c] else
                        self.tr("From {who}").format(who=m.provenance.text()))
                self.compare.setItem(r, c, item)
            if has_lists:
                item = QTableWidgetItem(f.combined.replace(", ", "\n") if lines else "")
                item.setData(SOURCE_ROLE, mg.COMBINED if lines else "")
                self.compare.setItem(r, len(group.members), item)
        self.compare.resizeRowsToContents()
        self._paint_choices()
        self._update_buttons()

    def _paint_choices(self) -> None:
        if self.current is None:
            return
        for r, f in enumerate(self.current.fields, start=self.first_field_row):
            for c in range(self.compare.columnCount()):
                item = self.compare.item(r, c)
                if item is None:
                    continue
                chosen = item.data(SOURCE_ROLE) == self.choices.get(f.field)
                item.setBackground(QBrush(theme.colour("chosen_bg")) if chosen else QBrush())
                font = item.font()
                font.setBold(chosen)
                item.setFont(font)
        self.compare.resizeRowsToContents()  # bold text may need another line

    def _cell_clicked(self, row: int, column: int) -> None:
        if self.current is None:
            return
        item = self.compare.item(row, column)
        source = item.data(SOURCE_ROLE) if item is not None else ""
        if row < self.first_field_row:
            return
        field = self.current.fields[row - self.first_field_row]
        if not source or source in field.locked:
            return
        self.choices[field.field] = str(source)
        self._paint_choices()

    def _survivor_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current is not None
        self.merge_button.setEnabled(has)
        self.not_dup_button.setEnabled(has)
        self.erase_button.setEnabled(has and self.current is not None
                                     and self.current.kind == "person")
        self.survivor.setEnabled(has)
        self.undo_button.setEnabled(self._selected_merge() is not None)

    def erase_member(self, person_id: str, label: str) -> Any:
        """Ask to erase one person of the group ("right to be forgotten") and do it."""
        from biox_desktop.ui.erasure import ErasureDialog

        dialog = ErasureDialog(self.ops, person_id, label, self)
        dialog.accepted.connect(lambda: self._show_group(None))
        dialog.open()
        return dialog

    def _selected_merge(self) -> mg.MergeView | None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return None
        merge = self.history_rows[rows[0].row()]
        return None if merge.undone else merge

    # -- actions ------------------------------------------------------------------------------

    def _merge(self) -> None:
        group = self.current
        if group is None:
            return
        request = mg.MergeRequest(group.id, survivor_id=str(self.survivor.currentData()),
                                  choices=dict(self.choices))

        def done(view: mg.MergeView) -> None:
            self.current = None
            self._own_change = True
            self._note = (self.tr("Merged {n} records into {who}.").format(
                n=len(view.merged_ids), who=view.survivor_label))

        self.ops.run(lambda ws: ws.merges.apply(request), success=done, failure=self._failed,
                     changes={"merge", "leads"}, parent=self)

    def _not_duplicate(self) -> None:
        group = self.current
        if group is None:
            return

        def done(_n: int) -> None:
            self.current = None
            self._own_change = True
            self._note = (self.tr("Remembered: these are different."))

        self.ops.run(lambda ws: ws.merges.not_duplicate(group.id), success=done,
                     failure=self._failed, changes={"merge"}, parent=self)

    def _undo(self) -> None:
        merge = self._selected_merge()
        if merge is None:
            return

        def done(view: mg.MergeView) -> None:
            self._note = (self.tr("Undone: {n} records are back.").format(
                n=len(view.merged_ids)))

        self.ops.run(lambda ws: ws.merges.undo(merge.id), success=done, failure=self._failed,
                     changes={"merge", "leads"}, parent=self)

    def _auto_changed(self) -> None:
        threshold = self.auto_spin.value() if self.auto_box.isChecked() else None
        self.auto_spin.setEnabled(threshold is not None)
        self.auto_run.setEnabled(threshold is not None)
        self.ops.run(lambda ws: ws.merges.set_auto_threshold(threshold), failure=self._failed,
                     parent=self)

    def _auto_run(self) -> None:
        def done(views: list[mg.MergeView]) -> None:
            self._note = (self.tr("Merged {n} groups automatically.").format(n=len(views)))

        self.ops.run(lambda ws, progress: ws.merges.auto_merge(progress), success=done,
                     failure=self._failed, changes={"merge", "leads"},
                     progress_label=self.tr("Merging duplicates"), parent=self)
