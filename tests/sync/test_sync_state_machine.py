"""Randomised desktops syncing through the real server (Hypothesis state machine).

Two to six laptops, each a real :class:`Workspace` on its own SQLite file, talk to the real server
app in process (FastAPI's TestClient behind the real :class:`HttpTransport`), on a SQLite server
file and on PostgreSQL. People create, edit and tombstone organisations, people, leads (private
to their company, for their delegation, or for the network), follow-ups, and the delegation's
roster entries, programme items, meetings, agreements and venues, offline through the ORM, so
the journal triggers record every change. Syncs run whole or in part; requests are dropped before
they are sent, answers are lost after the server committed (also for writes quarantined because
a clock ran days ahead), earlier push bodies are delivered again late, the server restarts over
its database, laptop clocks run hours or days off either way, a laptop's access is revoked until
its user signs in again, crafted pushes (malformed rows, other companies' scopes, missions the
user does not see) must be refused and stored nowhere, laptops are restored from old backups
(the app's own), and the server purges tombstones past their lifetime while laptops still hold
them (their later edits must be refused, never stored as partial rows).

After every step: no laptop holds a row of a scope its user may not see (another company's
private leads above all), and no laptop's stored cursor ever goes back. At the end, after a quiet
sync of everyone: every laptop holds exactly the server's view of its scopes, field by field, and
every change the server acknowledged is on the server (or overwritten by a later write), or has a
recorded reason: a conflict record on the server or a rejection on the laptop.

Profiles: the default ``ci`` profile (random examples, a few) runs in the fast suite; ``-m slow``
runs the ``seeded`` profile once per fixed seed of :data:`SEEDS` (``BIOX_SYNC_SEEDS``, default
``20261202,7,1``) on SQLite and on PostgreSQL: the same examples on every run, so a CI failure
replays exactly. ``HYPOTHESIS_PROFILE=seeded-dev`` skips shrinking (the failing example as it
came); ``HYPOTHESIS_PROFILE=thorough`` and other ``BIOX_SYNC_SEEDS`` for a longer hunt.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from keyring.backend import KeyringBackend
from sqlalchemy import Engine, select, update

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from biox_desktop.core.hlc import HybridLogicalClock
from biox_desktop.core.identity import NETWORK, mission_scope, org_scope
from biox_desktop.core.ids import uuid7
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.progress import Progress
from biox_desktop.db import crypto
from biox_desktop.db.engine import DB_FILENAME
from biox_desktop.db.models import (
    AgendaItem,
    AgendaParticipant,
    Agreement,
    AgreementLink,
    AgreementParty,
    Attachment,
    Base,
    Consent,
    FollowUp,
    Lead,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Mission,
    MissionCompany,
    NotDuplicate,
    Organisation,
    OutboxEntry,
    Person,
    RosterEntry,
    SyncRejection,
    TravelTime,
    Venue,
)
from biox_desktop.db.workspace import Workspace
from biox_desktop.server.app import create_app
from biox_desktop.server.db import make_engine
from biox_desktop.server.models import Conflict, SyncRow
from biox_desktop.sync import codec, credentials
from biox_desktop.sync import protocol as p
from biox_desktop.sync.client import CURSOR_KEY, SyncClient, SyncReport, schema_version
from biox_desktop.sync.errors import DeviceRevoked, ServerUnreachable
from biox_desktop.sync.service import DEVICE_KEY, SyncService
from biox_desktop.sync.transport import HttpTransport

PASSWORD = "correct horse battery"
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
TABLES: dict[str, Any] = {
    "organisations": Organisation, "people": Person, "leads": Lead, "follow_ups": FollowUp,
    "roster_entries": RosterEntry, "agenda_items": AgendaItem, "meetings": Meeting,
    "agreements": Agreement, "venues": Venue,
    # Rows that link others (made by ``add_linked_row``), and the mission itself (edits only).
    "agenda_participants": AgendaParticipant, "meeting_participants": MeetingParticipant,
    "travel_times": TravelTime, "agreement_parties": AgreementParty,
    "agreement_links": AgreementLink, "consents": Consent, "meeting_requests": MeetingRequest,
    "attachments": Attachment, "not_duplicates": NotDuplicate, "missions": Mission,
}  # fmt: skip
#: Synced tables the model leaves to other tests: rows that grant sight of a mission
#: (mission_companies, mission_partners: the model's readers are fixed; the authorisation table
#: test and tests/server/test_authorisation.py's real-process scenarios cover them) and the
#: coordinator's merge records (merges, merge_forwards: tests/sync/test_merge_sync.py), and
#: erasure records (erasures: tests/privacy/test_erasure_sync.py, three laptops and a server).
NOT_MODELLED = frozenset({"mission_companies", "mission_partners", "merges", "merge_forwards",
                          "erasures"})
#: Linked rows ``add_linked_row`` makes.
LINKED_TABLES = ("agenda_participants", "meeting_participants", "travel_times",
                 "agreement_parties", "agreement_links", "consents", "meeting_requests",
                 "attachments", "not_duplicates")
#: Tables whose rows live in the delegation's mission scope (made by ``add_mission_row``).
MISSION_TABLES = ("roster_entries", "agenda_items", "meetings", "agreements", "venues")
HOUR = 3_600_000
DAY = 24 * HOUR
#: Laptop clock offsets: on time, hours off either way, days behind, and days ahead (beyond the
#: server's drift limit: such writes are quarantined as conflicts).
OFFSETS = (0, 0, 3 * HOUR, -5 * HOUR, 11 * HOUR, -2 * DAY, -9 * DAY, 2 * DAY, 3 * DAY)
#: username -> (organisation key, role)
USERS = {
    "claire": ("cluster", "leader"),
    "coord": ("cluster", "coordinator"),
    "alice": ("sme_a", "delegate"),
    "alice2": ("sme_a", "delegate"),
    "bob": ("sme_b", "delegate"),
    "bruno": ("cluster2", "leader"),
}
#: Organisations that take part in the seeded mission (lead cluster and one company).
MISSION_ORGS = ("cluster", "sme_a")
#: Text a person can type and the server stores (no NUL, no lone surrogates).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=6)  # fmt: skip
DATES = st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31))
#: Whole minutes, UTC (the wire form of an instant is ISO 8601 with +00:00).
INSTANTS = st.builds(
    lambda d, m: dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC) + dt.timedelta(minutes=m),
    DATES, st.integers(0, 24 * 60 - 1))  # fmt: skip
EDITS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "organisations": {"city": TEXT, "description": TEXT | st.none(), "name": TEXT},
    "people": {"job_title": TEXT | st.none(), "city": TEXT, "languages": st.lists(TEXT, max_size=2)},
    "leads": {"notes": TEXT | st.none(), "rating": st.integers(0, 5) | st.none()},
    "follow_ups": {"notes": TEXT | st.none(), "rating": st.integers(0, 5) | st.none(),
                   "due_date": DATES | st.none()},
    "roster_entries": {"hotel": TEXT | st.none(), "interpreter_needed": st.booleans(),
                       "passport_expiry": DATES | st.none()},
    "agenda_items": {"title": TEXT, "slot_minutes": st.integers(5, 60) | st.none(),
                     "starts_at": INSTANTS},
    "meetings": {"title": TEXT | st.none(), "locked": st.booleans(),
                 "rating": st.integers(0, 5) | st.none()},
    "agreements": {"title": TEXT, "status": st.sampled_from(["draft", "signed"]),
                   "signed_on": DATES | st.none()},
    "venues": {"name": TEXT, "latitude": st.floats(-90, 90, allow_nan=False) | st.none()},
    "meeting_participants": {"side": st.sampled_from(["delegation", "guest"])},
    "travel_times": {"minutes": st.integers(0, 240)},
    "agreement_parties": {"role": TEXT | st.none()},
    "consents": {"wording": TEXT | st.none(),
                 "basis": st.sampled_from(["consent", "legitimate_interest"])},
    "meeting_requests": {"priority": st.integers(1, 3), "notes": TEXT | st.none(),
                         "status": st.sampled_from(["pending", "accepted", "declined"])},
    "attachments": {"filename": TEXT.map(lambda t: f"{t}.pdf")},
    "missions": {"description": TEXT | st.none()},
}
#: Tables whose rows the ``edit`` rule changes (the others have only links: added, deleted).
EDITABLE = tuple(sorted(EDITS))

#: Crafted writes the server must refuse: kind -> (ids, laptop) -> (table, fields, scope or
#: None for the user's own org scope or network).
BAD_WRITES: dict[str, Callable[[dict[str, str], Any], tuple[str, dict[str, Any], str | None]]] = {
    "lead without its person": lambda ids, lap: ("leads", {"notes": "x"}, None),
    "mission without a name": lambda ids, lap: ("missions", {"lead_cluster_id": lap.org_id},
                                                 None),
    "a date that is not a date": lambda ids, lap: (
        "leads", {"person_id": uuid7(), "next_action_due": "not-a-date"}, None),
    "an object in a text column": lambda ids, lap: ("people", {"name": {"a": 1}}, None),
    "text in a list column": lambda ids, lap: ("people", {"name": "Li", "emails": "x@y.z"},
                                               None),
    "an unknown field": lambda ids, lap: ("people", {"name": "Li", "shoe_size": 44}, None),
    "an over-long text": lambda ids, lap: ("organisations", {"name": "x" * 301}, None),
    "a null in a NOT NULL column": lambda ids, lap: ("organisations", {"name": None}, None),
    "an unknown table": lambda ids, lap: ("spaceships", {"name": "x"}, None),
    "another company's private scope": lambda ids, lap: (
        "people", {"name": "Li"},
        org_scope(ids["sme_b"] if lap.org_id != ids["sme_b"] else ids["sme_a"])),
    "a mission the user does not see": lambda ids, lap: (
        "people", {"name": "Li"},
        org_scope(ids["sme_b"]) if lap.role == "coordinator" else mission_scope(uuid7())),
}  # fmt: skip

settings.register_profile(
    "ci", max_examples=6, stateful_step_count=18, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
settings.register_profile(
    "thorough", max_examples=60, stateful_step_count=45, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip

settings.register_profile(
    "dev", parent=settings.get_profile("ci"),
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)  # fmt: skip


#: The fixed seeds of the slow runs (``-m slow``): a failure in CI is replayed exactly with
#: ``BIOX_SYNC_SEEDS=<seed> pytest -m slow tests/sync/test_sync_state_machine.py``. Another
#: hunt: ``BIOX_SYNC_SEEDS=101,102,...``.
SEEDS = [int(x) for x in os.environ.get("BIOX_SYNC_SEEDS", "20261202,7,1").split(",") if x]

settings.register_profile(
    "seeded", max_examples=8, stateful_step_count=40, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip


#: The seeded runs without shrinking: the first failing example as it came (faster to read).
settings.register_profile(
    "seeded-dev", parent=settings.get_profile("seeded"),
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)  # fmt: skip


def _profile(slow: bool) -> settings:
    name = os.environ.get("HYPOTHESIS_PROFILE") or ("seeded" if slow else "ci")
    known = ("ci", "thorough", "dev", "seeded", "seeded-dev")
    return settings.get_profile(name if name in known else "ci")


# --------------------------------------------------------------------------------------------
# The server and its template (organisations, users and one mission, made once per backend)


class Server:
    """The server app over one database; ``restart`` builds a new app over the same data."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine
        self.start()

    def start(self) -> None:
        self.engine = make_engine(self.url)
        self.app = create_app(engine=self.engine, run_migrations=False)
        self.store = self.app.state.store

    def restart(self) -> None:
        self.engine.dispose()
        self.start()

    def http(self) -> TestClient:
        return TestClient(self.app)

    def close(self) -> None:
        self.engine.dispose()


