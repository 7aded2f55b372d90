"""Sign-in, sign-out and sync for one workspace: used by the screens and the commands."""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from biox_desktop.core.i18n import translate
from biox_desktop.core.progress import Progress
from biox_desktop.db.workspace import Workspace
from biox_desktop.sync import credentials
from biox_desktop.sync.client import LAST_SYNC_KEY, SyncClient, SyncReport, schema_version
from biox_desktop.sync.errors import AuthError, NotSignedIn

if TYPE_CHECKING:  # httpx costs ~0.1-0.3 s to import: only when a sync really starts
    import httpx

    from biox_desktop.sync.transport import HttpTransport

DEVICE_KEY = "sync_device_id"


@dataclass(frozen=True)
class SyncStatus:
    server_url: str
    username: str
    signed_in: bool
    last_sync: str
    pending: int
    #: Rows from the server this laptop could not store, set aside and retried at each sync.
    quarantined: int = 0


class SyncService:
    def __init__(self, workspace: Workspace,
                 http_client: Callable[[], httpx.Client] | None = None) -> None:
        self.ws = workspace
        # Tests pass an in-process client for the server app; real use opens HTTP connections.
        self._http_client = http_client

    def _transport(self, server_url: str, token: str | None = None,
                   timeout: float = 30.0) -> HttpTransport:
        from biox_desktop.sync.transport import HttpTransport

        client = self._http_client() if self._http_client else None
        return HttpTransport(server_url, schema_version=schema_version(), token=token,
                             timeout=timeout, client=client)

    def status(self) -> SyncStatus:
        s = self.ws.settings
        signed_in = bool(s.server_url and s.username
                         and credentials.load_token(s.server_url, s.username))
        return SyncStatus(server_url=s.server_url, username=s.username, signed_in=signed_in,
                          last_sync=self.ws.db.meta(LAST_SYNC_KEY) or "",
                          pending=self.ws.db.pending_changes(),
                          quarantined=self._quarantined())

    def _quarantined(self) -> int:
        from sqlalchemy import func, select

        from biox_desktop.db.models import SyncQuarantine

        with self.ws.db.session() as s:
            return int(s.scalar(select(func.count()).select_from(SyncQuarantine)) or 0)

    def login(self, server_url: str, username: str, password: str,
              device_name: str | None = None) -> dict[str, object]:
        """Sign in; the token goes to the OS keyring, the identity to the settings."""
        server_url = server_url.strip().rstrip("/")
        if not server_url.startswith(("http://", "https://")):
            raise AuthError(
                translate(
                    "sync", "'{address}' is not a server address (it starts with https://)"
                ).format(address=server_url)
            )
        transport = self._transport(server_url)
        try:
            answer = transport.post("/login", {
                "username": username, "password": password,
                "device_name": device_name or f"bioX Missions on {platform.node() or 'a laptop'}",
            })
        finally:
            transport.close()
        credentials.save_token(server_url, username, str(answer["token"]))
        user = answer.get("user") or {}
        previous_server = self.ws.settings.server_url
        self.ws.update_settings(
            server_url=server_url, username=username,
            user_id=str(user.get("id") or self.ws.settings.user_id),
            display_name=str(user.get("display_name") or username),
            role=str(user.get("role") or "delegate"),
            organisation_id=user.get("organisation_id"),
            organisation_name=user.get("organisation_name"),
        )
        self.ws.db.set_meta(DEVICE_KEY, str(answer.get("device_id") or ""))
        if previous_server and previous_server != server_url:
            self.ws.db.set_meta("sync_cursor", "0")  # another server: its feed starts afresh
        return dict(user)

    def logout(self) -> None:
        """Forget the token (the server revokes this device when it can be reached)."""
        s = self.ws.settings
        if not s.server_url or not s.username:
            return
        token = credentials.load_token(s.server_url, s.username)
        if token:
            transport = self._transport(s.server_url, token, timeout=5)
            try:
                transport.post("/logout", {})
            except Exception:  # offline logout still forgets the token locally
                pass
            finally:
                transport.close()
        credentials.delete_token(s.server_url, s.username)

    def sync(self, progress: Progress | None = None) -> SyncReport:
        s = self.ws.settings
        if not s.server_url or not s.username:
            raise NotSignedIn(
                translate("sync", "no sync server set up: sign in first (biox-desktop login)")
            )
        token = credentials.load_token(s.server_url, s.username)
        if not token:
            raise NotSignedIn(translate("sync", "not signed in to the sync server: sign in again"))
        transport = self._transport(s.server_url, token)
        try:
            client = SyncClient(self.ws.db, transport,
                                device_id=self.ws.db.meta(DEVICE_KEY) or "")
            report = client.sync(progress)
            # Rows pulled or pushed may still aim at records a coordinator merged meanwhile
            # (a laptop that was offline): point them at the survivors and send that at once.
            forwarded = self.ws.merges.forward()
            if self.ws.identity.role == "coordinator" and self.ws.merges.auto_threshold():
                # The coordinator opted in: merge what scores above the threshold (same scope
                # only), so everyone receives it with this sync.
                forwarded += len(self.ws.merges.auto_merge(progress))
            if forwarded:
                report.add(client.sync(progress))
            report.forwarded = forwarded
            return report
        finally:
            transport.close()
