"""The Leads screen: search as you type, filters, follow-ups due, a lead's detail and history.

The table holds lead ids only; rows are fetched a page at a time when the view first shows
them, so 100,000 leads cost one query of ids. Searching and sorting happen in SQL (FTS5).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.i18n import format_datetime, format_day
from biox_desktop.core.leads import (
    CONSENT_BASES,
    VISIBILITIES,
    FileImport,
    HistoryEntry,
    LeadFilter,
    LeadInput,
    LeadRow,
    LeadView,
    network_label,
    parse_due,
)
from biox_desktop.core.outcomes import FollowUpView
from biox_desktop.core.phones import PhoneError, format_international, is_confirmed
from biox_desktop.core.validation import ValidationError
from biox_desktop.reports.leads_io import export_leads, import_vcards
from biox_desktop.ui import theme
from biox_desktop.ui.agreements import FollowUpDialog, record_follow_up
from biox_desktop.ui.capture import (
    CaptureDialog,
    camera_available,
    clipboard_payload,
    lead_from_clipboard_payload,
    lead_from_qr,
)
from biox_desktop.ui.operations import Operations, error_text, show_error

Index = QModelIndex | QPersistentModelIndex

#: Rows fetched per request when the view scrolls to rows not yet loaded.
PAGE = 200


def _phone(e164: str) -> str:
    try:
        return format_international(e164)
    except PhoneError:
        return e164


class LeadTableModel(QAbstractTableModel):
    """Leads by id; a page of rows is fetched through the operations worker when first shown."""

    COLUMNS = ("Name", "Organisation", "Role", "Interest", "Tags", "Next action", "Due",
               "Visible to", "Captured by", "Mission")
    SORT_KEYS = ("name", "organisation", None, "rating", None, None, "due", None, None, None)

    #: The user asked for another order: (sort key, descending).
    sort_requested = Signal(str, bool)

    def __init__(self, ops: Operations | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._ids: list[str] = []
        self._rows: dict[str, LeadRow] = {}
        self._pending: set[int] = set()
        self._generation = 0

    def set_ids(self, ids: list[str], rows: Sequence[LeadRow] = ()) -> None:
        """A new list of leads; ``rows`` already fetched with it (the first page) are shown at
        once, so a fast search replaces the rows without a flash of "…" placeholders."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows.clear()
        self._rows.update({r.id: r for r in rows})
        self._pending.clear()
        self.endResetModel()

    def set_rows(self, rows: list[LeadRow]) -> None:
        """Rows already known (tests, small lists): no fetching needed."""
        self.set_ids([r.id for r in rows], rows)

    def lead_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, lead_id: str) -> int:
        try:
            return self._ids.index(lead_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS[column] if 0 <= column < len(self.SORT_KEYS) else None
        self.sort_requested.emit(key or "name", order == Qt.SortOrder.DescendingOrder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._rows.get(self._ids[index.row()])
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._fetch(index.row() // PAGE)
                return "…" if index.column() == 0 else ""
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name, row.organisation_name, row.role,
                "★" * row.rating if row.rating else "",
                ", ".join(row.tags), row.next_action,
                format_day(row.next_action_due, "medium") if row.next_action_due else "",
                self.tr(VISIBILITIES.get(row.visibility, row.visibility)), row.owner_name,
                row.mission_name,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return "\n".join(x for x in (row.email, row.phone) if x) or None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 3:
            return self.tr("{n} of 5").format(n=row.rating) if row.rating else self.tr("none")
        return None

    def _fetch(self, page: int) -> None:
        if page in self._pending or self.ops is None:
            return
        self._pending.add(page)
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        generation = self._generation

        def done(rows: list[LeadRow]) -> None:
            if generation != self._generation:
                return  # the list changed meanwhile
            self._rows.update({r.id: r for r in rows})
            first, last = page * PAGE, min(len(self._ids), (page + 1) * PAGE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, self.columnCount() - 1))

        self.ops.run(lambda ws: ws.leads.rows(ids), success=done)


class LeadsScreen(QWidget):
    """Search, filter and follow up the leads; quick capture with Ctrl+L from any screen."""

    #: Emitted after every reload with the number of leads listed.
    leads_loaded = Signal(int)

    def __init__(self, ops: Operations, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.window_ = window
        self.mission_id: str | None = ops.workspace.settings.current_mission_id or None
        self.sort_key, self.descending = "name", False
        self._generation = 0
        self._stale_detail = False  # data changed since the detail was shown
        self._current: LeadView | None = None
        self._follow_ups: list[FollowUpView] = []
        self._review: list[str] = []  # why the shown lead is due for review

        title = QLabel(self.tr("Leads"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.search = QLineEdit()
        self.search.setObjectName("leadSearch")
        self.search.setPlaceholderText(self.tr("Search names, companies, e-mails, phones, notes…"))
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        self.search.textChanged.connect(self._search_changed)
        self.new_button = QPushButton(self.tr("&New lead…"))
        self.new_button.setToolTip(self.tr("Quick capture (Ctrl+L, from any screen)"))
        self.new_button.clicked.connect(self.quick_capture)
        self.import_button = QToolButton()
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.import_button)
        menu.addAction(self.tr("vCard files…"), self.import_files)
        menu.addAction(self.tr("Folder of vCards…"), self.import_folder)
        menu.addAction(self.tr("Attendee list of an event (CSV, XLSX)…"),
                       self.import_attendee_list)
        menu.addSeparator()
        menu.addAction(self.tr("QR code from an image…"), self.qr_from_file)
        menu.addAction(self.tr("QR code from the clipboard"), self.qr_from_clipboard)
        camera = menu.addAction(self.tr("Scan with the camera…"))
        camera.triggered.connect(lambda: self.open_capture().open_scanner())
        if not camera_available():
            camera.setEnabled(False)
            camera.setToolTip(self.tr("No camera was found"))
            camera.setText(self.tr("Scan with the camera (no camera found)"))
        self.import_button.setMenu(menu)
        self.import_button.setAccessibleName(self.tr("Import leads"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(self.export)

        self.view_tabs = QTabBar()
        self.view_tabs.setObjectName("leadViews")
        self.view_tabs.addTab(self.tr("All leads"))
        self.view_tabs.addTab(self.tr("Follow-ups due"))
        # Privacy: leads with no legal basis, and what the retention rules list (why: in the
        # detail). Not counted on the tab: the count would cost every keystroke a scan.
        self.view_tabs.addTab(self.tr("Consent missing"))
        self.view_tabs.addTab(self.tr("Due for review"))
        self.view_tabs.setAccessibleName(self.tr("Which leads"))
        self.view_tabs.currentChanged.connect(lambda _i: self.reload())
        self.mission_filter = QComboBox()
        self.mission_filter.setAccessibleName(self.tr("Mission filter"))
        self.mission_filter.addItem(self.tr("All missions"), None)
        self.rating_filter = QComboBox()
        self.rating_filter.setAccessibleName(self.tr("Interest filter"))
        self.rating_filter.addItem(self.tr("Any interest"), None)
        for n in range(2, 6):
            self.rating_filter.addItem(self.tr("{stars} or more").format(stars="★" * n), n)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Tag filter"))
        self.tag_filter.addItem(self.tr("Any tag"), "")
        for combo in (self.mission_filter, self.rating_filter, self.tag_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel()
        self.count_label.setObjectName("leadCount")

        self.model = LeadTableModel(ops, self)
        self.table = QTableView()
        self.table.setObjectName("leadsTable")
        self.table.setAccessibleName(self.tr("Leads"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Connected only now: turning sorting on asks the model to sort, which would load all
        # leads while the window is still being built (twice, 0.3 s each with 100,000 leads).
        self.model.sort_requested.connect(self._sort)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for col, width in enumerate((210, 210, 160, 70, 140, 180, 90, 120, 170)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur))
        self.search.returnPressed.connect(self.table.setFocus)

        self.detail = QTextBrowser()
        self.detail.setObjectName("leadDetail")
        self.detail.setAccessibleName(self.tr("Lead detail and history"))
        self.detail.setOpenExternalLinks(False)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.follow_button = QPushButton(self.tr("&Follow-up…"))
        self.follow_button.clicked.connect(self.add_follow_up)
        self.done_button = QPushButton(self.tr("Follow-up &done"))
        self.done_button.clicked.connect(self.follow_up_done)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.access_button = QPushButton(self.tr("Export everything about this person…"))
        self.access_button.setObjectName("accessExport")
        self.access_button.setToolTip(self.tr(
            "Everything this laptop holds about the person, with sources and dates, as a "
            "JSON file they can read (right of access)"))
        self.access_button.clicked.connect(self.export_person)
        self.erase_button = QPushButton(self.tr("Erase this person…"))
        self.erase_button.setAccessibleName(self.tr("Erase this person everywhere"))
        self.erase_button.clicked.connect(self.erase_current)
        detail_box = QWidget()
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail)
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.follow_button, self.done_button, self.delete_button,
                  self.access_button, self.erase_button):
            buttons.addWidget(b)
        dl.addLayout(buttons)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.view_tabs)
        filters.addSpacing(12)
        filters.addWidget(self.mission_filter)
        filters.addWidget(self.rating_filter)
        filters.addWidget(self.tag_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(25)  # coalesce a burst of keys into one query
        self._search_timer.timeout.connect(self._search)
        self._update_buttons()
        ops.changed.connect(self._on_changed)
        if window is not None:
            mission_changed = getattr(window, "mission_changed", None)
            if mission_changed is not None:
                mission_changed.connect(self.set_mission)

    # -- loading ------------------------------------------------------------------------------

    def current_filter(self) -> LeadFilter:
        return LeadFilter(
            text=self.search.text(), mission_id=self.mission_filter.currentData(),
            min_rating=self.rating_filter.currentData(), tag=self.tag_filter.currentData() or "",
            follow_up_due=self.view_tabs.currentIndex() == 1,
            consent_missing=self.view_tabs.currentIndex() == 2,
            due_for_review=self.view_tabs.currentIndex() == 3, sort=self.sort_key,
            descending=self.descending,
        )

    def reload(self) -> None:
        """Load the list and everything around it (filters, the follow-ups count)."""
        self._load(everything=True)

    def _search(self) -> None:
        """A keystroke in the search box: only the matching ids and the first page of rows,
        in one call; the filters and counts around the list do not change as one types."""
        self._load(everything=False)

    def _load(self, *, everything: bool) -> None:
        self._generation += 1
        generation = self._generation
        f = self.current_filter()
        due = LeadFilter(follow_up_due=True)

        def load(ws: Any) -> dict[str, Any]:
            ids = ws.leads.ids(f)
            # The first page comes with the ids: the view paints real rows straight away.
            result: dict[str, Any] = {"ids": ids, "rows": ws.leads.rows(ids[:PAGE])}
            if everything:
                result.update({
                    "due": ws.leads.count(due),
                    "tags": ws.leads.tags(),
                    "missions": [(m.id, m.name) for m in ws.missions.list()],
                })
            return result

        self.ops.run(load, success=lambda r: self._loaded(generation, r), parent=self)

    def _loaded(self, generation: int, result: dict[str, Any]) -> None:
        if generation != self._generation:
            return  # typed on meanwhile: a newer search is on its way
        self._stale_detail, stale = False, self._stale_detail
        selected = self._current.id if self._current else None
        if "missions" in result:
            self._refill(self.mission_filter,
                         [(None, self.tr("All missions"))] + result["missions"])
            self._refill(self.tag_filter, [("", self.tr("Any tag"))]
                         + [(t, t) for t in result["tags"]])
            self.view_tabs.setTabText(1, self.tr("Follow-ups due ({n})").format(n=result["due"]))
        self.model.set_ids(result["ids"], result["rows"])
        n = len(result["ids"])
        self.count_label.setText(self.tr("%Ln lead(s)", "", n))
        if selected and self.model.row_of(selected) >= 0:
            self.select(selected)
            if stale:  # the data changed (an import undone): show it again
                self._show(self.table.currentIndex())
        elif n:
            self.table.selectRow(0)
        else:
            self._current = None
            self.detail.setHtml(self._empty_text())
        self._update_buttons()
        self.leads_loaded.emit(n)

    def _empty_text(self) -> str:
        if self.search.text().strip():
            return self.tr("<p>No lead matches “{text}”.</p>").format(
                text=html.escape(self.search.text()))
        return self.tr("<p>No leads yet. Press <b>Ctrl+L</b> to capture one, or import "
                       "vCards or a QR code.</p>")

    def _refill(self, combo: QComboBox, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == items:
            return
        combo.blockSignals(True)
        combo.clear()
        for data, label in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.reload()

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"leads", "missions", "all", "sync"} & areas:
            self._stale_detail = True
            self.reload()

    def set_mission(self, mission_id: str) -> None:
        self.mission_id = mission_id or None

    # -- selection and detail -----------------------------------------------------------------

    def select(self, lead_id: str) -> None:
        row = self.model.row_of(lead_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        lead_id = self.model.lead_id(index.row())

        reviewing = self.view_tabs.currentIndex() == 3

        def load(ws: Any) -> tuple[LeadView, list[HistoryEntry], list[FollowUpView], list[str]]:
            why: list[str] = []
            if reviewing:  # say why the retention rules list it
                from biox_desktop.db.retention import due_for_review

                why = [i.detail for i in due_for_review(ws, lead_ids=[lead_id])]
            return (ws.leads.get(lead_id), ws.leads.history(lead_id),
                    ws.follow_ups.list(lead_id=lead_id), why)

        def shown(result: tuple[LeadView, list[HistoryEntry], list[FollowUpView],
                                list[str]]) -> None:
            lead, history, follow_ups, self._review = result
            current = self.table.currentIndex()
            if not current.isValid() or self.model.lead_id(current.row()) != lead.id:
                return
            self._current = lead
            self._follow_ups = follow_ups
            self.detail.setHtml(self.detail_html(lead, history, follow_ups))
            self._update_buttons()

        self.ops.run(load, success=shown, failure=lambda _e: None)

    def detail_html(self, lead: LeadView, history: list[HistoryEntry],
                    follow_ups: list[FollowUpView]) -> str:
        e = html.escape
        muted, warning = theme.css("muted"), theme.css("warning")
        parts = [f"<h2 style='margin-bottom:0'>{e(lead.name_native or lead.name)}</h2>"]
        if lead.name_native and lead.name_romanised:
            parts.append(f"<div style='color:{muted}'>{e(lead.name_romanised)}</div>")
        line = " · ".join(x for x in (lead.role, lead.organisation_name) if x)
        if line:
            parts.append(f"<p><b>{e(line)}</b></p>")
        rows: list[tuple[str, str]] = []
        if lead.emails:
            rows.append((self.tr("E-mail"), "<br>".join(e(x) for x in lead.emails)))
        if lead.phones:
            # A number kept as typed (two countries could own it) says it awaits a choice.
            unconfirmed = self.tr("(as typed: edit the lead to confirm its country)")
            rows.append((self.tr("Phone"), "<br>".join(
                e(_phone(x)) + ("" if is_confirmed(x) else f" <i>{e(unconfirmed)}</i>")
                for x in lead.phones)))
        for net, value in lead.messaging:
            rows.append((network_label(net), e(value)))
        if lead.linkedin:
            rows.append(("LinkedIn", e(lead.linkedin)))
        if lead.rating:
            rows.append((self.tr("Interest"), "★" * lead.rating + "☆" * (5 - lead.rating)))
        if lead.tags:
            rows.append((self.tr("Tags"), e(", ".join(lead.tags))))
        if lead.next_action or lead.next_action_due:
            due_word = self.tr("due")  # outside the f-string, where lupdate can see it
            due = (f" ({due_word} {format_day(lead.next_action_due, 'medium')})"
                   if lead.next_action_due else "")
            rows.append((self.tr("Next"), e(lead.next_action) + e(due)))
        if lead.mission_name:
            rows.append((self.tr("Mission"), e(lead.mission_name)))
        if lead.meeting_title:
            rows.append((self.tr("Meeting"), e(lead.meeting_title)))
        rows.append((self.tr("Visible to"), e(self.tr(VISIBILITIES.get(lead.visibility, lead.visibility)))))
        if lead.consent and not lead.consent.withdrawn:
            wording = self.tr("wording")
            given = format_datetime(lead.consent.given_at, "medium")
            basis = self.tr(CONSENT_BASES.get(lead.consent.basis, lead.consent.basis))
            version = lead.consent.wording_version  # none for legitimate interest
            rows.append((self.tr("Consent"), e(f"{basis}, {given} UTC"
                                               + (f", {wording} {version}" if version else ""))))
        else:
            none_recorded = self.tr("none recorded")
            rows.append((self.tr("Consent"),
                         f"<span style='color:{warning}'>{none_recorded}</span>"))
        if self._review:
            rows.append((self.tr("Due for review"), "<br>".join(
                f"<span style='color:{warning}'>{e(why)}</span>" for why in self._review)))
        parts.append("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:{muted};padding-right:8px'>{k}</td><td>{v}</td></tr>"
            for k, v in rows) + "</table>")
        if lead.notes:
            parts.append(f"<p>{e(lead.notes)}</p>")
        open_fu = [f for f in follow_ups if not f.done]
        if open_fu:
            heading = self.tr("Open follow-ups")
            parts.append(f"<h3>{heading}</h3><ul>" + "".join(
                f"<li>{e(format_day(f.due_date, 'medium'))} {e(f.notes)}</li>" if f.due_date
                else f"<li>{e(f.notes)}</li>" for f in open_fu) + "</ul>")
        history_heading = self.tr("History")
        parts.append(f"<h3>{history_heading}</h3><ul>")
        words = {"created": self.tr("Captured"), "edited": self.tr("Edited"), "consent": self.tr("Consent"),
                 "follow-up": self.tr("Follow-up planned"), "follow-up done": self.tr("Follow-up done"),
                 "deleted": self.tr("Deleted")}
        for h in history:
            when = format_datetime(h.at.astimezone(), "medium")
            if h.what == "batch":  # "Imported from cards.vcf (batch …)" says it all
                parts.append(f"<li>{e(when)} — {e(h.detail)}</li>")
                continue
            parts.append(f"<li>{e(when)} — {e(words.get(h.what, h.what))}"
                         + (f": {e(h.detail)}" if h.detail else "") + "</li>")
        parts.append("</ul>")
        return "".join(parts)

    def _update_buttons(self) -> None:
        has = self._current is not None
        for b in (self.edit_button, self.follow_button, self.delete_button, self.access_button,
                  self.erase_button):
            b.setEnabled(has)
        self.done_button.setEnabled(has and any(not f.done for f in self._follow_ups))

    # -- actions ------------------------------------------------------------------------------

    def open_capture(self, prefill: LeadInput | None = None,
                     lead: LeadView | None = None) -> CaptureDialog:
        parent = self.window_ if self.window_ is not None else self
        dialog = CaptureDialog(self.ops, parent, mission_id=self.mission_id, prefill=prefill,
                               lead=lead)

        def done(_result: int) -> None:
            # Saved: select the lead once the reload its change announces has listed it.
            if dialog.saved is not None:
                self._select_later(dialog.saved.id)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _select_later(self, lead_id: str) -> None:
        def wait(_n: int) -> None:
            self.leads_loaded.disconnect(wait)
            self.select(lead_id)

        self.leads_loaded.connect(wait)

    def quick_capture(self) -> CaptureDialog:
        return self.open_capture()

    def edit_current(self) -> None:
        if self._current is not None:
            self.open_capture(lead=self._current)

    def delete_current(self) -> None:
        lead = self._current
        if lead is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete lead"),
            self.tr("Delete the lead {name}? It disappears on every laptop after the next "
                    "sync.").format(name=lead.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._current = None
            self.ops.run(lambda ws: ws.leads.delete(lead.id), changes={"leads"}, parent=self)

    def erase_current(self) -> Any:
        """Ask to erase the current lead's person ("right to be forgotten") and do it."""
        lead = self._current
        if lead is None:
            return None
        from biox_desktop.ui.erasure import ErasureDialog

        dialog = ErasureDialog(self.ops, lead.person_id, lead.name, self)
        dialog.accepted.connect(lambda: setattr(self, "_current", None))
        dialog.open()
        return dialog

    def add_follow_up(self) -> None:
        lead = self._current
        if lead is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Follow-up"),
            self.tr("Due (+3, 2w, tomorrow or 2026-12-01), then a note after a comma:"),
            text="+7, ")
        if not ok:
            return
        due_text, _sep, note = text.partition(",")
        try:
            due = parse_due(due_text, dt.date.today())
        except ValidationError as exc:
            show_error(self, exc)
            return
        self.ops.run(lambda ws: ws.follow_ups.add_reminder(lead.id, due, note),
                     changes={"leads", "follow_ups"}, parent=self)

    def follow_up_done(self) -> FollowUpDialog | None:
        """Record what came of the next open follow-up (outcome and rating, as the
        Agreements screen records them), so the reports count it like any other."""
        open_fu = [f for f in self._follow_ups if not f.done]
        if not open_fu:
            return None
        return record_follow_up(self, self.ops, open_fu[0], changes={"leads", "follow_ups"})

    # -- import and export --------------------------------------------------------------------

    def import_files(self) -> None:
        files, _f = QFileDialog.getOpenFileNames(
            self, self.tr("Import vCard files"), "",
            self.tr("vCard files (*.vcf *.vcard);;Lead tables from an export (*.csv *.xlsx);;"
                    "All files (*)"))
        if files:
            self.ask_basis(files)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of vCards"))
        if folder:
            self.ask_basis([folder])

    def ask_basis(self, paths: list[str]) -> ImportBasisDialog:
        """Ask the legal basis of the batch, then import (Cancel imports nothing)."""
        dialog = ImportBasisDialog(self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.import_paths(paths, dialog.basis.currentData())

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def import_paths(self, paths: list[str], basis: str = "none") -> None:
        mission_id = self.mission_id

        def work(ws: Any, progress: Any) -> list[FileImport]:
            return import_vcards(ws, paths, mission_id=mission_id, basis=basis,
                                 progress=progress)

        self.ops.run(work, success=self._imported, changes={"leads"},
                     progress_label=self.tr("Importing vCards"), parent=self)

    def _imported(self, results: list[FileImport]) -> QMessageBox:
        self.last_import = results
        imported = sum(r.imported for r in results)
        updated = sum(r.updated for r in results)
        lines = [self.tr("%n lead(s) imported", "", imported) + ", "
                 + self.tr("%n updated", "", updated) + " "
                 + self.tr("from %n file(s).", "", len(results))]
        lacking = sum(r.without_basis for r in results)
        basis_note = self.tr("{n} of them have no legal basis (consent missing): see the "
                             "“Consent missing” list.").format(n=lacking) if lacking else ""
        for r in results:
            for reason in r.refused[:20]:
                lines.append("• " + reason)
        notes = [w for r in results for w in r.warnings]
        lines.extend("• " + w for w in notes[:50])
        box = QMessageBox(self)
        box.setObjectName("importResult")
        box.setIcon(QMessageBox.Icon.Information if not any(r.refused for r in results)
                    else QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("vCard import"))
        box.setText(lines[0])
        if len(lines) > 1:
            box.setDetailedText("\n".join(lines[1:]))
            box.setInformativeText(" ".join(x for x in (basis_note, (
                self.tr("Some cards were refused; see the details.")
                if any(r.refused for r in results) else self.tr("See the details for notes.")))
                if x))
        elif basis_note:
            box.setInformativeText(basis_note)
        batch_id = next((r.batch_id for r in results if r.batch_id), None)
        box.addButton(QMessageBox.StandardButton.Ok)
        if batch_id:
            undo = box.addButton(self.tr("Undo this import"), QMessageBox.ButtonRole.ActionRole)
            undo.setObjectName("undoImport")
            undo.clicked.connect(lambda: self.undo_import(batch_id))
        box.open()
        return box

    def undo_import(self, batch_id: str) -> None:
        """Take an import back (created leads removed, changed fields restored unless edited
        since), then say what was done."""
        self.ops.run(lambda ws: ws.batches.undo(batch_id), success=self._import_undone,
                     changes={"leads", "follow_ups"}, parent=self)

    def _import_undone(self, report: Any) -> None:
        box = QMessageBox(self)
        box.setObjectName("importUndone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("vCard import"))
        box.setText(self.tr("Import undone: {removed} records removed, {restored} fields "
                            "restored.").format(removed=report.removed, restored=report.restored))
        if report.kept:
            box.setInformativeText(self.tr(
                "{n} fields edited since the import were kept as they are.").format(
                    n=len(report.kept)))
        box.open()

    def export_person(self) -> None:
        lead = self._current
        if lead is None:
            return
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export everything about this person"),
            f"{lead.name_romanised or lead.name or 'person'}.json",
            self.tr("JSON (*.json)"))
        if path:
            self.export_person_to(path)

    def export_person_to(self, path: str) -> None:
        """Write the access export of the current lead's person (a JSON file they can read)."""
        lead = self._current
        if lead is None:
            return
        person_id = lead.person_id

        def work(ws: Any) -> Any:
            from biox_desktop.db.privacy_export import export_person

            return export_person(ws, person_id, path)

        self.ops.run(work, success=lambda r: self.count_label.setText(
            self.tr("Wrote everything about {name} to {path}").format(
                name=r.name, path=Path(path).name)), parent=self)

    def import_attendee_list(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Participant export of the organiser"), "",
            self.tr("Participant lists (*.csv *.xlsx)"))
        if path:
            self.import_attendees_from(path)

    def import_attendees_from(self, path: str) -> None:
        """Store an event's participant list on this laptop, for badge scans and names."""
        mission_id = self.mission_id

        def work(ws: Any) -> Any:
            from biox_desktop.reports.attendees_io import import_attendees

            return import_attendees(ws, path, mission_id)

        def done(result: Any) -> None:
            text = self.tr("%n participant(s) of {name} ready for badge scans.", "",
                           len(result.rows)).format(name=Path(path).name)
            if result.refused:
                text += " " + self.tr("%n row(s) refused: ", "", len(result.refused)) + "; ".join(
                    result.refused)
            self.count_label.setText(text)

        def failed(error: BaseException) -> None:
            box = self._qr_failed(error)
            box.setWindowTitle(self.tr("Attendee list"))
            if isinstance(error, ValidationError):
                box.setText("; ".join(e.message for e in error.errors))

        self.ops.run(work, success=done, failure=failed, parent=self)

    def qr_from_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("QR code image"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"))
        if path:
            self.qr_from_path(path)

    def qr_from_path(self, path: str) -> None:
        mission_id = self.mission_id

        def work(ws: Any) -> LeadInput:
            return lead_from_qr(str(Path(path)), ws.leads.mission_country(mission_id))

        self.ops.run(work, success=lambda data: self.open_capture(prefill=data),
                     failure=self._qr_failed, parent=self)

    def qr_from_clipboard(self) -> None:
        payload = clipboard_payload()
        if payload is None:
            self._qr_failed(ValueError(self.tr("The clipboard holds no image and no text.")))
            return
        kind, data = payload
        mission_id = self.mission_id

        def work(ws: Any) -> LeadInput:
            return lead_from_clipboard_payload(kind, data, ws.leads.mission_country(mission_id))

        self.ops.run(work, success=lambda d: self.open_capture(prefill=d),
                     failure=self._qr_failed, parent=self)

    def _qr_failed(self, error: BaseException) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("qrError")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("QR code"))
        box.setText(str(error) if isinstance(error, ValueError) else error_text(error))
        box.open()
        return box

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export leads"), "leads.vcf",
            self.tr("vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;"
                    "HubSpot import (*.csv);;Salesforce import (*.csv)"))
        if path:
            self.export_to(path, chosen)

    def export_to(self, path: str, chosen: str = "") -> None:
        """Export the leads listed (the search, tab and filters shown) to ``path``; HubSpot and
        Salesforce write their import files next to it."""
        fmt = Path(path).suffix.lower().lstrip(".") or "vcf"
        version = "4.0" if "4.0" in chosen else "3.0"
        flt = self.current_filter()
        crm = "hubspot" if "HubSpot" in chosen else "salesforce" if "Salesforce" in chosen else ""

        def work(ws: Any) -> int:
            ids = ws.leads.ids(flt)
            if crm:
                from biox_desktop.reports.crm import export_crm

                export_crm(ws, path, crm, ids)
                return len(ids)
            return export_leads(ws, path, fmt, version=version, ids=ids)

        self.ops.run(work, success=lambda n: self.count_label.setText(
            self.tr("Exported {n} leads to {path}").format(n=n, path=Path(path).name)),
            parent=self)


class ImportBasisDialog(QDialog):
    """The legal basis of an import's whole batch; "none" marks every lead consent missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBasis")
        self.setWindowTitle(self.tr("Import leads"))
        self.basis = QComboBox()
        self.basis.setAccessibleName(self.tr("Legal basis of the imported leads"))
        self.basis.addItem(self.tr("None recorded: mark them “consent missing”"), "none")
        self.basis.addItem(self.tr("Consent: they agreed to our consent wording"), "consent")
        self.basis.addItem(self.tr("Legitimate interest"), "legitimate_interest")
        note = QLabel(self.tr(
            "On which legal basis are these people's details kept? Choose consent only when "
            "each of them agreed to the wording in Settings › Privacy. Leads without a basis "
            "are listed under “Consent missing” until one is recorded."))
        note.setWordWrap(True)
        form = QFormLayout()
        caption = QLabel(self.tr("Legal &basis"))
        caption.setBuddy(self.basis)
        form.addRow(caption, self.basis)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.basis.setFocus()
