"""The sync wire protocol, shared by the desktop client and the server (``biox-server``).

JSON over HTTP under ``/api/v1``. Every request except ``GET /api/v1/health`` carries the headers
``X-Biox-Protocol: 1`` and ``X-Biox-Schema: <client schema version>``, and every call after login
``Authorization: Bearer <token>``. Errors are ``{"error": code, "message": plain text}``.

This docstring is the reference for the decisions the design left open; the server implements
them and the client must follow them.

Rows on the wire
----------------
A row is ``{table, row_id, scope, fields, clocks, deleted}``. ``fields`` maps column names to JSON
values; ``clocks`` maps the same names to packed HLC strings (:mod:`biox_desktop.core.hlc`) and
may also hold ``"deleted"``: the clock of the last write to the tombstone flag.

* ``deleted`` is a per-field register like any other: a ``"delete"`` op writes ``true`` with the
  clock ``clocks["deleted"]`` (or the op's ``hlc`` when absent); an ``"upsert"`` may write it too
  by carrying ``"deleted": true|false`` (0/1 accepted) in ``fields``. It is returned as the
  top-level ``deleted`` flag, never inside ``fields``.
* **Tombstone revival**: a tombstoned row comes back only through an explicit write of
  ``deleted = false`` whose clock is higher than the tombstone's clock. Edits to other fields of a
  tombstoned row still merge field by field (the tombstone keeps its fields) but do not revive it.
  A delete therefore wins over a concurrent edit.
* Field names ``id`` and ``scope`` inside ``fields`` are ignored (the row id and scope come from
  the op); other names must match :data:`FIELD_NAME_RE`.
* A field in ``fields`` without a clock in ``clocks`` takes the op's ``hlc``.

Push results
------------
``applied``: every write in the op took effect (or was already there with the same clock).
``superseded``: some write lost to a newer clock and carried the same value (nothing to review).
``conflict``: some write lost with a different value, or was quarantined because its clock is more
than :data:`biox_desktop.core.hlc.MAX_DRIFT_MS` ahead of the server; a conflict record exists.
``rejected``: the op was invalid or not allowed; nothing of it was applied; ``reason`` says why.
``duplicate``: its ``seq`` is at or below the last seq the server processed for the device and
the server does not remember that op's result (see "Delivered again" below).
An op refused for a clock too far ahead (a ``conflict`` whose write was quarantined, nothing
stored) also carries ``"quarantined": true``: the client keeps the write and sends it again with
a corrected clock.
Whenever the status is not ``applied``, ``row`` carries the server's current state of the row so
the client can correct its copy; ``row`` is ``null`` when the row does not exist on the server or
the user may not see it.

**Delivered again**: the server remembers each processed op's result per device and seq, with a
fingerprint of the op (table, row, kind, clock). A retry after a lost answer is given the first
result (status, reason, ``quarantined``; ``row`` is the row as it is now), not ``duplicate``.
Results below the lowest seq of a push are forgotten (the client sends its outbox oldest first
and drops entries only once acknowledged, so everything below was answered). ``duplicate`` thus
means "processed, outcome unknown" (an op re-sent after its result was forgotten, or another op
under a seq the server has seen, from a laptop restored from an old backup): the client sends
it again under a new seq above ``last_seq``. Applying the same write twice changes nothing
(its clock is already there); losing it would lose an acknowledged change. This is the
per-device reconciliation of "what you sent" against "what I hold".

Typed schema
------------
The server checks every write against the typed schema of the synced tables
(:mod:`biox_desktop.sync.schema`, generated from the desktop's models) and refuses, with a
per-op ``rejected`` and a reason, storing nothing of it, an op that would leave a row a laptop
cannot store: an unknown table or field; a value of the wrong type (text with its maximum
length, integer, finite number, boolean, ``YYYY-MM-DD`` date, ISO 8601 instant, base64 bytes,
JSON list or object); ``null`` in a NOT NULL column; a create (the first write of a row the
server does not hold) without every NOT NULL field that has no default; a ``delete`` of a row
the server does not hold (a bare tombstone). Partial updates of an existing row are fine.
Enumerations are listed in the schema but not enforced (a newer client's value must not stop an
older one). ``POST /conflicts/{id}/resolve`` checks the chosen value the same way (400
``bad_request``).

A client that still receives a row it cannot store (from a server that did not check) sets it
aside with the reason (``sync_quarantine`` on the desktop), records its row state as received,
applies the rest of the page, moves its cursor on, and tries the row again at every sync.

**Conflict rule**: a losing write with a value different from the winner is always recorded (the
loser cannot have seen the winner: had it seen it, its clock would be higher). A winning write is
also recorded as a conflict (op status stays ``applied``) when the value it replaces differs, came
from another device, and had not yet been delivered to the writing device (its server seq is above
the cursor the server last sent that device in a pull). Clients should push before they pull.

**Scope moves**: the op's ``scope`` asserts the row's scope at the op's ``hlc``. When it differs
from the stored scope, the move wins if the op's ``hlc`` is higher than the clock of the last move
(or creation) and the authorisation table allows it (below); an older assertion is no move and
loses as a conflict. Everyone who saw the old scope but not the new one receives an eviction.

Authorisation
-------------
Who may do what is data: :data:`AUTHORISATION` maps table -> scope kind (``network``,
``mission``, ``org``, ``user``) -> role (``coordinator``, ``leader``, ``delegate``) -> action
(``create``, ``edit``, ``delete``, ``move``) -> the conditions of which one must hold
(``anyone``, ``owner``, ``mission_lead``, ``own_entry``; none: refused). The server checks
every op against it (``biox_desktop.server.access.authorise``) after checking the user may see
the scope, and answers ``rejected`` with a reason naming what is not allowed. In short:

* ``network`` rows: anyone creates; only the owner organisation (the organisation of the user
  whose write created the row, recorded by the server) and coordinators edit, delete or move
  them.
* Rows that grant sight of a mission (``missions``, ``mission_companies``,
  ``mission_partners``) live only in the mission's own scope and name that mission; only the
  mission's leaders (users of its lead cluster) and coordinators write them; a leader may not
  hand a mission to another cluster. A link stored anywhere else grants nothing.
* A mission's programme (venues, agenda, meetings) and roster are its leaders'; a delegate edits
  only their own roster entry (the entry whose person is the user's own person, see "The
  network" below; for a user made before users had a person, one naming their organisation)
  and may create leads, contacts, requests and outcomes in the mission's scope, editing those
  their organisation owns.
* Scope moves only by the owner organisation or a coordinator (where the table allows a move),
  into a scope the table lets them create in, and never a *narrowing* out of ``network`` or a
  mission scope: a move whose new scope some reader of the old one may not read (anything but
  ``network``; from ``org:<o>`` also a mission ``o`` does not take part in). Those readers
  would lose the row without a word; to stop sharing, delete it (a tombstone all receive). A
  narrowing out of ``org:<o>`` is allowed to ``o``'s own users only.

The network (who is who, and the role model in one table)
---------------------------------------------------------
``biox-server org add NAME --kind K [--cluster C]`` writes the organisation as a synced
``organisations`` row in scope ``network`` (same id as the account organisation, owned by the
organisation itself, ``home_cluster_id`` = C for an SME), through the same merge as a push, so
every laptop receives it on its first sync. ``biox-server user add NAME --org O`` writes the
user as a synced ``people`` row of O in scope ``network`` (name and organisation only: the
network's own staff directory), owned by O; the server keeps the link user -> person. ``--org``
also takes an organisation that exists only as a synced row (an SME a laptop created): it
becomes an account organisation with the same id. Nobody types an id.

The login and ``GET /me`` answers carry ``user: {id, username, display_name, role,
organisation_id, organisation_name, organisation_kind, person_id, cluster_id}``:
``cluster_id`` is the organisation itself for a cluster, else its synced row's
``home_cluster_id`` (or null). The laptop stores them at sign-in and at each sync ("my
organisation", "my cluster", "me"); a new mission gets ``cluster_id`` as lead cluster.

Who *reads* a scope (:data:`READ_RULES`, enforced by ``biox_desktop.server.access``):
``network`` everyone; ``mission:<m>`` coordinators, and the users of every organisation that
leads m (its ``missions`` row's lead cluster: the leader and their colleagues) or takes part in
it (a ``mission_companies`` or ``mission_partners`` row: the delegates of the companies on
its roster); ``org:<o>`` the users of o (coordinators only when the server policy
``coordinator_sees_private`` is on); ``user:<u>`` u alone. Who *creates, edits, deletes and
moves* is :data:`AUTHORISATION` below. Together, per kind of row:

=====================  ===============  =======================  ========================
rows                   reads            creates                  edits / deletes
=====================  ===============  =======================  ========================
organisations, people  scope readers    anyone who reads         owner org, coordinators,
                                                                 (edit) its home cluster
missions, companies    mission readers  its lead cluster, coord  its lead cluster, coord
roster_entries         mission readers  lead cluster, coord      + a delegate: own entry
programme, meetings    mission readers  lead cluster, coord      lead cluster, coord
leads, outcomes        scope readers    anyone who reads         owner org (+ mission lead)
merges                 scope readers    coordinators             coordinators
=====================  ===============  =======================  ========================

Pull and cursor
---------------
``POST /pull {cursor, limit, scope?}``: changes with ``seq > cursor`` in the scopes the user may
see, each row once at its latest state, ordered by ``seq``. Evictions are ``{seq, table, row_id,
scope (the old scope), evict: true}`` without ``fields``/``clocks``/``deleted``. The optional
``scope`` re-downloads one scope (use ``cursor: 0``), e.g. after a checksum mismatch or after the
user gained sight of a new mission. When ``more`` is false the returned cursor is the server's
latest seq; store it with the applied page in one transaction.

**Cursor correctness**: the server takes one lock (``pg_advisory_xact_lock`` on PostgreSQL, a
``BEGIN IMMEDIATE`` write transaction on SQLite) before assigning seqs in a push and holds it until
commit, so seq order and commit order coincide and a pull never sees seq N+1 without seq N.

Checksums
---------
``GET /checksums -> {scopes: {scope: {count, checksum}}}`` over every row (tombstones included)
currently in each scope the user may see; ``checksum`` is a JSON integer in ``[0, 2**64)``. Both
sides compute it with :func:`row_checksum` and :func:`combine`. A scope the client holds rows of
but that is absent from the answer is no longer visible: the client drops it locally.

Sensitive roster fields
-----------------------
A roster entry's :data:`SENSITIVE_ROSTER_FIELDS` (passport expiry, visa status, dietary and
accessibility needs, emergency contact, notes) reach only those entitled to them: coordinators,
users of the mission's lead cluster (its leaders) and the delegate themself (the user whose
person the entry names where the server links users to people, otherwise users of the
organisation the entry names, as for the ``own_entry`` write condition). The rule is
:func:`biox_desktop.core.roster.sees_roster_details`; the server applies it to every row it
sends (pull pages, the ``row`` of push results):

* For anyone else the row goes out **redacted**: those fields are ``null`` in ``fields``, their
  clocks and authors are not sent, and the row carries ``"redacted": [field, ...]``. The laptop
  stores ``null`` for them (a pulled change, never journaled, so never pushed back). Nothing is
  hidden in a screen: the values are absent from that laptop.
* :func:`row_checksum` leaves the clocks of those fields out, so a redacted and a full copy of
  a row count the same. (An edit of only those fields therefore escapes the checksums; it
  still reaches everyone through the feed, where it moves the row's seq.) The server's running
  per-scope sums were recomputed by server migration 0008.
* A delegate's roster writes are judged by :data:`AUTHORISATION` (``own_entry``): a write to
  another organisation's entry is ``rejected`` with a reason, and its ``row`` is redacted.
* **Entitlement changes**: when a mission's lead cluster changes, the server re-sends every
  roster entry of that mission (new seqs, same clocks): the new leaders receive the values, the
  old ones the redacted row. A laptop that gains sight of a mission downloads its scope anyway.
  Not covered: a user whose role or organisation is changed on the server keeps what they
  held until the next re-download of the scope (sign in again, or a checksum mismatch).
* **Laptops of before this rule** held every entry's values. The ``/checksums`` answer carries
  ``"redaction": REDACTION_VERSION``; a client whose local flag is below it downloads each
  mission scope it holds roster entries of once again (cursor 0; the redacted rows overwrite the
  values), then records the version. A first sync from an empty laptop just records it.

Other decisions
---------------
* Missing or unparsable version headers get 426 ``upgrade_required`` like an outdated client.
* A structurally malformed push (not an object, ``ops`` not a list, an op without an integer
  ``seq``) is refused whole with 400 ``bad_request``; more than :data:`MAX_PUSH_OPS` ops gives
  413 ``too_many_ops``. Either way nothing is applied and the client keeps its outbox.
* String values must be valid UTF-8 without NUL characters and floats must be finite; a clock's
  node is 1-64 printable ASCII characters (rejected otherwise). ``seq`` and ``cursor`` are
  below 2**63.
* ``POST /login`` creates a new device each time; ``retry_after`` on 429 is whole seconds.

Erasure
-------
An ``erasures`` row (scope ``network``) records that a person was erased ("right to be
forgotten"; rules in :mod:`biox_desktop.core.erasure`). A coordinator erases anyone; the
organisation owning a private lead of the person erases that person; nobody deletes or moves an
erasure record. When the server stores one it blanks, with a clock of its own, every row naming
the person (their ``people`` row, leads, consents, roster entries, participations, follow-ups of
their leads, merge provenance...) and tombstones them, so every laptop receives the blanked
tombstones through the feed; the values of conflict records on those rows are cleared. From
then on the server refuses (``rejected``, the reason says the person was erased) every write to
those rows and every new row naming the person, whenever the laptop last synced. A laptop that
pulls an erasure record erases the person locally and drops its unsent edits of them, keeping a
note (a refused change without values, reason "person erased").
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from biox_desktop.core import roster as roster_rules

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
PROTOCOL_HEADER = "X-Biox-Protocol"
SCHEMA_HEADER = "X-Biox-Schema"

MAX_PULL_LIMIT = 5000
#: seq and cursor values must fit a signed 64-bit integer.
MAX_SEQ = 2**63 - 1
MAX_PUSH_OPS = 5000
#: Tombstones are never purged younger than this (the longest trip offline).
MIN_TOMBSTONE_DAYS = 180

TABLE_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
FIELD_NAME_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: The node part of a packed clock: printable ASCII, no spaces.
CLOCK_NODE_RE = re.compile(r"^[!-~]{1,64}$")
ROW_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")
_SCOPE_ID = r"[A-Za-z0-9._-]{1,64}"
SCOPE_RE = re.compile(rf"^(network|(org|mission|user):{_SCOPE_ID})$")

NETWORK = "network"
DELETED = "deleted"
#: Names inside ``fields`` that the server ignores: they are carried by the op itself.
IGNORED_FIELDS = frozenset({"id", "scope"})

OP_UPSERT = "upsert"
OP_DELETE = "delete"

APPLIED = "applied"
SUPERSEDED = "superseded"
CONFLICT = "conflict"
REJECTED = "rejected"
DUPLICATE = "duplicate"

# Error codes (the ``error`` member of an error body).
E_UPGRADE_REQUIRED = "upgrade_required"
E_BAD_CREDENTIALS = "bad_credentials"
E_TOO_MANY_ATTEMPTS = "too_many_attempts"
E_DEVICE_REVOKED = "device_revoked"
E_BAD_TOKEN = "bad_token"
E_BAD_REQUEST = "bad_request"
E_FORBIDDEN = "forbidden"
E_NOT_FOUND = "not_found"
E_TOO_MANY_OPS = "too_many_ops"

#: Roster fields only the entitled receive (see "Sensitive roster fields"); the list lives with
#: the roster rules (the desktop's screens need it too, below the sync layer).
SENSITIVE_ROSTER_FIELDS: tuple[str, ...] = roster_rules.SENSITIVE_FIELDS
#: table -> its fields that only the entitled receive.
SENSITIVE_FIELDS: dict[str, frozenset[str]] = {"roster_entries": frozenset(SENSITIVE_ROSTER_FIELDS)}
#: The member of a row on the wire listing the fields left out for this reader.
REDACTED = "redacted"
#: Raised when the redaction rules change (the ``redaction`` member of ``/checksums``): a
#: laptop below it downloads its roster scopes again once.
REDACTION_VERSION = 1

CONFLICT_CONCURRENT = "concurrent"
CONFLICT_CLOCK_IN_FUTURE = "clock_in_future"


def request_headers(schema_version: int) -> dict[str, str]:
    """The version headers every request carries."""
    return {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(int(schema_version))}


def is_valid_table(name: object) -> bool:
    """True for a table name the server accepts."""
    return isinstance(name, str) and TABLE_NAME_RE.match(name) is not None


def is_valid_scope(scope: object) -> bool:
    """True for ``network``, ``org:<id>``, ``mission:<id>`` or ``user:<id>``."""
    return isinstance(scope, str) and SCOPE_RE.match(scope) is not None


def _storable_text(text: str) -> bool:
    """No NUL (PostgreSQL text cannot hold it) and valid UTF-8 (no lone surrogates)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_json_value(value: Any, depth: int = 0) -> bool:
    """True when ``value`` is plain JSON the server can store identically on every backend."""
    if depth > 32:
        return False
    if value is None or isinstance(value, bool | int):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str):
        return _storable_text(value)
    if isinstance(value, list):
        return all(is_json_value(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(
            isinstance(k, str) and _storable_text(k) and is_json_value(v, depth + 1)
            for k, v in value.items()
        )
    return False


def max_clock(clocks: Mapping[str, str]) -> str:
    """The greatest packed clock of a row (``""`` when it has none)."""
    return max(clocks.values(), default="")


def checksum_clocks(table: str, clocks: Mapping[str, str]) -> Mapping[str, str]:
    """The clocks a row's checksum covers: all but those of its sensitive fields (which a
    laptop not entitled to them never receives; see "Sensitive roster fields")."""
    hidden = SENSITIVE_FIELDS.get(table)
    if not hidden:
        return clocks
    return {name: clock for name, clock in clocks.items() if name not in hidden}


def row_checksum(table: str, row_id: str, clocks: Mapping[str, str], deleted: bool) -> int:
    """One row's contribution to its scope checksum.

    The first 8 bytes (big-endian) of SHA-256 over ``table``, ``row_id``, the row's greatest
    clock (over every entry of ``clocks``, ``"deleted"`` included, except the clocks of the
    table's :data:`SENSITIVE_FIELDS`) and ``1``/``0`` for the tombstone, joined by the unit
    separator ``\\x1f``.
    """
    newest = max_clock(checksum_clocks(table, clocks))
    text = f"{table}\x1f{row_id}\x1f{newest}\x1f{1 if deleted else 0}"
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def redact(row: Mapping[str, Any]) -> dict[str, Any]:
    """A wire row (``{table, row_id, scope, fields, clocks, ...}``) without its sensitive
    fields: set to ``null``, their clocks dropped, and listed under :data:`REDACTED`."""
    hidden = SENSITIVE_FIELDS.get(str(row.get("table")))
    out = dict(row)
    if not hidden:
        return out
    out["fields"] = {**(row.get("fields") or {}), **dict.fromkeys(sorted(hidden))}
    out["clocks"] = {k: v for k, v in (row.get("clocks") or {}).items() if k not in hidden}
    out[REDACTED] = sorted(hidden)
    return out


def combine(checksums: Iterable[int]) -> int:
    """A scope checksum: the sum of its rows' :func:`row_checksum` modulo 2**64."""
    total = 0
    for value in checksums:
        total = (total + value) % (1 << 64)
    return total


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    """The JSON body of an error answer."""
    return {"error": code, "message": message, **extra}


# ============================================================================================
# Authorisation by meaning (who may create, edit, delete and move which rows)
#
# The server enforces this table per op (biox_desktop.server.access.authorise); the tests read
# it (tests/server/test_authorisation.py). It is data: change the rule here, not in code.
# ============================================================================================

#: Actions an op may take on a row. ``create``: the row does not exist on the server yet.
#: ``edit``: an upsert of fields other than ``deleted`` on an existing row. ``delete``: a delete
#: op, or any write of ``deleted`` (a tombstone or a revival). ``move``: the op's scope differs
#: from the row's stored scope.
ACT_CREATE = "create"
ACT_EDIT = "edit"
ACT_DELETE = "delete"
ACT_MOVE = "move"
ACTIONS = (ACT_CREATE, ACT_EDIT, ACT_DELETE, ACT_MOVE)

#: Kinds of scope, from widest to narrowest reach.
SCOPE_KINDS = ("network", "mission", "org", "user")
#: Roles of a server user (the same names as biox_desktop.server.access).
AUTH_ROLES = ("coordinator", "leader", "delegate")

#: Conditions an allowed action needs (any one of the set suffices; an empty set refuses).
#: Seeing the scope is always needed first. ``anyone``: every user of the role who sees it.
#: ``owner``: the row's owner organisation (the organisation of the user whose write created
#: it, recorded by the server) is the user's. ``mission_lead``: the user's organisation leads
#: the scope's mission (the ``lead_cluster_id`` of its ``missions`` row; for the missions row
#: itself, the value it is given). ``own_entry``: a roster entry naming the user's organisation
#: before and after the write, or, when the user has a person (``user add`` made one), the
#: roster entry whose ``person_id`` is the user's person, before and after the write.
IF_ANYONE = "anyone"
IF_OWNER = "owner"
IF_MISSION_LEAD = "mission_lead"
IF_OWN_ENTRY = "own_entry"
#: ``home_cluster``: the row's owner organisation has the user's organisation as its home
#: cluster (a cluster's staff keep the directory rows of their SMEs: a leader putting an SME's
#: delegate on a roster writes the delegate's e-mail into that SME's person row).
IF_HOME_CLUSTER = "home_cluster"
#: ``lead_owner``: the user's organisation owns a private lead of the person an ``erasures``
#: row names (the server looks it up); see "Erasure" below.
IF_LEAD_OWNER = "lead_owner"

_NO: frozenset[str] = frozenset()
_ANY = frozenset({IF_ANYONE})
_OWNER = frozenset({IF_OWNER})
_LEAD = frozenset({IF_MISSION_LEAD})
_OWNER_OR_LEAD = frozenset({IF_OWNER, IF_MISSION_LEAD})
_OWN_ENTRY = frozenset({IF_OWN_ENTRY})
_OWNER_OR_HOME = frozenset({IF_OWNER, IF_HOME_CLUSTER})

Rule = dict[str, frozenset[str]]  # action -> conditions


def _rule(create: frozenset[str], edit: frozenset[str], delete: frozenset[str],
          move: frozenset[str]) -> Rule:  # fmt: skip
    return {ACT_CREATE: create, ACT_EDIT: edit, ACT_DELETE: delete, ACT_MOVE: move}


_NOBODY = _rule(_NO, _NO, _NO, _NO)
_ALL = _rule(_ANY, _ANY, _ANY, _ANY)

#: Shared records anyone contributes (contacts, leads, outcomes): anyone creates where they see;
#: in ``network`` and mission scopes only the owner organisation (and in a mission its leaders)
#: edit or delete; only the owner moves them; coordinators may do everything.
_SHARED: dict[str, dict[str, Rule]] = {
    "network": {
        "coordinator": _ALL,
        "leader": _rule(_ANY, _OWNER, _OWNER, _OWNER),
        "delegate": _rule(_ANY, _OWNER, _OWNER, _OWNER),
    },
    "mission": {
        "coordinator": _ALL,
        "leader": _rule(_ANY, _OWNER_OR_LEAD, _OWNER_OR_LEAD, _OWNER),
        "delegate": _rule(_ANY, _OWNER, _OWNER, _OWNER),
    },
    "org": {
        "coordinator": _ALL,
        "leader": _rule(_ANY, _ANY, _ANY, _OWNER),
        "delegate": _rule(_ANY, _ANY, _ANY, _OWNER),
    },
    "user": {"coordinator": _ALL, "leader": _ALL, "delegate": _ALL},
}

#: The directory (organisations and people): shared records, and a cluster's leaders also edit
#: the rows their SMEs own (never delete or move them).
_DIRECTORY: dict[str, dict[str, Rule]] = {
    **{k: v for k, v in _SHARED.items() if k != "network"},
    "network": {
        "coordinator": _ALL,
        "leader": _rule(_ANY, _OWNER_OR_HOME, _OWNER, _OWNER),
        "delegate": _rule(_ANY, _OWNER, _OWNER, _OWNER),
    },
}

#: A mission's programme (venues, agenda, meetings): built by the mission's leaders; lives only
#: in the mission's scope.
_PROGRAMME: dict[str, dict[str, Rule]] = {
    "network": {r: _NOBODY for r in AUTH_ROLES},
    "mission": {
        "coordinator": _ALL,
        "leader": _rule(_LEAD, _LEAD, _LEAD, _NO),
        "delegate": _NOBODY,
    },
    "org": {r: _NOBODY for r in AUTH_ROLES},
    "user": {r: _NOBODY for r in AUTH_ROLES},
}

#: Rows that grant sight of a mission: only in the mission's own scope (and naming that
#: mission), only from its leaders or a coordinator, never moved.
_ACCESS: dict[str, dict[str, Rule]] = {
    "network": {r: _NOBODY for r in AUTH_ROLES},
    "mission": {
        "coordinator": _rule(_ANY, _ANY, _ANY, _NO),
        "leader": _rule(_LEAD, _LEAD, _LEAD, _NO),
        "delegate": _NOBODY,
    },
    "org": {r: _NOBODY for r in AUTH_ROLES},
    "user": {r: _NOBODY for r in AUTH_ROLES},
}

#: Meeting requests: a delegate asks (creates); the requester's organisation or the mission's
#: leaders change or withdraw them.
_REQUESTS: dict[str, dict[str, Rule]] = {
    **_PROGRAMME,
    "mission": {
        "coordinator": _ALL,
        "leader": _rule(_ANY, _OWNER_OR_LEAD, _OWNER_OR_LEAD, _NO),
        "delegate": _rule(_ANY, _OWNER, _OWNER, _NO),
    },
}

#: The roster: the mission's leaders build it; a delegate edits only their own entry.
_ROSTER: dict[str, dict[str, Rule]] = {
    **_PROGRAMME,
    "mission": {
        "coordinator": _rule(_ANY, _ANY, _ANY, _NO),
        "leader": _rule(_LEAD, _LEAD, _LEAD, _NO),
        "delegate": _rule(_NO, _OWN_ENTRY, _NO, _NO),
    },
}

#: Coordinator-only bookkeeping of merges (the merge's effects are ordinary edits).
_COORDINATOR_ONLY: dict[str, dict[str, Rule]] = {
    kind: {"coordinator": _ALL, "leader": _NOBODY, "delegate": _NOBODY} for kind in SCOPE_KINDS
}

#: table -> scope kind -> role -> action -> conditions. A table missing here follows
#: :data:`DEFAULT_AUTHORISATION`.
AUTHORISATION: dict[str, dict[str, dict[str, Rule]]] = {
    "organisations": _DIRECTORY,
    "people": _DIRECTORY,
    "leads": _SHARED,
    "consents": _SHARED,
    "follow_ups": _SHARED,
    "agreements": _SHARED,
    "agreement_parties": _SHARED,
    "agreement_links": _SHARED,
    "attachments": _SHARED,
    "merge_forwards": _SHARED,
    "missions": _ACCESS,
    "mission_companies": _ACCESS,
    "mission_partners": _ACCESS,
    "roster_entries": _ROSTER,
    "venues": _PROGRAMME,
    "travel_times": _PROGRAMME,
    "agenda_items": _PROGRAMME,
    "agenda_participants": _PROGRAMME,
    "meetings": _PROGRAMME,
    "meeting_participants": _PROGRAMME,
    "meeting_requests": _REQUESTS,
    "merges": _COORDINATOR_ONLY,
    "not_duplicates": _COORDINATOR_ONLY,
    "erasures": {
        kind: {r: _NOBODY for r in AUTH_ROLES} for kind in SCOPE_KINDS
    } | {"network": {
        "coordinator": _rule(_ANY, _ANY, _NO, _NO),
        "leader": _rule(frozenset({IF_LEAD_OWNER}), _OWNER, _NO, _NO),
        "delegate": _rule(frozenset({IF_LEAD_OWNER}), _OWNER, _NO, _NO),
    }},
}
DEFAULT_AUTHORISATION = _SHARED

#: Tables whose rows grant sight of a mission (see :data:`AUTHORISATION`).
MISSION_ACCESS_TABLES = frozenset({"missions", "mission_companies", "mission_partners"})


#: Who reads a scope of each kind, per role (see "The network" above). ``anyone``: every user;
#: ``member``: users of an organisation leading or taking part in the mission; ``own_org``:
#: users of that organisation; ``policy``: only when ``coordinator_sees_private`` is on;
#: ``self``: the user whose scope it is.
READ_ANYONE = "anyone"
READ_MEMBER = "member"
READ_OWN_ORG = "own_org"
READ_POLICY = "policy"
READ_SELF = "self"
READ_RULES: dict[str, dict[str, frozenset[str]]] = {
    "network": {r: frozenset({READ_ANYONE}) for r in AUTH_ROLES},
    "mission": {
        "coordinator": frozenset({READ_ANYONE}),
        "leader": frozenset({READ_MEMBER}),
        "delegate": frozenset({READ_MEMBER}),
    },
    "org": {
        "coordinator": frozenset({READ_OWN_ORG, READ_POLICY}),
        "leader": frozenset({READ_OWN_ORG}),
        "delegate": frozenset({READ_OWN_ORG}),
    },
    "user": {r: frozenset({READ_SELF}) for r in AUTH_ROLES},
}


def allowed_conditions(table: str, scope_kind: str, role: str, action: str) -> frozenset[str]:
    """The conditions under which ``role`` may take ``action`` on ``table`` rows in a scope of
    ``scope_kind`` (empty: never)."""
    by_kind = AUTHORISATION.get(table, DEFAULT_AUTHORISATION)
    return by_kind.get(scope_kind, {}).get(role, {}).get(action, frozenset())


# --------------------------------------------------------------------------------------------
# Server hardening: request size limits, paginated conflicts, device tokens
# (kept apart from the sections above so that concurrent changes to them merge cleanly).
#
# * Every request body is capped per route BEFORE it is read or parsed, and every call that
#   needs a token is authenticated before its body is read: an unauthenticated client can make
#   the server hold at most nothing but the headers. A body over the cap gets 413
#   ``body_too_large`` (Content-Length is checked first; a chunked body is counted as it comes).
# * Every error, whatever produced it (validation, unknown route, wrong method, size, a crash),
#   is ``{"error": code, "message": text}``, sometimes with extra members (``retry_after``...).
# * ``GET /conflicts?resolved=false|true|all&after=<id>&limit=<n>`` answers
#   ``{conflicts, next: id|null, quarantines}``: conflicts with ``id > after`` in id order, at most
#   ``limit`` (default and maximum :data:`MAX_CONFLICT_PAGE`); ``next`` is the ``after`` of the
#   next page. Writes quarantined because a laptop's clock ran ahead (``clock_in_future``) are not
#   listed one by one but collapsed per device in ``quarantines`` (``[{device_id, user_id,
#   user_name, count, first_id, last_id}]``, first page only); ``reason=clock_in_future`` (with
#   ``device=<id>``) pages through them. Conflict ids are decimal integers in ``[1, 2**63)``;
#   anything else is 400 ``bad_request``.
# * Who reviews (lists and resolves) a conflict: coordinators, in every scope they see; in an
#   organisation's private ``org:`` scope, the coordinators when the server lets them see
#   private scopes, otherwise that organisation's own people (so it is never nobody); in a
#   ``user:`` scope, that user. Others get an empty list and 404 on resolve.
# * Device tokens expire (``token_expires_at`` in the login answer, ISO 8601 UTC); the client
#   renews before that with ``POST /token/renew`` -> ``{token, token_expires_at}``. The old token
#   keeps working until the new one is first used, so a lost answer does not sign a laptop out.
#   An expired token gets 401 ``token_expired``.
# * ``GET /devices`` lists the caller's own devices; ``POST /devices/<id>/revoke`` revokes one of
#   them (the calling device included).

#: Body caps in bytes, per route (path after :data:`API_PREFIX`); any other route gets
#: :data:`MAX_BODY_DEFAULT`. A push may carry one attachment of at most 15 MiB, hex-encoded
#: (30 MiB), with room for the rest of a batch; the client splits batches to stay under it.
MAX_LOGIN_BYTES = 16 * 1024
MAX_PUSH_BYTES = 40 * 1024 * 1024
MAX_RESOLVE_BYTES = 1024 * 1024
MAX_BODY_DEFAULT = 64 * 1024
MAX_CONFLICT_PAGE = 500

E_BODY_TOO_LARGE = "body_too_large"
E_TOKEN_EXPIRED = "token_expired"
E_NOT_ALLOWED = "method_not_allowed"
E_INTERNAL = "internal_error"


def body_limit(path: str) -> int:
    """The largest request body accepted on ``path`` (a full URL path)."""
    route = path[len(API_PREFIX):] if path.startswith(API_PREFIX) else path
    if route == "/login":
        return MAX_LOGIN_BYTES
    if route == "/push":
        return MAX_PUSH_BYTES
    if route.startswith("/conflicts/") and route.endswith("/resolve"):
        return MAX_RESOLVE_BYTES
    return MAX_BODY_DEFAULT


def parse_conflict_id(text: object) -> int | None:
    """A conflict id from a URL, or ``None`` when it is not an integer in ``[1, 2**63)``."""
    if not isinstance(text, str) or not text.isascii() or not text.isdigit() or len(text) > 19:
        return None
    value = int(text)
    return value if 1 <= value <= MAX_SEQ else None
