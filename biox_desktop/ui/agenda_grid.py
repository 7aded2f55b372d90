"""The B2B grid tab of the Agenda screen: one session's slots × tables, scheduling by hand.

Each meeting sits in its cell (both sides' names, a lock when locked). The leader drags a
meeting to another cell, or moves it with the keyboard: Enter picks the meeting up, the arrows
choose a cell, Enter puts it down (Escape leaves it where it was). While a meeting is selected
or carried, the cells free for both participants are highlighted; a drop anywhere else is
refused with the reason in words (:func:`biox_desktop.core.agenda_grid.drop_problem`). Moves go
through the agenda service (``move_meeting``), so SEQUENCE, "changed since published" and the
lock follow as for any other move; whether a moved meeting is locked is the leader's choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QDrag, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.agenda import AgendaItemView, Conflict, MeetingView, in_zone
from biox_desktop.core.agenda_grid import (
    SessionGrid,
    b2b_sessions,
    drop_problem,
    free_cells,
    session_grid,
)
from biox_desktop.core.i18n import format_day, format_time
from biox_desktop.ui.operations import error_text
from biox_desktop.ui.theme import icon

if TYPE_CHECKING:
    from biox_desktop.ui.agenda import AgendaScreen

Index = QModelIndex | QPersistentModelIndex
#: What a dragged meeting carries: its id (never shown).
MEETING_MIME = "application/x-biox-meeting-id"

#: Cell colours (background, text) for light and dark palettes.
CELL_COLOURS = {
    False: {"free": ("#CDEFD3", "#12351a"), "break": ("#E4E6E8", "#4a5156"),
            "conflict": ("#F8C9C4", "#3d0f0a"), "draft": ("#E8EEF1", "#1b2327"),
            "carried": ("#FFE08A", "#2e2300")},
    True: {"free": ("#1f4d2b", "#e3f5e6"), "break": ("#2a2f32", "#9aa1a6"),
           "conflict": ("#5c2520", "#fde3df"), "draft": ("#263540", "#e6e8ea"),
           "carried": ("#6b5514", "#fff4cc")},
}


def _short(meeting: MeetingView, side: str) -> str:
    """The people of one side by name (their organisations are in the tooltip)."""
    return ", ".join(p.name for p in meeting.side(side))


class SessionGridModel(QAbstractTableModel):
    """Rows: the session's slots and breaks; columns: its tables; a meeting per cell."""

    #: A drop or keyboard move refused: the reason in words.
    refused = Signal(str)
    #: A valid move: meeting id, row, column.
    move_requested = Signal(str, int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: SessionGrid | None = None
        self.meetings: tuple[MeetingView, ...] = ()
        self.items: tuple[AgendaItemView, ...] = ()
        self.flagged: dict[str, list[Conflict]] = {}
        self.dark = False
        self.active: str | None = None  # the meeting selected or carried
        self.carried = False
        self.free: set[tuple[int, int]] = set()
        self._lock = icon("lock")

    # -- content ------------------------------------------------------------------------------

    def set_grid(self, grid: SessionGrid | None, meetings: Sequence[MeetingView],
                 items: Sequence[AgendaItemView], flagged: dict[str, list[Conflict]]) -> None:
        self.beginResetModel()
        self.grid, self.meetings, self.items = grid, tuple(meetings), tuple(items)
        self.flagged = flagged
        if grid is None or grid.cell_of(self.active or "") is None:
            self.active, self.carried = None, False
        self.free = self._free()
        self.endResetModel()

    def set_active(self, meeting_id: str | None, *, carried: bool = False) -> None:
        """Highlight where ``meeting_id`` may go (None: no highlight)."""
        if meeting_id == self.active and carried == self.carried:
            return
        self.active, self.carried = meeting_id, carried
        self.free = self._free()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole,
                                   Qt.ItemDataRole.ForegroundRole])

    def _free(self) -> set[tuple[int, int]]:
        meeting = self.meeting_by_id(self.active)
        if self.grid is None or meeting is None:
            return set()
        return free_cells(self.grid, meeting, self.meetings, self.items)

    def meeting_by_id(self, meeting_id: str | None) -> MeetingView | None:
        return next((m for m in self.meetings if m.id == meeting_id), None) if meeting_id \
            else None

    def meeting_at(self, index: Index) -> MeetingView | None:
        if self.grid is None or not index.isValid():
            return None
        return self.grid.placed.get((index.row(), index.column()))

    def index_of(self, meeting_id: str) -> QModelIndex:
        cell = self.grid.cell_of(meeting_id) if self.grid is not None else None
        return QModelIndex() if cell is None else self.index(*cell)

    def problem(self, meeting_id: str, row: int, column: int) -> str | None:
        """Why the meeting cannot go to (row, column); None when it can."""
        meeting = self.meeting_by_id(meeting_id)
        if self.grid is None or meeting is None:
            return self.tr("That meeting is no longer on this grid.")
        return drop_problem(self.grid, meeting, row, column, self.meetings, self.items)

    def try_move(self, meeting_id: str, row: int, column: int) -> bool:
        """Ask for a move to (row, column), or say why it is refused; whether it was asked."""
        if self.grid is not None and self.grid.cell_of(meeting_id) == (row, column):
            return False  # put back where it was: nothing to do
        problem = self.problem(meeting_id, row, column)
        if problem is not None:
            self.refused.emit(problem)
            return False
        self.move_requested.emit(meeting_id, row, column)
        return True

    # -- table --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else self.grid.tables

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr("Table {n}").format(n=section + 1)
        if 0 <= section < len(self.grid.rows):
            row, zone = self.grid.rows[section], self.grid.session.timezone
            return f"{format_time(in_zone(row.start, zone))}–{format_time(in_zone(row.end, zone))}"
        return None

    def _colours(self, kind: str, role: int) -> QBrush:
        back, fore = CELL_COLOURS[self.dark][kind]
        return QBrush(QColor(back if role == Qt.ItemDataRole.BackgroundRole else fore))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        row = self.grid.rows[index.row()]
        meeting = self.meeting_at(index)
        cell = (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if row.is_break:
                return self.tr("Break") if index.column() == 0 else ""
            if meeting is None:
                return ""
            return f"{_short(meeting, 'delegation')}\n× {_short(meeting, 'guest')}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._lock if meeting is not None and meeting.locked else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if meeting is None:
                return None
            lines = [meeting.title, meeting.names("delegation"), "× " + meeting.names("guest"),
                     self.tr("Locked: a new scheduling run keeps it here")
                     if meeting.locked else self.tr("Not locked: a new scheduling run may move it")]
            if meeting.status == "draft":
                lines.append(self.tr("Draft"))
            lines.extend("⚠ " + c.message for c in self.flagged.get(meeting.id, []))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole and meeting is not None:
            lock = self.tr(", locked") if meeting.locked else ""
            return f"{meeting.names('delegation')} × {meeting.names('guest')}{lock}"
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if row.is_break:
                return self._colours("break", role)
            if meeting is not None and meeting.id == self.active and self.carried:
                return self._colours("carried", role)
            if self.active is not None and cell in self.free and meeting is None:
                return self._colours("free", role)
            if meeting is not None and meeting.id in self.flagged:
                return self._colours("conflict", role)
            if meeting is not None and meeting.status == "draft":
                return self._colours("draft", role)
            return None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.grid is None or not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if self.grid.rows[index.row()].is_break:
            return base
        base |= Qt.ItemFlag.ItemIsSelectable
        if self.meeting_at(index) is not None:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    # -- drag and drop ------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MEETING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        meeting = next((m for m in (self.meeting_at(i) for i in indexes) if m), None)
        if meeting is None:
            return None
        data = QMimeData()
        data.setData(MEETING_MIME, QByteArray(meeting.id.encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        # Every cell takes the drop: a refused one says why (rather than a silent "no" cursor).
        return data.hasFormat(MEETING_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MEETING_MIME):
            return False
        meeting_id = bytes(data.data(MEETING_MIME).data()).decode()
        if parent.isValid():
            row, column = parent.row(), parent.column()
        # The move happens through the service; the view must not remove or overwrite cells.
        self.try_move(meeting_id, row, column)
        return False


class SessionGridView(QTableView):
    """The grid with drag and drop and keyboard moves (Enter, arrows, Enter; Escape)."""

    #: A keyboard pick-up (the meeting's id) or its end ("").
    carrying = Signal(str)

    def __init__(self, model: SessionGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_model = model
        self.setModel(model)
        self.setObjectName("b2bGrid")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().horizontalAdvance("m" * 16))
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3)

    def selected_meeting(self) -> MeetingView | None:
        return self.grid_model.meeting_at(self.currentIndex()) \
            if self.selectionModel().hasSelection() else None

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if not self.grid_model.carried:
            meeting = self.grid_model.meeting_at(current)
            self.grid_model.set_active(meeting.id if meeting else None)

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the meeting under the cursor, its free cells highlighted meanwhile."""
        index = self.currentIndex()
        meeting = self.grid_model.meeting_at(index)
        data = self.grid_model.mimeData([index])
        if meeting is None or data is None:
            return
        self.grid_model.set_active(meeting.id)
        drag = QDrag(self)
        drag.setMimeData(data)
        rect = self.visualRect(index)
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(QPoint(rect.width() // 2, rect.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)
        current = self.grid_model.meeting_at(self.currentIndex())
        self.grid_model.set_active(current.id if current else None)

    def pick_up(self) -> bool:
        """Start a keyboard move of the selected meeting; whether there was one."""
        meeting = self.grid_model.meeting_at(self.currentIndex())
        if meeting is None:
            return False
        self.grid_model.set_active(meeting.id, carried=True)
        self.carrying.emit(meeting.id)
        return True

    def put_down(self) -> bool:
        """End a keyboard move at the current cell (refused moves keep it carried)."""
        meeting_id = self.grid_model.active
        if not self.grid_model.carried or meeting_id is None:
            return False
        index = self.currentIndex()
        own = self.grid_model.index_of(meeting_id)
        if own.isValid() and own.row() == index.row() and own.column() == index.column():
            self.drop_carried()
            return True
        if self.grid_model.try_move(meeting_id, index.row(), index.column()):
            self.grid_model.set_active(meeting_id, carried=False)
            self.carrying.emit("")
        return True

    def drop_carried(self) -> None:
        """Leave the carried meeting where it was."""
        meeting_id = self.grid_model.active
        self.grid_model.set_active(meeting_id, carried=False)
        self.carrying.emit("")
        own = self.grid_model.index_of(meeting_id or "")
        if own.isValid():
            self.setCurrentIndex(own)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.grid_model.carried:
                self.put_down()
            else:
                self.pick_up()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.grid_model.carried:
            self.drop_carried()
            event.accept()
            return
        super().keyPressEvent(event)


class AgendaGridPage(QWidget):
    """The "B2B grid" tab: a session chooser, lock controls, the grid and what was refused."""

    def __init__(self, screen: AgendaScreen) -> None:
        super().__init__(screen)
        self.agenda = screen
        self.items: tuple[AgendaItemView, ...] = ()
        self.meetings: tuple[MeetingView, ...] = ()
        self.flagged: dict[str, list[Conflict]] = {}
        #: The meeting moved last: the selection follows it to its new cell.
        self.follow: str | None = None
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("B2B session"))
        self.session.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session.currentIndexChanged.connect(lambda _i: self._fill())
        self.lock_moves = QCheckBox(self.tr("Loc&k the meetings I move"))
        self.lock_moves.setToolTip(self.tr(
            "A locked meeting stays where you put it when the scheduler runs again; "
            "unlock it to let the scheduler place it."))
        self.lock_moves.setChecked(True)
        self.move_button = QPushButton(self.tr("Move &to…"))
        self.lock_button = QPushButton(self.tr("Lock"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.move_button.setAccessibleName(self.tr("Move the selected meeting to…"))
        self.lock_button.setAccessibleName(self.tr("Lock the selected meeting"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the selected meeting"))
        self.move_button.clicked.connect(lambda _c=False: self.move_to())
        self.lock_button.clicked.connect(lambda _c=False: self.set_locked(True))
        self.unlock_button.clicked.connect(lambda _c=False: self.set_locked(False))
        self.model = SessionGridModel(self)
        self.view = SessionGridView(self.model, self)
        self.view.setAccessibleName(self.tr("Meetings of the session by slot and table"))
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.carrying.connect(self._carrying)
        self.model.refused.connect(self._refused)
        self.model.move_requested.connect(self._move)
        self.message = QLabel()
        self.message.setObjectName("gridMessage")
        self.message.setWordWrap(True)
        self.off_grid = QLabel()
        self.off_grid.setObjectName("gridOffGrid")
        self.off_grid.setWordWrap(True)
        hint = QLabel(self.tr(
            "Drag a meeting to a free cell (highlighted), or select it, press Enter, choose a "
            "cell with the arrow keys and press Enter again."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session)
        top.addStretch(1)
        top.addWidget(self.lock_moves)
        for b in (self.move_button, self.lock_button, self.unlock_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.off_grid)

    # -- content ------------------------------------------------------------------------------

    def set_data(self, items: Sequence[AgendaItemView], meetings: Sequence[MeetingView],
                 flagged: dict[str, list[Conflict]]) -> None:
        """Show the mission's B2B sessions (the one shown before stays chosen)."""
        self.items, self.meetings, self.flagged = tuple(items), tuple(meetings), flagged
        keep = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        for s in b2b_sessions(items):
            local = in_zone(s.starts_at, s.timezone)
            self.session.addItem(f"{format_day(local, 'short')} {format_time(local)} · {s.title}",
                                 s.id)
        self.session.setCurrentIndex(max(0, self.session.findData(keep)))
        self.session.blockSignals(False)
        self._fill()

    def current_session(self) -> AgendaItemView | None:
        sid = self.session.currentData()
        return next((i for i in self.items if i.id == sid), None)

    def _fill(self) -> None:
        session = self.current_session()
        self.model.dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        selected = self.view.selected_meeting()
        keep = self.follow or (selected.id if selected else None)
        self.follow = None
        grid = session_grid(session, self.meetings) if session is not None else None
        self.model.set_grid(grid, self.meetings, self.items, self.flagged)
        self.view.clearSpans()
        if grid is None:
            self.off_grid.setText(self.tr("This mission has no B2B session with slots and "
                                          "tables yet.") if not self.session.count() else "")
            return
        for n, row in enumerate(grid.rows):
            if row.is_break and grid.tables > 1:
                self.view.setSpan(n, 0, 1, grid.tables)
        if grid.off_grid:
            names = "; ".join(f"{m.names('delegation')} × {m.names('guest')}"
                              for m in grid.off_grid)
            self.off_grid.setText(self.tr(
                "Off the grid (no slot or table; move them with Move…): {names}").format(
                names=names))
        else:
            self.off_grid.setText("")
        if keep is not None:
            index = self.model.index_of(keep)
            if index.isValid():
                self.view.setCurrentIndex(index)

    # -- actions ------------------------------------------------------------------------------

    def _carrying(self, meeting_id: str) -> None:
        meeting = self.model.meeting_by_id(meeting_id)
        if meeting is not None:
            self.message.setText(self.tr(
                "Moving {who}: choose a highlighted cell with the arrow keys and press Enter "
                "(Escape leaves it where it was).").format(
                who=f"{meeting.names('delegation')} × {meeting.names('guest')}"))
        else:
            self.message.setText("")

    def _refused(self, reason: str) -> None:
        self.message.setText(self.tr("Not moved: {reason}").format(reason=reason))

    def _move(self, meeting_id: str, row: int, column: int) -> None:
        grid, meeting = self.model.grid, self.model.meeting_by_id(meeting_id)
        if grid is None or meeting is None:
            return
        start, table = grid.rows[row].start, column + 1
        lock = self.lock_moves.isChecked() or meeting.locked
        zone = grid.session.timezone
        where = self.tr("{time}, table {table}").format(
            time=format_time(in_zone(start, zone)), table=table)
        self.message.setText(self.tr("Moving to {where}…").format(where=where))

        def done(_moved: MeetingView) -> None:
            self.message.setText(self.tr("Moved to {where}.").format(where=where))
            self.follow = meeting_id  # the reload that follows selects it where it went

        def failed(error: BaseException) -> None:
            self.message.setText(self.tr("Not moved: {reason}").format(
                reason=error_text(error)))

        self.agenda.ops.run(lambda ws: ws.agenda.move_meeting(meeting_id, start, table,
                                                              lock=lock),
                            changes={"agenda"}, parent=self, success=done, failure=failed)

    def move_to(self) -> None:
        """The Move dialog for the selected meeting (slots of every session, tables)."""
        meeting = self.view.selected_meeting()
        if meeting is not None:
            self.agenda.move_meeting_dialog(meeting)

    def set_locked(self, locked: bool) -> None:
        meeting = self.view.selected_meeting()
        if meeting is None:
            return
        ids = [meeting.id]

        def done(_n: int) -> None:
            self.message.setText(self.tr("Meeting locked.") if locked
                                 else self.tr("Meeting unlocked."))

        self.agenda.ops.run(lambda ws: ws.agenda.set_locked_many(ids, locked),
                            changes={"agenda"}, parent=self, success=done)

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        meeting = self.model.meeting_at(index)
        if meeting is None:
            return
        self.view.setCurrentIndex(index)
        menu = self.context_menu(meeting)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, meeting: MeetingView) -> QMenu:
        """Move to…, Lock or Unlock, Cancel for the meeting in the cell."""
        menu = QMenu(self)
        menu.setObjectName("gridMenu")
        move = QAction(self.tr("Move to…"), menu)
        move.triggered.connect(lambda _c=False: self.move_to())
        lock = QAction(self.tr("Unlock") if meeting.locked else self.tr("Lock"), menu)
        lock.triggered.connect(lambda _c=False: self.set_locked(not meeting.locked))
        cancel = QAction(self.tr("Cancel meeting"), menu)
        cancel.triggered.connect(lambda _c=False: self.agenda.cancel_meetings([meeting.id]))
        for action in (move, lock, cancel):
            menu.addAction(action)
        self.last_menu = menu
        return menu
