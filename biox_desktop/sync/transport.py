"""HTTP transport of the sync protocol (httpx), turning failures into :mod:`errors`."""

from __future__ import annotations

from typing import Any, Protocol

import httpx

from biox_desktop.core.i18n import translate
from biox_desktop.sync import protocol as p
from biox_desktop.sync.errors import (
    AuthError,
    DeviceRevoked,
    ServerUnreachable,
    SyncError,
    TooManyAttempts,
    UpgradeRequired,
)


class Transport(Protocol):
    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]: ...

    def get(self, path: str) -> dict[str, Any]: ...


class HttpTransport:
    """Talks to ``base_url`` (e.g. ``https://sync.example.org``) with a device token."""

    def __init__(self, base_url: str, *, schema_version: int, token: str | None = None,
                 timeout: float = 30.0, client: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
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

    def _send(self, method: str, path: str, body: dict[str, Any] | None) -> dict[str, Any]:
        try:
            response = self.client.request(method, self._url(path), json=body,
                                           headers=self.headers)
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
