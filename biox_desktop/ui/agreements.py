"""The Agreements screen: the register of SME agreements and cluster MoUs, their documents, and
the follow-ups that fall due after meetings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.enums import AGREEMENT_KINDS, PARTNER_KINDS
from biox_desktop.core.outcomes import (
    AGREEMENT_STATUSES,
    FOLLOW_UP_KINDS,
    FOLLOW_UP_OUTCOMES,
    PARTY_ROLES,
    AgreementInput,
    AgreementView,
    FollowUpResult,
    FollowUpView,
    PartyInput,
    validate_agreement,
    validate_follow_up,
)
from biox_desktop.core.validation import ValidationError
from biox_desktop.ui import theme
from biox_desktop.ui.dates import DateField
from biox_desktop.ui.forms import FieldForm, FormGuard
from biox_desktop.ui.operations import Operations, show_error

Index = QModelIndex | QPersistentModelIndex

KIND_FILTERS = (("", "All kinds"), ("sme", "SME agreements"), ("mou", "MoUs and cooperation"))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


class AgreementTableModel(QAbstractTableModel):
    """Agreements as rows (a register holds tens to hundreds: the list is held)."""

    COLUMNS = ("Signed", "Kind", "Title", "Parties", "Mission", "Status", "Came from",
               "Document")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgreementView] = []

    def set_rows(self, rows: list[AgreementView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def agreement(self, row: int) -> AgreementView:
        return self._rows[row]

    def row_of(self, agreement_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == agreement_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            meetings, leads = len(a.meeting_ids), len(a.lead_ids)
            sources = []
            if meetings:
                sources.append(self.tr("{n} meeting(s)").format(n=meetings))
            if leads:
                sources.append(self.tr("{n} lead(s)").format(n=leads))
            return (
                a.signed_on.isoformat() if a.signed_on else "",
                self.tr(AGREEMENT_KINDS.get(a.kind, a.kind)),
                a.title,
                a.party_names,
                a.mission_name or "",
                self.tr(AGREEMENT_STATUSES.get(a.status, a.status)),
                ", ".join(sources),
                ", ".join(d.filename for d in a.attachments),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and a.notes:
            return a.notes
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and a.parties:
            # Who is who: the SME, the cluster, the gateway partner of a cooperation agreement.
            return "\n".join(f"{p.display} — {self.tr(PARTY_ROLES.get(p.role, p.role))}"
                             for p in a.parties)
        if role == Qt.ItemDataRole.ToolTipRole and col == 6 and a.links:
            return "\n".join(link.label for link in a.links)
        return None


class FollowUpTableModel(QAbstractTableModel):
    """Follow-up reminders: due date, what it is about, and the result once done."""

    COLUMNS = ("Due", "Follow-up", "About", "Outcome", "Rating")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpView] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[FollowUpView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = dt.date.today()
        self.endResetModel()

    def follow_up(self, row: int) -> FollowUpView:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = f.due_date.isoformat() if f.due_date else ""
            if f.overdue(self.today):
                due = self.tr("{date} (overdue)").format(date=due)
            return (
                due,
                self.tr(FOLLOW_UP_KINDS.get(f.kind, f.kind)),
                f.subject,
                self.tr(FOLLOW_UP_OUTCOMES.get(f.outcome or "", "")) if f.done else
                self.tr("To do"),
                str(f.rating) if f.rating else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and f.overdue(self.today):
            return QBrush(theme.colour("warning"))
        return None


class AgreementDialog(QDialog):
    """Register or edit an agreement; refuses to close while the input is invalid."""

    def __init__(self, parent: QWidget | None, ops: Operations,
                 organisations: list[tuple[str, str, str, str]],
                 missions: list[tuple[str, str]], agreement: AgreementView | None = None,
                 mission_id: str | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Edit agreement") if agreement else
                            self.tr("New agreement"))
        self.setMinimumWidth(620)
        self.result_input: AgreementInput | None = None
        self._org_names = {oid: name for oid, name, _k, _c in organisations}
        self._wanted_links: set[str] = set(agreement.meeting_ids + agreement.lead_ids) \
            if agreement else set()

        self.title_edit = QLineEdit()
        self.kind = QComboBox()
        for key, label in AGREEMENT_KINDS.items():
            self.kind.addItem(self.tr(label), key)
        self.status = QComboBox()
        for key, label in AGREEMENT_STATUSES.items():
            self.status.addItem(self.tr(label), key)
        self.is_signed = QCheckBox(self.tr("Signed on"))
        self.is_signed.setAccessibleName(self.tr("The agreement has a signature date"))
        self.signed_on = DateField("signed_on")  # typed as ISO or in the locale order
        self.signed_on.setAccessibleName(self.tr("Signature date"))
        self.signed_on.setDate(_qdate(dt.date.today()))
        self.signed_on.setEnabled(False)
        self.is_signed.toggled.connect(self.signed_on.setEnabled)
        signed_row = QHBoxLayout()
        signed_row.addWidget(self.is_signed)
        signed_row.addWidget(self.signed_on, 1)
        signed_box = QWidget()
        signed_box.setLayout(signed_row)
        signed_row.setContentsMargins(0, 0, 0, 0)
        self.mission = QComboBox()
        self.mission.addItem(self.tr("(no mission)"), None)
        for mid, name in missions:
            self.mission.addItem(name, mid)

        self.party_org = QComboBox()
        self.party_org.setEditable(True)
        self.party_org.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.party_org.setAccessibleName(self.tr("Organisation to add as a party"))
        for oid, name, _kind, country in organisations:
            self.party_org.addItem(f"{name} ({country})" if country else name, oid)
        self.party_org.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.party_org.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.party_org.setCurrentIndex(-1)
        self.party_role = QComboBox()
        self.party_role.setAccessibleName(self.tr("Role of the party"))
        for key, label in PARTY_ROLES.items():
            self.party_role.addItem(self.tr(label), key)
        # The role follows the kind of organisation chosen (a gateway partner's is "gateway").
        self._org_kinds = {oid: kind for oid, _n, kind, _c in organisations}
        self.party_org.currentIndexChanged.connect(self._suggest_role)
        self.add_party = QPushButton(self.tr("&Add party"))
        self.remove_party = QPushButton(self.tr("Remove"))
        self.parties = QListWidget()
        self.parties.setAccessibleName(self.tr("Parties"))
        self.parties.setMaximumHeight(90)
        self.add_party.clicked.connect(self._add_party)
        self.remove_party.clicked.connect(self._remove_party)
        party_row = QHBoxLayout()
        party_row.addWidget(self.party_org, 3)
        party_row.addWidget(self.party_role, 1)
        party_row.addWidget(self.add_party)
        party_row.addWidget(self.remove_party)
        party_box = QWidget()
        party_layout = QVBoxLayout(party_box)
        party_layout.setContentsMargins(0, 0, 0, 0)
        party_layout.addLayout(party_row)
        party_layout.addWidget(self.parties)

        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Meetings and leads it came from"))
        self.links.setMinimumHeight(110)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        self.rows = FieldForm()
        self.errors, self.fields = self.rows.errors, self.rows.fields
        for field, label, widget in (
            ("title", self.tr("&Title"), self.title_edit),
            ("kind", self.tr("&Kind"), self.kind),
            ("status", self.tr("&Status"), self.status),
            ("signed_on", self.tr("Si&gnature"), signed_box),
            ("mission_id", self.tr("&Mission"), self.mission),
            ("parties", self.tr("&Parties"), party_box),
            ("links", self.tr("Came &from"), self.links),
            ("notes", self.tr("&Notes"), self.notes),
        ):
            focus = {"parties": self.party_org, "signed_on": self.is_signed}.get(field)
            self.rows.add(form, field, label, widget, focus)
            if not widget.accessibleName():
                widget.setAccessibleName(label.replace("&", ""))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.mission.currentIndexChanged.connect(self._load_sources)
        self._fill(agreement, mission_id)
        self.guard = FormGuard(self)  # first field focused, Enter saves, Escape asks

    def _fill(self, a: AgreementView | None, mission_id: str | None) -> None:
        if a is None:
            self.mission.setCurrentIndex(max(0, self.mission.findData(mission_id)))
            self._load_sources()
            return
        self.title_edit.setText(a.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(a.kind)))
        self.status.setCurrentIndex(max(0, self.status.findData(a.status)))
        if a.signed_on is not None:
            self.is_signed.setChecked(True)
            self.signed_on.setDate(_qdate(a.signed_on))
        for p in a.parties:
            self._append_party(p.organisation_id, p.display, p.role)
        self.notes.setPlainText(a.notes)
        self.mission.setCurrentIndex(max(0, self.mission.findData(a.mission_id)))
        self._load_sources()

    # -- parties ------------------------------------------------------------------------------

    def _append_party(self, org_id: str, name: str, role: str) -> None:
        for i in range(self.parties.count()):
            if self.parties.item(i).data(Qt.ItemDataRole.UserRole)[0] == org_id:
                return
        item = QListWidgetItem(f"{name} — {self.tr(PARTY_ROLES.get(role, role))}")
        item.setData(Qt.ItemDataRole.UserRole, (org_id, role))
        self.parties.addItem(item)

    def _suggest_role(self, index: int) -> None:
        kind = self._org_kinds.get(str(self.party_org.itemData(index)), "")
        role = ("gateway" if kind in PARTNER_KINDS else kind if kind in ("sme", "cluster")
                else "")
        if role:
            self.party_role.setCurrentIndex(max(0, self.party_role.findData(role)))

    def _add_party(self) -> None:
        text = self.party_org.currentText().strip()
        index = self.party_org.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.party_org.findText(text, Qt.MatchFlag.MatchContains)
        if index < 0:
            self.errors["parties"].setText(self.tr("Choose an organisation from the list."))
            self.errors["parties"].show()
            return
        org_id = str(self.party_org.itemData(index))
        self._append_party(org_id, self.party_org.itemText(index),
                           str(self.party_role.currentData()))
        self.party_org.setCurrentIndex(-1)
        self.party_org.setEditText("")
        self.errors["parties"].hide()

    def _remove_party(self) -> None:
        for item in self.parties.selectedItems():
            self.parties.takeItem(self.parties.row(item))

    # -- sources ------------------------------------------------------------------------------

    def _load_sources(self) -> None:
        mission_id = self.mission.currentData()
        self._remember_checked()
        self.links.clear()
        if not mission_id:
            placeholder = QListWidgetItem(self.tr("Choose the mission to link its meetings and "
                                                  "leads."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.links.addItem(placeholder)
            return
        self.ops.run(lambda ws: ws.agreements.sources(mission_id),
                     success=lambda result: self._sources_loaded(mission_id, result),
                     parent=self)

    def _remember_checked(self) -> None:
        for i in range(self.links.count()):
            item = self.links.item(i)
            data = item.data(Qt.ItemDataRole.UserRole)
            if data is None:
                continue
            if item.checkState() == Qt.CheckState.Checked:
                self._wanted_links.add(data[1])
            else:
                self._wanted_links.discard(data[1])

    def _sources_loaded(self, mission_id: str,
                        result: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        if self.mission.currentData() != mission_id:
            return
        meetings, leads = result
        self.links.clear()
        for kind, rows, prefix in (("meeting", meetings, self.tr("Meeting")),
                                   ("lead", leads, self.tr("Lead"))):
            for target_id, label in rows:
                item = QListWidgetItem(f"{prefix}: {label}")
                item.setData(Qt.ItemDataRole.UserRole, (kind, target_id))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if target_id in self._wanted_links
                                   else Qt.CheckState.Unchecked)
                self.links.addItem(item)

    # -- result -------------------------------------------------------------------------------

    def collect(self) -> AgreementInput:
        parties = []
        for i in range(self.parties.count()):
            org_id, role = self.parties.item(i).data(Qt.ItemDataRole.UserRole)
            parties.append(PartyInput(org_id, role))
        meetings, leads = [], []
        for i in range(self.links.count()):
            item = self.links.item(i)
            data = item.data(Qt.ItemDataRole.UserRole)
            if data is not None and item.checkState() == Qt.CheckState.Checked:
                (meetings if data[0] == "meeting" else leads).append(data[1])
        day = self.signed_on.date()
        return AgreementInput(
            kind=str(self.kind.currentData()), title=self.title_edit.text(),
            status=str(self.status.currentData()),
            signed_on=dt.date(day.year(), day.month(), day.day())
            if self.is_signed.isChecked() else None,
            mission_id=self.mission.currentData(), notes=self.notes.toPlainText(),
            parties=tuple(parties), meeting_ids=tuple(meetings), lead_ids=tuple(leads),
        )

    def show_errors(self, error: ValidationError) -> None:
        self.rows.show(error)

    def accept(self) -> None:
        try:
            self.result_input = validate_agreement(self.collect())
        except ValidationError as error:
            self.show_errors(error)
            return
        super().accept()


class FollowUpDialog(QDialog):
    """Record what came of a follow-up, with a 1–5 rating."""

    def __init__(self, parent: QWidget | None, follow_up: FollowUpView) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record the follow-up"))
        self.result_value: FollowUpResult | None = None
        about = QLabel(f"{self.tr(FOLLOW_UP_KINDS.get(follow_up.kind, follow_up.kind))}: "
                       f"{follow_up.subject}")
        about.setWordWrap(True)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("What came of it"))
        for key, label in FOLLOW_UP_OUTCOMES.items():
            self.outcome.addItem(self.tr(label), key)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(follow_up.outcome)))
        self.rating = QSpinBox()
        self.rating.setRange(1, 5)
        self.rating.setValue(follow_up.rating or 3)
        self.rating.setAccessibleName(self.tr("Rating from 1 (cold) to 5 (very promising)"))
        self.notes = QPlainTextEdit(follow_up.notes)
        self.notes.setFixedHeight(60)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.error = QLabel()
        theme.tint(self.error, "color: {warning};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(about)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Rating (1–5)"), self.rating)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.guard = FormGuard(self)  # first field focused, Enter saves, Escape asks

    def accept(self) -> None:
        try:
            self.result_value = validate_follow_up(FollowUpResult(
                str(self.outcome.currentData()), self.rating.value(), self.notes.toPlainText()))
        except ValidationError as error:
            self.error.setText("\n".join(e.message for e in error.errors))
            self.error.show()
            return
        super().accept()


def record_follow_up(parent: QWidget, ops: Operations, follow_up: FollowUpView,
                     changes: set[str]) -> FollowUpDialog:
    """Ask what came of ``follow_up`` (outcome, rating, notes) and record it; the dialog is
    returned open (the Agreements and Leads screens both record follow-ups this way)."""
    dialog = FollowUpDialog(parent, follow_up)
    dialog.setObjectName("followUpDialog")

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            value = dialog.result_value
            ops.run(lambda ws: ws.follow_ups.record(follow_up.id, value), changes=changes,
                    parent=parent)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog

class AgreementsScreen(QWidget):
    """The register of agreements and MoUs, with the follow-ups due below it."""


    def __init__(self, ops: Operations, window: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_mission: str = ""
        self._organisations: list[tuple[str, str, str, str]] = []
        self._missions: list[tuple[str, str]] = []
        self._pending_select: str | None = None

        title = QLabel(self.tr("Agreements"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show agreements of kind"))
        for key, label in KIND_FILTERS:
            self.kind_filter.addItem(self.tr(label), key)
        self.mission_only = QCheckBox(self.tr("Current mission only"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, party or notes"))
        self.search.setAccessibleName(self.tr("Search agreements"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.kind_filter.currentIndexChanged.connect(self.reload_list)
        self.mission_only.toggled.connect(self.reload_list)
        self.mission_only.toggled.connect(self.reload_follow_ups)
        self.search.textChanged.connect(self.reload_list)

        self.new_button = QPushButton(self.tr("&New agreement…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.attach_button = QPushButton(self.tr("A&ttach document…"))
        self.save_doc_button = QPushButton(self.tr("Sa&ve document…"))
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.attach_button.clicked.connect(self.ask_attach)
        self.save_doc_button.clicked.connect(self.ask_save_document)

        self.model = AgreementTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("agreementsTable")
        self.table.setAccessibleName(self.tr("Agreements"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.follow_model = FollowUpTableModel(self)
        self.follow_table = QTableView()
        self.follow_table.setObjectName("followUpsTable")
        self.follow_table.setAccessibleName(self.tr("Follow-ups"))
        self.follow_table.setModel(self.follow_model)
        self.follow_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_table.verticalHeader().hide()
        self.follow_table.horizontalHeader().setStretchLastSection(True)
        self.follow_table.doubleClicked.connect(lambda _i: self.record_selected())
        self.open_only = QCheckBox(self.tr("Only those still to do"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.reload_follow_ups)
        self.record_button = QPushButton(self.tr("&Record outcome…"))
        self.record_button.clicked.connect(self.record_selected)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.mission_only)
        top.addWidget(self.search)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button, self.attach_button,
                  self.save_doc_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        follow_bar = QHBoxLayout()
        follow_title = QLabel(self.tr("Follow-ups after meetings"))
        follow_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        follow_bar.addWidget(follow_title)
        follow_bar.addWidget(self.due_label)
        follow_bar.addStretch(1)
        follow_bar.addWidget(self.open_only)
        follow_bar.addWidget(self.record_button)
        lower_layout.addLayout(follow_bar)
        lower_layout.addWidget(self.follow_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self._update_buttons()
        ops.changed.connect(self._on_changed)
        if window is not None and hasattr(window, "mission_changed"):
            window.mission_changed.connect(self.set_mission)

    # -- loading ------------------------------------------------------------------------------

    def set_mission(self, mission_id: str) -> None:
        self.current_mission = mission_id
        if self.mission_only.isChecked():
            self.reload()  # through the window: only when shown

    def reload(self) -> None:
        def load(ws: Any) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
            return ws.agreements.organisations(), [(m.id, m.name) for m in ws.missions.list()]

        self.ops.run(load, success=self._choices_loaded, parent=self)
        self.reload_list()
        self.reload_follow_ups()

    def _choices_loaded(self, result: tuple[list[tuple[str, str, str, str]],
                                            list[tuple[str, str]]]) -> None:
        self._organisations, self._missions = result

    def reload_list(self) -> None:
        kind = self.kind_filter.currentData() or None
        mission = self.current_mission if self.mission_only.isChecked() else None
        search = self.search.text()
        self.ops.run(lambda ws: ws.agreements.list(mission_id=mission or None, kind=kind,
                                                   search=search),
                     success=self._list_loaded, parent=self)

    def _list_loaded(self, rows: list[AgreementView]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        signed = sum(1 for a in rows if a.signed_on is not None)
        self.count_label.setText(self.tr("%n agreement(s), {s} signed", "", len(rows)).format(
            s=signed))
        wanted = self._pending_select or (selected.id if selected is not None else None)
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.select(wanted)
            self._pending_select = None
        self._update_buttons()

    def reload_follow_ups(self) -> None:
        mission = self.current_mission if self.mission_only.isChecked() else None
        open_only = self.open_only.isChecked()
        self.ops.run(lambda ws: ws.follow_ups.list(mission_id=mission, open_only=open_only),
                     success=self._follow_ups_loaded, parent=self)

    def _follow_ups_loaded(self, rows: list[FollowUpView]) -> None:
        self.follow_model.set_rows(rows)
        self.follow_table.resizeColumnsToContents()
        today = dt.date.today()
        overdue = sum(1 for f in rows if f.overdue(today))
        self.due_label.setText(self.tr("{n} overdue").format(n=overdue) if overdue else "")
        theme.tint(self.due_label, "color: {warning}; font-weight: 600;")

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"agreements", "follow_ups", "missions", "all", "sync"} & areas:
            self.reload()

    # -- selection ----------------------------------------------------------------------------

    def selected(self) -> AgreementView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.agreement(rows[0].row()) if rows else None

    def select(self, agreement_id: str) -> None:
        row = self.model.row_of(agreement_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        a = self.selected()
        for b in (self.edit_button, self.delete_button, self.attach_button):
            b.setEnabled(a is not None)
        self.save_doc_button.setEnabled(a is not None and bool(a.attachments))

    # -- agreements ---------------------------------------------------------------------------

    def open_dialog(self, agreement: AgreementView | None) -> AgreementDialog:
        dialog = AgreementDialog(self, self.ops, self._organisations, self._missions, agreement,
                                 mission_id=self.current_mission or None)
        dialog.setObjectName("agreementDialog")
        return dialog

    def create(self) -> AgreementDialog:
        dialog = self.open_dialog(None)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_input is not None:
                data = dialog.result_input
                self.ops.run(lambda ws: ws.agreements.create(data),
                             success=lambda a: self._select_after_reload(a.id),
                             changes={"agreements"}, parent=self)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def edit_selected(self) -> AgreementDialog | None:
        agreement = self.selected()
        if agreement is None:
            return None
        dialog = self.open_dialog(agreement)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_input is not None:
                data = dialog.result_input
                self.ops.run(lambda ws: ws.agreements.update(agreement.id, data),
                             success=lambda a: self._select_after_reload(a.id),
                             changes={"agreements"}, parent=self)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _select_after_reload(self, agreement_id: str) -> None:
        # The reload announced by the operation's "agreements" change selects it.
        self._pending_select = agreement_id

    def delete_selected(self) -> None:
        agreement = self.selected()
        if agreement is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete agreement"))
        box.setText(self.tr("Delete “{title}”?").format(title=agreement.title))
        box.setInformativeText(self.tr("Its parties, links and documents go with it, for "
                                       "everyone, at the next sync."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_button: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.ops.run(lambda ws: ws.agreements.delete(agreement.id),
                             changes={"agreements"}, parent=self)

        box.finished.connect(done)
        box.open()

    # -- documents ----------------------------------------------------------------------------

    def ask_attach(self) -> QFileDialog | None:
        agreement = self.selected()
        if agreement is None:
            return None
        dialog = QFileDialog(self, self.tr("Attach the signed document"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)"),
                               self.tr("All files (*)")])
        dialog.fileSelected.connect(lambda path: self.attach(agreement.id, Path(path)))
        dialog.open()
        return dialog

    def attach(self, agreement_id: str, path: Path) -> None:
        self.ops.run(lambda ws: ws.agreements.attach_file(agreement_id, path),
                     changes={"agreements"}, failure=lambda e: show_error(self, e), parent=self)

    def ask_save_document(self) -> QFileDialog | None:
        agreement = self.selected()
        if agreement is None or not agreement.attachments:
            return None
        doc = agreement.attachments[-1]
        dialog = QFileDialog(self, self.tr("Save the document"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(doc.filename)
        dialog.fileSelected.connect(lambda path: self.ops.run(
            lambda ws: ws.agreements.save_document(doc.id, Path(path)), parent=self))
        dialog.open()
        return dialog

    # -- follow-ups ---------------------------------------------------------------------------

    def selected_follow_up(self) -> FollowUpView | None:
        rows = self.follow_table.selectionModel().selectedRows()
        return self.follow_model.follow_up(rows[0].row()) if rows else None

    def record_selected(self) -> FollowUpDialog | None:
        follow_up = self.selected_follow_up()
        if follow_up is None:
            return None
        return record_follow_up(self, self.ops, follow_up, changes={"follow_ups"})
