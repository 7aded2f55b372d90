"""The quick-capture dialog (Ctrl+L from anywhere), live code scanning in it, and QR import.

Built for a delegate with seconds between meetings: keyboard only, the most used fields first,
Enter saves from any field, phones typed as printed on the card (the mission's country is the
default), one control says on which legal basis the lead is kept: consent to the wording shown
(Alt+Y), legitimate interest, or not asked yet ("consent missing", listed for review later);
it starts on the basis the privacy settings choose.

"Scan" (Alt+C) opens the camera beside the form (:mod:`biox_desktop.ui.scanner`): a contact QR
code (vCard, MECARD) fills the empty fields, a WeChat/LINE/Kakao/WhatsApp/LinkedIn profile code
fills that id, and a badge code is looked up in the imported attendee lists, whose row starts
the lead. What a scan filled is highlighted until the person checks it and saves.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStringListModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.attendees import AttendeeView, lead_from_attendee
from biox_desktop.core.leads import (
    FORM_NETWORKS,
    VISIBILITIES,
    ConsentPolicy,
    LeadInput,
    LeadView,
    input_from_card,
    network_label,
    parse_due,
    split_list,
)
from biox_desktop.core.phones import (
    PhoneError,
    PhoneReadings,
    hint_regions,
    is_confirmed,
    read_phone,
    region_for_country,
)
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.reports.qr import QrError, ReadCode, Scan, read_scan
from biox_desktop.ui import theme
from biox_desktop.ui.forms import FieldForm, FormGuard, error_label
from biox_desktop.ui.operations import Operations, error_text

#: How a field a scan filled looks until the person edits it.
SCANNED_STYLE = "background: {scanned_bg};"
#: A field the card's OCR was unsure of.
UNSURE_STYLE = "background: {unsure_bg}; border: 1px solid {unsure_border};"


class CaptureDialog(QDialog):
    """Capture a new lead (or edit one). Saves through the lead service; errors show inline."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 mission_id: str | None = None, prefill: LeadInput | None = None,
                 lead: LeadView | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.lead = lead
        self.mission_id = (lead.mission_id if lead else None) or mission_id or None
        self.saved: LeadView | None = None
        self.setObjectName("captureDialog")
        self.setWindowTitle(self.tr("Edit lead") if lead else self.tr("Quick capture"))
        self.setMinimumWidth(620)
        self.source = (prefill.source if prefill else None) or (lead.source if lead else "typed")
        self.photo = prefill.photo if prefill else None
        # The card a QR code gave, stored with the lead so an export writes it back whole.
        self.vcard = prefill.vcard if prefill else None
        self.vcard_uid = (prefill.vcard_uid if prefill else "") or (lead.vcard_uid if lead else "")
        self.phone_hints = prefill.phone_hints if prefill else ()  # from a QR card's address
        # Numbers stored or prefilled as typed, pending a person's choice: asked again here.
        self._unconfirmed = {p for p in (*(prefill.phones_as_typed if prefill else ()),
                                         *(lead.phones if lead else ())) if not is_confirmed(p)}

        self.name = self._line("Name as written (山田太郎, Anna Müller)")
        self.romanised = self._line("Romanised (Yamada Taro)")
        self.organisation = self._line("Pick or type a new one")
        self.org_model = QStringListModel(self)
        completer = QCompleter(self.org_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.role = self._line("Role")
        self.emails = self._line("name@company.com, …")
        self.phones = self._line("As printed; +country not needed in the mission's country")
        self.rating = QSpinBox()
        self.rating.setRange(0, 5)
        self.rating.setSpecialValueText(self.tr("—"))
        self.rating.setSuffix(self.tr(" / 5"))
        self.tags = self._line("licensing, investor, …")
        self.notes = self._line("What you talked about")
        self.next_action = self._line("Send the product sheet")
        self.due = self._line("+3, 2w, tomorrow or 2026-12-01")
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("(no meeting)"), None)
        self.messaging: dict[str, QLineEdit] = {
            net: self._line(network_label(net) + " id") for net in FORM_NETWORKS}
        self.linkedin = self._line("linkedin.com/in/…")
        self.visibility = QComboBox()
        for key, label in VISIBILITIES.items():
            self.visibility.addItem(self.tr(label), key)
        # One control for the legal basis; Alt+Y picks consent at once (see _consent_now).
        self.basis = QComboBox()
        self.basis.setObjectName("leadBasis")
        self.basis.addItem(self.tr("Not asked yet: consent missing"), "")
        self.basis.addItem(self.tr("Consent: yes, they agree to the wording below (Alt+Y)"),
                           "consent")
        self.basis.addItem(self.tr("Legitimate interest (no consent asked)"),
                           "legitimate_interest")
        self.basis_caption = QLabel(self.tr("Legal &basis"))
        self.basis_caption.setBuddy(self.basis)
        QShortcut(QKeySequence("Alt+Y"), self, activated=self._consent_now)
        self.consent_wording = QLabel()
        self.consent_wording.setWordWrap(True)
        self.consent_wording.setObjectName("consentWording")
        theme.tint(self.consent_wording, "color: {muted}; font-style: italic;")

        self.rows = FieldForm(aliases={"organisation_id": "organisation"})
        self.errors, self.fields = self.rows.errors, self.rows.fields
        form = QFormLayout()
        messaging_row = QHBoxLayout()
        for net, edit in self.messaging.items():
            messaging_row.addWidget(edit)
            edit.setAccessibleName(network_label(net))
        messaging_box = QWidget()
        messaging_box.setLayout(messaging_row)
        messaging_row.setContentsMargins(0, 0, 0, 0)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name"), self.name),
            ("name_romanised", self.tr("&Romanised"), self.romanised),
            ("organisation", self.tr("&Organisation"), self.organisation),
            ("role", self.tr("Ro&le"), self.role),
            ("emails", self.tr("&E-mails"), self.emails),
            ("phones", self.tr("&Phones"), self.phones),
            ("rating", self.tr("&Interest"), self.rating),
            ("tags", self.tr("&Tags"), self.tags),
            ("notes", self.tr("N&otes"), self.notes),
            ("next_action", self.tr("Ne&xt action"), self.next_action),
            ("next_action_due", self.tr("&Due"), self.due),
            ("meeting_id", self.tr("&Meeting"), self.meeting),
            ("messaging", self.tr("Messa&ging"), messaging_box),
            ("linkedin", self.tr("Lin&kedIn"), self.linkedin),
            ("visibility", self.tr("&Visible to"), self.visibility),
        ]
        for field, label, widget in rows:
            focus = self.messaging["wechat"] if field == "messaging" else None
            self.rows.add(form, field, label, widget, focus)
            if not widget.accessibleName():
                widget.setAccessibleName(label.replace("&", ""))
        self._build_phone_choice(form)
        consent_error = error_label("consent")
        self.rows.register("consent", consent_error, self.basis)
        self.basis.setAccessibleName(self.tr("Legal basis"))
        self.general_error = error_label("general")
        self.rows.general = self.general_error

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAutoDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.scan_button = QPushButton(self.tr("S&can code…"))
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setToolTip(self.tr(
            "Read a contact QR code, a messaging profile code or a badge with the camera"))
        self.scan_button.setAutoDefault(False)
        self.scan_button.clicked.connect(lambda: self.open_scanner())
        self.scan_panel: Any = None  # ScanPanel, made when first opened (QtMultimedia)
        self.card_button = QPushButton(self.tr("Card p&hoto…"))
        self.card_button.setObjectName("cardPhotoButton")
        self.card_button.setToolTip(self.tr(
            "Read a business card from a photo (pick both sides of a two-sided card)"))
        self.card_button.setAutoDefault(False)
        self.card_button.clicked.connect(self.pick_card_photos)
        self.scan_note = QLabel()
        self.scan_note.setObjectName("scanNote")
        self.scan_note.setWordWrap(True)
        self.scan_note.hide()
        self.badge_id = ""  # the last badge scanned, kept in the lead's notes
        # A name typed that an attendee list knows: offered under the form, used on a click.
        self.participant_button = QPushButton()
        self.participant_button.setObjectName("participantSuggestion")
        self.participant_button.setAutoDefault(False)
        self.participant_button.hide()
        self.participant_button.clicked.connect(self.use_participant)
        self.participant: AttendeeView | None = None
        self._participant_timer = QTimer(self)
        self._participant_timer.setSingleShot(True)
        self._participant_timer.setInterval(250)
        self._participant_timer.timeout.connect(self._look_up_participant)
        self.name.textEdited.connect(lambda _t: self._participant_timer.start())
        self.romanised.textEdited.connect(lambda _t: self._participant_timer.start())
        self._scanned_fields: set[QLineEdit] = set()
        hint = QLabel(self.tr("Enter saves · Tab moves · Alt+underlined letter jumps to a field"))
        theme.tint(hint, "color: {muted};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan_note)
        self.body = QHBoxLayout()
        self.body.addLayout(form, 1)
        layout.addLayout(self.body)
        layout.addWidget(self.participant_button, 0, Qt.AlignmentFlag.AlignLeft)
        basis_row = QHBoxLayout()
        basis_row.addWidget(self.basis_caption)
        basis_row.addWidget(self.basis, 1)
        layout.addLayout(basis_row)
        layout.addWidget(self.consent_wording)
        layout.addWidget(consent_error)
        layout.addWidget(self.general_error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.scan_button)
        bottom.addWidget(self.card_button)
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.country: str | None = None
        self.policy = ConsentPolicy(required=False)
        self._fill(prefill or (lead.to_input() if lead else None))
        self.name.setFocus()
        self.guard = FormGuard(self)  # Escape on typed data asks before discarding
        self._load()

    # -- phones two countries could own ------------------------------------------------------

    def _build_phone_choice(self, form: QFormLayout) -> None:
        """An inline question under the phones field, shown when a typed number could be read
        in two countries (``090-1234-5678`` in China): the person picks the reading or keeps
        the number as typed, before anything is saved."""
        #: Numbers the person chose to keep as typed (saved unconfirmed, never rewritten).
        self.phones_kept: set[str] = set()
        self.phone_choice = QWidget()
        self.phone_choice.setObjectName("phoneChoice")
        box = QVBoxLayout(self.phone_choice)
        box.setContentsMargins(0, 0, 0, 0)
        self.phone_question = QLabel()
        self.phone_question.setWordWrap(True)
        self.phone_question.setObjectName("phoneQuestion")
        box.addWidget(self.phone_question)
        self.phone_buttons_row = QHBoxLayout()
        box.addLayout(self.phone_buttons_row)
        self.phone_buttons: list[QPushButton] = []
        self.phone_choice.hide()
        row, _role = form.getWidgetPosition(self.phones)
        form.insertRow(row + 1, "", self.phone_choice)

    def _phone_to_confirm(self, data: LeadInput) -> PhoneReadings | None:
        """The first typed number that needs a person's choice, or None."""
        region = region_for_country(self.country)
        hints = (*self.phone_hints, *hint_regions(emails=data.emails))
        for text in data.phones:
            text = text.strip()
            if not text or text in self.phones_kept:
                continue
            try:
                readings = read_phone(text, region, hints=hints)
            except PhoneError:
                continue  # validation says why, next to the field
            if readings.flagged or (text in self._unconfirmed and readings.choices):
                return readings
        return None

    def _ask_phone(self, readings: PhoneReadings) -> None:
        for button in self.phone_buttons:
            self.phone_buttons_row.removeWidget(button)
            button.deleteLater()
        self.phone_buttons = []
        self.phone_question.setText(self.tr(
            "“{typed}” could be read in more than one country. Which number is it?").format(
                typed=readings.typed))
        for reading in readings.choices:
            text = reading.describe()
            button = QPushButton(text[:1].upper() + text[1:])
            button.setProperty("e164", reading.e164)
            button.clicked.connect(
                lambda _=False, r=reading, t=readings.typed: self._choose_phone(t, r.international))
            self.phone_buttons.append(button)
        keep = QPushButton(self.tr("Keep as typed, confirm later"))
        keep.setProperty("e164", "")
        keep.clicked.connect(lambda _=False, t=readings.typed: self._choose_phone(t, None))
        self.phone_buttons.append(keep)
        for button in self.phone_buttons:
            button.setAutoDefault(False)  # Enter must not pick a reading by accident
            self.phone_buttons_row.addWidget(button)
        self.phone_choice.show()
        self.phone_buttons[0].setFocus()
        QTimer.singleShot(0, self._grow)

    def _choose_phone(self, typed: str, number: str | None) -> None:
        """Apply the person's choice to the field, then carry on saving."""
        if number is None:
            self.phones_kept.add(typed)
        else:
            parts = [number if p.strip() == typed else p for p in split_list(self.phones.text())]
            self.phones.setText(", ".join(parts))
        self.phone_choice.hide()
        self.phones.setFocus()
        self.accept()

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr(placeholder))
        edit.setClearButtonEnabled(False)
        return edit

    # -- data ---------------------------------------------------------------------------------

    def _load(self) -> None:
        mission_id = self.mission_id

        def load(ws: Any) -> dict[str, Any]:
            return {
                "organisations": sorted({name for _i, name in ws.leads.organisations()},
                                        key=str.casefold),
                "meetings": ws.leads.meetings(mission_id),
                "country": ws.leads.mission_country(mission_id),
                "policy": ws.leads.policy(),
                "visibility": ws.leads.default_visibility(),
                "basis": ws.leads.default_basis(),
            }

        self.ops.run(load, success=self._loaded, parent=self)

    def _loaded(self, data: dict[str, Any]) -> None:
        self.org_model.setStringList(data["organisations"])
        current = self.meeting.currentData()
        for mid, title in data["meetings"]:
            self.meeting.addItem(title, mid)
        if current:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(current)))
        self.country = data["country"]
        region = region_for_country(self.country)
        if region:
            self.phones.setPlaceholderText(
                self.tr("As printed; numbers without +country are read in {country}").format(
                    country=self.country))
        self.policy = data["policy"]
        wording = self.policy.wording
        version = self.policy.wording_version
        self.consent_wording.setText(f"“{wording}” ({self.tr('version')} {version})"
                                     if wording else "")
        if self.policy.required:
            self.basis_caption.setText(self.tr("Legal &basis (required)"))
        if self.lead is None and not self.basis.currentData() and data["basis"]:
            self.basis.setCurrentIndex(max(0, self.basis.findData(data["basis"])))
        if self.lead is None and self.visibility.currentIndex() == 0:
            wanted = data["visibility"]
            if wanted == "delegation" and not self.mission_id:
                wanted = "private"
            self.visibility.setCurrentIndex(max(0, self.visibility.findData(wanted)))

    def _fill(self, data: LeadInput | None) -> None:
        if data is None:
            return
        self.name.setText(data.name)
        self.romanised.setText(data.name_romanised)
        self.organisation.setText(data.organisation_name)
        self.role.setText(data.role)
        self.emails.setText(", ".join(data.emails))
        self.phones.setText(", ".join(data.phones))
        self.rating.setValue(data.rating or 0)
        self.tags.setText(", ".join(data.tags))
        self.notes.setText(data.notes)
        self.next_action.setText(data.next_action)
        self.due.setText(data.next_action_due.isoformat() if data.next_action_due else "")
        if data.meeting_id:
            self.meeting.addItem(self.tr("(this lead's meeting)"), data.meeting_id)
            self.meeting.setCurrentIndex(self.meeting.count() - 1)
        ids = dict(data.messaging)
        for net, edit in self.messaging.items():
            edit.setText(ids.get(net, ""))
        self.linkedin.setText(data.linkedin)
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(data.visibility)))
        self.basis.setCurrentIndex(max(0, self.basis.findData(
            data.consent_basis if data.consent_given else "")))

    def collect(self) -> LeadInput:
        """The form as a lead input (raises ValidationError for an unreadable due date)."""
        today = dt.date.today()
        due = parse_due(self.due.text(), today)
        org_text = self.organisation.text().strip()
        return LeadInput(
            name=self.name.text(), name_romanised=self.romanised.text(),
            organisation_name=org_text, role=self.role.text(),
            emails=split_list(self.emails.text()), phones=split_list(self.phones.text()),
            messaging=tuple((net, e.text()) for net, e in self.messaging.items() if e.text()),
            linkedin=self.linkedin.text(), tags=split_list(self.tags.text()),
            rating=self.rating.value() or None, notes=self.notes.text(),
            next_action=self.next_action.text(), next_action_due=due,
            mission_id=self.mission_id, meeting_id=self.meeting.currentData(),
            visibility=str(self.visibility.currentData()),
            consent_given=bool(self.basis.currentData()),
            consent_basis=str(self.basis.currentData() or "consent"),
            source=self.source, vcard_uid=self.vcard_uid, photo=self.photo, vcard=self.vcard,
            phones_as_typed=tuple(sorted(self.phones_kept)), phone_hints=self.phone_hints,
        )

    def _consent_now(self) -> None:
        """Alt+Y: the person agreed to the wording shown. Set at once, so an Enter pressed
        right after saves it."""
        self.basis.setCurrentIndex(self.basis.findData("consent"))
        self.basis.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- scanning -----------------------------------------------------------------------------

    def open_scanner(self, *, camera: bool = True) -> Any:
        """Show the scanner beside the form and start the camera (``camera=False``: the caller
        feeds ``scan_panel.sink`` itself, from a video file). Returns the panel."""
        if self.scan_panel is None:
            from biox_desktop.ui.scanner import ScanPanel

            self.scan_panel = ScanPanel(self)
            self.scan_panel.setMinimumWidth(360)
            self.scan_panel.scanned.connect(self.apply_code)
            self.scan_panel.card_taken.connect(lambda png: self.read_card_photos([png]))
            self.body.addWidget(self.scan_panel, 1)
            self.finished.connect(lambda _r: self.scan_panel.stop())
            if camera:
                self.scan_panel.start_camera()
            self.setMinimumWidth(1000)
        self.scan_panel.show()
        return self.scan_panel

    def apply_code(self, code: ReadCode) -> None:
        """Fill the form from a code the scanner read (or that a test gives)."""
        try:
            scan = read_scan(code.text, code.format, region_for_country(self.country))
        except QrError as exc:
            self._scan_message(str(exc), ok=False)
            return
        self.apply_scan(scan)

    def apply_scan(self, scan: Scan) -> None:
        if scan.kind == "contact" and scan.card is not None:
            data = input_from_card(scan.card, region=region_for_country(self.country))
            self._fill_empty(data)
            if self.vcard is None:
                self.vcard, self.photo = data.vcard, data.photo or self.photo
                self.vcard_uid = self.vcard_uid or data.vcard_uid
                self.phone_hints = (*self.phone_hints, *data.phone_hints)
            if self.source == "typed":
                self.source = "qr"
            self._scan_message(self.tr("Contact card of {name} read: check the highlighted "
                                       "fields, then save.").format(
                                           name=data.name or data.name_romanised))
        elif scan.kind == "profile" and scan.profile is not None:
            network, value = scan.profile.network, scan.profile.value
            edit = self.linkedin if network == "linkedin" else self.messaging.get(network)
            if edit is None:
                return
            self._set_scanned(edit, value, overwrite=True)
            label = self.tr("LinkedIn") if network == "linkedin" else network_label(network)
            self._scan_message(self.tr("{network} profile read.").format(network=label))
        elif scan.kind == "badge":
            self.badge_id = scan.badge_ids[0] if scan.badge_ids else scan.text
            candidates = scan.badge_ids

            def find(ws: Any) -> AttendeeView | None:
                return ws.attendees.find_badge(candidates)

            self.ops.run(find, success=self._badge_found, parent=self)

    # -- business cards -----------------------------------------------------------------------

    def pick_card_photos(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        held = clipboard_payload()
        if held is not None and held[0] == "image":
            ask = QMessageBox(QMessageBox.Icon.Question, self.tr("Card photo"),
                              self.tr("The clipboard holds a picture. Read it as the card?"),
                              parent=self)
            ask.setObjectName("cardSourceQuestion")
            use = ask.addButton(self.tr("Read the &clipboard picture"),
                                QMessageBox.ButtonRole.AcceptRole)
            ask.addButton(self.tr("Choose &files…"), QMessageBox.ButtonRole.ActionRole)
            ask.addButton(QMessageBox.StandardButton.Cancel)
            ask.exec()
            if ask.clickedButton() is use:
                assert isinstance(held[1], bytes)
                self.read_card_photos([held[1]])
                return
            if ask.clickedButton() is ask.button(QMessageBox.StandardButton.Cancel):
                return
        paths, _f = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the card (one or both sides)"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if paths:
            self.read_card_photos(paths[:2])

    def read_card_photos(self, sides: list[str] | list[bytes]) -> None:
        """OCR the card's side(s) off the GUI thread, then fill the empty fields; the first
        side's photo is kept with the lead."""
        country = self.country
        self.card_button.setEnabled(False)
        self._scan_message(self.tr("Reading the card…"))

        def work(_ws: Any) -> tuple[Any, bytes]:
            from biox_desktop.reports.card_ocr import card_photo, read_card

            return read_card(sides, country, (country,) if country else ()), card_photo(
                sides[0])

        self.ops.run(work, success=self._card_read, failure=self._card_failed, parent=self)

    def _card_read(self, result: tuple[Any, bytes]) -> None:
        fields, photo = result
        self.card_button.setEnabled(True)
        self.photo = self.photo or photo
        targets: list[tuple[str, QLineEdit, str]] = [
            ("name", self.name, fields.name),
            ("name_romanised", self.romanised, fields.name_romanised),
            ("organisation", self.organisation, fields.organisation),
            ("title", self.role, fields.title),
            ("emails", self.emails, ", ".join(fields.emails)),
            ("phones", self.phones, ", ".join(fields.phones)),
        ]
        for key, edit, value in targets:
            self._set_scanned(edit, value, overwrite=False)
            if key in fields.unsure and edit.text() == value and value:
                theme.tint(edit, UNSURE_STYLE)
                edit.setProperty("scan", "unsure")
                edit.setToolTip(self.tr("The card was hard to read here: check it"))
        if self.source == "typed":
            self.source = "card"
        self._scan_message(self.tr("Card read: check each field (orange: the OCR was unsure), "
                                   "then save."))

    def _card_failed(self, error: BaseException) -> None:
        self.card_button.setEnabled(True)
        self._scan_message(str(error) if isinstance(error, RuntimeError | OSError)
                           else error_text(error), ok=False)

    def _look_up_participant(self) -> None:
        typed = self.name.text().strip() or self.romanised.text().strip()
        if len(typed) < 2 or self.lead is not None:
            self.participant_button.hide()
            return

        def search(ws: Any) -> list[AttendeeView]:
            return ws.attendees.search(typed, limit=2)

        def found(people: list[AttendeeView]) -> None:
            current = self.name.text().strip() or self.romanised.text().strip()
            # One participant only (two would be a guess), and the text still the same.
            if current != typed or len(people) != 1:
                self.participant_button.hide()
                return
            person = people[0]
            self.participant = person
            self.participant_button.setText(self.tr(
                "Participant of {list}: {name}, {organisation} — use their details").format(
                    list=person.list_name, name=person.name,
                    organisation=person.organisation or "—"))
            self.participant_button.show()

        self.ops.run(search, success=found, parent=self)

    def use_participant(self) -> None:
        """Fill the empty fields from the participant the typed name found."""
        person = self.participant
        if person is None:
            return
        data = lead_from_attendee(person)
        self._fill_empty(data)
        self.phone_hints = (*self.phone_hints, *data.phone_hints)
        if self.source == "typed":
            self.source = "badge"
        if person.badge_id:
            self.badge_id = person.badge_id
            self._add_badge_note(person.badge_id)
        self.participant_button.hide()

    def _badge_found(self, person: AttendeeView | None) -> None:
        if person is None:
            self._scan_message(self.tr(
                "Badge {badge} is not in an imported attendee list: type the details (the "
                "badge number is kept in the notes).").format(badge=self.badge_id), ok=False)
            self._add_badge_note(self.badge_id)
            return
        self.badge_id = person.badge_id or self.badge_id
        data = lead_from_attendee(person)
        self._fill_empty(data)
        self.phone_hints = (*self.phone_hints, *data.phone_hints)
        if self.source == "typed":
            self.source = "badge"
        self._add_badge_note(self.badge_id)
        self._scan_message(self.tr("Badge of {name} ({organisation}) from the attendee list "
                                   "{list}: check and save.").format(
                                       name=person.name, organisation=person.organisation,
                                       list=person.list_name))

    def _add_badge_note(self, badge: str) -> None:
        line = self.tr("Badge {badge}").format(badge=badge)
        notes = self.notes.text()
        if line not in notes:
            self._set_scanned(self.notes, f"{notes} · {line}" if notes else line,
                              overwrite=True)

    def _fill_empty(self, data: LeadInput) -> None:
        """Scanned values go into empty fields only: what the person typed stays."""
        pairs: list[tuple[QLineEdit, str]] = [
            (self.name, data.name), (self.romanised, data.name_romanised),
            (self.organisation, data.organisation_name), (self.role, data.role),
            (self.emails, ", ".join(data.emails)), (self.phones, ", ".join(data.phones)),
            (self.notes, data.notes), (self.linkedin, data.linkedin),
        ]
        ids = dict(data.messaging)
        pairs += [(edit, ids.get(net, "")) for net, edit in self.messaging.items()]
        for edit, value in pairs:
            self._set_scanned(edit, value, overwrite=False)

    def _set_scanned(self, edit: QLineEdit, value: str, *, overwrite: bool) -> None:
        if not value or (edit.text().strip() and not overwrite):
            return
        edit.setText(value)
        theme.tint(edit, SCANNED_STYLE)
        edit.setProperty("scan", "scanned")
        edit.setToolTip(self.tr("Filled by the scan: check it"))
        if edit not in self._scanned_fields:
            self._scanned_fields.add(edit)
            edit.textEdited.connect(lambda _t, e=edit: self._checked(e))

    def _checked(self, edit: QLineEdit) -> None:
        theme.tint(edit, "")
        edit.setProperty("scan", "")
        edit.setToolTip("")

    def scanned_fields(self) -> list[QLineEdit]:
        """The fields a scan filled that the person has not edited yet (highlighted)."""
        return [e for e in self._scanned_fields if e.property("scan") in ("scanned", "unsure")]

    def unsure_fields(self) -> list[QLineEdit]:
        """The fields a card's OCR was unsure of, not edited yet (highlighted orange)."""
        return [e for e in self._scanned_fields if e.property("scan") == "unsure"]

    def _scan_message(self, text: str, ok: bool = True) -> None:
        self.scan_note.setText(text)
        theme.tint(self.scan_note, "" if ok else "color: {warning};")
        self.scan_note.show()
        if self.scan_panel is not None:
            self.scan_panel.status.setText(text)

    # -- saving -------------------------------------------------------------------------------

    def show_errors(self, error: ValidationError) -> None:
        self.rows.show(error)
        QTimer.singleShot(0, self._grow)  # room for the messages, once laid out

    def _grow(self) -> None:
        # Not adjustSize(): it caps a window at 2/3 of the screen height.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def accept(self) -> None:
        try:
            data = self.collect()
        except ValidationError as error:
            self.show_errors(error)
            return
        pending = self._phone_to_confirm(data)
        if pending is not None:
            self._ask_phone(pending)
            return
        lead = self.lead
        self.buttons.setEnabled(False)
        # One transaction each: if the sync (its own thread and connection) committed between
        # its reads and its writes, it is simply made again on the new data.
        from biox_desktop.db.engine import retry_when_busy

        if lead is None:
            def fn(ws: Any) -> LeadView:
                return retry_when_busy(lambda: ws.leads.capture(data))
        else:
            lead_id = lead.id

            def fn(ws: Any) -> LeadView:
                return retry_when_busy(lambda: ws.leads.update(lead_id, data))

        self.ops.run(fn, success=self._saved, failure=self._failed, changes={"leads"},
                     parent=self)

    def _saved(self, view: LeadView) -> None:
        self.saved = view
        self.buttons.setEnabled(True)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error)
        else:
            self.show_errors(ValidationError([FieldError("general", error_text(error))]))


