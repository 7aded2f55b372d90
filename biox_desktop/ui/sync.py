"""Sync in the background: on demand, on a timer and when the network returns; sign-in dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
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
from biox_desktop.sync.service import SyncService
from biox_desktop.ui.forms import FormGuard
from biox_desktop.ui.operations import Operations, OpHandle

#: First retry after a failed automatic sync; doubles up to the timer interval.
RETRY_START_MS = 30_000
#: Refusals listed in the sync status (the command line and the log list them all).
MAX_REASONS_SHOWN = 5


class SyncController(QObject):
    """Runs syncs through the operation helper, one at a time, and reports what happened."""

    #: (state, message): state is "online", "refused" (synced, but the server refused some
    #: changes: the message lists why), "offline", "error", "syncing" or "idle".
    state_changed = Signal(str, str)
    #: Emitted after a successful sync with its report.
    synced = Signal(object)

    def __init__(self, ops: Operations, parent: QObject | None = None,
                 service_factory: Any = SyncService) -> None:
        super().__init__(parent)
        self.ops = ops
        self.service_factory = service_factory
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
        """Start a sync unless one runs; automatic syncs stay silent about missing sign-in."""
        if self.busy:
            return
        settings = self.ops.workspace.settings
        if automatic and not settings.server_url:
            return
        self._set("syncing", self.tr("Syncing…"))
        factory = self.service_factory

        def work(ws: Any, progress: Any) -> SyncReport:
            return factory(ws).sync(progress)

        self.running = self.ops.run(
            work, success=self._done, failure=self._failed, changes={"all", "sync"},
            progress_label=None if automatic else self.tr("Syncing with the server"),
            with_progress=True,
        )

    def cancel(self) -> None:
        """Stop a running sync at its next step (nothing acknowledged is lost)."""
        if self.running is not None:
            self.running.cancel()

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
    """Sign in to (or out of) the sync server. The token goes to the OS keyring only."""

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
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
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
        layout.addWidget(self.error)
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

    def _sign_in(self) -> None:
        server, user, password = self.server.text(), self.username.text(), self.password.text()
        if not server.strip() or not user.strip() or not password:
            self._show_error(self.tr("Give the server address, your user name and password."))
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

        self.ops.run(lambda ws: factory(ws).login(server, user, password), success=done,
                     failure=failed, changes={"account"}, parent=self)

    def _sign_out(self) -> None:
        factory = self.service_factory
        self.ops.run(lambda ws: factory(ws).logout(), success=lambda _r: self._refresh(),
                     changes={"account"}, parent=self)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
