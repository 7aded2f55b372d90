"""The server's storage operations: accounts, push (merge), pull, checksums, conflicts.

Everything that matters lives in the database, so several server processes on one PostgreSQL
behave as one. Pushes run under :func:`~biox_desktop.server.db.write_tx`, which serialises them:
seq numbers are handed out and committed in the same order, so a pull can never see a change
while an earlier-numbered one is still in flight (see the protocol docstring).
"""

from __future__ import annotations

import functools
import json
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.sql import ColumnElement

from biox_desktop.core.hlc import MAX_DRIFT_MS, HybridLogicalClock, Timestamp
from biox_desktop.core.i18n import translate
from biox_desktop.core.ids import uuid7
from biox_desktop.server import auth, validate
from biox_desktop.server import erasure as server_erasure
from biox_desktop.server.access import (
    ACCESS_TABLES,
    ALL_MISSIONS,
    ALL_ORGS,
    COORDINATOR,
    ORG_KINDS,
    ROLES,
    AccessFacts,
    RowFacts,
    ServerUser,
    authorise,
    may_write,
    outgoing_row,
    scope_visible,
    visible_scopes,
)
from biox_desktop.server.db import plain_tx, read_tx, write_tx
from biox_desktop.server.models import (
    Conflict,
    Counter,
    Device,
    Eviction,
    MissionLink,
    Organisation,
    ScopeStat,
    Setting,
    SyncRow,
    User,
)
from biox_desktop.sync import protocol as P

DEFAULT_MIN_SCHEMA = 1


