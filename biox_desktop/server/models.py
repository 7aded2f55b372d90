"""The sync server's own tables (separate metadata from the desktop's local database).

The server is schema-agnostic about domain tables: every synced row of every table lands in
``sync_rows`` as JSON field values plus per-field clocks. Everything else here is bookkeeping:
accounts, devices, the change-feed counter, evictions, conflicts, a derived mission index, scope
checksums kept up to date on each write, and login failures for rate limiting.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# JSONB on PostgreSQL (compact, comparable), JSON text elsewhere.
JSONValue = JSON().with_variant(JSONB(), "postgresql")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ServerBase(DeclarativeBase):
    """Declarative base of the server tables only."""

    metadata = MetaData(naming_convention=NAMING)


class Setting(ServerBase):
    """Server-wide settings (server id, minimum client schema, access policy flags)."""

    __tablename__ = "server_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(ServerBase):
    """The change-feed sequence: one row, advanced only under the push lock."""

    __tablename__ = "sync_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Organisation(ServerBase):
    """A cluster or an SME; its id is shared with the desktop's organisation rows."""

    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class User(ServerBase):
    """A person who may sign in."""

    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    #: The synced ``people`` row that is this user (written by ``user add``; NULL for users
    #: made before server migration 0009): makes a delegate's own roster entry exact.
    person_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Device(ServerBase):
    """One signed-in laptop: its token (hashed), its push progress and its last pull cursor."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: When the token stops working (``None``: a device from before tokens expired; it gets an
    #: expiry at its next renewal or sign-in).
    token_expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: The token a renewal replaced: still accepted until the new one is first used, so a lost
    #: renewal answer does not sign the laptop out.
    previous_token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: Highest client seq processed (pushes with seq at or below are duplicates).
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Cursor last sent to this device by a full pull (what it has been shown).
    pulled_cursor: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncRow(ServerBase):
    """The latest merged state of one synced row."""

    __tablename__ = "sync_rows"
    tbl: Mapped[str] = mapped_column(String(63), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    scope: Mapped[str] = mapped_column(String(80))
    fields: Mapped[dict[str, Any]] = mapped_column(JSONValue)
    clocks: Mapped[dict[str, str]] = mapped_column(JSONValue)
    #: Per field: [user id, device id, server seq] of the write that holds it.
    authors: Mapped[dict[str, list[Any]]] = mapped_column(JSONValue)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    scope_clock: Mapped[str] = mapped_column(String(100))
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    #: The user whose write created the row, and their organisation then: the row's owner for
    #: the authorisation table (NULL on rows stored before server migration 0003).
    owner_user: Mapped[str | None] = mapped_column(String(64), nullable=True)
    owner_org: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (Index("ix_sync_rows_scope_seq", "scope", "seq"),)


class Eviction(ServerBase):
    """A row left ``old_scope`` at change ``seq``: who saw only the old scope must drop it."""

    __tablename__ = "sync_evictions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    tbl: Mapped[str] = mapped_column(String(63))
    row_id: Mapped[str] = mapped_column(String(100))
    old_scope: Mapped[str] = mapped_column(String(80))

    __table_args__ = (
        Index("ix_sync_evictions_old_scope_seq", "old_scope", "seq"),
        Index("ix_sync_evictions_row", "tbl", "row_id"),
    )


class Conflict(ServerBase):
    """A write that lost (or was quarantined), kept with both values for the coordinator."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(63))
    row_id: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(63))
    reason: Mapped[str] = mapped_column(String(32))
    winner_value: Mapped[Any] = mapped_column(JSONValue, nullable=True)
    winner_clock: Mapped[str | None] = mapped_column(String(100), nullable=True)
    winner_user: Mapped[str | None] = mapped_column(String(64), nullable=True)
    winner_device: Mapped[str | None] = mapped_column(String(64), nullable=True)
    loser_value: Mapped[Any] = mapped_column(JSONValue, nullable=True)
    loser_clock: Mapped[str | None] = mapped_column(String(100), nullable=True)
    loser_user: Mapped[str | None] = mapped_column(String(64), nullable=True)
    loser_device: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)


class MissionLink(ServerBase):
    """Derived index: which organisation takes part in which mission, from one synced row.

    Kept in the push transaction from rows of ``missions`` (lead cluster), ``mission_companies``
    and ``mission_partners``; ``active`` is false once the source row is tombstoned.
    """

    __tablename__ = "mission_links"
    tbl: Mapped[str] = mapped_column(String(63), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    mission_id: Mapped[str | None] = mapped_column(String(100), nullable=True, index=True)
    organisation_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (Index("ix_mission_links_org", "organisation_id", "active"),)


class ScopeStat(ServerBase):
    """Running per-scope row count and checksum (see :mod:`biox_desktop.sync.protocol`)."""

    __tablename__ = "scope_stats"
    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    row_count: Mapped[int] = mapped_column(BigInteger)
    #: Decimal text: the value is an unsigned 64-bit integer, beyond BIGINT's range.
    checksum: Mapped[str] = mapped_column(String(24))


class LoginFailure(ServerBase):
    """One failed login, counted per username and per client address for rate limiting."""

    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200))
    at: Mapped[float] = mapped_column(Float)

    __table_args__ = (Index("ix_login_failures_key_at", "key", "at"),)


class PushResult(ServerBase):
    """The result the server gave one pushed op, so a retry after a lost answer gets it again.

    ``op_key`` fingerprints the op (table, row, kind, clock): a laptop restored from an old
    backup re-uses seqs for different ops, and must not be told those were applied. Trimmed
    per device below the lowest seq of each push (everything below was acknowledged).
    """

    __tablename__ = "push_results"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    op_key: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    quarantined: Mapped[bool] = mapped_column(Boolean, default=False)


class FeedToken(ServerBase):
    """A private calendar feed: one person's published agenda of one mission, behind a long
    random token (only its SHA-256 kept, like device tokens); revocable by the mission's leaders.
    """

    __tablename__ = "feed_tokens"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    mission_id: Mapped[str] = mapped_column(String(100), index=True)
    person_id: Mapped[str] = mapped_column(String(100))
    #: The server user who made the link.
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: The last time a calendar fetched it (so a leader sees which links are in use).
    last_fetched_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CounterpartLink(ServerBase):
    """A counterpart's private page (server/counterpart.py): one foreign person of one
    mission, behind a long random token (only its SHA-256 kept), until it expires or a leader
    revokes it. The page's calendar link is the same token (``/c/<token>/agenda.ics``).
    """

    __tablename__ = "counterpart_links"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    mission_id: Mapped[str] = mapped_column(String(100), index=True)
    person_id: Mapped[str] = mapped_column(String(100))
    #: The server user who made the link.
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: The last time the page was opened (so a leader sees which links are in use).
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
