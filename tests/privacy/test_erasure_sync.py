"""Erasure reaches every copy: three laptops and the real server process (SQLite, PostgreSQL).

Laptop A (a coordinator) erases a person that laptop C (the delegate who captured the lead)
shared with the network. B syncs at once; C was offline with an unsent edit of the person and
comes back after the server purged its 180-day-old tombstones: the edit is dropped with a note,
the person is not resurrected anywhere, and no file (the server's database, each decrypted
laptop database) holds the person's name, e-mail, phone or a word of their notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, update

from biox_desktop.core.leads import LeadInput
from biox_desktop.db.erasure import ErasureService
from biox_desktop.db.models import Lead, Person, SyncRejection
from biox_desktop.db.workspace import Workspace
from biox_desktop.server.models import SyncRow
from biox_desktop.sync.service import SyncService
from tests.privacy.erasure_support import EMAIL, NAME, NOTE_WORD, PHONE, leftovers, plain_dump
from tests.server.live import PASSWORD, LiveServer, server_cli

USERS = {"cora": ("Lyonbiopole", "coordinator"), "claire": ("Lyonbiopole", "leader"),
         "alice": ("Rhone Diagnostics", "delegate")}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    url = None
    if request.param == "postgres":
        from tests.server.conftest import new_pg_database

        url = new_pg_database(request.getfixturevalue("pg_server"))
    live = LiveServer(tmp_path, users=USERS, url=url)
    yield live
    live.stop()


def _laptop(tmp: Path, server: LiveServer, user: str) -> tuple[Workspace, SyncService]:
    ws = Workspace(tmp / f"laptop-{user}")
    sync = SyncService(ws)
    sync.login(f"http://127.0.0.1:{server.port}", user, PASSWORD)
    return ws, sync


def _server_bytes(server: LiveServer) -> bytes:
    path = Path(server.url.removeprefix("sqlite:///"))
    out = b""
    for f in (path, Path(f"{path}-wal")):
        if f.exists():
            out += f.read_bytes()
    return out


def _server_rows(server: LiveServer, table: str) -> list[SyncRow]:
    engine = create_engine(server.url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(SyncRow).where(SyncRow.tbl == table)).all())
    finally:
        engine.dispose()


@pytest.mark.slow
def test_erasure_reaches_the_server_and_three_laptops(server: LiveServer,
                                                      tmp_path: Path) -> None:
    a, sync_a = _laptop(tmp_path, server, "cora")
    b, sync_b = _laptop(tmp_path, server, "claire")
    c, sync_c = _laptop(tmp_path, server, "alice")
    laptops = [a, b, c]
    try:
        lead = c.leads.capture(LeadInput(
            name=NAME, organisation_name="Kansai OrthoBio", emails=(EMAIL,), phones=(PHONE,),
            notes=f"{NOTE_WORD} partnership", visibility="network", consent_given=True))
        for sync in (sync_c, sync_a, sync_b):
            sync.sync()
        with b.db.session() as s:
            assert s.get(Person, lead.person_id).name == NAME  # B holds the person
        if server.url.startswith("sqlite"):
            assert NAME.encode() in _server_bytes(server)  # the raw check can fail

        # C goes offline and edits the person; A erases them meanwhile.
        c.leads.update(lead.id, LeadInput(
            name=NAME, organisation_name="Kansai OrthoBio", emails=(EMAIL,), phones=(PHONE,),
            notes=f"{NOTE_WORD} offline edit", visibility="network", consent_given=True))
        [match] = ErasureService(a).find(EMAIL)
        ErasureService(a).erase(match.id, basis="request of 2 Dec 2026")
        sync_a.sync()
        sync_b.sync()
        with b.db.session() as s:
            person = s.get(Person, lead.person_id)
            assert person.deleted and person.name == "" and person.emails == []

        # The server's tombstones turn 200 days old and are purged; C comes back.
        engine = create_engine(server.url)
        with engine.begin() as conn:
            conn.execute(update(SyncRow).where(SyncRow.deleted.is_(True)).values(
                deleted_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)
                - dt.timedelta(days=200)))
        engine.dispose()
        server_cli(server.url, "tombstones", "purge", "--older-than-days", "180")
        report = sync_c.sync()
        assert report.rejected >= 1
        with c.db.session() as s:
            notes = list(s.scalars(select(SyncRejection)))
            assert notes and all("person erased" in n.reason for n in notes)
            assert all(NOTE_WORD not in n.fields and NAME not in n.fields for n in notes)
            person = s.get(Person, lead.person_id)
            assert person.deleted and person.name == ""
            assert s.get(Lead, lead.id).notes is None
        assert c.db.pending_changes() == 0
        for sync in (sync_a, sync_b, sync_c):
            sync.sync()

        # Not resurrected on the server; its tombstones are blank; nothing left anywhere.
        [person_row] = [r for r in _server_rows(server, "people") if r.row_id == lead.person_id]
        assert person_row.deleted and person_row.fields.get("name") == ""
        assert [r.fields["person_id"] for r in _server_rows(server, "erasures")] == \
            [lead.person_id]
        for ws in laptops:
            with ws.db.session() as s:
                assert s.get(Person, lead.person_id).deleted
            assert ErasureService(ws).erased_match([EMAIL], []) is not None
    finally:
        for ws in laptops:
            ws.close()
    server.stop()
    if server.url.startswith("sqlite"):
        assert leftovers(_server_bytes(server)) == []
    for ws in laptops:
        dump = plain_dump(ws.db.path, ws.db.key, tmp_path / f"{ws.data_dir.name}.plain")
        assert leftovers(dump) == [], ws.data_dir.name
