"""The Organisations screen: the directory of clusters, SMEs, gateway partners, institutes and
agencies; a form to add or edit one; and, beside the list, everything linked to the chosen one
(for an SME, its journey across missions and years, also as PDF)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.enums import (
    AGREEMENT_KINDS,
    MISSION_KINDS,
    ORGANISATION_KIND_CHOICES,
    ORGANISATION_KINDS,
    ROSTER_ROLES,
)
from biox_desktop.core.i18n import format_day
from biox_desktop.core.organisations import (
    OrganisationDetail,
    OrganisationInput,
    OrganisationView,
    PartnerView,
    validate_organisation,
)
from biox_desktop.core.outcomes import AGREEMENT_STATUSES, FOLLOW_UP_OUTCOMES, MEETING_OUTCOMES
from biox_desktop.core.places import country_choices, country_name, normalise_country
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.organisations import OrganisationService
from biox_desktop.ui.forms import FieldForm, FormGuard
from biox_desktop.ui.operations import Operations, show_error
from biox_desktop.ui.tablemodel import RowsTableModel

SEARCH_DELAY_MS = 150


def _service(ws: Any) -> OrganisationService:
    return OrganisationService(ws)


class OrganisationTableModel(RowsTableModel[OrganisationView]):
    COLUMNS = ("Name", "Native name", "Kind", "Country", "City", "Home cluster", "People",
               "Missions")

    def row_of(self, org_id: str) -> int:
        return next((i for i, o in enumerate(self.rows) if o.id == org_id), -1)

    def cell(self, o: OrganisationView, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (o.name, o.name_native, self.tr(ORGANISATION_KINDS.get(o.kind, o.kind)),
                    country_name(o.country), o.city, o.home_cluster_name, str(o.people),
                    str(o.missions))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and o.description:
            return o.description
        return None


class OrganisationDialog(QDialog):
    """Add or edit an organisation; refuses to close while the input is invalid."""

    def __init__(self, parent: QWidget | None, clusters: list[tuple[str, str]],
                 org: OrganisationView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit organisation") if org else self.tr("New organisation"))
        self.setMinimumWidth(520)
        self.result_input: OrganisationInput | None = None
        self.name = QLineEdit()
        self.name_native = QLineEdit()
        self.name_native.setPlaceholderText(self.tr("関西メディカル株式会社"))
        self.kind = QComboBox()
        for key in ORGANISATION_KIND_CHOICES:
            self.kind.addItem(self.tr(ORGANISATION_KINDS[key]), key)
        if org is not None and org.kind not in ORGANISATION_KIND_CHOICES:
            # An older kind ("Foreign partner") stays as it is unless the user picks another.
            self.kind.addItem(self.tr(ORGANISATION_KINDS.get(org.kind, org.kind)), org.kind)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", "")
        for code, cname in country_choices():
            self.country.addItem(f"{cname} ({code})", code)
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.city = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.home_cluster = QComboBox()
        self.home_cluster.addItem(self.tr("(none)"), None)
        for cid, cname in clusters:
            if org is None or cid != org.id:
                self.home_cluster.addItem(cname, cid)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("diagnostics, oncology"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        self.rows = FieldForm()
        self.errors, self.fields = self.rows.errors, self.rows.fields
        for field, label, widget in (
            ("name", self.tr("&Name"), self.name),
            ("name_native", self.tr("Name in its own &script"), self.name_native),
            ("kind", self.tr("&Kind"), self.kind),
            ("country", self.tr("&Country"), self.country),
            ("city", self.tr("C&ity"), self.city),
            ("website", self.tr("&Website"), self.website),
            ("home_cluster_id", self.tr("&Home cluster"), self.home_cluster),
            ("sector_tags", self.tr("Sec&tors"), self.tags),
            ("description", self.tr("N&otes"), self.notes),
        ):
            self.rows.add(form, field, label, widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._fill(org)
        self._kind_changed()
        self.guard = FormGuard(self)

    def _fill(self, o: OrganisationView | None) -> None:
        if o is None:
            self.kind.setCurrentIndex(max(0, self.kind.findData("sme")))
            return
        self.name.setText(o.name)
        self.name_native.setText(o.name_native)
        self.kind.setCurrentIndex(max(0, self.kind.findData(o.kind)))
        self.country.setCurrentIndex(max(0, self.country.findData(o.country)))
        self.city.setText(o.city)
        self.website.setText(o.website)
        self.home_cluster.setCurrentIndex(max(0, self.home_cluster.findData(o.home_cluster_id)))
        self.tags.setText(", ".join(o.sector_tags))
        self.notes.setPlainText(o.description)

    def _kind_changed(self) -> None:
        # A cluster has no home cluster; everyone else may have one (an SME's counts in KPIs).
        is_cluster = self.kind.currentData() == "cluster"
        self.home_cluster.setEnabled(not is_cluster)
        if is_cluster:
            self.home_cluster.setCurrentIndex(0)

    def _country_code(self) -> str:
        text = self.country.currentText().strip()
        if not text:
            return ""
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.country.itemData(index))
        return normalise_country(text) or text

    def collect(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name.text(), kind=str(self.kind.currentData()),
            name_native=self.name_native.text(), country=self._country_code(),
            city=self.city.text(), website=self.website.text(),
            home_cluster_id=self.home_cluster.currentData(),
            description=self.notes.toPlainText(),
            sector_tags=tuple(self.tags.text().split(",")),
        )

    def show_errors(self, error: ValidationError) -> None:
        self.rows.show(error)

    def accept(self) -> None:
        try:
            self.result_input = validate_organisation(self.collect())
        except ValidationError as error:
            self.show_errors(error)
            return
        super().accept()


class OrganisationsScreen(QWidget):
    """The directory: search, kind filter, New and Edit; the chosen one's page beside it."""

    #: Emitted after the chosen organisation's page is shown (its id).
    detail_shown = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = OrganisationTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("organisationsTable")
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.search = QLineEdit()
        self.search.setObjectName("organisationSearch")
        self.search.setPlaceholderText(self.tr("Search names in any script, or a city"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("organisationKindFilter")
        self.kind_filter.setAccessibleName(self.tr("Kind of organisation"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for key in ORGANISATION_KIND_CHOICES:
            self.kind_filter.addItem(self.tr(ORGANISATION_KINDS[key]), key)
        for key, label in ORGANISATION_KINDS.items():  # older kinds, still found
            if key not in ORGANISATION_KIND_CHOICES:
                self.kind_filter.addItem(self.tr(label), key)
        self.country_filter = QComboBox()
        self.country_filter.setObjectName("organisationCountryFilter")
        self.country_filter.setAccessibleName(self.tr("Country of the organisation"))
        self.country_filter.addItem(self.tr("All countries"), None)
        self.new_button = QPushButton(self.tr("&New organisation…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.pdf_button = QPushButton(self.tr("Journey &PDF…"))
        self.pdf_button.setToolTip(self.tr("Every mission, delegate, meeting, lead, agreement "
                                           "and follow-up of this organisation, as a PDF"))
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit_selected)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.detail = QTextBrowser()
        self.detail.setObjectName("organisationDetail")
        self.detail.setAccessibleName(self.tr("The chosen organisation"))
        self.detail.setOpenLinks(False)
        self.detail.setHtml(self._placeholder())
        self.count = QLabel()
        bar = QHBoxLayout()
        title = QLabel(self.tr("Organisations"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.search)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.country_filter)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.pdf_button)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._clusters: list[tuple[str, str]] = []
        self._detail: OrganisationDetail | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload_list)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.country_filter.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_buttons()
        ops.changed.connect(self._on_changed)

    def _placeholder(self) -> str:
        return "<p style='color:grey'>{}</p>".format(html.escape(self.tr(
            "Choose an organisation to see its people, missions, meetings, leads, agreements "
            "and follow-ups.")))

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        def choices(ws: Any) -> tuple[list[tuple[str, str]], list[str]]:
            return _service(ws).clusters(), _service(ws).countries()

        self.ops.run(choices, success=self._choices_loaded, parent=self)
        self.reload_list()

    def _choices_loaded(self, result: tuple[list[tuple[str, str]], list[str]]) -> None:
        self._clusters, countries = result
        chosen = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), None)
        for code in sorted(countries, key=country_name):
            self.country_filter.addItem(country_name(code), code)
        self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(chosen)))
        self.country_filter.blockSignals(False)

    def reload_list(self) -> None:
        search, kind = self.search.text(), self.kind_filter.currentData()
        country = self.country_filter.currentData()
        self.ops.run(lambda ws: _service(ws).list(search=search, kind=kind, country=country),
                     success=self._loaded, parent=self)

    def _loaded(self, orgs: list[OrganisationView]) -> None:
        chosen = self.selected()
        self.model.set_rows(orgs)
        self.table.resizeColumnsToContents()
        n = len(orgs)
        self.count.setText(self.tr("%Ln organisation(s)", "", n))
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"organisations", "partners", "missions", "roster", "leads", "agreements",
                "all"} & areas:
            self.reload()

    # -- selection and the detail page --------------------------------------------------------

    def selected(self) -> OrganisationView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, org_id: str) -> None:
        row = self.model.row_of(org_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.pdf_button.setEnabled(has)

    def _selection_changed(self) -> None:
        self._update_buttons()
        org = self.selected()
        if org is None:
            self._detail = None
            self.detail.setHtml(self._placeholder())
            return
        org_id = org.id
        self.ops.run(lambda ws: _service(ws).show(org_id), success=self._detail_loaded,
                     parent=self)

    def _detail_loaded(self, detail: OrganisationDetail) -> None:
        current = self.selected()
        if current is None or current.id != detail.organisation.id:
            return  # another one was chosen meanwhile
        self._detail = detail
        self.detail.setHtml(self.detail_html(detail))
        self.detail_shown.emit(detail.organisation.id)

    def detail_html(self, d: OrganisationDetail) -> str:
        """The organisation's page: facts, people, then its journey mission by mission."""
        tr, e = self.tr, html.escape
        o = d.organisation
        out = [f"<h2>{e(o.name)}</h2>"]
        if o.name_native:
            out.append(f"<p style='font-size:13pt'>{e(o.name_native)}</p>")
        facts = [tr(ORGANISATION_KINDS.get(o.kind, o.kind))]
        facts += [x for x in (o.city, country_name(o.country)) if x]
        out.append(f"<p>{e(' · '.join(facts))}</p>")
        if o.home_cluster_name:
            out.append("<p>{}</p>".format(e(tr("Home cluster: {name}").format(
                name=o.home_cluster_name))))
        if o.website:
            out.append(f"<p>{e(o.website)}</p>")
        if o.sector_tags:
            out.append(f"<p><i>{e(', '.join(o.sector_tags))}</i></p>")
        if o.description:
            out.append(f"<p>{e(o.description)}</p>")
        if d.missions:
            out.append("<p><b>{}</b></p>".format(e(tr(
                "{n} missions in {c} countries, {years}").format(
                    n=len(d.missions), c=len(d.countries),
                    years=", ".join(str(y) for y in d.years)))))
        out.append(f"<h3>{e(tr('People'))}</h3>")
        if d.people:
            out.append("<ul>" + "".join(
                "<li>{}</li>".format(e(" · ".join(x for x in (
                    p.name, p.job_title, p.email, p.phone) if x))) for p in d.people) + "</ul>")
        else:
            out.append(f"<p>{e(tr('Nobody recorded yet.'))}</p>")
        if d.members:
            out.append(f"<h3>{e(tr('Member companies'))}</h3><ul>" + "".join(
                f"<li>{e(m.display)}</li>" for m in d.members) + "</ul>")
        if d.partner_of:
            out.append(f"<h3>{e(tr('Gateway partner of'))}</h3><ul>" + "".join(
                "<li>{} · {} · {}</li>".format(e(m.name), e(country_name(m.country)),
                                               e(format_day(m.start_date, 'medium')))
                for m in d.partner_of) + "</ul>")
        if d.missions or not d.partner_of:  # a gateway partner's page is its missions above
            out.append(f"<h3>{e(tr('Journey'))}</h3>")
        if not d.missions and not d.partner_of:
            out.append(f"<p>{e(tr('Not on any mission yet.'))}</p>")
        for m in d.missions:
            out.append("<h4>{} — {} · {}</h4>".format(
                e(m.name), e(country_name(m.country)), e(format_day(m.start_date, 'medium'))))
            out.append("<p>{}</p>".format(e(" · ".join(x for x in (
                tr(MISSION_KINDS.get(m.kind, m.kind)),
                tr("lead cluster {name}").format(name=m.lead_cluster) if m.lead_cluster else "")
                if x))))
            items = []
            for x in d.delegates:
                if x.mission_id == m.mission_id:
                    items.append(tr("Delegate: {name} ({role})").format(
                        name=x.name, role=tr(ROSTER_ROLES.get(x.role, x.role))))
            for x in d.meetings:
                if x.mission_id == m.mission_id:
                    items.append(tr("Meeting {day}: {who}{outcome}").format(
                        day=format_day(x.day, 'medium'), who=x.counterpart or x.title,
                        outcome=" — " + self.tr(MEETING_OUTCOMES.get(x.outcome, x.outcome))
                        if x.outcome else ""))
            for x in d.leads:
                if x.mission_id == m.mission_id:
                    items.append(tr("Lead: {name}{org}{rating}").format(
                        name=x.name, org=f" — {x.organisation}" if x.organisation else "",
                        rating=f" ({'★' * x.rating})" if x.rating else ""))
            for x in d.agreements:
                if x.mission_id == m.mission_id:
                    items.append(self._agreement_line(x.title, x.kind, x.status))
            for x in d.follow_ups:
                if x.mission_id == m.mission_id:
                    items.append(self._follow_up_line(x.subject, x.done_on, x.due_date,
                                                      x.outcome))
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
        other_agreements = [a for a in d.agreements
                            if a.mission_id not in {m.mission_id for m in d.missions}]
        if other_agreements:
            out.append(f"<h3>{e(tr('Other agreements'))}</h3><ul>" + "".join(
                f"<li>{e(self._agreement_line(a.title, a.kind, a.status))}</li>"
                for a in other_agreements) + "</ul>")
        return "".join(out)

    def _agreement_line(self, title: str, kind: str, status: str) -> str:
        return self.tr("Agreement: {title} ({kind}, {status})").format(
            title=title, kind=self.tr(AGREEMENT_KINDS.get(kind, kind)),
            status=self.tr(AGREEMENT_STATUSES.get(status, status)))

    def _follow_up_line(self, subject: str, done: Any, due: Any, outcome: str) -> str:
        if done is not None:
            return self.tr("Follow-up done {day}: {subject} — {outcome}").format(
                day=format_day(done, 'medium'), subject=subject,
                outcome=self.tr(FOLLOW_UP_OUTCOMES.get(outcome, outcome)))
        return self.tr("Follow-up due {day}: {subject}").format(
            day=format_day(due, 'medium') if due else "—", subject=subject)

    # -- actions ------------------------------------------------------------------------------

    def open_dialog(self, org: OrganisationView | None) -> OrganisationDialog:
        dialog = OrganisationDialog(self, self._clusters, org)
        dialog.setObjectName("organisationDialog")
        return dialog

    def create(self) -> OrganisationDialog:
        dialog = self.open_dialog(None)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_input is not None:
                data = dialog.result_input
                self.ops.run(lambda ws: _service(ws).create(data), success=self._after_save,
                             changes={"organisations"}, parent=self)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def edit_selected(self) -> OrganisationDialog | None:
        org = self.selected()
        if org is None:
            return None
        dialog = self.open_dialog(org)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_input is not None:
                data = dialog.result_input
                self.ops.run(lambda ws: _service(ws).update(org.id, data),
                             success=self._after_save, changes={"organisations"}, parent=self)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _after_save(self, org: OrganisationView) -> None:
        # The list reloads on "organisations"; show the saved one even if the search hid it.
        for widget in (self.search, self.kind_filter, self.country_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.country_filter.setCurrentIndex(0)
        for widget in (self.search, self.kind_filter, self.country_filter):
            widget.blockSignals(False)

        def loaded(orgs: list[OrganisationView]) -> None:
            self._loaded(orgs)
            self.select(org.id)

        self.ops.run(lambda ws: _service(ws).list(), success=loaded, parent=self)

    def ask_pdf(self) -> QFileDialog | None:
        org = self.selected()
        if org is None:
            return None
        dialog = QFileDialog(self, self.tr("Save the journey as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF (*.pdf)"))
        dialog.selectFile(f"{org.name} — journey.pdf".replace("/", "-"))
        dialog.fileSelected.connect(lambda path: self.write_pdf(org.id, Path(path)))
        dialog.open()
        return dialog

    def write_pdf(self, org_id: str, path: Path) -> None:
        def work(ws: Any, progress: Any) -> Path:
            from biox_desktop.reports.journey import write_journey

            return write_journey(_service(ws).show(org_id), path, progress=progress)

        from biox_desktop.reports.pdfbase import check_can_write

        self.ops.run_checked(
            lambda ws: check_can_write(path),
            lambda: self.ops.run(work, progress_label=self.tr("Writing the journey PDF"),
                                 failure=lambda e: show_error(self, e), parent=self),
            failure=lambda e: show_error(self, e), parent=self)


class MissionPartnersPanel(QGroupBox):
    """The gateway partners of one mission, with Add and Remove (shown on the Missions
    screen under the list)."""

    #: Emitted after the partners of the shown mission were loaded (the mission id).
    loaded = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Gateway partners of the chosen mission"))
        self.setObjectName("missionPartners")
        # Its own height only: the missions list above takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ops = ops
        self.mission_id = ""
        self.partners: list[PartnerView] = []
        self.list = QListWidget()
        self.list.setObjectName("partnerList")
        self.list.setAccessibleName(self.tr("Gateway partners of the mission"))
        self.list.setMaximumHeight(110)
        self.choice = QComboBox()
        self.choice.setObjectName("partnerChoice")
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.setAccessibleName(self.tr("Gateway partner, foreign cluster or agency to add"))
        self.choice.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.choice.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.choice.setMinimumWidth(320)
        self.add_button = QPushButton(self.tr("&Add partner"))
        self.remove_button = QPushButton(self.tr("Remove partner"))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self._update_buttons()
        ops.changed.connect(self._on_changed)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if {"partners", "organisations", "all"} & areas:
            self.reload()

    def set_mission(self, mission_id: str) -> None:
        self.mission_id = mission_id
        self.reload()

    def reload(self) -> None:
        mission_id = self.mission_id
        if not mission_id:
            self.list.clear()
            self.partners = []
            self._update_buttons()
            return

        def load(ws: Any) -> tuple[list[PartnerView], list[OrganisationView]]:
            service = _service(ws)
            return service.partners(mission_id), service.partner_choices()

        self.ops.run(load, success=lambda r: self._loaded(mission_id, r), parent=self)

    def _loaded(self, mission_id: str,
                result: tuple[list[PartnerView], list[OrganisationView]]) -> None:
        if mission_id != self.mission_id:
            return
        self.partners, choices = result
        self.list.clear()
        for p in self.partners:
            contacts = ", ".join(c.name for c in p.contacts)
            text = " · ".join(x for x in (p.display, self.tr(ORGANISATION_KINDS.get(p.kind, p.kind)),
                                          country_name(p.country), contacts) if x)
            item = QListWidgetItem(text)
            item.setToolTip("\n".join([p.display] + [" · ".join(x for x in (
                c.name, c.job_title, c.email, c.phone) if x) for c in p.contacts]))
            item.setData(Qt.ItemDataRole.UserRole, p.organisation_id)
            self.list.addItem(item)
        if not self.partners:
            item = QListWidgetItem(self.tr("No gateway partner yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        taken = {p.organisation_id for p in self.partners}
        self.choice.clear()
        for o in choices:
            if o.id not in taken:
                label = f"{o.display} ({o.country})" if o.country else o.display
                self.choice.addItem(label, o.id)
        self.choice.setCurrentIndex(-1)
        self._update_buttons()
        self.loaded.emit(mission_id)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.mission_id))
        self.choice.setEnabled(bool(self.mission_id))
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def add_chosen(self) -> None:
        text = self.choice.currentText().strip()
        index = self.choice.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and text:
            index = self.choice.findText(text, Qt.MatchFlag.MatchContains)
        if index < 0 or not self.mission_id:
            return
        mission_id, org_id = self.mission_id, str(self.choice.itemData(index))
        self.ops.run(lambda ws: _service(ws).add_partner(mission_id, org_id),
                     changes={"partners"},
                     failure=lambda e: show_error(self, e), parent=self)

    def remove_selected(self) -> None:
        items = self.list.selectedItems()
        if not items or not self.mission_id:
            return
        mission_id = self.mission_id
        org_id = str(items[0].data(Qt.ItemDataRole.UserRole))
        self.ops.run(lambda ws: _service(ws).remove_partner(mission_id, org_id),
                     changes={"partners"},
                     failure=lambda e: show_error(self, e), parent=self)