def build_template(url: str, tmp: Path) -> dict[str, str]:
    """Organisations, users and a mission (with one company) on an empty server database."""
    engine = make_engine(url)
    app = create_app(engine=engine)
    store = app.state.store
    store.init_settings(coordinator_sees_private=False)
    ids = {
        "cluster": store.add_org("Lyonbiopole", "cluster")["id"],
        "cluster2": store.add_org("BioM", "cluster")["id"],
        "sme_a": store.add_org("Rhône Diagnostics", "sme")["id"],
        "sme_b": store.add_org("Isar Antibodies", "sme")["id"],
    }
    for name, (org, role) in USERS.items():
        store.add_user(name, ids[org], role, PASSWORD, hasher=FAST)
    ws = Workspace(tmp / "seed-laptop")
    previous = keyring.get_keyring()
    keyring.set_keyring(_DictKeyring())  # module fixtures run before the per-test keyring
    try:
        service = SyncService(ws, http_client=lambda: TestClient(app))
        service.login("http://seed.test", "claire", PASSWORD)
        with ws.db.session() as s:
            for key, kind in (("cluster", "cluster"), ("cluster2", "cluster"),
                              ("sme_a", "sme"), ("sme_b", "sme")):  # fmt: skip
                s.add(Organisation(id=ids[key], scope=NETWORK, name=key, kind=kind,
                                   sector_tags=[]))  # fmt: skip
        mission = ws.missions.create(MissionInput(
            name="Osaka Partnering Days", kind="partnering_event", country="JP",
            start_date=dt.date(2027, 3, 9), end_date=dt.date(2027, 3, 12),
            timezone="Asia/Tokyo", lead_cluster_id=ids["cluster"]))  # fmt: skip
        with ws.db.session() as s:
            s.add(MissionCompany(id=uuid7(), scope=mission_scope(mission.id),
                                 mission_id=mission.id, organisation_id=ids["sme_a"],
                                 status="confirmed"))  # fmt: skip
        report = service.sync()
        assert report.rejected == 0 and ws.db.pending_changes() == 0
        ids["mission"] = mission.id
        for device in store.list_devices("claire"):
            store.revoke_device(device["id"])
    finally:
        keyring.set_keyring(previous)
        ws.close()
        engine.dispose()
    return ids