# --------------------------------------------------------------------------------------------
# QR codes


def qimage_png(image: QImage) -> bytes:
    """A QImage as PNG bytes (for the QR decoder)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def lead_from_qr(image: str | bytes, country: str | None) -> LeadInput:
    """The form's fields from the first contact QR code in an image (a path or PNG/JPEG bytes).

    Raises ``QrError`` (a ValueError) saying why when there is no contact to read.
    """
    from biox_desktop.reports.qr import QrError, decode_qr_image, parse_qr_payload

    texts = decode_qr_image(image)
    if not texts:
        raise QrError("no QR code was found in the image; try a sharper, closer picture")
    errors = []
    for text in texts:
        try:
            card = parse_qr_payload(text, region_for_country(country))
        except QrError as exc:
            profile = read_profile(text)
            if profile is not None:  # a WeChat/LINE/Kakao/WhatsApp/LinkedIn profile code
                return profile
            errors.append(str(exc))
            continue
        return input_from_card(card, region=region_for_country(country)).with_changes(
            source="qr")
    raise QrError("; ".join(errors))


def read_profile(text: str) -> LeadInput | None:
    """A lead holding the messaging id or LinkedIn page of a profile QR code, or None."""
    from biox_desktop.core.scan import profile_link

    link = profile_link(text)
    if link is None:
        return None
    if link.network == "linkedin":
        return LeadInput(linkedin=link.value, source="qr")
    return LeadInput(messaging=((link.network, link.value),), source="qr")


def clipboard_payload() -> tuple[str, bytes | str] | None:
    """What the clipboard holds for a QR import: ("image", png) or ("text", text), or None."""
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasImage():
        image = clipboard.image()
        if not image.isNull():
            return "image", qimage_png(image)
    text = clipboard.text()
    if text.strip():
        return "text", text
    return None


def lead_from_clipboard_payload(kind: str, payload: bytes | str,
                                country: str | None) -> LeadInput:
    """The form's fields from a clipboard image (QR code) or text (a vCard or MECARD)."""
    from biox_desktop.reports.qr import parse_qr_payload

    if kind == "image":
        assert isinstance(payload, bytes)
        return lead_from_qr(payload, country)
    assert isinstance(payload, str)
    card = parse_qr_payload(payload, region_for_country(country))
    return input_from_card(card, region=region_for_country(country)).with_changes(source="qr")


def quiet_multimedia_probes() -> None:
    """Silence QtMultimedia's warnings about optional libraries it probes and does without
    (VA-API, PipeWire): on a machine without them they say nothing a person can act on, and
    the test suite fails on Qt warnings."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")


def camera_available() -> bool:
    """True when QtMultimedia is installed and finds a camera (never on a headless machine)."""
    quiet_multimedia_probes()
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except RuntimeError:
        return False
