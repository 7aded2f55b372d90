"""Sync failures, each with a message a user acts on."""

from __future__ import annotations


class SyncError(RuntimeError):
    """Sync could not finish; nothing local was lost (the outbox keeps unsent changes)."""


class ServerUnreachable(SyncError):
    """No answer from the server (no network, wrong address, server down). Retried."""


class AuthError(SyncError):
    """Wrong user name or password, or the saved sign-in is no longer valid."""


class DeviceRevoked(AuthError):
    """An administrator revoked this laptop's access."""


class UpgradeRequired(SyncError):
    """The server needs a newer version of the app; unsent changes are kept."""


class TooManyAttempts(AuthError):
    """Too many failed sign-ins; wait before trying again."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NotSignedIn(SyncError):
    """No server or no sign-in on this laptop yet."""


class PlainHttpRefused(SyncError):
    """A password would travel unencrypted (http:// to another computer) and nobody agreed."""


class SyncInProgress(SyncError):
    """Another sync of the same data folder (the window or a command) is running."""