class _DictKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


TEMPLATE_PASSPHRASE = "laptop template passphrase"


def build_laptop_template(tmp: Path) -> Path:
    """A migrated, empty local database to copy for each laptop (migrations take a while)."""
    # Encrypted like every laptop's; its key comes from a passphrase so that copies open
    # whatever keyring the test has (each laptop copies the key description too).
    ws = Workspace(tmp / "laptop-template", passphrase=TEMPLATE_PASSPHRASE)
    path = ws.db.path
    with ws.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    return path


# --------------------------------------------------------------------------------------------
# A laptop and its unreliable network


class FaultyTransport:
    """Forwards to the real transport, except that request ``n`` may be dropped before it is
    sent (``"drop"``) or have its answer lost after the server handled it (``"lose"``).
    Every push body is recorded, to be delivered again later."""

    def __init__(self, inner: HttpTransport, faults: dict[int, str],
                 bodies: list[tuple[str, dict[str, Any]]], token: str) -> None:  # fmt: skip
        self.inner, self.faults, self.bodies, self.token = inner, faults, bodies, token
        self.count = 0

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        if path == "/push":
            self.bodies.append((self.token, copy.deepcopy(body)))
        return self._send(lambda: self.inner.post(path, body))

    def get(self, path: str) -> dict[str, Any]:
        return self._send(lambda: self.inner.get(path))

    def _send(self, call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        fault = self.faults.get(self.count)
        self.count += 1
        if fault == "drop":
            raise ServerUnreachable("dropped before sending")
        answer = call()
        if fault == "lose":
            raise ServerUnreachable("answer lost after the server committed")
        return answer


class Laptop:
    def __init__(self, world: World, ix: int, username: str, offset_ms: int) -> None:
        self.world = world
        self.username = username
        org_key, self.role = USERS[username]
        self.org_id = world.ids[org_key]
        self.url = f"http://laptop{ix}.test"  # one keyring entry per laptop
        folder = world.dir / f"laptop{ix}"
        folder.mkdir()
        shutil.copy(world.laptop_template, folder / DB_FILENAME)
        shutil.copy(world.laptop_template.with_name(crypto.KEY_FILENAME), folder)
        info = crypto.read_key_info(folder)
        assert info is not None
        key = crypto.find_key(folder, info, passphrase=TEMPLATE_PASSPHRASE)
        conn = crypto.connect(folder / DB_FILENAME, key)
        with conn:  # a device id of its own
            conn.execute("UPDATE local_meta SET value = ? WHERE key = 'device_id'",
                         (uuid.uuid4().hex,))  # fmt: skip
        conn.close()
        self.folder = folder
        self.offset_ms = offset_ms
        self.open()
        self.service.login(self.url, username, PASSWORD)
        self.revoked = False
        self.cursor = 0
        self.bodies: list[tuple[str, dict[str, Any]]] = []
        #: Every journaled change of this laptop: (table, row_id, op, fields JSON, hlc).
        self.journal: set[tuple[str, str, str, str, str]] = set()
        self.backup: tuple[Path, set[tuple[str, str, str, str, str]]] | None = None
        self.raw: dict[str, Any] | None = None

    def open(self) -> None:
        self.ws = Workspace(self.folder, passphrase=TEMPLATE_PASSPHRASE)
        db = self.ws.db
        db.clock = HybridLogicalClock(db.device_id,
                                      wall=lambda: int(time.time() * 1000) + self.offset_ms)  # fmt: skip
        self.service = SyncService(self.ws, http_client=lambda: self.world.server.http())

    def outbox(self) -> set[tuple[str, str, str, str, str]]:
        with self.ws.db.session() as s:
            return {(e.tbl, e.row_id, e.op, e.fields, e.hlc)
                    for e in s.scalars(select(OutboxEntry))}  # fmt: skip

    def take_backup(self) -> None:
        """A backup of the laptop's database (the app's own backup)."""
        path = self.world.dir / f"backup-{self.folder.name}.sqlite3"
        path.unlink(missing_ok=True)
        self.ws.backups.backup(path)
        self.backup = (path, self.outbox())

    def restore_backup(self) -> None:
        """The laptop is restored from its backup: what it had not sent since is gone."""
        assert self.backup is not None
        path, kept = self.backup
        unsent = self.outbox()
        self.ws.backups.restore(path)
        db = self.ws.db
        db.clock = HybridLogicalClock(db.device_id,
                                      wall=lambda: int(time.time() * 1000) + self.offset_ms)  # fmt: skip
        # Changes never acknowledged and not in the backup were lost with the laptop's disk;
        # everything acknowledged must still be on the server.
        self.journal -= unsent - kept
        self.cursor = int(self.ws.db.meta(CURSOR_KEY) or 0)

    def scopes(self) -> set[str]:
        """The concrete scopes this user may see (the coordinator sees every mission)."""
        ids = self.world.ids
        scopes = {NETWORK, org_scope(self.org_id)}
        if self.role == "coordinator" or self.org_id in (ids[k] for k in MISSION_ORGS):
            scopes.add(mission_scope(ids["mission"]))
        return scopes

    def record_journal(self) -> None:
        self.journal |= self.outbox()

    def token(self) -> str:
        token = credentials.load_token(self.url, self.username)
        assert token
        return token

    def transport(self) -> HttpTransport:
        return HttpTransport(self.url, schema_version=schema_version(), token=self.token(),
                             client=self.world.server.http())  # fmt: skip

    def sync(self, part: str, faults: dict[int, str], retries: int) -> None:
        inner = self.transport()
        transport = FaultyTransport(inner, faults, self.bodies, self.token())
        client = SyncClient(self.ws.db, transport, device_id=self.ws.db.meta(DEVICE_KEY) or "")
        try:
            if part == "full":
                client.sync(retries=retries, sleep=lambda _s: None)
            elif part == "push":
                client.push(SyncReport(), Progress())
            else:
                client.pull(SyncReport(), Progress())
        except ServerUnreachable:
            pass
        except DeviceRevoked:
            assert self.revoked
        finally:
            inner.close()

    def close(self) -> None:
        self.ws.close()


class World:
    def __init__(self, server_url: str, ids: dict[str, str], laptop_template: Path) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="biox-model-"))
        self.ids = ids
        self.laptop_template = laptop_template
        self.server = Server(server_url)


