"""Sign-in, sign-out and sync for one workspace: used by the screens and the commands."""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import platform
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

from biox_desktop.core.i18n import translate
from biox_desktop.core.progress import Progress
from biox_desktop.db.workspace import Workspace
from biox_desktop.sync import credentials
from biox_desktop.sync.client import LAST_SYNC_KEY, SyncClient, SyncReport, schema_version
from biox_desktop.sync.errors import (
    AuthError,
    NotSignedIn,
    PlainHttpRefused,
    SyncError,
    SyncInProgress,
)

if TYPE_CHECKING:  # httpx costs ~0.1-0.3 s to import: only when a sync really starts
    import httpx

    from biox_desktop.sync.transport import HttpTransport

DEVICE_KEY = "sync_device_id"
#: When the server said the stored token expires, and when it was issued (ISO 8601 UTC). Not
#: secrets: the token itself lives in the OS keyring only.
TOKEN_EXPIRES_KEY = "sync_token_expires_at"
TOKEN_ISSUED_KEY = "sync_token_issued_at"
#: The file two syncs of one data folder lock (window, command line, another window).
SYNC_LOCK_NAME = "sync.lock"


def sends_password_in_clear(server_url: str) -> bool:
    """True for ``http://`` to anything but this computer: the password would cross a network
    unencrypted."""
    parts = urlsplit(server_url.strip())
    if parts.scheme.lower() != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def plain_http_warning(server_url: str) -> str:
    """What the sign-in dialog and ``biox-desktop login`` say before sending it anyway."""
    return translate(
        "sync",
        "{address} is not encrypted (http, not https): your password and everything you sync "
        "would cross the network readable by anyone on the way. Use the https address of the "
        "server unless you are sure this network is private.",
    ).format(address=server_url)


@contextlib.contextmanager
def sync_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's sync lock, or raise :class:`SyncInProgress` at once.

    An OS file lock (released by the OS if the process dies), so a crashed sync never leaves
    the folder locked.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    handle: IO[bytes] = open(data_dir / SYNC_LOCK_NAME, "a+b")  # noqa: SIM115
    try:
        try:
            _lock(handle)
        except OSError:
            raise SyncInProgress(
                translate(
                    "sync",
                    "another sync of this data folder is running (in the window or a "
                    "command); try again when it has finished",
                )
            ) from None
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()


