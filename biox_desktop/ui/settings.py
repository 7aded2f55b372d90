"""The Settings dialog (account, language, data folder, privacy, backups) and daily backups."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.backup import BackupInfo, RestoreResult
from biox_desktop.core.i18n import format_datetime
from biox_desktop.sync.service import SyncService
from biox_desktop.ui import theme
from biox_desktop.ui.forms import FormGuard
from biox_desktop.ui.operations import Operations, error_text
from biox_desktop.ui.sync import AccountDialog
from biox_desktop.ui.theme import icon

log = logging.getLogger(__name__)

#: Languages of the clusters, each named in its own language (not translated on purpose).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"), ("fr", "Français"), ("de", "Deutsch"), ("es", "Español"),
    ("it", "Italiano"),
)
#: How often the window checks whether the daily backup is due.
AUTO_BACKUP_CHECK_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    """Makes the daily automatic backup at start and, while the window stays open, every day."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start(AUTO_BACKUP_CHECK_MS)

    def check(self) -> None:
        self.ops.run(lambda ws: ws.backups.auto_backup(),
                     failure=lambda e: log.warning("automatic backup failed: %s", e))


class SettingsDialog(QDialog):
    """Everything a user can set, in tabs; saved when OK is pressed."""

    def __init__(self, ops: Operations, parent: QWidget | None = None,
                 service_factory: Any = SyncService) -> None:
        super().__init__(parent)
        self.ops = ops
        self.service_factory = service_factory
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)
        s = ops.workspace.settings
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs = tabs

        # -- general: account, language, data folder
        general = QWidget()
        form = QFormLayout(general)
        self.account_status = QLabel(
            self.tr("Signed in to {server} as {user}.").format(server=s.server_url,
                                                               user=s.username)
            if s.server_url and s.username else self.tr("Not signed in to a sync server."))
        self.account_status.setWordWrap(True)
        self.account_button = QPushButton(self.tr("Sync server and &account…"))
        self.account_button.clicked.connect(self.open_account)
        form.addRow(self._caption(self.tr("Account"), self.account_button),
                    self._column(self.account_status, self.account_button))
        # Signing in or out from here (or a role changed on the server) shows at once.
        ops.changed.connect(self._account_changed)
        self._account_changed({"account"})
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        form.addRow(self._caption(self.tr("&Language"), self.language), self.language)
        self.data_folder = QLineEdit(s.data_dir or str(ops.workspace.data_dir))
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.data_folder.setReadOnly(True)
        self.choose_folder = QPushButton(self.tr("C&hoose…"))
        self.choose_folder.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.data_folder, 1)
        row.addWidget(self.choose_folder)
        form.addRow(self._caption(self.tr("&Data folder"), self.data_folder), row)
        note = QLabel(self.tr("Changes of language and data folder take effect when bioX "
                              "Missions is started again."))
        note.setWordWrap(True)
        form.addRow(note)
        tabs.addTab(general, self.tr("General"))

        # -- privacy and consent for lead capture
        privacy = QWidget()
        form = QFormLayout(privacy)
        self.policy = QPlainTextEdit(s.privacy_policy)
        self.policy.setAccessibleName(self.tr("Privacy policy"))
        self.policy.setTabChangesFocus(True)
        self.consent = QPlainTextEdit(s.consent_wording)
        self.consent.setAccessibleName(self.tr("Consent wording"))
        self.consent.setTabChangesFocus(True)
        self.consent_version = QLineEdit(s.consent_wording_version)
        self.consent_version.setAccessibleName(self.tr("Consent wording version"))
        self.consent_required = QCheckBox(self.tr("Ask for consent when a lead is captured"))
        self.consent_required.setChecked(s.consent_required)
        form.addRow(self._caption(self.tr("&Privacy policy"), self.policy), self.policy)
        form.addRow(self._caption(self.tr("&Consent wording"), self.consent), self.consent)
        form.addRow(self._caption(self.tr("Wording &version"), self.consent_version),
                    self.consent_version)
        form.addRow(self.consent_required)
        if s.consent_wording_source == "server":
            # One wording per organisation: the server's wins at every sync.
            for edit in (self.consent, self.consent_version):
                edit.setReadOnly(True)
            from_server = QLabel(self.tr("The consent wording and its version are set for your "
                                         "organisation on the sync server."))
            from_server.setObjectName("wordingFromServer")
            from_server.setWordWrap(True)
            form.addRow(from_server)
        self.default_basis = QComboBox()
        self.default_basis.setAccessibleName(self.tr("Legal basis a capture starts with"))
        self.default_basis.addItem(self.tr("None: the delegate chooses each time"), "")
        self.default_basis.addItem(self.tr("Legitimate interest"), "legitimate_interest")
        self.default_basis.setCurrentIndex(max(0, self.default_basis.findData(
            s.default_lead_basis)))
        form.addRow(self._caption(self.tr("Default &basis"), self.default_basis),
                    self.default_basis)
        self.no_basis_days = QSpinBox()
        self.no_basis_days.setRange(1, 3650)
        self.no_basis_days.setSuffix(self.tr(" days"))
        self.no_basis_days.setValue(s.retention_no_basis_days)
        self.no_basis_days.setAccessibleName(self.tr("Review leads without a legal basis after"))
        self.inactive_months = QSpinBox()
        self.inactive_months.setRange(1, 240)
        self.inactive_months.setSuffix(self.tr(" months"))
        self.inactive_months.setValue(s.retention_inactive_months)
        self.inactive_months.setAccessibleName(self.tr("Review leads without activity after"))
        form.addRow(self._caption(self.tr("No basis: review &after"), self.no_basis_days),
                    self.no_basis_days)
        form.addRow(self._caption(self.tr("No activity: review a&fter"), self.inactive_months),
                    self.inactive_months)
        retention = QLabel(self.tr("Leads due for review (Leads › Due for review, or "
                                   "biox-desktop privacy due) must be completed or erased."))
        retention.setWordWrap(True)
        form.addRow(retention)
        tabs.addTab(privacy, self.tr("Privacy"))

        # -- backups
        backups = QWidget()
        form = QFormLayout(backups)
        self.auto_backup = QCheckBox(self.tr("Make a backup every day automatically"))
        self.auto_backup.setChecked(s.auto_backup)
        self.keep_days = QSpinBox()
        self.keep_days.setRange(1, 365)
        self.keep_days.setValue(s.backup_keep_days)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_days.setAccessibleName(self.tr("Keep automatic backups for"))
        self.last_backup = QLabel(self._last_backup_text(s.last_backup_at))
        self.last_backup.setObjectName("lastBackup")
        self.backup_now = QPushButton(self.tr("&Back up now…"))
        self.backup_now.clicked.connect(self._backup_now)
        self.restore = QPushButton(self.tr("&Restore from backup…"))
        self.restore.clicked.connect(self._restore)
        self.backup_now.setIcon(icon("backup"))
        self.restore.setIcon(icon("restore"))
        form.addRow(self.auto_backup)
        form.addRow(self._caption(self.tr("&Keep automatic backups for"), self.keep_days),
                    self.keep_days)
        form.addRow(self._caption(self.tr("Last backup"), self.last_backup), self.last_backup)
        # The key of the encrypted database, written down, opens a backup on a new laptop.
        self.recovery = QPushButton(self.tr("Recovery &code…"))
        self.recovery.setObjectName("recoveryCode")
        self.recovery.setToolTip(self.tr("The code that opens this laptop's backups on another "
                                         "computer"))
        self.recovery.clicked.connect(self._show_recovery_code)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.backup_now)
        buttons_row.addWidget(self.restore)
        buttons_row.addWidget(self.recovery)
        buttons_row.addStretch(1)
        form.addRow(buttons_row)
        self.backup_status = QLabel()
        self.backup_status.setObjectName("backupStatus")
        self.backup_status.setWordWrap(True)
        form.addRow(self.backup_status)
        tabs.addTab(backups, self.tr("Backups"))

        self.error = QLabel()
        self.error.setObjectName("settingsError")
        theme.tint(self.error, "color: {warning};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        #: Where file dialogs are skipped in tests: a path to use instead of asking.
        self.chosen_path: Path | None = None
        self.guard = FormGuard(self)  # first field focused, Enter saves, Escape asks

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _column(*widgets: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        for w in widgets:
            box.addWidget(w)
        return box

    def _last_backup_text(self, iso: str) -> str:
        if not iso:
            return self.tr("No backup yet")
        try:
            return format_datetime(dt.datetime.fromisoformat(iso).astimezone(), "medium")
        except ValueError:
            return iso

    def _ask_path(self, *, save: bool) -> Path | None:
        if self.chosen_path is not None:
            return self.chosen_path
        pattern = self.tr("bioX Missions backups (*.sqlite3);;All files (*)")
        if save:
            name = f"biox-backup-{dt.date.today():%Y%m%d}.sqlite3"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Back up to"), str(Path.home() / name), pattern)
        else:
            folder = str(self.ops.workspace.backups.folder)
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from"), folder, pattern)
        return Path(path) if path else None

    # -- actions --------------------------------------------------------------------------------

    def _account_changed(self, areas: Any) -> None:
        if not {"account", "sync", "all"} & set(areas):
            return
        factory = self.service_factory

        def state(ws: Any) -> tuple[bool, str, str, str, str]:
            status = factory(ws).status()
            who = ws.identity
            return (status.signed_in, status.server_url, status.username, who.role,
                    who.organisation_name or "")

        self.ops.run(state, success=self._show_account, parent=self)

    def _show_account(self, state: tuple[bool, str, str, str, str]) -> None:
        signed_in, server, user, role, organisation = state
        if not signed_in:
            self.account_status.setText(self.tr("Not signed in to a sync server."))
            return
        text = self.tr("Signed in to {server} as {user}.").format(server=server, user=user)
        roles = {"coordinator": self.tr("coordinator"), "leader": self.tr("delegation leader"),
                 "delegate": self.tr("delegate")}
        text += " " + self.tr("Role: {role}; organisation: {organisation}.").format(
            role=roles.get(role, role), organisation=organisation or "—")
        self.account_status.setText(text)

    def open_account(self) -> AccountDialog:
        dialog = AccountDialog(self.ops, self, service_factory=self.service_factory)
        dialog.setObjectName("accountDialog")
        dialog.open()
        return dialog

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"),
                                                  self.data_folder.text())
        if folder:
            self.data_folder.setText(folder)

    def _backup_now(self) -> None:
        target = self._ask_path(save=True)
        if target is None:
            return

        def done(made: BackupInfo) -> None:
            self.backup_status.setText(self.tr("Backup written to {path}.").format(path=made.path))
            self.last_backup.setText(self._last_backup_text(
                self.ops.workspace.settings.last_backup_at))

        self.ops.run(lambda ws: ws.backups.backup(target), success=done,
                     failure=self._backup_failed, progress_label=None, parent=self)

    def _restore(self) -> None:
        source = self._ask_path(save=False)
        if source is None:
            return
        if self.chosen_path is None:
            answer = QMessageBox.question(
                self, self.tr("Restore from backup"),
                self.tr("Replace all the data on this laptop by the backup {path}? The data as "
                        "it is now is backed up first.").format(path=source))
            if answer != QMessageBox.StandardButton.Yes:
                return

        def done(result: RestoreResult) -> None:
            self.backup_status.setText(self.tr(
                "Restored from {path}. The data as it was before is kept in {safety}."
            ).format(path=result.restored_from, safety=result.safety_copy))

        def failed(error: BaseException) -> None:
            from biox_desktop.db.backup import OtherKeyBackupError
            from biox_desktop.db.crypto import key_from_recovery_code

            if not isinstance(error, OtherKeyBackupError):
                self._backup_failed(error)
                return
            # A backup of another laptop (or not a backup at all): its recovery code opens it.
            code, ok = QInputDialog.getText(
                self, self.tr("Recovery code"),
                self.tr("{path} was not made on this laptop. Type the recovery code of the "
                        "laptop that made it:").format(path=source.name))
            if not ok or not code.strip():
                self._backup_failed(error)
                return
            try:
                recovery_key = key_from_recovery_code(code)
            except ValueError as exc:
                self.backup_status.setText(str(exc))
                return
            self.ops.run(lambda ws: ws.backups.restore(source, recovery_key=recovery_key),
                         success=done, failure=self._backup_failed,
                         changes={"all", "settings"}, parent=self)

        # On the operation worker, which owns all database access: the database is closed,
        # replaced and reopened there, then every screen reloads ("all" changed).
        self.ops.run(lambda ws: ws.backups.restore(source), success=done,
                     failure=failed, changes={"all", "settings"}, parent=self)

    def _show_recovery_code(self) -> None:
        """Show the database key as a recovery code, after a warning (see db.crypto)."""
        from biox_desktop.db.crypto import recovery_code

        key = self.ops.workspace.db.key  # read-only, set when the workspace opened
        if key is None:
            self.backup_status.setText(self.tr(
                "This data folder is not encrypted (a demo on a computer without a keyring): "
                "it has no recovery code."))
            return
        answer = QMessageBox.question(
            self, self.tr("Recovery code"),
            self.tr("Anyone with the recovery code and a backup can read all its data. Show it "
                    "now, to write it down and keep it apart from this laptop?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Recovery code"),
                          recovery_code(key), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("recoveryCodeBox")
        box.setInformativeText(self.tr(
            "On a new computer: restore a backup with this code (Settings › Backups, or "
            "biox-desktop restore FILE --recovery-code CODE)."))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_status.setText(error_text(error))

    def save(self) -> None:
        """Check and save the settings, then close."""
        policy = self.policy.toPlainText().strip()
        consent = self.consent.toPlainText().strip()
        version = self.consent_version.text().strip()
        if not policy or not consent or not version:
            self.tabs.setCurrentIndex(1)
            self.error.setText(self.tr("The privacy policy, the consent wording and its version "
                                       "cannot be empty."))
            self.error.show()
            return
        ws = self.ops.workspace
        folder = self.data_folder.text().strip()
        changes: dict[str, object] = {
            "language": str(self.language.currentData() or ""),
            "privacy_policy": policy,
            "consent_wording": consent,
            "consent_wording_version": version,
            "consent_required": self.consent_required.isChecked(),
            "default_lead_basis": str(self.default_basis.currentData() or ""),
            "retention_no_basis_days": self.no_basis_days.value(),
            "retention_inactive_months": self.inactive_months.value(),
            "auto_backup": self.auto_backup.isChecked(),
            "backup_keep_days": self.keep_days.value(),
            "data_dir": "" if folder == str(ws.data_dir) and not ws.settings.data_dir else folder,
        }
        self.ops.run(lambda w: w.update_settings(**changes), success=lambda _s: self.accept(),
                     changes={"settings"}, parent=self)