class StoreError(Exception):
    """A request the store refuses; ``code`` is the protocol error code."""

    def __init__(self, code: str, message: str, status: int = 400, **extra: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.extra = extra


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _wire_now() -> str:
    """Now as a synced instant (ISO 8601 with ``+00:00``, as laptops send them)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class ServerSettings:
    server_id: str
    min_schema: int
    coordinator_sees_private: bool


@dataclass(frozen=True, slots=True)
class Principal:
    """The caller of an authenticated request."""

    user: ServerUser
    device_id: str


# --------------------------------------------------------------------------------------------
# Parsing one push op


class OpRejected(Exception):
    """An op that cannot be applied; the message is the ``reason`` of its result."""


@dataclass(slots=True)
class ParsedOp:
    seq: int
    table: str
    row_id: str
    scope: str
    kind: str
    hlc: str
    #: (field, value, packed clock) in the order given.
    writes: list[tuple[str, Any, str]]
    fields: dict[str, Any]


@functools.lru_cache(maxsize=4096)
def _clock_problem(value: str) -> str | None:
    """What is wrong with a pushed clock, or ``None`` (memoised: an op's fields share one)."""
    try:
        ts = Timestamp.unpack(value)
    except ValueError:
        return "does not parse"
    if ts.pack() != value or ts.wall_ms < 0 or not P.CLOCK_NODE_RE.match(ts.node):
        return "is not in canonical form"
    return None


@functools.lru_cache(maxsize=4096)
def _wall_ms_of(clock: str) -> int:
    """The wall time of a valid packed clock (memoised, as above)."""
    return Timestamp.unpack(clock).wall_ms


@functools.lru_cache(maxsize=4096)
def _valid_field_name(name: str) -> bool:
    return bool(P.FIELD_NAME_RE.match(name))


def _check_clock(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise OpRejected(f"clock of {what} is not a string")
    problem = _clock_problem(value)
    if problem is not None:
        raise OpRejected(f"clock of {what} {problem}: {value[:60]!r}")
    return value


def _as_flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise OpRejected("field 'deleted' must be true or false")


def parse_op(op: dict[str, Any]) -> ParsedOp:
    """Validate one op (its ``seq`` already checked); raises :class:`OpRejected`."""
    table, row_id, scope, kind = op.get("table"), op.get("row_id"), op.get("scope"), op.get("op")
    if not P.is_valid_table(table):
        raise OpRejected(f"unknown table name {str(table)[:70]!r}")
    if not isinstance(row_id, str) or not P.ROW_ID_RE.match(row_id):
        raise OpRejected("row_id is missing or malformed")
    if not P.is_valid_scope(scope):
        raise OpRejected(f"scope {str(scope)[:90]!r} is not a valid scope")
    if kind not in (P.OP_UPSERT, P.OP_DELETE):
        raise OpRejected(f"op must be 'upsert' or 'delete', not {str(kind)[:20]!r}")
    fields = op.get("fields") or {}
    clocks = op.get("clocks") or {}
    if not isinstance(fields, dict) or not isinstance(clocks, dict):
        raise OpRejected("fields and clocks must be objects")
    hlc = _check_clock(op.get("hlc"), "the op")
    assert isinstance(table, str) and isinstance(scope, str)
    writes: list[tuple[str, Any, str]] = []
    kept: dict[str, Any] = {}
    if kind == P.OP_DELETE:
        clock = clocks.get(P.DELETED, hlc)
        writes.append((P.DELETED, True, _check_clock(clock, "field 'deleted'")))
    else:
        for name, value in fields.items():
            if name in P.IGNORED_FIELDS:
                continue
            if not isinstance(name, str) or not _valid_field_name(name):
                raise OpRejected(f"field name {str(name)[:70]!r} is not allowed")
            clock = clocks.get(name, hlc)
            if clock != hlc:  # the op's own clock is checked above
                _check_clock(clock, f"field {name!r}")
            if name == P.DELETED:
                writes.append((name, _as_flag(value), clock))
                continue
            if not P.is_json_value(value):
                raise OpRejected(f"value of field {name!r} cannot be stored as JSON")
            writes.append((name, value, clock))
            kept[name] = value
    return ParsedOp(op["seq"], table, row_id, scope, kind, hlc, writes, kept)


# --------------------------------------------------------------------------------------------
# Row state while merging


@dataclass(slots=True)
class RowState:
    table: str
    row_id: str
    scope: str
    fields: dict[str, Any]
    clocks: dict[str, str]
    authors: dict[str, list[Any]]
    deleted: bool
    deleted_at: datetime | None
    scope_clock: str
    seq: int
    exists: bool
    #: Who created the row and their organisation then (None on rows older than that record).
    owner_user: str | None = None
    owner_org: str | None = None

    def checksum(self) -> int:
        return P.row_checksum(self.table, self.row_id, self.clocks, self.deleted)

    def to_wire(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "row_id": self.row_id,
            "scope": self.scope,
            "fields": dict(self.fields),
            "clocks": dict(self.clocks),
            "deleted": self.deleted,
        }


def _state_from_db(r: Any) -> RowState:
    return RowState(
        r.tbl,
        r.row_id,
        r.scope,
        dict(r.fields),
        dict(r.clocks),
        dict(r.authors),
        bool(r.deleted),
        r.deleted_at,
        r.scope_clock,
        r.seq,
        True,
        r.owner_user,
        r.owner_org,
    )


@dataclass(slots=True)
class PushContext:
    user: ServerUser
    device_id: str
    now_ms: int
    pulled_cursor: int
    counter: int
    coordinator_sees_private: bool
    facts: AccessFacts = field(default_factory=AccessFacts)
    visible: frozenset[str] = frozenset()
    #: Mission id -> its lead organisations, looked up once per push (cleared when a row that
    #: decides mission access changes).
    mission_leads: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Erased person id -> erasure record id (looked up once per push; server/erasure.py),
    #: and whether this push erased someone (the store is vacuumed after it commits).
    erased: dict[str, str] | None = None
    vacuum: bool = False
    #: A push's rows and scope sums, written once per batch (None: every write goes at once).
    batch: WriteBatch | None = None


#: Tables whose rows other queries of a push read (mission links joined to their rows, erasure
#: records): their writes go to the database at once, after the batch's pending writes.
DIRECT_TABLES = ACCESS_TABLES | {server_erasure.rules.ERASURES}


@dataclass(slots=True)
class WriteBatch:
    """The rows and scope sums of one push, kept in memory and written once (executemany).

    ``rows`` holds every row the push read or wrote (``None``: known not to exist), so a row
    is read from the database at most once per push; ``pending`` holds the rows written since
    the last flush, ``stats`` the per-scope count and checksum deltas since then. Anything that
    reads ``sync_rows`` or ``scope_stats`` by other means flushes first
    (:meth:`Store._flush`).
    """

    rows: dict[tuple[str, str], RowState | None] = field(default_factory=dict)
    #: (table, row id) -> (the row is new, its values).
    pending: dict[tuple[str, str], tuple[bool, dict[str, Any]]] = field(default_factory=dict)
    stats: dict[str, list[int]] = field(default_factory=dict)


#: One stored row replaced (executemany within a push's flush).
_UPDATE_ROW = update(SyncRow).where(
    SyncRow.tbl == bindparam("k_tbl"), SyncRow.row_id == bindparam("k_row_id")
)


def _granting_links(stmt: Any) -> Any:
    """Restrict a select over mission links to those that grant sight: active, and from a row
    stored in the mission's own scope (links stored elsewhere by an older server never count)."""
    return stmt.join(
        SyncRow, and_(SyncRow.tbl == MissionLink.tbl, SyncRow.row_id == MissionLink.row_id)
    ).where(
        MissionLink.active.is_(True),
        SyncRow.scope == literal("mission:") + MissionLink.mission_id,
    )


# --------------------------------------------------------------------------------------------


class Store:
    """All server operations over one engine."""

    def __init__(self, engine: Engine, wall_ms: Callable[[], int] | None = None) -> None:
        self.engine = engine
        self._wall_ms = wall_ms or (lambda: int(time.time() * 1000))
        #: How long a new or renewed device token is valid.
        self.token_lifetime: timedelta = auth.TOKEN_LIFETIME
        #: Test seam: called inside a push transaction after its seqs are assigned, just
        #: before it commits (the late-commit tests pause a push here).
        self.before_commit: Callable[[], None] | None = None
        #: Refuse writes a laptop could not store (:mod:`biox_desktop.sync.schema`). Only the
        #: protocol tests, which push generic rows, switch it off.
        self.check_schema = True

    # ---- settings -------------------------------------------------------------------------

    def init_settings(
        self, *, coordinator_sees_private: bool | None = None, min_schema: int | None = None
    ) -> ServerSettings:
        """Create the server id on first use and apply any given policy settings."""
        with plain_tx(self.engine) as conn:
            values = dict(conn.execute(select(Setting.key, Setting.value)).all())
            wanted: dict[str, str] = {}
            if "server_id" not in values:
                wanted["server_id"] = str(uuid.uuid4())
            if "min_schema" not in values or min_schema is not None:
                wanted["min_schema"] = str(min_schema or DEFAULT_MIN_SCHEMA)
            if "coordinator_sees_private" not in values or coordinator_sees_private is not None:
                wanted["coordinator_sees_private"] = "1" if coordinator_sees_private else "0"
            for key, value in wanted.items():
                if key in values:
                    conn.execute(update(Setting).where(Setting.key == key).values(value=value))
                else:
                    conn.execute(insert(Setting).values(key=key, value=value))
        return self.settings()

    def settings(self, conn: Connection | None = None) -> ServerSettings:
        """The current server settings."""
        if conn is None:
            with read_tx(self.engine) as c:
                return self.settings(c)
        values = dict(conn.execute(select(Setting.key, Setting.value)).all())
        return ServerSettings(
            server_id=values.get("server_id", ""),
            min_schema=int(values.get("min_schema", DEFAULT_MIN_SCHEMA)),
            coordinator_sees_private=values.get("coordinator_sees_private") == "1",
        )

    # ---- organisations, users, devices (admin) --------------------------------------------

    def add_org(
        self,
        name: str,
        kind: str,
        org_id: str | None = None,
        *,
        cluster: str | None = None,
        publish: bool = False,
    ) -> dict[str, str | None]:
        """Create an organisation that may hold users.

        ``org_id`` lets it match a desktop organisation row (never needed: see ``publish``);
        ``cluster`` (id or name of a cluster) is an SME's home cluster. With ``publish`` (what
        ``biox-server org add`` does) it is also written as a synced ``organisations`` row in
        scope ``network``, through the same merge as a push, owned by the organisation itself,
        so every laptop receives it on its next sync. An organisation a laptop created already
        (a synced row of that name) is adopted, not duplicated.
        """
        name = name.strip()
        if not name:
            raise StoreError("bad_request", "the organisation name is empty")
        if kind not in ORG_KINDS:
            raise StoreError("bad_request", f"kind must be one of {', '.join(ORG_KINDS)}")
        if org_id is not None:
            try:
                org_id = str(uuid.UUID(org_id))
            except ValueError:
                raise StoreError("bad_request", f"{org_id!r} is not a UUID") from None
        with write_tx(self.engine) as conn:
            clash = conn.execute(
                select(Organisation.id).where(
                    or_(Organisation.id == (org_id or ""), Organisation.name == name)
                )
            ).first()
            if clash:
                raise StoreError("conflict", "an organisation with that id or name exists")
            home = self._cluster_id(conn, cluster) if cluster is not None else None
            if org_id is None and publish:
                synced = self._synced_orgs(conn, name)
                if len(synced) > 1:
                    raise StoreError(
                        "conflict",
                        f"{len(synced)} organisations named {name!r} exist in the directory: "
                        f"give one with --id ({', '.join(r.row_id for r in synced)})",
                    )
                org_id = synced[0].row_id if synced else None
            org_id = org_id or uuid7()
            conn.execute(
                insert(Organisation).values(id=org_id, name=name, kind=kind, created_at=_utcnow())
            )
            if publish:
                fields: dict[str, Any] = {"name": name, "kind": kind}
                if self._load(conn, "organisations", org_id) is None:
                    fields.update(sector_tags=[], created_at=_wire_now())
                if home is not None:
                    fields["home_cluster_id"] = home
                self._publish(conn, "organisations", org_id, fields, org_id, kind)
        return {"id": org_id, "name": name, "kind": kind, "home_cluster_id": home}

    def list_orgs(self) -> list[dict[str, str]]:
        with read_tx(self.engine) as conn:
            rows = conn.execute(
                select(Organisation.id, Organisation.name, Organisation.kind).order_by(
                    Organisation.name
                )
            ).all()
        return [{"id": r.id, "name": r.name, "kind": r.kind} for r in rows]

    # ---- consent wording, one per organisation ---------------------------------------------

    @staticmethod
    def _consent_key(org_id: str) -> str:
        return f"consent:{org_id}"

    def set_org_consent(self, org: str, wording: str, version: str) -> dict[str, str]:
        """Set the consent wording (and its version) the laptops of organisation ``org`` (id
        or name) show in the quick capture; they receive it with ``/me`` at every sync."""
        wording, version = wording.strip(), version.strip()
        if not wording or not version:
            raise StoreError("bad_request", "the consent wording and its version are required")
        if len(version) > 40:
            raise StoreError("bad_request", "the version is 40 characters at most")
        with plain_tx(self.engine) as conn:
            org_row = self._find_org(conn, org)
            key = self._consent_key(org_row.id)
            value = json.dumps({"wording": wording, "version": version,
                                "set_at": _utcnow().isoformat(timespec="seconds") + "Z"},
                               ensure_ascii=False)
            exists = conn.execute(select(Setting.key).where(Setting.key == key)).first()
            if exists:
                conn.execute(update(Setting).where(Setting.key == key).values(value=value))
            else:
                conn.execute(insert(Setting).values(key=key, value=value))
        return {"organisation_id": org_row.id, "organisation": org_row.name,
                "wording": wording, "version": version}

    def org_consent(self, conn: Connection, org_id: str | None) -> dict[str, str] | None:
        """The consent wording of an organisation, or None when the server sets none."""
        if not org_id:
            return None
        raw = conn.execute(select(Setting.value).where(
            Setting.key == self._consent_key(org_id))).scalar_one_or_none()
        if not raw:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(value, dict) or not value.get("wording") or not value.get("version"):
            return None
        return {"wording": str(value["wording"]), "version": str(value["version"])}

    def _find_org(self, conn: Connection, id_or_name: str) -> Any:
        """An account organisation by id or name; one that exists only as a synced directory
        row (an SME a laptop created) becomes an account organisation here."""
        row = conn.execute(
            select(Organisation).where(
                or_(Organisation.id == id_or_name, Organisation.name == id_or_name)
            )
        ).first()
        if row is not None:
            return row
        synced = self._synced_orgs(conn, id_or_name)
        if len(synced) > 1:
            raise StoreError(
                "conflict",
                f"{len(synced)} organisations named {id_or_name!r} exist: give one of their ids "
                f"({', '.join(r.row_id for r in synced)})",
            )
        if not synced:
            raise StoreError("not_found", f"no organisation {id_or_name!r}", 404)
        found = synced[0]
        org_name = str(found.fields.get("name") or id_or_name)[:200]
        kind = str(found.fields.get("kind") or "other")
        if conn.execute(select(Organisation.id).where(Organisation.name == org_name)).first():
            org_name = f"{org_name} ({found.row_id[:8]})"  # account names are unique
        conn.execute(
            insert(Organisation).values(
                id=found.row_id, name=org_name, kind=kind if kind in ORG_KINDS else "other",
                created_at=_utcnow(),
            )
        )  # fmt: skip
        return conn.execute(select(Organisation).where(Organisation.id == found.row_id)).one()

    @staticmethod
    def _synced_orgs(conn: Connection, id_or_name: str) -> list[RowState]:
        """Live synced ``organisations`` rows with this id or (case-insensitively) this name."""
        rows = conn.execute(
            select(SyncRow).where(SyncRow.tbl == "organisations", SyncRow.deleted.is_(False))
        ).all()
        wanted = id_or_name.strip().casefold()
        return [
            _state_from_db(r)
            for r in rows
            if r.row_id == id_or_name or str((r.fields or {}).get("name", "")).casefold() == wanted
        ]

    def _cluster_id(self, conn: Connection, id_or_name: str) -> str:
        """The id of the cluster ``id_or_name`` (an account or directory organisation)."""
        row = conn.execute(
            select(Organisation.id, Organisation.kind).where(
                or_(Organisation.id == id_or_name, Organisation.name == id_or_name)
            )
        ).first()
        if row is not None and row.kind == "cluster":
            return str(row.id)
        synced = [
            r for r in self._synced_orgs(conn, id_or_name) if r.fields.get("kind") == "cluster"
        ]
        if len(synced) == 1:
            return synced[0].row_id
        raise StoreError("not_found", f"no cluster {id_or_name!r}", 404)

    def _home_cluster(self, conn: Connection, user: ServerUser) -> str | None:
        """The user's cluster: their organisation when it is a cluster, else its home cluster
        (as the synced directory row says now: laptops may change it)."""
        row = self._load(conn, "organisations", user.organisation_id)
        kind = row.fields.get("kind") if row is not None else user.organisation_kind
        if kind == "cluster":
            return user.organisation_id
        home = row.fields.get("home_cluster_id") if row is not None else None
        return home if isinstance(home, str) and home else None

    def _publish(
        self, conn: Connection, table: str, row_id: str, fields: dict[str, Any],
        owner_org: str, owner_kind: str, owner_user: str = "server", *,
        scope: str = P.NETWORK, device_id: str = "server", kind: str = P.OP_UPSERT,
    ) -> None:  # fmt: skip
        """Write a synced row (in ``scope``, ``network`` by default) as the server itself,
        through the same checks and merge as a push (inside the caller's write transaction);
        its owner is ``owner_org`` (who may edit it later, with coordinators). The field
        authors are ``owner_user`` on ``device_id`` (the counterpart pages write as the
        counterpart, see server/counterpart.py); ``kind`` ``delete`` tombstones the row."""
        settings = self.settings(conn)
        author = ServerUser(owner_user, "server", "server", COORDINATOR, owner_org, "", owner_kind)
        ctx = PushContext(
            user=author,
            device_id=device_id,
            now_ms=self._wall_ms(),
            pulled_cursor=1 << 62,
            counter=conn.execute(select(Counter.seq).where(Counter.id == 1)).scalar_one(),
            coordinator_sees_private=settings.coordinator_sees_private,
        )
        self._refresh_access(conn, ctx)
        clock = HybridLogicalClock(settings.server_id.replace("-", "") or "server")
        old = self._load(conn, table, row_id)
        for seen in [*old.clocks.values(), old.scope_clock] if old is not None else []:
            clock.observe(seen)
        stamp = clock.now().pack()
        reason = self.check_schema and validate.op_reason(conn, table, row_id, kind, fields)
        if reason:
            raise StoreError(P.E_BAD_REQUEST, reason)
        writes = [(name, value, stamp) for name, value in fields.items()]
        if kind == P.OP_DELETE:
            writes.append((P.DELETED, True, stamp))
        op = ParsedOp(0, table, row_id, scope, kind, stamp, writes, dict(fields))
        try:
            self._apply(conn, ctx, op)
        except OpRejected as exc:
            raise StoreError(P.E_FORBIDDEN, str(exc), 403) from None
        conn.execute(update(Counter).where(Counter.id == 1).values(seq=ctx.counter))

    def add_user(
        self,
        username: str,
        org: str,
        role: str,
        password: str,
        display_name: str | None = None,
        hasher: Any = None,
        *,
        publish: bool = False,
    ) -> ServerUser:
        """Create a user in organisation ``org`` (id or name; a directory organisation that
        no user had yet becomes an account organisation).

        With ``publish`` (what ``biox-server user add`` does) the user is also a synced
        ``people`` row of that organisation in scope ``network`` (name and organisation only:
        the directory of the network's own staff, so colleagues and leaders find each other),
        owned by the user's organisation; the server keeps the link user -> person.
        """
        username = username.strip()
        if not username or len(username) > 150:
            raise StoreError("bad_request", "the username must be 1 to 150 characters")
        if role not in ROLES:
            raise StoreError("bad_request", f"role must be one of {', '.join(ROLES)}")
        if len(password) < 8:
            raise StoreError("bad_request", "the password must be at least 8 characters")
        pw_hash = auth.hash_password(password, hasher)
        shown = display_name or username
        with write_tx(self.engine) as conn:
            o = self._find_org(conn, org)
            taken = conn.execute(
                select(User.id).where(func.lower(User.username) == username.lower())
            ).first()
            if taken:
                raise StoreError("conflict", f"the username {username!r} is taken")
            user_id = uuid7()
            person_id = uuid7() if publish else None
            conn.execute(
                insert(User).values(
                    id=user_id,
                    username=username,
                    display_name=shown,
                    password_hash=pw_hash,
                    role=role,
                    organisation_id=o.id,
                    created_at=_utcnow(),
                    person_id=person_id,
                )
            )
            if person_id is not None:
                person = {
                    "name": shown, "organisation_id": o.id, "emails": [], "phones": [],
                    "messaging": {}, "languages": [], "created_at": _wire_now(),
                    "created_by": user_id,
                }  # fmt: skip
                self._publish(conn, "people", person_id, person, o.id, o.kind, user_id)
        return ServerUser(user_id, username, shown, role, o.id, o.name, o.kind, person_id)

    def reset_password(self, username: str, password: str, hasher: Any = None) -> None:
        """Set a new password (existing devices keep working; revoke them separately)."""
        if len(password) < 8:
            raise StoreError("bad_request", "the password must be at least 8 characters")
        pw_hash = auth.hash_password(password, hasher)
        with plain_tx(self.engine) as conn:
            done = conn.execute(
                update(User)
                .where(func.lower(User.username) == username.strip().lower())
                .values(password_hash=pw_hash)
            )
            if done.rowcount != 1:
                raise StoreError("not_found", f"no user {username!r}", 404)

    def list_users(self) -> list[ServerUser]:
        with read_tx(self.engine) as conn:
            rows = conn.execute(self._user_select().order_by(User.username)).all()
        return [self._user_from(r) for r in rows]

    @staticmethod
    def _user_select() -> Any:
        return select(
            User.id,
            User.username,
            User.display_name,
            User.role,
            User.organisation_id,
            Organisation.name.label("org_name"),
            Organisation.kind.label("org_kind"),
            User.password_hash,
            User.person_id,
        ).join(Organisation, Organisation.id == User.organisation_id)

    @staticmethod
    def _user_from(r: Any) -> ServerUser:
        return ServerUser(
            r.id, r.username, r.display_name, r.role, r.organisation_id, r.org_name, r.org_kind,
            r.person_id,
        )

    def list_devices(
        self, username: str | None = None, *, user_id: str | None = None
    ) -> list[dict[str, Any]]:
        stmt = (
            select(Device, User.username)
            .join(User, User.id == Device.user_id)
            .order_by(Device.created_at)
        )
        if username:
            stmt = stmt.where(func.lower(User.username) == username.strip().lower())
        if user_id:
            stmt = stmt.where(Device.user_id == user_id)
        with read_tx(self.engine) as conn:
            rows = conn.execute(stmt).all()
        return [
            {
                "id": r.id,
                "username": r.username,
                "name": r.name,
                "created_at": r.created_at.isoformat(timespec="seconds"),
                "last_seen_at": r.last_seen_at.isoformat(timespec="seconds")
                if r.last_seen_at
                else None,
                "revoked": r.revoked_at is not None,
                "token_expires_at": r.token_expires_at.isoformat(timespec="seconds")
                if r.token_expires_at
                else None,
                "last_seq": r.last_seq,
            }
            for r in rows
        ]

    def revoke_device(self, device_id: str) -> None:
        """Revoke a device: every later call with its token answers 401 ``device_revoked``."""
        with plain_tx(self.engine) as conn:
            done = conn.execute(
                update(Device)
                .where(Device.id == device_id, Device.revoked_at.is_(None))
                .values(revoked_at=_utcnow())
            )
            if done.rowcount != 1:
                exists = conn.execute(select(Device.id).where(Device.id == device_id)).first()
                if not exists:
                    raise StoreError(P.E_NOT_FOUND, f"no device {device_id!r}", 404)

    # ---- login and authentication ---------------------------------------------------------

    def login(
        self,
        username: str,
        password: str,
        device_name: str,
        address: str,
        limits: auth.RateLimits,
        now: float | None = None,
    ) -> dict[str, Any]:
        """Check the password and register a device; raises :class:`StoreError` (401/429).

        Throttled per username *and* address (see :mod:`auth`): wrong passwords typed by
        someone else never keep the account's owner out from another address.
        """
        now = time.time() if now is None else now
        if not (P.is_json_value(username) and P.is_json_value(password)):
            raise StoreError(P.E_BAD_CREDENTIALS, "The username or password is wrong.", 401)
        device_name = device_name if P.is_json_value(device_name) else "laptop"
        with plain_tx(self.engine) as conn:
            wait = auth.retry_after(conn, username, address, limits, now)
            row = conn.execute(
                self._user_select().where(func.lower(User.username) == username.strip().lower())
            ).first()
        if wait:
            raise StoreError(
                P.E_TOO_MANY_ATTEMPTS,
                "Too many failed sign-in attempts. Wait a little and try again.",
                429,
                retry_after=wait,
            )
        # Verified outside any transaction: argon2 is deliberately slow.
        if not auth.verify_password(row.password_hash if row else None, password):
            with plain_tx(self.engine) as conn:
                auth.record_failure(
                    conn, auth.failure_keys(username, address), now, limits.window_s
                )
            raise StoreError(P.E_BAD_CREDENTIALS, "The username or password is wrong.", 401)
        assert row is not None
        user = self._user_from(row)
        token = auth.new_token()
        device_id = uuid7()
        expires = _utcnow() + self.token_lifetime
        with plain_tx(self.engine) as conn:
            auth.clear_failures(conn, auth.user_address_key(username, address))
            conn.execute(
                insert(Device).values(
                    id=device_id,
                    user_id=user.id,
                    name=(device_name or "laptop")[:200],
                    token_hash=auth.token_hash(token),
                    token_expires_at=expires,
                    created_at=_utcnow(),
                    last_seen_at=_utcnow(),
                    last_seq=0,
                    pulled_cursor=0,
                )
            )
            settings = self.settings(conn)
            wire = self.user_wire(conn, user)
        return {
            "token": token,
            "token_expires_at": expires.isoformat(timespec="seconds") + "Z",
            "device_id": device_id,
            "server_id": settings.server_id,
            "user": wire,
        }

    def authenticate(self, token: str) -> Principal:
        """The caller behind a token; raises :class:`StoreError` 401 when unknown, expired or
        revoked. The first use of a renewed token retires the token it replaced."""
        hashed = auth.token_hash(token)
        with read_tx(self.engine) as conn:
            row = conn.execute(
                self._user_select()
                .add_columns(
                    Device.id.label("device_id"),
                    Device.revoked_at,
                    Device.token_expires_at,
                    Device.previous_token_hash,
                    Device.token_hash,
                )
                .join(Device, Device.user_id == User.id)
                .where(or_(Device.token_hash == hashed, Device.previous_token_hash == hashed))
            ).first()
        if row is None:
            raise StoreError(P.E_BAD_TOKEN, "Not signed in, or the sign-in has expired.", 401)
        if row.revoked_at is not None:
            raise StoreError(
                P.E_DEVICE_REVOKED, "This laptop's access was revoked. Sign in again.", 401
            )
        if row.token_expires_at is not None and row.token_expires_at <= _utcnow():
            raise StoreError(
                P.E_TOKEN_EXPIRED, "This laptop's sign-in has expired. Sign in again.", 401
            )
        if row.token_hash == hashed and row.previous_token_hash is not None:
            with plain_tx(self.engine) as conn:
                conn.execute(
                    update(Device)
                    .where(Device.id == row.device_id)
                    .values(previous_token_hash=None)
                )
        return Principal(self._user_from(row), row.device_id)

    def renew_token(self, principal: Principal) -> dict[str, Any]:
        """A fresh token for the calling device, valid for another full lifetime."""
        token = auth.new_token()
        expires = _utcnow() + self.token_lifetime
        with plain_tx(self.engine) as conn:
            conn.execute(
                update(Device)
                .where(Device.id == principal.device_id, Device.revoked_at.is_(None))
                .values(
                    previous_token_hash=Device.token_hash,
                    token_hash=auth.token_hash(token),
                    token_expires_at=expires,
                )
            )
        return {"token": token, "token_expires_at": expires.isoformat(timespec="seconds") + "Z"}

    def own_devices(self, principal: Principal) -> list[dict[str, Any]]:
        """The caller's devices, this one marked ``current``."""
        devices = self.list_devices(user_id=principal.user.id)
        for d in devices:
            d["current"] = d["id"] == principal.device_id
        return devices

    def revoke_own_device(self, principal: Principal, device_id: str) -> None:
        """Revoke one of the caller's own devices (another user's is "not found")."""
        with read_tx(self.engine) as conn:
            owner = conn.execute(select(Device.user_id).where(Device.id == device_id)).scalar()
        if owner != principal.user.id:
            raise StoreError(P.E_NOT_FOUND, "No such device.", 404)
        self.revoke_device(device_id)

    # ---- access facts ---------------------------------------------------------------------

    def _facts(self, conn: Connection, user: ServerUser, sees_private: bool) -> AccessFacts:
        missions = conn.execute(
            _granting_links(select(MissionLink.mission_id))
            .where(
                MissionLink.organisation_id == user.organisation_id,
                MissionLink.mission_id.is_not(None),
            )
            .distinct()
        ).scalars()
        return AccessFacts(frozenset(m for m in missions if m), sees_private)

    def _visible(self, conn: Connection, user: ServerUser) -> frozenset[str]:
        settings = self.settings(conn)
        return visible_scopes(user, self._facts(conn, user, settings.coordinator_sees_private))

    @staticmethod
    def _scope_filter(column: Any, visible: frozenset[str]) -> ColumnElement[bool]:
        exact = sorted(s for s in visible if not s.endswith(":*"))
        clauses: list[ColumnElement[bool]] = [column.in_(exact)]
        if ALL_MISSIONS in visible:
            clauses.append(column.like("mission:%"))
        if ALL_ORGS in visible:
            clauses.append(column.like("org:%"))
        return or_(*clauses)

    def concrete_scopes(self, conn: Connection, visible: frozenset[str]) -> list[str]:
        """Visible scopes as a list: exact ones, plus every existing scope a wildcard covers."""
        exact = {s for s in visible if not s.endswith(":*")}
        if len(exact) != len(visible):
            existing = conn.execute(
                select(ScopeStat.scope).where(self._scope_filter(ScopeStat.scope, visible))
            ).scalars()
            exact.update(existing)
        return sorted(exact)

    def user_wire(self, conn: Connection, user: ServerUser) -> dict[str, Any]:
        """The ``user`` object of the login and ``/me`` answers: who the user is, their
        organisation, their cluster (``cluster_id``) and their person (``person_id``)."""
        return {**user.to_wire(), "cluster_id": self._home_cluster(conn, user)}

    def me(self, principal: Principal) -> dict[str, Any]:
        with read_tx(self.engine) as conn:
            scopes = self.concrete_scopes(conn, self._visible(conn, principal.user))
            consent = self.org_consent(conn, principal.user.organisation_id)
            wire = self.user_wire(conn, principal.user)
        return {
            "user": wire,
            "scopes": scopes,
            "device_id": principal.device_id,
            # The consent wording of the user's organisation (None: the laptop's own).
            "consent": consent,
        }

    # ---- push -----------------------------------------------------------------------------

    def push(self, principal: Principal, ops: list[dict[str, Any]]) -> dict[str, Any]:
        """Apply a batch in one transaction; one result per op (see the protocol module)."""
        with write_tx(self.engine) as conn:
            dev = conn.execute(
                select(Device.last_seq, Device.pulled_cursor).where(
                    Device.id == principal.device_id
                )
            ).one()
            settings = self.settings(conn)
            ctx = PushContext(
                user=principal.user,
                device_id=principal.device_id,
                now_ms=self._wall_ms(),
                pulled_cursor=dev.pulled_cursor,
                counter=conn.execute(select(Counter.seq).where(Counter.id == 1)).scalar_one(),
                coordinator_sees_private=settings.coordinator_sees_private,
                batch=WriteBatch(),
            )
            self._refresh_access(conn, ctx)
            self._prefetch(conn, ctx, ops)
            last_seq = dev.last_seq
            results: list[dict[str, Any]] = []
            # A retry after a lost answer is told what happened the first time.
            memory = validate.remembered(
                conn, principal.device_id, [op for op in ops if op["seq"] <= last_seq]
            )
            done: list[tuple[dict[str, Any], dict[str, Any]]] = []
            future_limit = ctx.now_ms + MAX_DRIFT_MS
            for op in ops:
                seq = op["seq"]
                if seq <= last_seq:
                    results.append(self._again(conn, ctx, op, memory.get(seq)))
                    continue
                last_seq = seq
                try:
                    parsed = parse_op(op)
                    if parsed.table in DIRECT_TABLES:
                        self._flush(conn, ctx)
                    reason = self.check_schema and validate.op_reason(
                        conn, parsed.table, parsed.row_id, parsed.kind, parsed.fields,
                        exists=self._load(conn, parsed.table, parsed.row_id, ctx) is not None,
                    )
                    if reason:
                        raise OpRejected(reason)
                    result = self._apply(conn, ctx, parsed)
                    if validate.is_quarantined(result, op, future_limit):
                        result["quarantined"] = True
                except OpRejected as exc:
                    result = self._result(conn, ctx, seq, P.REJECTED, op, str(exc))
                results.append(result)
                done.append((op, result))
            self._flush(conn, ctx)
            validate.remember(
                conn, principal.device_id, done, min((op["seq"] for op in ops), default=None)
            )
            conn.execute(update(Counter).where(Counter.id == 1).values(seq=ctx.counter))
            conn.execute(
                update(Device)
                .where(Device.id == principal.device_id)
                .values(last_seq=last_seq, last_seen_at=_utcnow())
            )
            if self.before_commit is not None:
                self.before_commit()
        if ctx.vacuum:
            server_erasure.vacuum(self.engine)
        # The server's wall clock, so a laptop whose clock runs far ahead can correct itself
        # (its writes are quarantined until it does).
        return {"results": results, "last_seq": last_seq, "server_time_ms": ctx.now_ms}

    def _again(
        self, conn: Connection, ctx: PushContext, op: dict[str, Any], memory: Any
    ) -> dict[str, Any]:
        """The result of an op delivered again: the first answer, or ``duplicate``."""
        if memory is None:
            return self._result(conn, ctx, op["seq"], P.DUPLICATE, op)
        out = self._result(conn, ctx, op["seq"], memory.status, op, memory.reason)
        if memory.quarantined:
            out["quarantined"] = True
        return out

    def _refresh_access(self, conn: Connection, ctx: PushContext) -> None:
        ctx.facts = self._facts(conn, ctx.user, ctx.coordinator_sees_private)
        ctx.visible = visible_scopes(ctx.user, ctx.facts)
        ctx.mission_leads.clear()

    def _load(
        self, conn: Connection, table: str, row_id: str, ctx: PushContext | None = None
    ) -> RowState | None:
        """The stored row (within a push: as the push left it so far; read once)."""
        batch = ctx.batch if ctx is not None else None
        if batch is not None and (table, row_id) in batch.rows:
            return batch.rows[(table, row_id)]
        r = conn.execute(
            select(SyncRow).where(SyncRow.tbl == table, SyncRow.row_id == row_id)
        ).first()
        state = _state_from_db(r) if r else None
        if batch is not None:
            batch.rows[(table, row_id)] = state
        return state

    def _prefetch(self, conn: Connection, ctx: PushContext, ops: list[dict[str, Any]]) -> None:
        """Read every row the push names in a few queries (one per table and 500 ids)."""
        batch = ctx.batch
        assert batch is not None
        by_table: dict[str, set[str]] = {}
        for op in ops:
            table, row_id = op.get("table"), op.get("row_id")
            if isinstance(table, str) and isinstance(row_id, str):
                by_table.setdefault(table, set()).add(row_id)
        for table, ids in by_table.items():
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                chunk = ordered[start:start + 500]
                for row_id in chunk:
                    batch.rows[(table, row_id)] = None
                found = conn.execute(
                    select(SyncRow).where(SyncRow.tbl == table, SyncRow.row_id.in_(chunk))
                ).all()
                for r in found:
                    batch.rows[(table, r.row_id)] = _state_from_db(r)

    def _flush(self, conn: Connection, ctx: PushContext) -> None:
        """Write the push's pending rows and scope sums (executemany; sums once per scope)."""
        batch = ctx.batch
        if batch is None:
            return
        inserts = [{"tbl": t, "row_id": r, **values}
                   for (t, r), (new, values) in batch.pending.items() if new]  # fmt: skip
        updates = [{"k_tbl": t, "k_row_id": r, **values}
                   for (t, r), (new, values) in batch.pending.items() if not new]  # fmt: skip
        batch.pending.clear()
        if inserts:
            conn.execute(insert(SyncRow), inserts)
        if updates:
            conn.execute(_UPDATE_ROW, updates)
        stats = batch.stats
        batch.stats = {}
        for scope, (count, checksum) in sorted(stats.items()):
            self._stat_add(conn, scope, count, checksum)

    def _result(
        self,
        conn: Connection,
        ctx: PushContext,
        seq: int,
        status: str,
        op: dict[str, Any],
        reason: str | None = None,
        row: RowState | None = None,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {"seq": seq, "status": status}
        if reason:
            out["reason"] = reason
        if status != P.APPLIED:
            if (
                row is None
                and isinstance(op.get("table"), str)
                and isinstance(op.get("row_id"), str)
            ):
                row = self._load(conn, op["table"], op["row_id"], ctx)
            visible = row is not None and row.exists and scope_visible(row.scope, ctx.visible)
            out["row"] = (
                self._outgoing(conn, ctx.user, row.to_wire(), ctx.mission_leads)
                if visible and row is not None
                else None
            )
        return out

    def _conflict(
        self,
        conn: Connection,
        ctx: PushContext,
        state: RowState,
        name: str,
        reason: str,
        winner: tuple[Any, str | None, list[Any] | None],
        loser: tuple[Any, str | None, list[Any] | None],
        seq: int,
    ) -> None:
        wv, wc, wa = winner
        lv, lc, la = loser
        conn.execute(
            insert(Conflict).values(
                tbl=state.table,
                row_id=state.row_id,
                scope=state.scope,
                field=name,
                reason=reason,
                winner_value=wv,
                winner_clock=wc,
                winner_user=wa[0] if wa else None,
                winner_device=wa[1] if wa else None,
                loser_value=lv,
                loser_clock=lc,
                loser_user=la[0] if la else None,
                loser_device=la[1] if la else None,
                created_seq=seq,
                created_at=_utcnow(),
                resolved=False,
            )
        )

    def _apply(self, conn: Connection, ctx: PushContext, op: ParsedOp) -> dict[str, Any]:
        """Merge one validated op into its row."""
        user = ctx.user
        old = self._load(conn, op.table, op.row_id, ctx)
        if old is not None and not scope_visible(old.scope, ctx.visible):
            # Never reveal or touch a row in a scope the user cannot see.
            raise OpRejected("the row belongs to a scope you may not write")
        if not may_write(user, op.scope, ctx.facts) and not self._new_mission(conn, op, old, ctx):
            raise OpRejected(f"you may not write to scope {op.scope!r} ({op.table})")
        self._authorise(conn, ctx, op, old)
        erased = server_erasure.refusal(conn, ctx, op, old)
        if erased:
            raise OpRejected(erased)

        new_seq = ctx.counter + 1
        me = [user.id, ctx.device_id, new_seq]
        future_limit = ctx.now_ms + MAX_DRIFT_MS
        if old is not None:
            state = RowState(
                old.table,
                old.row_id,
                old.scope,
                dict(old.fields),
                dict(old.clocks),
                dict(old.authors),
                old.deleted,
                old.deleted_at,
                old.scope_clock,
                old.seq,
                True,
                old.owner_user,
                old.owner_org,
            )
        else:
            hlc_ts = Timestamp.unpack(op.hlc)
            scope_clock = op.hlc
            if hlc_ts.wall_ms > future_limit:
                scope_clock = Timestamp(ctx.now_ms, 0, "server").pack()
            state = RowState(
                op.table, op.row_id, op.scope, {}, {}, {}, False, None, scope_clock, 0, False,
                user.id, user.organisation_id,
            )

        changed = lost = conflicted = False
        applied_any = False
        for name, value, clock in op.writes:
            stored_clock = state.clocks.get(name)
            stored_value = state.deleted if name == P.DELETED else state.fields.get(name)
            stored_author = state.authors.get(name)
            if _wall_ms_of(clock) > future_limit:
                self._conflict(
                    conn,
                    ctx,
                    state,
                    name,
                    P.CONFLICT_CLOCK_IN_FUTURE,
                    (stored_value if stored_clock else None, stored_clock, stored_author),
                    (value, clock, me),
                    new_seq,
                )
                conflicted = True
                continue
            if stored_clock is None or clock > stored_clock:
                if (
                    stored_clock is not None
                    and stored_value != value
                    and stored_author is not None
                    and stored_author[1] != ctx.device_id
                    and int(stored_author[2]) > ctx.pulled_cursor
                ):
                    # The value replaced was never shown to this device: a concurrent edit.
                    self._conflict(
                        conn,
                        ctx,
                        state,
                        name,
                        P.CONFLICT_CONCURRENT,
                        (value, clock, me),
                        (stored_value, stored_clock, stored_author),
                        new_seq,
                    )
                if name == P.DELETED:
                    if value and not state.deleted:
                        state.deleted_at = _utcnow()
                    elif not value:
                        state.deleted_at = None
                    state.deleted = bool(value)
                else:
                    state.fields[name] = value
                state.clocks[name] = clock
                state.authors[name] = me
                changed = applied_any = True
            elif clock == stored_clock:
                applied_any = True  # the very same write, already here
            else:
                lost = True
                if stored_value != value:
                    self._conflict(
                        conn,
                        ctx,
                        state,
                        name,
                        P.CONFLICT_CONCURRENT,
                        (stored_value, stored_clock, stored_author),
                        (value, clock, me),
                        new_seq,
                    )
                    conflicted = True

        old_scope = state.scope
        if old is not None and op.scope != old.scope:
            if Timestamp.unpack(op.hlc).wall_ms > future_limit:
                self._conflict(
                    conn,
                    ctx,
                    state,
                    "scope",
                    P.CONFLICT_CLOCK_IN_FUTURE,
                    (old.scope, old.scope_clock, None),
                    (op.scope, op.hlc, me),
                    new_seq,
                )
                conflicted = True
            elif op.hlc > old.scope_clock:
                state.scope = op.scope
                state.scope_clock = op.hlc
                changed = True
            else:
                lost = True
                self._conflict(
                    conn,
                    ctx,
                    state,
                    "scope",
                    P.CONFLICT_CONCURRENT,
                    (old.scope, old.scope_clock, None),
                    (op.scope, op.hlc, me),
                    new_seq,
                )
                conflicted = True

        if old is None and (applied_any or not op.writes):
            changed = True
        if changed:
            ctx.counter = new_seq
            state.seq = new_seq
            self._save(conn, old, state, ctx)
            if old is not None and old_scope != state.scope:
                conn.execute(
                    insert(Eviction).values(
                        seq=new_seq, tbl=state.table, row_id=state.row_id, old_scope=old_scope
                    )
                )
            if state.table in ACCESS_TABLES:
                self._update_link(conn, state)
                self._refresh_access(conn, ctx)
            if (
                state.table == "missions"
                and old is not None
                and old.fields.get("lead_cluster_id") != state.fields.get("lead_cluster_id")
            ):
                self._flush(conn, ctx)
                self._resend_roster(conn, ctx, state.row_id)
                self._forget_rows(ctx)
            state.exists = True
            if state.table == server_erasure.rules.ERASURES and old is None:
                self._flush(conn, ctx)
                server_erasure.apply(self, conn, ctx, state)
                self._forget_rows(ctx)

        status = P.CONFLICT if conflicted else P.SUPERSEDED if lost else P.APPLIED
        if status == P.APPLIED:
            return {"seq": op.seq, "status": status}
        visible = state.exists and scope_visible(state.scope, ctx.visible)
        row = self._outgoing(conn, user, state.to_wire(), ctx.mission_leads) if visible else None
        return {"seq": op.seq, "status": status, "row": row}

    def _outgoing(
        self,
        conn: Connection,
        user: ServerUser,
        row: dict[str, Any],
        leads: dict[str, frozenset[str]],
    ) -> dict[str, Any]:
        """A wire row as ``user`` may receive it (sensitive roster fields redacted unless
        entitled); ``leads`` caches each mission's lead organisations."""
        if row.get("table") not in P.SENSITIVE_FIELDS:
            return row
        scope = str(row.get("scope") or "")
        mission = scope.split(":", 1)[1] if scope.startswith("mission:") else ""
        if mission not in leads:
            leads[mission] = self._mission_leads(conn, mission) if mission else frozenset()
        return outgoing_row(user, row, leads[mission])

    @staticmethod
    def _resend_roster(conn: Connection, ctx: PushContext, mission_id: str) -> None:
        """Give a mission's roster entries new seqs (clocks unchanged): after its lead cluster
        changed, every reader receives them again as they may now see them."""
        ids = conn.execute(
            select(SyncRow.row_id)
            .where(SyncRow.tbl == "roster_entries", SyncRow.scope == f"mission:{mission_id}")
            .order_by(SyncRow.seq)
        ).scalars().all()
        for row_id in ids:
            ctx.counter += 1
            conn.execute(
                update(SyncRow)
                .where(SyncRow.tbl == "roster_entries", SyncRow.row_id == row_id)
                .values(seq=ctx.counter)
            )

    @staticmethod
    def _forget_rows(ctx: PushContext) -> None:
        """After writes that bypass the push's batch (flushed first): read rows again."""
        if ctx.batch is not None:
            ctx.batch.rows.clear()

    def _new_mission(
        self, conn: Connection, op: ParsedOp, old: RowState | None, ctx: PushContext | None = None
    ) -> bool:
        """A new mission's own scope, which nobody sees before its missions row exists: open
        only while nothing lives there yet, so nobody can claim an existing delegation's scope
        by inventing its missions row (who may create one is the authorisation table's say)."""
        return (
            old is None
            and op.table == "missions"
            and op.scope == f"mission:{op.row_id}"
            and not self._scope_has_rows(conn, op.scope, ctx)
        )

    def _authorise(
        self, conn: Connection, ctx: PushContext, op: ParsedOp, old: RowState | None
    ) -> None:
        """Apply the authorisation table (``protocol.AUTHORISATION``); raises OpRejected."""
        current = old.scope if old is not None else op.scope
        # A scope the op asserts with an older clock than the row's last move is no move: it
        # loses (a conflict), and the op's writes are judged where the row is.
        target = op.scope if old is None or op.hlc > old.scope_clock else old.scope
        written = dict(op.fields)
        if op.kind == P.OP_DELETE or any(name == P.DELETED for name, _v, _c in op.writes):
            written[P.DELETED] = True
        leads: frozenset[str] = frozenset()
        if current.startswith("mission:"):
            mission = current.split(":", 1)[1]
            if mission not in ctx.mission_leads:
                ctx.mission_leads[mission] = self._mission_leads(conn, mission)
            leads = ctx.mission_leads[mission]
        owner = self._owner_org(conn, old) if old is not None else None
        home: str | None = None
        if owner is not None and owner != ctx.user.organisation_id and any(
            P.IF_HOME_CLUSTER in P.allowed_conditions(op.table, current.split(":", 1)[0],
                                                      ctx.user.role, action)
            for action in P.ACTIONS
        ):  # fmt: skip
            # Looked up only where the table lets a cluster act for its SMEs.
            org_row = self._load(conn, "organisations", owner, ctx)
            value = org_row.fields.get("home_cluster_id") if org_row is not None else None
            home = value if isinstance(value, str) else None
        facts = RowFacts(
            table=op.table,
            row_id=op.row_id,
            scope=current,
            exists=old is not None,
            owner_org=owner,
            owner_home_cluster=home,
            mission_leads=leads,
            stored=old.fields if old is not None else {},
            written=written,
            lead_owners=server_erasure.lead_owner_orgs(conn, str(written.get("person_id")))
            if op.table == server_erasure.rules.ERASURES else frozenset(),
        )
        org_missions: frozenset[str] = frozenset()
        if old is not None and old.scope != target and old.scope.startswith("org:"):
            org_missions = self._org_missions(conn, old.scope.split(":", 1)[1])
        reason = authorise(ctx.user, target, op.kind, facts, org_missions)
        if reason is not None:
            raise OpRejected(reason)

    @staticmethod
    def _mission_leads(conn: Connection, mission_id: str) -> frozenset[str]:
        """The organisations leading a mission (its missions row's lead cluster)."""
        rows = conn.execute(
            _granting_links(select(MissionLink.organisation_id)).where(
                MissionLink.tbl == "missions", MissionLink.mission_id == mission_id
            )
        ).scalars()
        return frozenset(o for o in rows if o)

    @staticmethod
    def _org_missions(conn: Connection, org_id: str) -> frozenset[str]:
        """The missions an organisation leads or takes part in."""
        rows = conn.execute(
            _granting_links(select(MissionLink.mission_id)).where(
                MissionLink.organisation_id == org_id
            )
        ).scalars()
        return frozenset(m for m in rows if m)

    @staticmethod
    def _owner_org(conn: Connection, row: RowState) -> str | None:
        """The row's owner organisation; for rows stored before owners were recorded, the
        organisation of the server user its ``created_by`` field names (else unknown)."""
        if row.owner_org is not None:
            return row.owner_org
        creator = row.fields.get("created_by")
        if not isinstance(creator, str):
            return None
        return conn.execute(
            select(User.organisation_id).where(User.id == creator)
        ).scalar_one_or_none()

    @staticmethod
    def _scope_has_rows(conn: Connection, scope: str, ctx: PushContext | None = None) -> bool:
        count = conn.execute(
            select(ScopeStat.row_count).where(ScopeStat.scope == scope)
        ).scalar_one_or_none()
        if ctx is not None and ctx.batch is not None and scope in ctx.batch.stats:
            return bool((count or 0) + ctx.batch.stats[scope][0])
        return bool(count)

    def _save(
        self, conn: Connection, old: RowState | None, new: RowState, ctx: PushContext | None = None
    ) -> None:
        """Store ``new`` (replacing ``old``) and update the scope sums; within a push, kept in
        its batch until the next flush (rows of :data:`DIRECT_TABLES` are written at once)."""
        values = {
            "scope": new.scope,
            "fields": new.fields,
            "clocks": new.clocks,
            "authors": new.authors,
            "deleted": new.deleted,
            "deleted_at": new.deleted_at,
            "scope_clock": new.scope_clock,
            "seq": new.seq,
            "owner_user": new.owner_user,
            "owner_org": new.owner_org,
        }
        batch = ctx.batch if ctx is not None else None
        if batch is not None:
            key = (new.table, new.row_id)
            batch.rows[key] = new
            waiting = batch.pending.get(key)
            if waiting is not None:
                batch.pending[key] = (waiting[0], values)
            else:
                batch.pending[key] = (old is None, values)
            if new.table in DIRECT_TABLES:
                self._flush(conn, ctx)  # readers join these rows: they must be stored now
            stats = batch.stats
            if old is not None:
                stat = stats.setdefault(old.scope, [0, 0])
                stat[0] -= 1
                stat[1] -= old.checksum()
            stat = stats.setdefault(new.scope, [0, 0])
            stat[0] += 1
            stat[1] += new.checksum()
            return
        if old is None:
            conn.execute(insert(SyncRow).values(tbl=new.table, row_id=new.row_id, **values))
        else:
            conn.execute(
                update(SyncRow)
                .where(SyncRow.tbl == new.table, SyncRow.row_id == new.row_id)
                .values(**values)
            )
            self._stat_add(conn, old.scope, -1, -old.checksum())
        self._stat_add(conn, new.scope, 1, new.checksum())

    @staticmethod
    def _stat_add(conn: Connection, scope: str, count: int, checksum: int) -> None:
        cur = conn.execute(
            select(ScopeStat.row_count, ScopeStat.checksum).where(ScopeStat.scope == scope)
        ).first()
        if cur is None:
            conn.execute(
                insert(ScopeStat).values(
                    scope=scope, row_count=count, checksum=str(checksum % (1 << 64))
                )
            )
        else:
            conn.execute(
                update(ScopeStat)
                .where(ScopeStat.scope == scope)
                .values(
                    row_count=cur.row_count + count,
                    checksum=str((int(cur.checksum) + checksum) % (1 << 64)),
                )
            )

    @staticmethod
    def _update_link(conn: Connection, state: RowState) -> None:
        mission_id: object
        org_id: object
        if state.table == "missions":
            mission_id, org_id = state.row_id, state.fields.get("lead_cluster_id")
        else:
            mission_id, org_id = state.fields.get("mission_id"), state.fields.get("organisation_id")
        # Only a row in the mission's own scope grants sight of it: a link written anywhere
        # else (an organisation's scope, network) names a mission its writer does not lead.
        in_own_scope = isinstance(mission_id, str) and state.scope == f"mission:{mission_id}"
        values = {
            "mission_id": mission_id if isinstance(mission_id, str) else None,
            "organisation_id": org_id if isinstance(org_id, str) else None,
            "active": in_own_scope and not state.deleted,
        }
        done = conn.execute(
            update(MissionLink)
            .where(MissionLink.tbl == state.table, MissionLink.row_id == state.row_id)
            .values(**values)
        )
        if done.rowcount == 0:
            conn.execute(insert(MissionLink).values(tbl=state.table, row_id=state.row_id, **values))

    # ---- pull -----------------------------------------------------------------------------

    def pull(
        self, principal: Principal, cursor: int, limit: int, scope: str | None = None
    ) -> dict[str, Any]:
        """One page of changes after ``cursor`` from a consistent snapshot."""
        with read_tx(self.engine) as conn:
            head = conn.execute(select(Counter.seq).where(Counter.id == 1)).scalar_one()
            visible = self._visible(conn, principal.user)
            if scope is not None:
                if not scope_visible(scope, visible):
                    raise StoreError(P.E_FORBIDDEN, "You may not see that scope.", 403)
                row_filter: ColumnElement[bool] = SyncRow.scope == scope
            else:
                row_filter = self._scope_filter(SyncRow.scope, visible)
            rows = conn.execute(
                select(SyncRow)
                .where(SyncRow.seq > cursor, row_filter)
                .order_by(SyncRow.seq)
                .limit(limit + 1)
            ).all()
            leads: dict[str, frozenset[str]] = {}
            changes: list[tuple[int, dict[str, Any]]] = [
                (
                    r.seq,
                    self._outgoing(
                        conn,
                        principal.user,
                        {
                            "seq": r.seq,
                            "table": r.tbl,
                            "row_id": r.row_id,
                            "scope": r.scope,
                            "fields": r.fields,
                            "clocks": r.clocks,
                            "deleted": bool(r.deleted),
                            "evict": False,
                        },
                        leads,
                    ),
                )
                for r in rows
            ]
            if scope is None:
                changes.extend(self._evictions(conn, cursor, limit, visible))
        changes.sort(key=lambda c: c[0])
        more = len(changes) > limit
        page = [c for _, c in changes[:limit]]
        # A full page stops at its last change; otherwise everything up to the snapshot's head
        # has been considered (rows the user cannot see included), so the cursor jumps there.
        new_cursor = page[-1]["seq"] if more else head
        if scope is None and new_cursor != cursor:
            with plain_tx(self.engine) as conn:
                conn.execute(
                    update(Device)
                    .where(Device.id == principal.device_id)
                    .values(pulled_cursor=new_cursor)
                )
        return {
            "changes": page,
            "cursor": new_cursor,
            "more": more,
            "server_time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        }

    def _evictions(
        self, conn: Connection, cursor: int, limit: int, visible: frozenset[str]
    ) -> list[tuple[int, dict[str, Any]]]:
        moved = (
            select(
                Eviction.tbl,
                Eviction.row_id,
                func.max(Eviction.seq).label("seq"),
                func.min(Eviction.old_scope).label("old_scope"),
            )
            .where(Eviction.seq > cursor, self._scope_filter(Eviction.old_scope, visible))
            .group_by(Eviction.tbl, Eviction.row_id)
            .subquery()
        )
        rows = conn.execute(
            select(moved.c.tbl, moved.c.row_id, moved.c.seq, moved.c.old_scope)
            .join(SyncRow, and_(SyncRow.tbl == moved.c.tbl, SyncRow.row_id == moved.c.row_id))
            .where(~self._scope_filter(SyncRow.scope, visible))
            .order_by(moved.c.seq)
            .limit(limit + 1)
        ).all()
        return [
            (
                r.seq,
                {
                    "seq": r.seq,
                    "table": r.tbl,
                    "row_id": r.row_id,
                    "scope": r.old_scope,
                    "evict": True,
                },
            )
            for r in rows
        ]

    # ---- checksums ------------------------------------------------------------------------

    def checksums(self, principal: Principal) -> dict[str, Any]:
        """Per visible scope: row count and checksum (kept up to date on every write)."""
        with read_tx(self.engine) as conn:
            visible = self._visible(conn, principal.user)
            stats = conn.execute(
                select(ScopeStat).where(self._scope_filter(ScopeStat.scope, visible))
            ).all()
            out = {s.scope: {"count": s.row_count, "checksum": int(s.checksum)} for s in stats}
            # The feed position these sums describe: a client that has pulled less pulls the
            # rest before comparing (otherwise a push landing in between looks like a drift).
            cursor = conn.execute(select(Counter.seq).where(Counter.id == 1)).scalar() or 0
        for scope in visible:
            if not scope.endswith(":*"):
                out.setdefault(scope, {"count": 0, "checksum": 0})
        return {
            "scopes": dict(sorted(out.items())),
            "cursor": int(cursor),
            # Tells a laptop of before the redaction rule to download its roster scopes again.
            "redaction": P.REDACTION_VERSION,
        }

    def recompute_checksums(self, conn: Connection, scopes: Iterable[str]) -> dict[str, int]:
        """Checksums straight from the rows (for tests and audits)."""
        result: dict[str, int] = {}
        for scope in scopes:
            rows = conn.execute(select(SyncRow).where(SyncRow.scope == scope)).all()
            result[scope] = P.combine(
                P.row_checksum(r.tbl, r.row_id, r.clocks, r.deleted) for r in rows
            )
        return result

    # ---- conflicts ------------------------------------------------------------------------

    @staticmethod
    def _conflict_wire(c: Any) -> dict[str, Any]:
        return {
            "id": c.id,
            "table": c.tbl,
            "row_id": c.row_id,
            "scope": c.scope,
            "field": c.field,
            "reason": c.reason,
            "winner": {
                "value": c.winner_value,
                "clock": c.winner_clock,
                "user_id": c.winner_user,
                "device_id": c.winner_device,
            },
            "loser": {
                "value": c.loser_value,
                "clock": c.loser_clock,
                "user_id": c.loser_user,
                "device_id": c.loser_device,
            },
            "created_seq": c.created_seq,
            "created_at": c.created_at.isoformat(timespec="seconds"),
            "resolved": bool(c.resolved),
            "resolution": c.resolution,
        }

    def _conflict_scopes(self, conn: Connection, user: ServerUser) -> ColumnElement[bool]:
        """Which conflicts ``user`` reviews.

        Coordinators review every scope they see. A conflict in an organisation's private scope
        goes to the coordinator when the policy lets coordinators see private scopes, and
        otherwise to the organisation's own people (nobody else can see it); a conflict in a
        user's own scope goes to that user.
        """
        settings = self.settings(conn)
        if user.role == COORDINATOR:
            return self._scope_filter(Conflict.scope, self._visible(conn, user))
        own = [f"user:{user.id}"]
        if not settings.coordinator_sees_private:
            own.append(f"org:{user.organisation_id}")
        return Conflict.scope.in_(own)

    def list_conflicts(
        self,
        principal: Principal,
        resolved: bool | None,
        *,
        after: int = 0,
        limit: int = P.MAX_CONFLICT_PAGE,
        reason: str | None = None,
        device: str | None = None,
    ) -> dict[str, Any]:
        """One page of the conflicts ``principal`` reviews (see the protocol module).

        Writes quarantined for a clock running ahead are collapsed per device unless asked
        for with ``reason``: one skewed laptop can leave a hundred thousand of them.
        """
        limit = max(1, min(limit, P.MAX_CONFLICT_PAGE))
        stale = P.CONFLICT_CLOCK_IN_FUTURE
        with read_tx(self.engine) as conn:
            where: list[ColumnElement[bool]] = [self._conflict_scopes(conn, principal.user)]
            if resolved is not None:
                where.append(Conflict.resolved.is_(resolved))
            page_where = [*where, Conflict.id > after]
            if reason is not None:
                page_where.append(Conflict.reason == reason)
                if device is not None:
                    page_where.append(Conflict.loser_device == device)
            else:
                page_where.append(Conflict.reason != stale)
            rows = conn.execute(
                select(Conflict).where(*page_where).order_by(Conflict.id).limit(limit + 1)
            ).all()
            quarantines: list[dict[str, Any]] = []
            if reason is None and after == 0:
                groups = conn.execute(
                    select(
                        Conflict.loser_device,
                        func.min(Conflict.loser_user),
                        func.count(),
                        func.min(Conflict.id),
                        func.max(Conflict.id),
                    )
                    .where(*where, Conflict.reason == stale)
                    .group_by(Conflict.loser_device)
                    .order_by(func.min(Conflict.id))
                ).all()
                quarantines = [
                    {"device_id": g[0], "user_id": g[1], "count": int(g[2]),
                     "first_id": int(g[3]), "last_id": int(g[4])}
                    for g in groups
                ]  # fmt: skip
        more = len(rows) > limit
        rows = rows[:limit]
        return {
            "conflicts": [self._conflict_wire(c) for c in rows],
            "next": rows[-1].id if more else None,
            "quarantines": quarantines,
        }

    def resolve_conflict(
        self, principal: Principal, conflict_id: int, choice: str, value: Any = None
    ) -> dict[str, Any]:
        """Write the chosen value as a new write that flows to everyone through the feed."""
        if not 1 <= conflict_id <= P.MAX_SEQ:  # beyond BIGINT: no such conflict, and no 500
            raise StoreError(P.E_BAD_REQUEST, "conflict ids are positive 64-bit integers")
        if choice not in ("winner", "loser", "value"):
            raise StoreError(P.E_BAD_REQUEST, "choice must be 'winner', 'loser' or 'value'")
        if choice == "value" and not P.is_json_value(value):
            raise StoreError(P.E_BAD_REQUEST, "the value cannot be stored as JSON")
        with write_tx(self.engine) as conn:
            settings = self.settings(conn)
            c = conn.execute(
                select(Conflict).where(
                    Conflict.id == conflict_id, self._conflict_scopes(conn, principal.user)
                )
            ).first()
            ctx = PushContext(
                user=principal.user,
                device_id=principal.device_id,
                now_ms=self._wall_ms(),
                pulled_cursor=1 << 62,
                counter=conn.execute(select(Counter.seq).where(Counter.id == 1)).scalar_one(),
                coordinator_sees_private=settings.coordinator_sees_private,
            )
            self._refresh_access(conn, ctx)
            if c is None:
                raise StoreError(P.E_NOT_FOUND, "No such conflict.", 404)
            if c.resolved:
                raise StoreError("already_resolved", "This conflict was already resolved.", 409)
            chosen = {"winner": c.winner_value, "loser": c.loser_value, "value": value}[choice]
            row = self._load(conn, c.tbl, c.row_id)
            # The chosen value goes to every laptop: it must be storable there (typed schema).
            reason = None
            if row is None:
                reason = translate("sync", "the row no longer exists on the server")
            elif self.check_schema:
                reason = validate.value_reason(c.tbl, c.field, chosen)
            if reason:
                raise StoreError(P.E_BAD_REQUEST, reason)
            clock = HybridLogicalClock(settings.server_id.replace("-", "") or "server")
            if row is not None:
                for seen in [*row.clocks.values(), row.scope_clock]:
                    clock.observe(seen)
            stamp = clock.now().pack()
            scope = row.scope if row is not None else c.scope
            if c.field == "scope":
                if not P.is_valid_scope(chosen):
                    raise StoreError(P.E_BAD_REQUEST, "the chosen value is not a scope")
                op = ParsedOp(0, c.tbl, c.row_id, chosen, P.OP_UPSERT, stamp, [], {})
            else:
                if c.field == P.DELETED and not isinstance(chosen, bool):
                    raise StoreError(P.E_BAD_REQUEST, "'deleted' takes true or false")
                op = ParsedOp(
                    0,
                    c.tbl,
                    c.row_id,
                    scope,
                    P.OP_UPSERT,
                    stamp,
                    [(c.field, chosen, stamp)],
                    {} if c.field == P.DELETED else {c.field: chosen},
                )
            try:
                self._apply(conn, ctx, op)
            except OpRejected as exc:
                raise StoreError(P.E_FORBIDDEN, str(exc), 403) from None
            conn.execute(
                update(Conflict)
                .where(Conflict.id == conflict_id)
                .values(
                    resolved=True,
                    resolved_by=principal.user.id,
                    resolved_at=_utcnow(),
                    resolution=choice,
                )
            )
            conn.execute(update(Counter).where(Counter.id == 1).values(seq=ctx.counter))
            after = self._load(conn, c.tbl, c.row_id)
            wire = (
                self._outgoing(conn, principal.user, after.to_wire(), ctx.mission_leads)
                if after
                else None
            )
        return {"id": conflict_id, "resolved": True, "row": wire}

    # ---- maintenance ----------------------------------------------------------------------

    def purge_tombstones(self, older_than_days: int) -> int:
        """Delete tombstones older than ``older_than_days`` (never below the protocol minimum)."""
        if older_than_days < P.MIN_TOMBSTONE_DAYS:
            raise StoreError(
                P.E_BAD_REQUEST,
                f"tombstones are kept at least {P.MIN_TOMBSTONE_DAYS} days",
            )
        cutoff = _utcnow() - timedelta(days=older_than_days)
        with write_tx(self.engine) as conn:
            old = conn.execute(
                select(SyncRow).where(
                    SyncRow.deleted.is_(True),
                    SyncRow.deleted_at.is_not(None),
                    SyncRow.deleted_at < cutoff,
                )
            ).all()
            # Tombstones of an erased person stay: they hold nothing but keep refusing a laptop
            # that comes back with edits of that person (server/erasure.py).
            old = [r for r in old if server_erasure.ERASED not in (r.authors or {})]
            for r in old:
                state = _state_from_db(r)
                self._stat_add(conn, state.scope, -1, -state.checksum())
                conn.execute(
                    delete(SyncRow).where(SyncRow.tbl == r.tbl, SyncRow.row_id == r.row_id)
                )
        return len(old)

    def device_names(self, device_ids: Iterable[str]) -> dict[str, str]:
        """Names of the given laptops as their owners called them (unknown ids left out)."""
        wanted = sorted(set(device_ids))
        if not wanted:
            return {}
        with read_tx(self.engine) as conn:
            rows = conn.execute(select(Device.id, Device.name).where(Device.id.in_(wanted))).all()
        return {r[0]: r[1] for r in rows}

    def user_names(self, user_ids: Iterable[str]) -> dict[str, str]:
        """Display names of the given users (unknown ids are left out)."""
        wanted = sorted(set(user_ids))
        if not wanted:
            return {}
        with read_tx(self.engine) as conn:
            rows = conn.execute(
                select(User.id, User.display_name, User.username).where(User.id.in_(wanted))
            ).all()
        return {r[0]: r[1] or r[2] for r in rows}
