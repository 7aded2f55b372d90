"""HTTP transport of the sync protocol (httpx), turning failures into :mod:`errors`."""

from __future__ import annotations

import threading
from typing import Any, Protocol

import httpx

from biox_desktop.core.i18n import translate
from biox_desktop.core.progress import Cancelled, Progress
from biox_desktop.sync import protocol as p
from biox_desktop.sync.errors import (
    AuthError,
    DeviceRevoked,
    ServerUnreachable,
    SyncError,
    TooManyAttempts,
    UpgradeRequired,
)

#: How often a request in flight looks at the cancel flag (seconds).
CANCEL_POLL_S = 0.1


class Transport(Protocol):
    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]: ...

    def get(self, path: str) -> dict[str, Any]: ...


class HttpTransport:
    """Talks to ``base_url`` (e.g. ``https://sync.example.org``) with a device token."""

    def __init__(self, base_url: str, *, schema_version: int, token: str | None = None,
                 timeout: float = 30.0, client: httpx.Client | None = None,
                 progress: Progress | None = None) -> None:
        """``progress``: when given, a cancel abandons a request in flight at once (within
        :data:`CANCEL_POLL_S`) instead of waiting for the server or the timeout."""
        self.base_url = base_url.rstrip("/")
        self.progress = progress
        headers = p.request_headers(schema_version)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.client = client or httpx.Client(timeout=timeout)
        self.headers = headers

    def _url(self, path: str) -> str:
        return f"{self.base_url}{p.API_PREFIX}{path}"

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._send("POST", path, body)

    def get(self, path: str) -> dict[str, Any]:
        return self._send("GET", path, None)

    def delete(self, path: str) -> dict[str, Any]:
        return self._send("DELETE", path, None)

    def _request(self, method: str, path: str, body: dict[str, Any] | None) -> httpx.Response:
        """The request, abandoned as soon as the progress is cancelled (raises Cancelled).

        httpx's blocking calls cannot be interrupted from another thread, so a cancellable
        request waits on a thread of its own while this one watches the cancel flag; an
        abandoned request ends with its timeout, its answer unread (the server applies a push
        batch exactly once, so sending it again later is safe)."""
        progress = self.progress
        if progress is None:
            return self.client.request(method, self._url(path), json=body,
                                       headers=self.headers)
        progress.check()
        outcome: list[tuple[bool, Any]] = []
        done = threading.Event()

        def send() -> None:
            try:
                outcome.append((True, self.client.request(method, self._url(path), json=body,
                                                          headers=self.headers)))
            except BaseException as exc:  # handed to the waiting thread below
                outcome.append((False, exc))
            finally:
                done.set()

        # A daemon thread: an abandoned request never keeps the application from quitting.
        threading.Thread(target=send, name="biox-sync-request", daemon=True).start()
        while not done.wait(CANCEL_POLL_S):
            if progress.cancelled:
                raise Cancelled()
        ok, value = outcome[0]
        if ok:
            return value  # type: ignore[no-any-return]
        raise value

    def _send(self, method: str, path: str, body: dict[str, Any] | None) -> dict[str, Any]:
        try:
            response = self._request(method, path, body)
        except httpx.InvalidURL as exc:
            raise SyncError(
                translate("sync", "'{base_url}' is not a server address: {exc}").format(
                    base_url=self.base_url, exc=exc
                )
            ) from exc
        except (httpx.TransportError, OSError) as exc:
            raise ServerUnreachable(
                translate(
                    "sync",
                    "the sync server at {base_url} cannot be reached ({kind}); your "
                    "changes are kept and will be sent later",
                ).format(base_url=self.base_url, kind=type(exc).__name__)
            ) from exc
        return _answer(response, self.base_url)

    def close(self) -> None:
        self.client.close()


def _answer(response: httpx.Response, base_url: str) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    status = response.status_code
    if 200 <= status < 300:
        return data
    code = data.get("error", "")
    message = data.get("message") or response.reason_phrase
    if status == 401 and code == p.E_DEVICE_REVOKED:
        raise DeviceRevoked(
            translate(
                "sync",
                "this laptop's access to the sync server was revoked; sign in again "
                "(your unsent changes are kept)",
            )
        )
    if status == 401 and code == p.E_TOKEN_EXPIRED:
        raise AuthError(
            translate(
                "sync",
                "this laptop's sign-in expired (it was not used for a long time); sign in "
                "again (your unsent changes are kept)",
            )
        )
    if status == 413:
        raise SyncError(
            translate(
                "sync", "the sync server refused a request as too large ({message})"
            ).format(message=message)
        )
    if status == 401 and code == p.E_BAD_CREDENTIALS:
        raise AuthError(translate("sync", "wrong user name or password"))
    if status == 401:
        raise AuthError(
            translate("sync", "the sign-in on this laptop is no longer valid; sign in again")
        )
    if status == 426:
        raise UpgradeRequired(
            translate(
                "sync",
                "the sync server needs a newer version of bioX Missions; install the "
                "update (your unsent changes are kept)",
            )
        )
    if status == 429:
        retry = int(data.get("retry_after") or 60)
        raise TooManyAttempts(
            translate("sync", "too many failed sign-ins; try again in {retry} seconds").format(
                retry=retry
            ),
            retry,
        )
    if status in (502, 503, 504):
        raise ServerUnreachable(
            translate("sync", "the sync server at {base_url} is not answering ({status})").format(
                base_url=base_url, status=status
            )
        )
    raise SyncError(
        translate(
            "sync", "the sync server refused the request ({status} {code}): {message}"
        ).format(status=status, code=code, message=message)
    )
