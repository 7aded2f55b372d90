"""The device token lives only in the OS keyring (never in a file or the database)."""

from __future__ import annotations

import contextlib
import secrets

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from biox_desktop.core.i18n import translate
from biox_desktop.sync.errors import SyncError

SERVICE = "bioX Missions sync"


class KeyringUnavailable(SyncError):
    """No usable OS keyring: the token cannot be stored safely, so sign-in is refused."""


def _account(server_url: str, username: str) -> str:
    return f"{username}@{server_url.rstrip('/')}"


def save_token(server_url: str, username: str, token: str) -> None:
    try:
        keyring.set_password(SERVICE, _account(server_url, username), token)
    except NoKeyringError as exc:
        raise KeyringUnavailable(
            translate(
                "sync",
                "no password store (OS keyring) is available on this computer, so the "
                "sign-in cannot be kept safely; on Linux, install and unlock GNOME "
                "Keyring or KWallet",
            )
        ) from exc
    except KeyringError as exc:
        raise KeyringUnavailable(
            translate("sync", "the OS keyring refused to store the sign-in: {exc}").format(exc=exc)
        ) from exc
    # Some backends (the "null" keyring of headless machines) accept and silently drop secrets.
    if load_token(server_url, username) != token:
        raise KeyringUnavailable(
            translate(
                "sync",
                "the OS keyring did not keep the sign-in (it may be locked or a dummy "
                "store); unlock or install a keyring (GNOME Keyring, KWallet) and sign "
                "in again",
            )
        )


def load_token(server_url: str, username: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _account(server_url, username))
    except KeyringError:
        return None


def delete_token(server_url: str, username: str) -> None:
    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, _account(server_url, username))


_PROBE_ACCOUNT = "keyring check"


def check_keyring() -> None:
    """Raise :class:`KeyringUnavailable` unless the keyring really stores and returns a secret.

    Run before signing in, so that no device is created on the server for a sign-in this
    laptop could not keep.
    """
    probe = secrets.token_urlsafe(16)
    try:
        save_token(_PROBE_ACCOUNT, _PROBE_ACCOUNT, probe)
    finally:
        delete_token(_PROBE_ACCOUNT, _PROBE_ACCOUNT)