# --------------------------------------------------------------------------------------------
# The machine


class LaptopsAndServer(RuleBasedStateMachine):
    #: Set by the test: makes a fresh server database, returns its URL and a clean-up.
    new_server: Callable[[], tuple[str, Callable[[], None]]]
    ids: dict[str, str]
    laptop_template: Path

    def __init__(self) -> None:
        super().__init__()
        url, self._drop_server = self.new_server()
        self.world = World(url, self.ids, self.laptop_template)
        self.laptops: list[Laptop] = []
        self.quarantined: set[tuple[str, str]] = set()
        #: Writes the server quarantined for a clock days ahead (table, row, field, clock).
        self.ahead: set[tuple[str, str, str, str]] = set()
        #: Rows whose tombstones the server purged (gone for good, by design).
        self.purged: set[tuple[str, str]] = set()

    @initialize(users=st.lists(st.sampled_from(sorted(USERS)), min_size=2, max_size=6),
                offsets=st.lists(st.sampled_from(OFFSETS), min_size=6, max_size=6))  # fmt: skip
    def sign_in(self, users: list[str], offsets: list[int]) -> None:
        for ix, (username, offset) in enumerate(zip(users, offsets, strict=False)):
            self.laptops.append(Laptop(self.world, ix, username, offset))

    def _laptop(self, i: int) -> Laptop:
        return self.laptops[i % len(self.laptops)]

    # -- offline edits through the ORM ----------------------------------------------------------

    @rule(i=st.integers(0, 5), name=TEXT, kind=st.sampled_from(["sme", "foreign_partner"]))
    def add_organisation(self, i: int, name: str, kind: str) -> None:
        lap = self._laptop(i)
        with lap.ws.db.session() as s:
            s.add(Organisation(id=uuid7(), scope=NETWORK, name=name, kind=kind, sector_tags=[],
                               created_by=lap.ws.identity.user_id))  # fmt: skip
        lap.record_journal()

    @rule(i=st.integers(0, 5), name=TEXT, private=st.booleans())
    def add_person(self, i: int, name: str, private: bool) -> None:
        lap = self._laptop(i)
        with lap.ws.db.session() as s:
            s.add(Person(id=uuid7(), scope=org_scope(lap.org_id) if private else NETWORK,
                         name=name))  # fmt: skip
        lap.record_journal()

    @rule(i=st.integers(0, 5), where=st.sampled_from(["private", "mission", "network"]),
          notes=TEXT, rating=st.integers(1, 5))  # fmt: skip
    def add_lead(self, i: int, where: str, notes: str, rating: int) -> None:
        lap = self._laptop(i)
        mission = self.world.ids["mission"]
        with lap.ws.db.session() as s:
            has_mission = s.get(Mission, mission) is not None
        if where == "mission" and not has_mission:
            where = "private"  # the app offers only the delegations it has received
        scope = {"private": org_scope(lap.org_id), "mission": mission_scope(mission),
                 "network": NETWORK}[where]  # fmt: skip
        with lap.ws.db.session() as s:
            person = Person(id=uuid7(), scope=scope, name=f"Contact {notes}")
            s.add(person)
            s.add(Lead(id=uuid7(), scope=scope, person_id=person.id,
                       mission_id=mission if where == "mission" else None,
                       visibility="private" if where == "private" else "shared",
                       rating=rating, tags=[], notes=notes))  # fmt: skip
        lap.record_journal()

    @rule(i=st.integers(0, 5), table=st.sampled_from(MISSION_TABLES), title=TEXT,
          start=INSTANTS)  # fmt: skip
    def add_mission_row(self, i: int, table: str, title: str, start: dt.datetime) -> None:
        """A roster entry, programme item, meeting, agreement or venue of the delegation."""
        lap = self._laptop(i)
        mission = self.world.ids["mission"]
        scope = mission_scope(mission)
        with lap.ws.db.session() as s:
            if s.get(Mission, mission) is None:
                return  # the app offers only the delegations it has received
            end = start + dt.timedelta(minutes=30)
            row: Any
            if table == "roster_entries":
                person = Person(id=uuid7(), scope=scope, name=f"Delegate {title}")
                s.add(person)
                row = RosterEntry(id=uuid7(), scope=scope, mission_id=mission,
                                  person_id=person.id, organisation_id=lap.org_id,
                                  languages=[], hotel=title or None)  # fmt: skip
            elif table == "agenda_items":
                row = AgendaItem(id=uuid7(), scope=scope, mission_id=mission, kind="site_visit",
                                 title=title, starts_at=start, ends_at=end, timezone="Asia/Tokyo",
                                 breaks=[])  # fmt: skip
            elif table == "meetings":
                row = Meeting(id=uuid7(), scope=scope, mission_id=mission, title=title,
                              starts_at=start, ends_at=end, timezone="Asia/Tokyo")  # fmt: skip
            elif table == "agreements":
                row = Agreement(id=uuid7(), scope=scope, mission_id=mission, kind="mou",
                                title=title)  # fmt: skip
            else:
                row = Venue(id=uuid7(), scope=scope, mission_id=mission, name=title,
                            timezone="Asia/Tokyo", latitude=34.7)  # fmt: skip
            s.add(row)
        lap.record_journal()

    @rule(i=st.integers(0, 5), pick=st.integers(0, 999), notes=TEXT)
    def add_follow_up(self, i: int, pick: int, notes: str) -> None:
        """A follow-up of a lead the laptop holds, in the lead's scope."""
        lap = self._laptop(i)
        with lap.ws.db.session() as s:
            leads = s.scalars(select(Lead).where(Lead.deleted.is_(False)).order_by(Lead.id)).all()
            if not leads:
                return
            lead = leads[pick % len(leads)]
            s.add(FollowUp(id=uuid7(), scope=lead.scope, lead_id=lead.id, notes=notes,
                           kind="after_meeting"))  # fmt: skip
        lap.record_journal()

    @rule(i=st.integers(0, 5), table=st.sampled_from(LINKED_TABLES), pick=st.integers(0, 999),
          text=TEXT)  # fmt: skip
    def add_linked_row(self, i: int, table: str, pick: int, text: str) -> None:
        """A row linking rows the laptop holds (a participant, a travel time, an agreement's
        party or link, a consent, a meeting request, a document, a "not a duplicate" pair), in
        the scope of what it links, as the app writes them."""
        lap = self._laptop(i)
        mission = self.world.ids["mission"]

        def one(s: Any, model: Any, skip: int = 0) -> Any:
            rows = s.scalars(select(model).where(model.deleted.is_(False))
                             .order_by(model.id)).all()
            return rows[(pick + skip) % len(rows)] if rows else None

        with lap.ws.db.session() as s:
            row: Any = None
            if table == "agenda_participants":
                item, person = one(s, AgendaItem), one(s, Person)
                if item and person:
                    row = AgendaParticipant(id=uuid7(), scope=item.scope,
                                            agenda_item_id=item.id, person_id=person.id)
            elif table == "meeting_participants":
                meeting, person = one(s, Meeting), one(s, Person)
                if meeting and person:
                    row = MeetingParticipant(id=uuid7(), scope=meeting.scope,
                                             meeting_id=meeting.id, person_id=person.id,
                                             side="delegation")  # fmt: skip
            elif table == "travel_times":
                a, b = one(s, Venue), one(s, Venue, 1)
                if a and b:
                    row = TravelTime(id=uuid7(), scope=a.scope, mission_id=a.mission_id,
                                     from_venue_id=a.id, to_venue_id=b.id, minutes=20)
            elif table == "agreement_parties":
                agreement, org = one(s, Agreement), one(s, Organisation)
                if agreement and org:
                    row = AgreementParty(id=uuid7(), scope=agreement.scope,
                                         agreement_id=agreement.id, organisation_id=org.id,
                                         role=text or None)  # fmt: skip
            elif table == "agreement_links":
                agreement, lead = one(s, Agreement), one(s, Lead)
                if agreement:
                    row = AgreementLink(id=uuid7(), scope=agreement.scope,
                                        agreement_id=agreement.id,
                                        lead_id=lead.id if lead and lead.scope == agreement.scope
                                        else None)  # fmt: skip
            elif table == "consents":
                lead = one(s, Lead)
                if lead:
                    row = Consent(id=uuid7(), scope=lead.scope, person_id=lead.person_id,
                                  lead_id=lead.id, basis="consent", wording=text or None,
                                  given_at=dt.datetime.now(dt.UTC))  # fmt: skip
            elif table == "meeting_requests":
                if s.get(Mission, mission) is not None:
                    row = MeetingRequest(id=uuid7(), scope=mission_scope(mission),
                                         mission_id=mission,
                                         requester_organisation_id=lap.org_id,
                                         notes=text or None)  # fmt: skip
            elif table == "attachments":
                agreement = one(s, Agreement)
                if agreement:
                    data = f"%PDF-1.4 {text}".encode()
                    row = Attachment(id=uuid7(), scope=agreement.scope,
                                     owner_table="agreements", owner_id=agreement.id,
                                     filename=f"{text}.pdf", mime_type="application/pdf",
                                     sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                                     data=data)  # fmt: skip
            else:  # not_duplicates: the coordinator's, refused to everyone else
                a, b = one(s, Person), one(s, Person, 1)
                if a and b and a.id != b.id:
                    row = NotDuplicate(id=uuid7(), scope=NETWORK, kind="person",
                                       id_a=min(a.id, b.id), id_b=max(a.id, b.id))
            if row is None:
                return
            s.add(row)
        lap.record_journal()

    @rule(i=st.integers(0, 5), table=st.sampled_from(EDITABLE), pick=st.integers(0, 999),
          data=st.data())  # fmt: skip
    def edit(self, i: int, table: str, pick: int, data: st.DataObject) -> None:
        lap = self._laptop(i)
        model = TABLES[table]
        field = data.draw(st.sampled_from(sorted(EDITS[table])), label="field")
        value = data.draw(EDITS[table][field], label="value")
        with lap.ws.db.session() as s:
            rows = s.scalars(select(model).order_by(model.id)).all()
            if not rows:
                return
            setattr(rows[pick % len(rows)], field, value)
        lap.record_journal()

    @rule(i=st.integers(0, 5), table=st.sampled_from(sorted(TABLES)), pick=st.integers(0, 999))
    def tombstone_or_revive(self, i: int, table: str, pick: int) -> None:
        lap = self._laptop(i)
        model = TABLES[table]
        with lap.ws.db.session() as s:
            rows = s.scalars(select(model).order_by(model.id)).all()
            if not rows:
                return
            row = rows[pick % len(rows)]
            row.deleted = not row.deleted
        lap.record_journal()

    # -- syncing over a bad network -------------------------------------------------------------

    @rule(i=st.integers(0, 5), part=st.sampled_from(["full", "full", "push", "pull"]),
          faults=st.dictionaries(st.integers(0, 5), st.sampled_from(["drop", "lose"]),
                                 max_size=3),
          retries=st.integers(0, 2))  # fmt: skip
    def sync(self, i: int, part: str, faults: dict[int, str], retries: int) -> None:
        self._laptop(i).sync(part, faults, retries)

    @rule(i=st.integers(0, 5))
    def sync_losing_the_push_answer(self, i: int) -> None:
        """The Wi-Fi drops right after the server committed the first push (issue 20: with a
        clock days ahead, its writes were quarantined and the retry was told "duplicate")."""
        self._laptop(i).sync("full", {0: "lose"}, retries=1)

    @rule(i=st.integers(0, 5), pick=st.integers(0, 999))
    def deliver_old_push_again(self, i: int, pick: int) -> None:
        """An earlier push body arrives again, late, after newer ones (a proxy's retry, a stuck
        connection): batches duplicated and out of order. Bodies that were dropped before
        sending are delivered too, with the token they were made with (maybe revoked since)."""
        lap = self._laptop(i)
        if not lap.bodies:
            return
        token, body = lap.bodies[pick % len(lap.bodies)]
        headers = {**p.request_headers(schema_version()), "Authorization": f"Bearer {token}"}
        with self.world.server.http() as http:
            http.post(f"{p.API_PREFIX}/push", json=body, headers=headers)

    @rule(i=st.integers(0, 5), kind=st.sampled_from(sorted(BAD_WRITES)), private=st.booleans())
    def push_malformed_or_unauthorised(self, i: int, kind: str, private: bool) -> None:
        """A crafted push (a buggy client, a curious user): refused, stored nowhere."""
        lap = self._laptop(i)
        http = self.world.server.http()
        if lap.raw is None:
            r = http.post(f"{p.API_PREFIX}/login", headers=p.request_headers(schema_version()),
                          json={"username": lap.username, "password": PASSWORD,
                                "device_name": "crafted"})  # fmt: skip
            lap.raw = {**r.json(), "seq": 0}
        table, fields, scope = BAD_WRITES[kind](self.world.ids, lap)
        if scope is None:
            scope = org_scope(lap.org_id) if private else NETWORK
        lap.raw["seq"] += 1
        stamp = HybridLogicalClock("crafted").now().pack()
        row_id = f"crafted-{uuid.uuid4().hex}"
        op = {"seq": lap.raw["seq"], "table": table, "row_id": row_id, "scope": scope,
              "op": "upsert", "fields": fields, "clocks": dict.fromkeys(fields, stamp),
              "hlc": stamp}  # fmt: skip
        headers = {**p.request_headers(schema_version()),
                   "Authorization": f"Bearer {lap.raw['token']}"}  # fmt: skip
        r = http.post(f"{p.API_PREFIX}/push", json={"device_id": lap.raw["device_id"],
                                                    "ops": [op]}, headers=headers)  # fmt: skip
        if r.status_code == 401:  # this user's devices were revoked meanwhile
            return
        assert r.status_code == 200, r.text
        (result,) = r.json()["results"]
        assert result["status"] == p.REJECTED, (kind, result)
        with self.world.server.engine.connect() as conn:
            assert conn.execute(select(SyncRow.tbl).where(SyncRow.row_id == row_id)).first() \
                is None  # fmt: skip

    @rule(i=st.integers(0, 5))
    def take_backup(self, i: int) -> None:
        self._laptop(i).take_backup()

    @precondition(lambda self: any(lap.backup for lap in self.laptops))
    @rule(i=st.integers(0, 5))
    def restore_old_backup(self, i: int) -> None:
        """A laptop's disk dies; it comes back from its last backup (maybe long ago)."""
        with_backup = [lap for lap in self.laptops if lap.backup]
        with_backup[i % len(with_backup)].restore_backup()

    @rule()
    def purge_old_tombstones(self) -> None:
        """Time passes beyond the tombstone lifetime: the server forgets today's tombstones.

        A laptop that was away meanwhile comes back with edits of rows the server no longer
        has: they must be refused (a partial row would be unstorable elsewhere), not stored.
        """
        store = self.world.server.store
        long_ago = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(
            days=p.MIN_TOMBSTONE_DAYS + 1)
        with self.world.server.engine.begin() as conn:
            gone = {(r.tbl, r.row_id) for r in conn.execute(
                select(SyncRow.tbl, SyncRow.row_id).where(SyncRow.deleted.is_(True)))}
            conn.execute(update(SyncRow).where(SyncRow.deleted.is_(True))
                         .values(deleted_at=long_ago))  # fmt: skip
        store.purge_tombstones(p.MIN_TOMBSTONE_DAYS)
        self.purged |= gone

    @rule()
    def restart_server(self) -> None:
        self.world.server.restart()

    @rule(i=st.integers(0, 5))
    def revoke(self, i: int) -> None:
        lap = self._laptop(i)
        lap.revoked = True
        self.world.server.store.revoke_device(lap.ws.db.meta(DEVICE_KEY) or "")

    @precondition(lambda self: any(lap.revoked for lap in self.laptops))
    @rule(i=st.integers(0, 5))
    def sign_in_again(self, i: int) -> None:
        revoked = [lap for lap in self.laptops if lap.revoked]
        lap = revoked[i % len(revoked)]
        lap.service.login(lap.url, lap.username, PASSWORD)
        lap.revoked = False

    # -- after every step -----------------------------------------------------------------------

    @invariant()
    def nobody_holds_rows_they_may_not_see(self) -> None:
        for lap in self.laptops:
            allowed = lap.scopes()
            for name in TABLES:
                table = Base.metadata.tables[name]
                with lap.ws.db.session() as s:
                    held = set(s.scalars(select(table.c.scope).distinct()))
                assert held <= allowed, (lap.username, name, held - allowed)

    @invariant()
    def cursors_never_go_back(self) -> None:
        for lap in self.laptops:
            cursor = int(lap.ws.db.meta(CURSOR_KEY) or 0)
            assert cursor >= lap.cursor, (lap.username, lap.cursor, cursor)
            lap.cursor = cursor

    # -- the end --------------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.laptops:
                self._quiet_sync_and_compare()
        finally:
            for lap in self.laptops:
                lap.close()
            self.world.server.close()
            self._drop_server()
            shutil.rmtree(self.world.dir, ignore_errors=True)

    def _quiet_sync_and_compare(self) -> None:
        for lap in self.laptops:
            if lap.revoked:
                lap.service.login(lap.url, lap.username, PASSWORD)
                lap.revoked = False
        for _ in range(2):
            for lap in self.laptops:
                lap.service.sync()
        self.cursors_never_go_back()
        with self.world.server.engine.connect() as conn:
            rows = {(r.tbl, r.row_id): r for r in conn.execute(select(SyncRow))}
            everything = list(conn.execute(select(Conflict)))
            conflicts = {(c.tbl, c.row_id, c.field, c.loser_clock) for c in everything}
            self.ahead = {(c.tbl, c.row_id, c.field, c.loser_clock) for c in everything
                          if c.reason == p.CONFLICT_CLOCK_IN_FUTURE}  # fmt: skip
            self.quarantined = {(c.tbl, c.row_id) for c in conn.execute(
                select(Conflict).where(Conflict.reason == p.CONFLICT_CLOCK_IN_FUTURE))}
        for lap in self.laptops:
            assert lap.ws.db.pending_changes() == 0, lap.username
            with lap.ws.db.session() as s:
                refused = {(r.tbl, r.row_id, r.fields) for r in s.scalars(select(SyncRejection))}
            self._same_as_server_view(lap, {(t, r) for t, r, _ in refused})
            self._nothing_acknowledged_was_lost(lap, rows, conflicts, refused)

    def _same_as_server_view(self, lap: Laptop, refused: set[tuple[str, str]]) -> None:
        view: dict[tuple[str, str], dict[str, Any]] = {}
        transport = lap.transport()
        try:
            cursor = 0
            while True:
                page = transport.post("/pull", {"cursor": cursor, "limit": p.MAX_PULL_LIMIT})
                for change in page["changes"]:
                    if not change.get("evict") and change["table"] in TABLES:
                        view[(change["table"], change["row_id"])] = change
                cursor = page["cursor"]
                if not page["more"]:
                    break
        finally:
            transport.close()
        local: dict[tuple[str, str], dict[str, Any]] = {}
        for name in TABLES:
            table = Base.metadata.tables[name]
            with lap.ws.db.session() as s:
                for row in s.execute(select(table)).mappings():
                    local[(name, row["id"])] = {k: _wire(v) for k, v in row.items()}
        # Every row on the laptop is on the server too, even those first written while the
        # laptop's clock ran days ahead (sent again once its clock was corrected), except rows
        # whose creation the server refused (the user was shown the rejection).
        only_here = {k for k in set(local) - set(view) if k in refused}
        assert set(view) == set(local) - only_here, (lap.username, set(view) ^ set(local))
        for key, srv in view.items():
            mine = local[key]
            assert mine["scope"] == srv["scope"], key
            assert mine["deleted"] == srv["deleted"], (lap.username, key)
            for field, value in srv["fields"].items():
                if field in mine and field not in ("id", "scope", "deleted"):
                    assert mine[field] == value, (lap.username, key, field, mine[field], value)

    def _nothing_acknowledged_was_lost(self, lap: Laptop, rows: dict[tuple[str, str], Any],
                                       conflicts: set[tuple[Any, ...]],
                                       refused: set[tuple[str, str, str]]) -> None:  # fmt: skip
        for tbl, row_id, op, fields_json, hlc in sorted(lap.journal, key=lambda j: j[4]):
            if (tbl, row_id, fields_json) in refused or (tbl, row_id) in self.purged:
                continue  # the user saw the rejection; a purged tombstone is gone by design
            fields = json.loads(fields_json)
            seq = hlc
            conflicts_ahead = self.ahead
            srv = rows.get((tbl, row_id))
            writes = {"deleted": True} if op == "delete" else {
                k: codec.stored_to_wire(tbl, k, v) for k, v in fields.items()
                if k not in p.IGNORED_FIELDS}  # fmt: skip
            for field, value in writes.items():
                if (tbl, row_id, field, hlc) in conflicts:
                    # Lost to a concurrent write: kept for the coordinator. Quarantined for a
                    # clock days ahead: it must have been sent again with a corrected clock,
                    # so the field is on the server (the laptop's value, or a later one).
                    if (tbl, row_id, field, hlc) in conflicts_ahead:
                        assert srv is not None and (field in srv.clocks), (
                            lap.username, tbl, row_id, field, "quarantined, never sent again")
                    continue
                assert srv is not None, (lap.username, seq, tbl, row_id, "never reached the server")
                clock = srv.clocks.get(field)
                assert clock is not None and clock >= hlc, (lap.username, seq, tbl, field, hlc,
                                                            clock)  # fmt: skip
                if clock == hlc:
                    got = srv.deleted if field == "deleted" else srv.fields.get(field)
                    assert got == value, (lap.username, seq, tbl, field, got, value)


