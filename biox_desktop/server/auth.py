"""Passwords, device tokens and login rate limiting.

Passwords are argon2id hashes. A device token is 32 random bytes (URL-safe text) handed to the
client once; the server keeps only its SHA-256, so a leaked database gives no usable token.
Failed logins are counted in the database (not in memory) per username and per client address,
so several server processes enforce one limit.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select

from biox_desktop.server.models import LoginFailure

_DEFAULT_HASHER = PasswordHasher()
# Verified against when the username is unknown, so timing does not reveal which names exist.
_DUMMY_HASH = _DEFAULT_HASHER.hash("biox-not-a-password")


def hash_password(password: str, hasher: PasswordHasher | None = None) -> str:
    """An argon2id hash of ``password``."""
    return (hasher or _DEFAULT_HASHER).hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; always spends the time of one verification."""
    try:
        return _DEFAULT_HASHER.verify(password_hash or _DUMMY_HASH, password) and bool(
            password_hash
        )
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """A fresh device token."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the server stores for a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Failed logins allowed per window before answering 429."""

    per_username: int = 5
    per_address: int = 20
    window_s: float = 15 * 60


def user_key(username: str) -> str:
    return f"user:{username.strip().lower()}"


def address_key(address: str) -> str:
    return f"addr:{address}"


def retry_after(conn: Connection, keys: list[tuple[str, int]], now: float, window_s: float) -> int:
    """Seconds to wait when any key has reached its limit of failures in the window, else 0."""
    since = now - window_s
    wait = 0.0
    for key, limit in keys:
        count, oldest = conn.execute(
            select(func.count(), func.min(LoginFailure.at)).where(
                LoginFailure.key == key, LoginFailure.at > since
            )
        ).one()
        if count >= limit and oldest is not None:
            # The oldest failure leaves the window first; one more attempt is allowed then.
            wait = max(wait, oldest + window_s - now)
    return max(1, math.ceil(wait)) if wait > 0 else 0


def record_failure(conn: Connection, keys: list[str], now: float, window_s: float) -> None:
    """Count one failed login against each key, dropping failures older than the window."""
    conn.execute(delete(LoginFailure).where(LoginFailure.at <= now - window_s))
    conn.execute(insert(LoginFailure), [{"key": k, "at": now} for k in keys])


def clear_failures(conn: Connection, key: str) -> None:
    """Forget the failures of a key (after a successful login)."""
    conn.execute(delete(LoginFailure).where(LoginFailure.key == key))
