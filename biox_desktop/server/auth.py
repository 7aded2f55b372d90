"""Passwords, device tokens and login rate limiting.

Passwords are argon2id hashes. A device token is 32 random bytes (URL-safe text) handed to the
client once; the server keeps only its SHA-256, so a leaked database gives no usable token.
Failed logins are counted in the database (not in memory), so several server processes enforce
one limit. They are counted per *username and address* and per address, never per username
alone: a stranger who types wrong passwords for someone's account slows down only their own
attempts from their own address, never the account's owner signing in from elsewhere. After a
few free failures a (username, address) pair backs off exponentially (30 s, 60 s, ... up to the
window). Tokens expire (:data:`TOKEN_LIFETIME`) and are renewed by the client before that.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

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


#: How long a device token is valid; the client renews it when half of that has passed.
TOKEN_LIFETIME = timedelta(days=90)


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Failed logins allowed before answering 429.

    ``per_user_address`` failures of one username from one address are free; each further one
    doubles the wait (from ``backoff_s``, at most ``window_s``). ``per_address`` failures from
    one address in the window, whatever the usernames, block that address (password spraying).
    """

    per_user_address: int = 5
    per_address: int = 20
    window_s: float = 15 * 60
    backoff_s: float = 30


def user_address_key(username: str, address: str) -> str:
    return f"pair:{username.strip().lower()}|{address}"


def address_key(address: str) -> str:
    return f"addr:{address}"


def _failures(conn: Connection, key: str, since: float) -> tuple[int, float | None, float | None]:
    count, oldest, newest = conn.execute(
        select(func.count(), func.min(LoginFailure.at), func.max(LoginFailure.at)).where(
            LoginFailure.key == key, LoginFailure.at > since
        )
    ).one()
    return int(count), oldest, newest


def retry_after(conn: Connection, username: str, address: str, limits: RateLimits,
                now: float) -> int:  # fmt: skip
    """Seconds this username must wait from this address before trying again (0: go ahead)."""
    since = now - limits.window_s
    wait = 0.0
    count, _oldest, newest = _failures(conn, user_address_key(username, address), since)
    if count >= limits.per_user_address and newest is not None:
        backoff = min(limits.window_s, limits.backoff_s * 2 ** (count - limits.per_user_address))
        wait = newest + backoff - now
    count, oldest, _newest = _failures(conn, address_key(address), since)
    if count >= limits.per_address and oldest is not None:
        # The oldest failure leaves the window first; one more attempt is allowed then.
        wait = max(wait, oldest + limits.window_s - now)
    return max(1, math.ceil(wait)) if wait > 0 else 0


def failure_keys(username: str, address: str) -> list[str]:
    """The counters one failed login adds to."""
    return [user_address_key(username, address), address_key(address)]


class TrustedProxies:
    """The proxies whose ``X-Forwarded-For`` the server believes (a server setting).

    Without any, the client address is the TCP peer, whatever headers say. Behind a trusted
    proxy, it is the right-most address of ``X-Forwarded-For`` that is not itself a trusted
    proxy: proxies append, so anything left of that was written by the client and proves nothing.
    """

    def __init__(self, networks: Iterable[str] = ()) -> None:
        self.networks = tuple(ipaddress.ip_network(n.strip(), strict=False)
                              for n in networks if n.strip())  # fmt: skip

    @classmethod
    def parse(cls, text: str | None) -> TrustedProxies:
        """From a comma-separated list of addresses or networks (``127.0.0.1,10.0.0.0/8``)."""
        return cls((text or "").split(","))

    def trusts(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in net for net in self.networks)

    def client_address(self, peer: str, forwarded_for: Sequence[str]) -> str:
        """The real client address of a request from ``peer`` with these XFF header values."""
        if not self.trusts(peer):
            return peer
        hops = [h.strip() for value in forwarded_for for h in value.split(",") if h.strip()]
        for hop in reversed(hops):
            if not self.trusts(hop):
                try:
                    return str(ipaddress.ip_address(hop))
                except ValueError:
                    return peer  # garbage where an address should be: trust nothing
        return peer


def record_failure(conn: Connection, keys: list[str], now: float, window_s: float) -> None:
    """Count one failed login against each key, dropping failures older than the window."""
    conn.execute(delete(LoginFailure).where(LoginFailure.at <= now - window_s))
    conn.execute(insert(LoginFailure), [{"key": k, "at": now} for k in keys])


def clear_failures(conn: Connection, key: str) -> None:
    """Forget the failures of a key (after a successful login)."""
    conn.execute(delete(LoginFailure).where(LoginFailure.key == key))