def _wire(value: Any) -> Any:
    """A local column value in its wire form."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


# --------------------------------------------------------------------------------------------
# Backends


@pytest.fixture(scope="module")
def laptop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_laptop_template(tmp_path_factory.mktemp("laptop"))


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("server")
    path = tmp / "template.sqlite3"
    ids = build_template(f"sqlite:///{path}", tmp)
    return path, ids


def _run_on_sqlite(template: tuple[Path, dict[str, str]], laptop_template: Path,
                   profile: settings, fixed_seed: int | None = None) -> None:  # fmt: skip
    path, ids = template

    def new_server() -> tuple[str, Callable[[], None]]:
        folder = Path(tempfile.mkdtemp(prefix="biox-server-"))
        shutil.copy(path, folder / "server.sqlite3")
        return f"sqlite:///{folder / 'server.sqlite3'}", lambda: shutil.rmtree(folder, True)

    LaptopsAndServer.new_server = staticmethod(new_server)  # type: ignore[assignment]
    LaptopsAndServer.ids = ids
    LaptopsAndServer.laptop_template = laptop_template
    _run(profile, fixed_seed)


def _run(profile: settings, fixed_seed: int | None) -> None:
    """Run the machine; with a seed, the same examples on every run (the CI's slow runs)."""

    def factory() -> LaptopsAndServer:
        return LaptopsAndServer()

    if fixed_seed is not None:
        factory = seed(fixed_seed)(factory)
    run_state_machine_as_test(factory, settings=profile)


def test_laptops_converge_on_sqlite_server(sqlite_server: tuple[Path, dict[str, str]],
                                           laptop_template: Path) -> None:  # fmt: skip
    _run_on_sqlite(sqlite_server, laptop_template, _profile(slow=False))


@pytest.mark.slow
@pytest.mark.timeout(900)  # a shared two-core machine; the runs take 2-4 minutes alone
@pytest.mark.parametrize("fixed_seed", SEEDS)
def test_laptops_converge_on_sqlite_server_thoroughly(
    sqlite_server: tuple[Path, dict[str, str]], laptop_template: Path, fixed_seed: int
) -> None:
    _run_on_sqlite(sqlite_server, laptop_template, _profile(slow=True), fixed_seed)


@pytest.fixture(scope="module")
def pg_template(pg_server: str, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[tuple[str, str, dict[str, str]]]:  # fmt: skip
    from sqlalchemy.engine import make_url

    from tests.pg import drop_pg_database, new_pg_database

    url = new_pg_database(pg_server)
    ids = build_template(url, tmp_path_factory.mktemp("pg-server"))
    yield pg_server, str(make_url(url).database), ids
    drop_pg_database(url)


@pytest.mark.postgres
def test_laptops_converge_on_postgres_server(pg_template: tuple[str, str, dict[str, str]],
                                             laptop_template: Path) -> None:  # fmt: skip
    _run_on_postgres(pg_template, laptop_template, _profile(slow=False))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.timeout(900)
@pytest.mark.parametrize("fixed_seed", SEEDS)
def test_laptops_converge_on_postgres_server_thoroughly(
    pg_template: tuple[str, str, dict[str, str]], laptop_template: Path, fixed_seed: int
) -> None:
    _run_on_postgres(pg_template, laptop_template, _profile(slow=True), fixed_seed)


def _run_on_postgres(pg_template: tuple[str, str, dict[str, str]], laptop_template: Path,
                     profile: settings, fixed_seed: int | None = None) -> None:  # fmt: skip
    from tests.pg import drop_pg_database, new_pg_database

    pg_server, template, ids = pg_template

    def new_server() -> tuple[str, Callable[[], None]]:
        url = new_pg_database(pg_server, template=template)
        return url, lambda: drop_pg_database(url)

    LaptopsAndServer.new_server = staticmethod(new_server)  # type: ignore[assignment]
    LaptopsAndServer.ids = ids
    LaptopsAndServer.laptop_template = laptop_template
    _run(profile, fixed_seed)



# --------------------------------------------------------------------------------------------
# Regression cases found by the machine


def _machine(template: tuple[Path, dict[str, str]], laptop_template: Path) -> LaptopsAndServer:
    path, ids = template

    def new_server() -> tuple[str, Callable[[], None]]:
        folder = Path(tempfile.mkdtemp(prefix="biox-server-"))
        shutil.copy(path, folder / "server.sqlite3")
        return f"sqlite:///{folder / 'server.sqlite3'}", lambda: shutil.rmtree(folder, True)

    LaptopsAndServer.new_server = staticmethod(new_server)  # type: ignore[assignment]
    LaptopsAndServer.ids = ids
    LaptopsAndServer.laptop_template = laptop_template
    return LaptopsAndServer()


def test_a_row_made_with_a_clock_days_ahead_reaches_the_server(
    sqlite_server: tuple[Path, dict[str, str]], laptop_template: Path
) -> None:
    """Found by the machine (coordinator laptop two days ahead adds a lead, everyone syncs).

    The server quarantines every write whose clock is more than MAX_DRIFT_MS ahead of its own
    and answers with its time; the laptop corrects its clock and sends the writes again.
    """
    machine = _machine(sqlite_server, laptop_template)
    try:
        machine.sign_in(users=["coord", "alice"], offsets=[2 * DAY, 0, 0, 0, 0, 0])
        machine.add_lead(i=0, where="private", notes="met at the stand", rating=4)
        coord = machine.laptops[0]
        coord.service.sync()
        assert coord.ws.db.pending_changes() == 0
        with machine.world.server.engine.connect() as conn:
            held = set(conn.execute(select(SyncRow.tbl).distinct()).scalars())
        assert "leads" in held
    finally:
        machine.laptops, laptops = [], machine.laptops
        for lap in laptops:
            lap.close()
        machine.world.server.close()
        machine._drop_server()
        shutil.rmtree(machine.world.dir, ignore_errors=True)


def test_every_synced_table_takes_part_in_the_model_or_says_where_it_is_tested() -> None:
    from biox_desktop.db.models import synced_tables

    assert set(synced_tables()) == set(TABLES) | NOT_MODELLED
    assert not set(TABLES) & NOT_MODELLED
