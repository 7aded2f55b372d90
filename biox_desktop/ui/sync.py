"""Sync in the background: on demand, on a timer and when the network returns; sign-in dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.progress import Cancelled
from biox_desktop.sync.client import SyncReport
from biox_desktop.sync.errors import (
    AuthError,
    NotSignedIn,
    ServerUnreachable,
    SyncError,
    UpgradeRequired,
)
from biox_desktop.sync.refusals import Refusal, Refusals
from biox_desktop.sync.service import (
    DeviceInfo,
    SyncService,
    plain_http_warning,
    sends_password_in_clear,
)
from biox_desktop.ui import theme
from biox_desktop.ui.forms import FormGuard
from biox_desktop.ui.operations import Operations, OpHandle

#: First retry after a failed automatic sync; doubles up to the timer interval.
RETRY_START_MS = 30_000
#: Refusals listed in the sync status (the command line and the log list them all).
MAX_REASONS_SHOWN = 5


class SyncController(QObject):
    """Runs syncs through the operation helper, one at a time, and reports what happened.

    A sync runs on a thread of its own (:attr:`pool`), with its own database connection, not
    on the database worker every screen uses: a slow or dying server (timeouts, retries) never
    holds up a quick capture, a screen load or a search. The sync writes in short transactions
    (a pushed batch's acknowledgement, a pulled page), so the worker's writes wait at most for
    one of them. Its progress and a Cancel are in the status bar.
    """

    #: (state, message): state is "online", "refused" (synced, but the server refused some
    #: changes: the message lists why), "offline", "error", "syncing", "idle" or
    #: "unconfigured" (asked to sync with no server set up).
    state_changed = Signal(str, str)
    #: Emitted after a successful sync with its report.
    synced = Signal(object)

    def __init__(self, ops: Operations, parent: QObject | None = None,
                 service_factory: Any = SyncService) -> None:
        super().__init__(parent)
        self.ops = ops
        self.service_factory = service_factory
        #: The sync's own thread (one sync at a time).
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: OpHandle | None = None
        self.state = "idle"
        self.message = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(automatic=True))
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(lambda: self.sync_now(automatic=True))
        self._retry_ms = RETRY_START_MS
        self._watch_network()

    def configure(self) -> None:
        """(Re)start the timer from the settings; no timer without a server."""
        settings = self.ops.workspace.settings
        self.timer.stop()
        if settings.server_url and settings.auto_sync_minutes > 0:
            self.timer.start(settings.auto_sync_minutes * 60_000)

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6-Essentials
            return
        if not QNetworkInformation.loadDefaultBackend():
            return  # no reachability backend on this platform (offscreen tests): timer only
        info = QNetworkInformation.instance()
        if info is None:
            return
        online = QNetworkInformation.Reachability.Online

        def changed(reachability: Any) -> None:
            if reachability == online and self.state in ("offline", "error"):
                self.sync_now(automatic=True)

        info.reachabilityChanged.connect(changed)

    @property
    def busy(self) -> bool:
        return self.running is not None and not self.running.done

    def sync_now(self, *, automatic: bool = False) -> None:
        """Start a sync unless one runs (then the running one goes on, and a sync asked for by
        hand says so); automatic syncs stay silent about missing sign-in."""
        if self.busy:
            if not automatic and not (self.running and self.running.progress.cancelled):
                self._set("syncing", self.tr("A sync is already running; it goes on."))
            return
        settings = self.ops.workspace.settings
        if not settings.server_url:
            if not automatic:  # asked for: say why nothing happens, and what to do
                self._set("unconfigured", self.tr(
                    "No sync server is set up: choose “Sync server…” to sign in. Your changes "
                    "are kept on this laptop."))
            return
        self._set("syncing", self.tr("Syncing…"))
        factory = self.service_factory

        def work(ws: Any, progress: Any) -> SyncReport:
            return factory(ws).sync(progress)

        # Progress goes to the status bar (with its Cancel), never to a modal dialog: the
        # window stays usable during a sync.
        self.running = self.ops.run(
            work, success=self._done, failure=self._failed, changes={"all", "sync"},
            with_progress=True, pool=self.pool, on_progress=self._progressed,
        )

    def _progressed(self, _done: int, _total: int, message: str) -> None:
        if self.busy and message and not self.running.progress.cancelled:  # type: ignore[union-attr]
            self._set("syncing", message)

    def cancel(self) -> None:
        """Stop a running sync now: a request in flight is abandoned, a page being applied is
        finished or rolled back whole (nothing acknowledged is lost)."""
        if self.busy:
            assert self.running is not None
            self.running.cancel()
            self._set("syncing", self.tr("Cancelling the sync…"))

    def _done(self, report: SyncReport) -> None:
        self._retry_ms = RETRY_START_MS
        self.retry.stop()
        text = self.tr("Synced: {pushed} sent, {pulled} received").format(
            pushed=report.pushed, pulled=report.pulled)
        if report.conflicts:
            text += self.tr(", {n} conflicts for review").format(n=report.conflicts)
        if report.rejected:
            text += self.tr(", {n} refused by the server").format(n=report.rejected)
            # Why, in the server's words (the local copy was put back to the server's): the
            # person who made the change must learn it did not reach anyone.
            shown = report.rejections[:MAX_REASONS_SHOWN]
            text += "\n" + "\n".join(shown)
            if len(report.rejections) > len(shown):
                text += "\n" + self.tr("…and {n} more").format(
                    n=len(report.rejections) - len(shown))
        self._set("refused" if report.rejected else "online", text)
        self.synced.emit(report)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._set("idle", self.tr("Sync cancelled; unsent changes are kept"))
            return
        if isinstance(error, ServerUnreachable):
            self._set("offline", self.tr("Offline: {why}").format(why=str(error)))
            # Try again later, backing off, until the timer or the network takes over.
            self.retry.start(self._retry_ms)
            interval = max(self.timer.interval(), RETRY_START_MS)
            self._retry_ms = min(self._retry_ms * 2, interval)
            return
        if isinstance(error, NotSignedIn | AuthError | UpgradeRequired | SyncError):
            self._set("error", str(error))
            return
        self._set("error", self.tr("Sync failed: {why}").format(why=error))

    def _set(self, state: str, message: str) -> None:
        self.state, self.message = state, message
        self.state_changed.emit(state, message)


class AccountDialog(QDialog):
    """Sign in to (or out of) the sync server. The token goes to the OS keyring only.

    Before a password goes over plain http to another computer it says so and asks for a tick.
    Signed in, it lists the account's laptops; any of them (a lost one) can be revoked.
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None,
                 service_factory: Any = SyncService) -> None:
        super().__init__(parent)
        self.ops = ops
        self.service_factory = service_factory
        self.setWindowTitle(self.tr("Sync server"))
        self.setMinimumWidth(460)
        settings = ops.workspace.settings
        self.server = QLineEdit(settings.server_url)
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setAccessibleName(self.tr("Server address"))
        self.username = QLineEdit(settings.username)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("accountStatus")
        self.error = QLabel()
        self.error.setObjectName("accountError")
        theme.tint(self.error, "color: {warning};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.insecure = QLabel()
        self.insecure.setObjectName("accountInsecure")
        theme.tint(self.insecure, "color: {warning}; font-weight: 600;")
        self.insecure.setWordWrap(True)
        self.insecure.hide()
        self.insecure_ok = QCheckBox(self.tr("Send my password over this &unencrypted "
                                             "connection anyway"))
        self.insecure_ok.hide()
        self.devices_box = QGroupBox(self.tr("Laptops signed in to this account"))
        self.devices = QListWidget()
        self.devices.setAccessibleName(self.tr("Signed-in laptops"))
        self.revoke = QPushButton(self.tr("&Revoke the selected laptop"))
        self.revoke.setEnabled(False)
        self.revoke.clicked.connect(self._revoke)
        self.devices.itemSelectionChanged.connect(self._update_revoke)
        box = QVBoxLayout(self.devices_box)
        box.addWidget(self.devices)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revoke)
        box.addLayout(row)
        self.devices_box.hide()
        self.server.textChanged.connect(self._server_changed)
        form = QFormLayout()
        for text, widget in ((self.tr("&Server"), self.server),
                             (self.tr("&User name"), self.username),
                             (self.tr("&Password"), self.password)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.sign_in = QPushButton(self.tr("Sign &in"))
        self.sign_in.setDefault(True)
        self.sign_out = QPushButton(self.tr("Sign &out"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.sign_in, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sign_out, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.sign_in.clicked.connect(self._sign_in)
        self.sign_out.clicked.connect(self._sign_out)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.insecure)
        layout.addWidget(self.insecure_ok)
        layout.addWidget(self.error)
        layout.addWidget(self.devices_box)
        layout.addWidget(buttons)
        # Enter in any field signs in (the Close button must not become the default).
        self.guard = FormGuard(self, submit=self.sign_in)
        self._refresh()

    def _refresh(self) -> None:
        factory = self.service_factory
        self.ops.run(lambda ws: factory(ws).status(), success=self._show_status, parent=self)

    def _show_status(self, status: Any) -> None:
        if status.signed_in:
            self.status.setText(self.tr("Signed in to {server} as {user}.").format(
                server=status.server_url, user=status.username))
        else:
            self.status.setText(self.tr("Not signed in. Your work stays on this laptop until you "
                                        "sign in; nothing is lost meanwhile."))
        self.sign_out.setEnabled(bool(status.signed_in))
        self.devices_box.setVisible(bool(status.signed_in))
        if status.signed_in:
            self._load_devices()

    def _load_devices(self) -> None:
        factory = self.service_factory

        def failed(error: BaseException) -> None:
            self.devices.clear()
            self._show_error(self.tr("The list of laptops is not available: {why}").format(
                why=error))

        self.ops.run(lambda ws: factory(ws).devices(), success=self._show_devices,
                     failure=failed, parent=self)

    def _show_devices(self, devices: list[DeviceInfo]) -> None:
        self.devices.clear()
        for device in devices:
            if device.revoked:
                continue
            seen = device.last_seen_at.replace("T", " ") or self.tr("never")
            text = self.tr("{name} (signed in {created}, last seen {seen})").format(
                name=device.name, created=device.created_at[:10], seen=seen)
            if device.current:
                text += self.tr(" — this laptop")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, device.id)
            self.devices.addItem(item)
        self._update_revoke()

    def _update_revoke(self) -> None:
        self.revoke.setEnabled(bool(self.devices.selectedItems()))

    def _revoke(self) -> None:
        items = self.devices.selectedItems()
        if not items:
            return
        device_id = str(items[0].data(Qt.ItemDataRole.UserRole))
        factory = self.service_factory

        def failed(error: BaseException) -> None:
            self._show_error(self.tr("The laptop could not be revoked: {why}").format(why=error))

        self.ops.run(lambda ws: factory(ws).revoke_device(device_id),
                     success=lambda _r: self._refresh(), failure=failed, changes={"account"},
                     parent=self)  # fmt: skip

    def _server_changed(self) -> None:
        self.insecure.hide()
        self.insecure_ok.hide()
        self.insecure_ok.setChecked(False)

    def _sign_in(self) -> None:
        server, user, password = self.server.text(), self.username.text(), self.password.text()
        if not server.strip() or not user.strip() or not password:
            self._show_error(self.tr("Give the server address, your user name and password."))
            return
        in_clear = sends_password_in_clear(server)
        if in_clear and not self.insecure_ok.isChecked():
            self.insecure.setText(plain_http_warning(server.strip()))
            self.insecure.show()
            self.insecure_ok.show()
            self.insecure_ok.setFocus()
            return
        self.sign_in.setEnabled(False)
        factory = self.service_factory

        def done(_user: Any) -> None:
            self.sign_in.setEnabled(True)
            self.password.clear()
            self.error.hide()
            self._refresh()

        def failed(error: BaseException) -> None:
            self.sign_in.setEnabled(True)
            self._show_error(self.tr("Sign-in failed: {why}").format(why=error))

        self.ops.run(lambda ws: factory(ws).login(server, user, password,
                                                  allow_plain_http=in_clear),
                     success=done, failure=failed, changes={"account"}, parent=self)

    def _sign_out(self) -> None:
        factory = self.service_factory
        self.ops.run(lambda ws: factory(ws).logout(), success=lambda _r: self._refresh(),
                     changes={"account"}, parent=self)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class RefusalBanner(QFrame):
    """Changes the server refused, above every screen until someone retries or discards them.

    Each refused change is named (what it is), with the reason in plain words and what to do;
    Retry sends them again (after a fix), Discard gives them up after a confirmation (the
    server's version stays; a row only this laptop had is removed).
    """

    #: Retry queued the changes again: the window syncs at once.
    retried = Signal()
    MAX_SHOWN = 5

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("refusalBanner")
        self.setAccessibleName(self.tr("Changes the server refused"))
        theme.tint(self, "#refusalBanner {{ background: {banner_bg}; border: 1px solid {warning}; "
                         "border-radius: 4px; }} #refusalBanner QLabel {{ color: {banner_text}; }}")
        self.refusals: tuple[Refusal, ...] = ()
        self.title = QLabel()
        self.title.setObjectName("refusalTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.details = QLabel()
        self.details.setObjectName("refusalDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("refusalRetry")
        self.retry_button.setToolTip(self.tr("Send these changes again (after fixing the cause)"))
        self.retry_button.clicked.connect(self.retry)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setObjectName("refusalDiscard")
        self.discard_button.setToolTip(self.tr("Give these changes up: the server's version "
                                               "stays"))
        self.discard_button.clicked.connect(self.ask_discard)
        self.confirm: QMessageBox | None = None
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.details)
        buttons = QVBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.hide()
        ops.changed.connect(self._changed)

    def _changed(self, areas: frozenset[str]) -> None:
        if {"all", "sync", "account", "refusals"} & set(areas):
            self.reload()

    def reload(self) -> None:
        self.ops.run(lambda ws: tuple(Refusals(ws.db).list()), success=self._show)

    def _show(self, refusals: tuple[Refusal, ...]) -> None:
        self.refusals = refusals
        if not refusals:
            self.hide()
            return
        self.title.setText(self.tr("The server refused {n} of your changes: they reached "
                                   "nobody.").format(n=len(refusals)))
        lines = []
        for r in refusals[:self.MAX_SHOWN]:
            lines.append(f"• {r.label} — {r.explanation} {r.advice}")
        if len(refusals) > self.MAX_SHOWN:
            lines.append(self.tr("…and {n} more").format(n=len(refusals) - self.MAX_SHOWN))
        self.details.setText("\n".join(lines))
        self.setToolTip("\n".join(f"{r.label}: {r.reason}" for r in refusals[:20]))
        self.show()

    def retry(self) -> None:
        ids = [r.id for r in self.refusals]
        self.ops.run(lambda ws: Refusals(ws.db).retry(ids),
                     success=lambda _n: self.retried.emit(), changes={"refusals"}, parent=self)

    def ask_discard(self) -> QMessageBox:
        """Ask before giving the changes up (never without a confirmation)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard refused changes"),
                          self.tr("Discard {n} refused changes? The server's version stays; "
                                  "what only this laptop had is removed. This cannot be "
                                  "undone.").format(n=len(self.refusals)),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setObjectName("discardConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ids = [r.id for r in self.refusals]

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
                self.ops.run(lambda ws: Refusals(ws.db).discard(ids),
                             changes={"all", "refusals"}, parent=self)

        box.finished.connect(answered)
        self.confirm = box
        box.open()
        return box
