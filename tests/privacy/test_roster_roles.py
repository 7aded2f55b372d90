"""Issue 21, item 5: sensitive roster fields reach only the entitled, enforced by the server.

A real ``biox-server serve`` process on 127.0.0.1 (SQLite file and PostgreSQL), and desktop
workspaces (SQLCipher files) syncing over HTTP: the mission's leader, a delegate of company A
and a delegate of company B. B's laptop never holds A's passport date, dietary needs or
emergency phone (the decrypted database is searched byte for byte); A's delegate holds their
own; the leader holds all; B's write to A's entry is refused with a reason in words; a laptop
that held the values before the rule drops them at its next sync; checksums agree (a second
sync downloads nothing).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from argon2 import PasswordHasher
from pypdf import PdfReader
from sqlalchemy import delete, select, update

from biox_desktop.core.hlc import Timestamp
from biox_desktop.core.identity import NETWORK, mission_scope
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.roster import DelegateInput
from biox_desktop.db.models import (
    LocalMeta,
    MissionCompany,
    Organisation,
    RosterEntry,
    SyncRejection,
    SyncRowState,
)
from biox_desktop.db.workspace import Workspace
from biox_desktop.reports.booklet import write_booklet
from biox_desktop.server.db import alembic_config, make_engine
from biox_desktop.server.models import ScopeStat, SyncRow
from biox_desktop.sync import protocol as p
from biox_desktop.sync.client import REDACTION_KEY, SyncClient
from biox_desktop.sync.service import SyncService
from tests.pg import new_pg_database
from tests.sync.test_e2e import Server

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from biox_desktop.server.app import create_app

PASSWORD = "correct horse battery"
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

#: What A's delegate declared: none of it may reach B's laptop.
A_PASSPORT = dt.date(2031, 5, 17)
A_DIETARY = "halal, no shellfish (ref A-7731)"
A_PHONE = "+33612345678"
A_CONTACT = "Marc Keller-Aubert"
A_NOTES = "diabetic: insulin in the cabin bag"
B_DIETARY = "vegan (ref B-4410)"


class Net:
    """The server process, its organisations and users, and the laptops signed in to it."""

    def __init__(self, tmp: Path, url: str) -> None:
        self.tmp = tmp
        self.url = url
        engine = make_engine(url)
        store = create_app(engine=engine).state.store  # migrates the empty database
        store.init_settings(coordinator_sees_private=False)
        self.cluster = store.add_org("Lyonbiopole", "cluster")["id"]
        self.cluster2 = store.add_org("BioM", "cluster")["id"]
        self.sme_a = store.add_org("Rhône Diagnostics", "sme")["id"]
        self.sme_b = store.add_org("Isar Antibodies", "sme")["id"]
        for name, org, role in (("claire", self.cluster, "leader"),
                                ("cora", self.cluster, "coordinator"),
                                ("max", self.cluster2, "leader"),
                                ("alice", self.sme_a, "delegate"),
                                ("bob", self.sme_b, "delegate")):  # fmt: skip
            store.add_user(name, org, role, PASSWORD, hasher=FAST)
        engine.dispose()
        self.server = Server(url, tmp / "server.log")
        self.server.start()
        self.base = f"http://127.0.0.1:{self.server.port}"
        self.laptops: dict[str, tuple[Workspace, SyncService]] = {}

    def laptop(self, username: str) -> tuple[Workspace, SyncService]:
        if username not in self.laptops:
            ws = Workspace(self.tmp / username)
            service = SyncService(ws)
            service.login(self.base, username, PASSWORD)
            self.laptops[username] = (ws, service)
        return self.laptops[username]

    def login(self, username: str) -> dict[str, Any]:
        """A second device of ``username`` speaking the raw protocol."""
        r = httpx.post(f"{self.base}/api/v1/login", headers=p.request_headers(1),
                       json={"username": username, "password": PASSWORD, "device_name": "raw"})
        assert r.status_code == 200, r.text
        return dict(r.json())

    def call(self, token: str, path: str, body: dict[str, Any] | None = None) -> Any:
        headers = {**p.request_headers(1), "Authorization": f"Bearer {token}"}
        if body is None:
            r = httpx.get(f"{self.base}/api/v1{path}", headers=headers, timeout=30)
        else:
            r = httpx.post(f"{self.base}/api/v1{path}", headers=headers, json=body, timeout=30)
        assert r.status_code == 200, r.text
        return r.json()

    def server_row(self, table: str, row_id: str) -> Any:
        engine = make_engine(self.url)
        try:
            with engine.connect() as conn:
                return conn.execute(select(SyncRow).where(SyncRow.tbl == table,
                                                          SyncRow.row_id == row_id)).one()
        finally:
            engine.dispose()

    def close(self) -> None:
        for ws, _service in self.laptops.values():
            ws.close()
        self.server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def net(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Net]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        url = new_pg_database(request.getfixturevalue("pg_server"))
    n = Net(tmp_path, url)
    yield n
    n.close()


def _mission(net: Net) -> tuple[str, dict[str, str]]:
    """Claire builds the mission with companies A and B and one delegate of each; everyone
    syncs. Returns the mission id and the roster entry id per company."""
    claire, claire_sync = net.laptop("claire")
    with claire.db.session() as s:
        for org_id, name, kind in ((net.cluster, "Lyonbiopole", "cluster"),
                                   (net.sme_a, "Rhône Diagnostics", "sme"),
                                   (net.sme_b, "Isar Antibodies", "sme")):  # fmt: skip
            s.add(Organisation(id=org_id, scope=NETWORK, name=name, kind=kind, sector_tags=[]))
    mission = claire.missions.create(MissionInput(
        name="Boston BIO Mission", kind="trade_mission", country="US",
        start_date=dt.date(2027, 6, 14), end_date=dt.date(2027, 6, 18),
        timezone="America/New_York", lead_cluster_id=net.cluster))  # fmt: skip
    with claire.db.session() as s:
        for org in (net.sme_a, net.sme_b):
            s.add(MissionCompany(scope=mission_scope(mission.id), mission_id=mission.id,
                                 organisation_id=org, status="confirmed"))
    anna = claire.roster.add(mission.id, DelegateInput(
        name="Anna Aubert", organisation="Rhône Diagnostics", email="anna@rhone.example",
        hotel="Seaport Hotel", passport_expiry=A_PASSPORT, visa_status="esta_granted",
        dietary=A_DIETARY, accessibility="wheelchair", emergency_contact_name=A_CONTACT,
        emergency_contact_phone=A_PHONE, notes=A_NOTES))  # fmt: skip
    bernd = claire.roster.add(mission.id, DelegateInput(
        name="Bernd Huber", organisation="Isar Antibodies", email="bernd@isar.example",
        passport_expiry=dt.date(2029, 2, 3), dietary=B_DIETARY,
        emergency_contact_phone="+4915112345678"))  # fmt: skip
    report = claire_sync.sync()
    assert report.rejected == 0, report.rejections
    for who in ("alice", "bob"):
        net.laptop(who)[1].sync()
    return mission.id, {"a": anna.id, "b": bernd.id}


def _plain_bytes(ws: Workspace, tmp: Path) -> bytes:
    """Every byte of the decrypted database (a plain copy made by SQLCipher itself)."""
    plain = tmp / f"plain-{ws.data_dir.name}.sqlite3"
    plain.unlink(missing_ok=True)
    conn = ws.db.raw_connection()
    try:
        conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    data = plain.read_bytes()
    assert b"Seaport Hotel" in data  # the copy really holds the roster
    return data


def _raw_pages(ws: Workspace) -> bytes:
    """Every page of the database file and its write-ahead log, decrypted one by one (free
    pages and the slack inside pages included: what a thief with the key could read).

    SQLCipher 4 with a raw key: pages of 4096 bytes, AES-256-CBC, each page's IV in the 16 bytes
    after its data, then a 64-byte HMAC; the first page starts with the 16-byte salt.
    """
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    key = ws.db.key
    assert key is not None
    size, reserve = 4096, 80

    def page(raw: bytes, first: bool) -> bytes:
        start = 16 if first else 0
        iv = raw[size - reserve:size - reserve + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return dec.update(raw[start:size - reserve]) + dec.finalize()

    out = []
    data = ws.db.path.read_bytes()
    for n in range(0, len(data) - size + 1, size):
        out.append(page(data[n:n + size], n == 0))
    wal = ws.db.path.with_name(ws.db.path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[32:]
        for n in range(0, len(frames) - 24 - size + 1, 24 + size):
            number = int.from_bytes(frames[n:n + 4], "big")
            out.append(page(frames[n + 24:n + 24 + size], number == 1))
    return b"".join(out)


def _a_secrets() -> list[bytes]:
    return [A_PASSPORT.isoformat().encode(), A_DIETARY.encode(), A_PHONE[3:].encode(),
            A_CONTACT.encode(), A_NOTES.encode(), b"wheelchair"]  # fmt: skip


def _entry(ws: Workspace, entry_id: str) -> RosterEntry:
    with ws.db.session() as s:
        entry = s.get(RosterEntry, entry_id)
        assert entry is not None
        s.expunge(entry)
        return entry


def _quiet(service: SyncService) -> None:
    """A further sync downloads nothing: the checksums agree."""
    report = service.sync()
    assert report.pulled == 0 and report.redownloaded_scopes == [], report


def test_only_the_entitled_receive_a_roster_entrys_sensitive_fields(net: Net,
                                                                     tmp_path: Path) -> None:
    mission_id, entries = _mission(net)
    claire, claire_sync = net.laptop("claire")
    alice, alice_sync = net.laptop("alice")
    bob, bob_sync = net.laptop("bob")

    # B's laptop: A's entry is there (name, hotel) without a byte of A's sensitive fields.
    data = _plain_bytes(bob, tmp_path) + _raw_pages(bob)
    for secret in _a_secrets():
        assert secret not in data, secret
    theirs = _entry(bob, entries["a"])
    assert theirs.hotel == "Seaport Hotel"
    assert (theirs.passport_expiry, theirs.dietary, theirs.emergency_contact_phone,
            theirs.notes, theirs.visa_status) == (None, None, None, None, None)  # fmt: skip
    assert _entry(bob, entries["b"]).dietary == B_DIETARY  # his own

    # A's delegate holds A's values, not B's; the leader holds all.
    own = _entry(alice, entries["a"])
    assert (own.passport_expiry, own.dietary, own.emergency_contact_phone) == (
        A_PASSPORT, A_DIETARY, A_PHONE)
    assert _entry(alice, entries["b"]).dietary is None
    assert B_DIETARY.encode() not in _plain_bytes(alice, tmp_path)
    assert _entry(claire, entries["a"]).notes == A_NOTES
    assert _entry(claire, entries["b"]).dietary == B_DIETARY
    # What B's screens and exports show of A: nothing, and why.
    (view,) = [d for d in bob.roster.list(mission_id) if d.id == entries["a"]]
    assert view.details_hidden and view.dietary == "" and view.passport_expiry is None
    _headers, rows = bob.roster.export_rows(mission_id)
    assert "None" not in {cell for row in rows for cell in row}
    booklet = write_booklet(bob, mission_id, tmp_path / "bob-booklet.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(str(booklet)).pages)
    assert "Anna Aubert" in text and B_DIETARY in text
    assert "None" not in text and "A-7731" not in text
    assert not any(d.details_hidden for d in alice.roster.list(mission_id)
                   if d.id == entries["a"])  # fmt: skip

    # B edits A's entry: refused, with the reason in words; B's copy is put back (still
    # without A's values) and nothing changed on the server.
    with bob.db.session() as s:
        entry = s.get(RosterEntry, entries["a"])
        assert entry is not None
        entry.hotel = "Motel 6"
        entry.dietary = "none"
    report = bob_sync.sync()
    assert report.rejected == 1
    # The reason in words: what was refused and what would be allowed.
    assert "may not edit roster_entries" in report.rejections[0]
    assert "(allowed: their own" in report.rejections[0]
    assert "roster entry)" in report.rejections[0]
    with bob.db.session() as s:
        assert "may not edit roster_entries" in s.scalars(select(SyncRejection.reason)).one()
    back = _entry(bob, entries["a"])
    assert (back.hotel, back.dietary) == ("Seaport Hotel", None)
    stored = net.server_row("roster_entries", entries["a"])
    assert (stored.fields["hotel"], stored.fields["dietary"]) == ("Seaport Hotel", A_DIETARY)

    # A's delegate edits their own entry: accepted, and it reaches the leader, not B.
    with alice.db.session() as s:
        entry = s.get(RosterEntry, entries["a"])
        assert entry is not None
        entry.dietary = "halal (updated A-9902)"
    assert alice_sync.sync().rejected == 0
    claire_sync.sync()
    bob_sync.sync()
    assert _entry(claire, entries["a"]).dietary == "halal (updated A-9902)"
    assert _entry(bob, entries["a"]).dietary is None
    assert b"A-9902" not in _plain_bytes(bob, tmp_path)

    # Checksums agree everywhere: a second sync downloads nothing.
    for who in ("claire", "alice", "bob"):
        _quiet(net.laptop(who)[1])
    scope = mission_scope(mission_id)
    sums = net.call(net.login("bob")["token"], "/checksums")
    assert sums["redaction"] == p.REDACTION_VERSION
    local = SyncClient(bob.db, transport=None, device_id="x").local_checksums()  # type: ignore[arg-type]
    assert local[scope] == (sums["scopes"][scope]["count"], sums["scopes"][scope]["checksum"])


def test_the_raw_protocol_redacts_pull_and_push_answers(net: Net) -> None:
    """What a crafted client receives: null values, no clocks, the list of what was left out."""
    mission_id, entries = _mission(net)
    bob = net.login("bob")
    page = net.call(bob["token"], "/pull", {"cursor": 0, "limit": 1000})
    (row,) = [c for c in page["changes"] if c.get("row_id") == entries["a"]]
    assert row[p.REDACTED] == sorted(p.SENSITIVE_ROSTER_FIELDS)
    assert all(row["fields"][name] is None for name in p.SENSITIVE_ROSTER_FIELDS)
    assert not set(row["clocks"]) & set(p.SENSITIVE_ROSTER_FIELDS)
    (own,) = [c for c in page["changes"] if c.get("row_id") == entries["b"]]
    assert p.REDACTED not in own and own["fields"]["dietary"] == B_DIETARY
    # A write to A's passport date: rejected, and the row in the answer is redacted too.
    at = Timestamp(int(dt.datetime.now(dt.UTC).timestamp() * 1000), 0, "raw").pack()
    answer = net.call(bob["token"], "/push", {"device_id": bob["device_id"], "ops": [{
        "seq": 1, "table": "roster_entries", "row_id": entries["a"],
        "scope": mission_scope(mission_id), "op": "upsert",
        "fields": {"passport_expiry": "2040-01-01"}, "clocks": {"passport_expiry": at},
        "hlc": at}]})  # fmt: skip
    (result,) = answer["results"]
    assert result["status"] == "rejected"
    assert "may not edit roster_entries" in result["reason"]
    assert result["row"]["fields"]["passport_expiry"] is None
    assert net.server_row("roster_entries", entries["a"]).fields["passport_expiry"] == \
        A_PASSPORT.isoformat()
    # The coordinator receives everything.
    cora = net.login("cora")
    page = net.call(cora["token"], "/pull", {"cursor": 0, "limit": 1000})
    (full,) = [c for c in page["changes"] if c.get("row_id") == entries["a"]]
    assert p.REDACTED not in full and full["fields"]["emergency_contact_phone"] == A_PHONE


def test_a_laptop_filled_before_the_rule_drops_the_values_at_its_next_sync(
    net: Net, tmp_path: Path
) -> None:
    """B's laptop holds A's values as a server of before the rule sent them, and the server's
    running checksums were summed by the old rule: after the upgrade (server migration 0008 at
    start) one sync of B drops them, and the next one downloads nothing."""
    mission_id, entries = _mission(net)
    bob, bob_sync = net.laptop("bob")
    # A's newest write is to a sensitive field: the old and the new rule sum A's row apart.
    alice, alice_sync = net.laptop("alice")
    with alice.db.session() as s:
        entry = s.get(RosterEntry, entries["a"])
        assert entry is not None
        entry.dietary = A_DIETARY + " (checked)"
    assert alice_sync.sync().rejected == 0
    bob_sync.sync()
    net.laptop("claire")[1].sync()
    stored = net.server_row("roster_entries", entries["a"])
    assert p.max_clock(stored.clocks) == stored.clocks["dietary"]
    # The old server sent the full row; the old client summed every clock.
    full = {k: v for k, v in stored.fields.items() if k not in ("id", "scope")}
    with bob.db.unjournaled() as s:
        s.execute(update(RosterEntry).where(RosterEntry.id == entries["a"]).values(
            passport_expiry=A_PASSPORT, dietary=full["dietary"], visa_status=full["visa_status"],
            accessibility=full["accessibility"], notes=full["notes"],
            emergency_contact_name=full["emergency_contact_name"],
            emergency_contact_phone=full["emergency_contact_phone"]))  # fmt: skip
        old_max = p.max_clock(stored.clocks)
        old_sum = _old_row_checksum("roster_entries", entries["a"], old_max, stored.deleted)
        s.execute(update(SyncRowState).where(SyncRowState.tbl == "roster_entries",
                                             SyncRowState.row_id == entries["a"])
                  .values(max_clock=old_max, ck_hi=old_sum >> 32, ck_lo=old_sum & 0xFFFFFFFF))
        s.execute(delete(LocalMeta).where(LocalMeta.key == REDACTION_KEY))
    assert _entry(bob, entries["a"]).dietary == A_DIETARY + " (checked)"
    # The server as it was: its sums by the old rule (migration 0008 undone), then restarted
    # on the new code, which migrates again.
    net.server.stop()
    engine = make_engine(net.url)
    try:
        cfg = alembic_config()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            # Just before 0008, whatever it is chained after.
            before = ScriptDirectory.from_config(cfg).get_revision("0008").down_revision
            command.downgrade(cfg, str(before))
            conn.commit()
    finally:
        engine.dispose()
    net.server.start()
    engine = make_engine(net.url)
    try:  # the running sums were made again by the new rule
        store = create_app(engine=engine).state.store
        with engine.connect() as conn:
            stats = dict(conn.execute(select(ScopeStat.scope, ScopeStat.checksum)).all())
            scope = mission_scope(mission_id)
            assert int(stats[scope]) == store.recompute_checksums(conn, [scope])[scope]
    finally:
        engine.dispose()

    report = bob_sync.sync()
    assert mission_scope(mission_id) in report.redownloaded_scopes
    gone = _entry(bob, entries["a"])
    assert (gone.passport_expiry, gone.dietary, gone.emergency_contact_phone, gone.notes) == (
        None, None, None, None)
    assert _entry(bob, entries["a"]).hotel == "Seaport Hotel"
    assert _entry(bob, entries["b"]).dietary == B_DIETARY
    assert bob.db.pending_changes() == 0  # dropped as pulled, never journaled as an edit
    raw = _raw_pages(bob)
    assert b"Seaport Hotel" in raw  # the pages really are readable
    for secret in (A_NOTES.encode(), A_CONTACT.encode(), b"no shellfish"):
        assert secret not in raw, secret
    _quiet(bob_sync)
    for who in ("claire", "alice"):
        _quiet(net.laptop(who)[1])  # their copies were right: nothing to download again


def test_new_leaders_receive_the_values_and_former_ones_lose_them(net: Net) -> None:
    """A mission handed to another cluster: every roster entry is sent again as each reader
    may now see it."""
    mission_id, entries = _mission(net)
    claire, claire_sync = net.laptop("claire")
    cora, cora_sync = net.laptop("cora")
    mx, max_sync = net.laptop("max")
    with claire.db.session() as s:
        s.add(Organisation(id=net.cluster2, scope=NETWORK, name="BioM", kind="cluster",
                           sector_tags=[]))
        s.add(MissionCompany(scope=mission_scope(mission_id), mission_id=mission_id,
                             organisation_id=net.cluster2, status="confirmed"))
    claire_sync.sync()
    max_sync.sync()
    assert _entry(mx, entries["a"]).dietary is None  # a participant, not a leader
    cora_sync.sync()
    cora.missions.update(mission_id, MissionInput(
        name="Boston BIO Mission", kind="trade_mission", country="US",
        start_date=dt.date(2027, 6, 14), end_date=dt.date(2027, 6, 18),
        timezone="America/New_York", lead_cluster_id=net.cluster2))  # fmt: skip
    assert cora_sync.sync().rejected == 0
    max_sync.sync()
    assert _entry(mx, entries["a"]).dietary == A_DIETARY
    assert _entry(mx, entries["b"]).dietary == B_DIETARY
    _quiet(max_sync)
    # Claire's cluster neither leads nor takes part any more: her copy of the roster goes.
    claire_sync.sync()
    with claire.db.session() as s:
        assert s.get(RosterEntry, entries["a"]) is None


def _old_row_checksum(table: str, row_id: str, newest: str, deleted: bool) -> int:
    """A row's checksum as clients and servers of before the rule computed it."""
    import hashlib

    text = f"{table}\x1f{row_id}\x1f{newest}\x1f{1 if deleted else 0}"
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def test_the_roster_screen_says_what_the_server_kept_from_a_delegate(qtbot: Any,
                                                                      workspace: Any) -> None:
    """A delegate opens another company's entry: the fields the server did not send are
    disabled and say who sees them; their own entry stays editable."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import Operations
    from biox_desktop.ui.roster import DelegateDialog

    ws: Workspace = workspace
    ws.seed_demo()
    ops = Operations(ws)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    screen = win.show_screen("roster")
    qtbot.waitUntil(lambda: bool(screen.mission_id) and screen.model.rowCount() > 0
                    and not ops.busy, timeout=20_000)  # fmt: skip
    ops.wait_idle()
    mission_id = screen.mission_id
    lead = ws.missions.get(mission_id).lead_cluster_id
    delegates = [d for d in ws.roster.list(mission_id)
                 if d.organisation_id and d.organisation_id != lead]  # fmt: skip
    mine = delegates[0]
    other = next(d for d in delegates if d.organisation_id != mine.organisation_id)
    # What a pull under the rule leaves of the other company's entry (not a local edit), on
    # the laptop of a delegate of the first company.
    with ws.db.unjournaled() as s:
        s.execute(update(RosterEntry).where(RosterEntry.id == other.id)
                  .values(**dict.fromkeys(p.SENSITIVE_ROSTER_FIELDS)))
    ws.update_settings(role="delegate", organisation_id=mine.organisation_id)
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.row_of(other.id) >= 0 and not ops.busy,
                    timeout=20_000)

    def open_entry(entry_id: str) -> DelegateDialog:
        row = screen.model.row_of(entry_id)
        screen.table.scrollTo(screen.model.index(row, 1))
        screen.table.viewport().update()
        qtbot.waitUntil(lambda: screen.model.delegate(row) is not None, timeout=10_000)
        rect = screen.table.visualRect(screen.model.index(row, 1))
        qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DelegateDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DelegateDialog)
        return dialog

    dialog = open_entry(other.id)
    assert dialog.name.text() == other.name
    for widget in (dialog.dietary, dialog.passport_expiry, dialog.emergency_phone):
        assert not widget.isEnabled()
        assert widget.text() == ""
        assert widget.placeholderText() == "(visible to the mission's leaders)"
    assert dialog.notes.placeholderText() == "(visible to the mission's leaders)"
    assert dialog.visa_status.currentText() == "(visible to the mission's leaders)"
    assert dialog.hotel.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    dialog = open_entry(mine.id)
    assert dialog.dietary.isEnabled() and dialog.passport_expiry.isEnabled()
    assert dialog.dietary.placeholderText() == ""
    dialog.reject()
    ops.wait_idle()


class _StubServer:
    """A transport answering ``/checksums`` as a server with or without the redaction rules,
    and recording the scopes downloaded again."""

    def __init__(self, redaction: int | None, scopes: list[str]) -> None:
        self.answer: dict[str, Any] = {"scopes": {s: {"count": 1, "checksum": 0} for s in scopes},
                                       "cursor": 0}
        if redaction is not None:
            self.answer["redaction"] = redaction
        self.pulled: list[str] = []

    def get(self, path: str) -> dict[str, Any]:
        assert path == "/checksums"
        return self.answer

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        assert path == "/pull"
        self.pulled.append(body["scope"])
        return {"changes": [], "cursor": 0, "more": False}


def test_the_one_off_download_waits_for_a_server_with_the_rule(workspace: Any) -> None:
    """Against an older server nothing is downloaded and the laptop asks again next time; then
    only the visible scopes holding roster entries are downloaded, once."""
    from biox_desktop.core.progress import Progress
    from biox_desktop.sync.client import SyncReport

    ws: Workspace = workspace
    with ws.db.unjournaled() as s:
        for tbl, row_id, scope in (("roster_entries", "r1", "mission:m1"),
                                   ("roster_entries", "r2", "mission:gone"),
                                   ("agenda_items", "a1", "mission:m2"),
                                   ("people", "p1", NETWORK)):  # fmt: skip
            s.add(SyncRowState(tbl=tbl, row_id=row_id, scope=scope, max_clock="", deleted=False))
    old = _StubServer(None, ["mission:m1", "mission:m2", NETWORK])
    SyncClient(ws.db, old, device_id="d").catch_up_redaction(SyncReport(), Progress())  # type: ignore[arg-type]
    assert old.pulled == [] and ws.db.meta(REDACTION_KEY) is None
    new = _StubServer(p.REDACTION_VERSION, ["mission:m1", "mission:m2", NETWORK])
    client = SyncClient(ws.db, new, device_id="d")  # type: ignore[arg-type]
    report = SyncReport()
    client.catch_up_redaction(report, Progress())
    assert new.pulled == ["mission:m1"] and report.redownloaded_scopes == ["mission:m1"]
    assert ws.db.meta(REDACTION_KEY) == str(p.REDACTION_VERSION)
    client.catch_up_redaction(SyncReport(), Progress())
    assert new.pulled == ["mission:m1"]  # once


@pytest.mark.parametrize(("role", "org", "person", "expected"), [
    ("coordinator", "hq", None, True),  # coordinators see every entry
    ("leader", "lead", None, True),  # the mission's leaders
    ("delegate", "lead", None, True),  # any user of the lead cluster
    ("leader", "partner", None, False),  # another cluster's leader (a partner)
    ("delegate", "sme_a", None, True),  # no person link: the entry's organisation
    ("delegate", "sme_b", None, False),  # another company
    ("delegate", "sme_a", "anna", True),  # linked: the entry's own person
    ("delegate", "sme_a", "colleague", False),  # linked: a colleague is not the delegate
    ("delegate", None, None, False),  # no organisation: nothing
])  # fmt: skip
def test_who_sees_a_roster_entrys_details(role: str, org: str | None, person: str | None,
                                          expected: bool) -> None:
    from biox_desktop.core.roster import sees_roster_details

    assert sees_roster_details(role, org, {"lead"}, "sme_a", person_id=person,
                               entry_person_id="anna") is expected  # fmt: skip