def _lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class DeviceInfo:
    """One laptop signed in to the user's account, as the server knows it."""

    id: str
    name: str
    created_at: str
    last_seen_at: str
    revoked: bool
    current: bool


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
                   timeout: float = 30.0, progress: Progress | None = None) -> HttpTransport:
        from biox_desktop.sync.transport import HttpTransport

        client = self._http_client() if self._http_client else None
        return HttpTransport(server_url, schema_version=schema_version(), token=token,
                             timeout=timeout, client=client, progress=progress)

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
              device_name: str | None = None, *,
              allow_plain_http: bool = False) -> dict[str, object]:
        """Sign in; the token goes to the OS keyring, the identity to the settings.

        Refuses (:class:`PlainHttpRefused`) to send the password over plain http to another
        computer unless ``allow_plain_http`` (the person confirmed the warning). Checks that the
        keyring works before asking the server, and revokes the new device if storing its token
        fails anyway: a sign-in this laptop cannot keep leaves no active device behind.
        """
        server_url = server_url.strip().rstrip("/")
        if not server_url.startswith(("http://", "https://")):
            raise AuthError(
                translate(
                    "sync", "'{address}' is not a server address (it starts with https://)"
                ).format(address=server_url)
            )
        # An in-process client (tests, the demo) sends nothing over any network.
        in_clear = self._http_client is None and sends_password_in_clear(server_url)
        if in_clear and not allow_plain_http:
            raise PlainHttpRefused(plain_http_warning(server_url))
        credentials.check_keyring()
        transport = self._transport(server_url)
        try:
            answer = transport.post("/login", {
                "username": username, "password": password,
                "device_name": device_name or f"bioX Missions on {platform.node() or 'a laptop'}",
            })
        finally:
            transport.close()
        try:
            credentials.save_token(server_url, username, str(answer["token"]))
        except SyncError:
            self._revoke_quietly(server_url, str(answer["token"]))
            raise
        self._remember_expiry(answer)
        user = answer.get("user") or {}
        previous_server = self.ws.settings.server_url
        self.ws.update_settings(server_url=server_url, username=username)
        self._remember_user(user)
        self.ws.db.set_meta(DEVICE_KEY, str(answer.get("device_id") or ""))
        # The organisation's consent wording, for captures made before the first sync.
        transport = self._transport(server_url, str(answer["token"]), timeout=10)
        try:
            self._organisation_settings(transport.get("/me"))
        except SyncError:  # an older server, or the network went: the first sync tries again
            pass
        finally:
            transport.close()
        if previous_server and previous_server != server_url:
            self.ws.db.set_meta("sync_cursor", "0")  # another server: its feed starts afresh
        return dict(user)

    def _remember_user(self, user: Mapping[str, Any]) -> None:
        """Store who the server says we are: role, organisation, cluster, own person."""
        s = self.ws.settings

        def text(name: str) -> str | None:
            value = user.get(name)
            return str(value) if value else None

        changes: dict[str, object] = {
            "user_id": str(user.get("id") or s.user_id),
            "display_name": str(user.get("display_name") or s.username or s.display_name),
            "role": str(user.get("role") or "delegate"),
            "organisation_id": text("organisation_id"),
            "organisation_name": text("organisation_name"),
            "cluster_id": text("cluster_id"),
            "person_id": text("person_id"),
        }
        if any(getattr(s, k) != v for k, v in changes.items()):
            self.ws.update_settings(**changes)

    def _revoke_quietly(self, server_url: str, token: str) -> None:
        transport = self._transport(server_url, token, timeout=10)
        try:
            transport.post("/logout", {})
        except SyncError:  # unreachable now: the unused token expires on its own
            pass
        finally:
            transport.close()

    def _remember_expiry(self, answer: dict[str, Any]) -> None:
        expires = str(answer.get("token_expires_at") or "")
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.ws.db.set_meta(TOKEN_EXPIRES_KEY, expires)
        self.ws.db.set_meta(TOKEN_ISSUED_KEY, now)

    def renewal_due(self, now: dt.datetime | None = None) -> bool:
        """True once half of the token's life has passed (or its expiry is unknown)."""
        now = now or dt.datetime.now(dt.UTC)
        expires = _parse_time(self.ws.db.meta(TOKEN_EXPIRES_KEY))
        issued = _parse_time(self.ws.db.meta(TOKEN_ISSUED_KEY))
        if expires is None or issued is None:
            return True
        return now >= issued + (expires - issued) / 2

    def _renew_if_due(self, server_url: str, username: str, token: str,
                      progress: Progress | None = None) -> str:
        """Swap the token for a fresh one when due; the old one works until the new is used."""
        if not self.renewal_due():
            return token
        transport = self._transport(server_url, token, progress=progress)
        try:
            answer = transport.post("/token/renew", {})
        finally:
            transport.close()
        fresh = str(answer.get("token") or "")
        if not fresh:
            return token
        try:
            credentials.save_token(server_url, username, fresh)
        except SyncError:
            return token  # keyring trouble: keep the old token, which the server still takes
        self._remember_expiry(answer)
        return fresh

    def _signed_in(self) -> tuple[str, str, str]:
        s = self.ws.settings
        if not s.server_url or not s.username:
            raise NotSignedIn(
                translate("sync", "no sync server set up: sign in first (biox-desktop login)")
            )
        token = credentials.load_token(s.server_url, s.username)
        if not token:
            raise NotSignedIn(translate("sync", "not signed in to the sync server: sign in again"))
        return s.server_url, s.username, token

    def devices(self) -> list[DeviceInfo]:
        """The laptops signed in to this account (this one marked ``current``)."""
        server_url, _username, token = self._signed_in()
        transport = self._transport(server_url, token)
        try:
            answer = transport.get("/devices")
        finally:
            transport.close()
        return [
            DeviceInfo(id=str(d.get("id")), name=str(d.get("name") or ""),
                       created_at=str(d.get("created_at") or ""),
                       last_seen_at=str(d.get("last_seen_at") or ""),
                       revoked=bool(d.get("revoked")), current=bool(d.get("current")))
            for d in answer.get("devices") or []
        ]  # fmt: skip

    def revoke_device(self, device_id: str) -> None:
        """Revoke one of the account's laptops (a lost one, say); this one signs out."""
        server_url, username, token = self._signed_in()
        transport = self._transport(server_url, token)
        try:
            transport.post(f"/devices/{device_id}/revoke", {})
        finally:
            transport.close()
        if device_id == (self.ws.db.meta(DEVICE_KEY) or ""):
            credentials.delete_token(server_url, username)

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
        # Signed out, the laptop no longer acts with the account's role (a coordinator's
        # screens go at once); who it was stays for the records it made.
        from biox_desktop.core.settings import Settings

        if s.role != Settings.role:
            self.ws.update_settings(role=Settings.role)

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """One sync, never two at once on a data folder (:class:`SyncInProgress`)."""
        server_url, username, token = self._signed_in()
        with sync_lock(self.ws.data_dir):
            token = self._renew_if_due(server_url, username, token, progress)
            return self._sync(server_url, token, progress)

    def _organisation_settings(self, me: dict[str, Any]) -> None:
        """Take the organisation's consent wording from the server's ``/me`` answer: one
        wording per organisation, so the server's wins over the one set on this laptop."""
        consent = me.get("consent")
        if not isinstance(consent, dict):
            return
        wording, version = str(consent.get("wording") or ""), str(consent.get("version") or "")
        s = self.ws.settings
        if wording and version and (s.consent_wording, s.consent_wording_version,
                                    s.consent_wording_source) != (wording, version, "server"):
            self.ws.update_settings(consent_wording=wording, consent_wording_version=version,
                                    consent_wording_source="server")

    def _sync(self, server_url: str, token: str, progress: Progress | None) -> SyncReport:
        # A cancel abandons the request in flight (a slow or dying server is not waited for).
        transport = self._transport(server_url, token, progress=progress)
        try:
            # Who we are may have changed on the server (a role, an SME's home cluster).
            me = transport.get("/me")
            if isinstance(me.get("user"), dict):
                self._remember_user(me["user"])
            self._organisation_settings(me)
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
