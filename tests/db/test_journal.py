"""No write path can bypass the change journal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from biox_desktop.core.hlc import Timestamp
from biox_desktop.db.engine import DB_FILENAME, Database
from biox_desktop.db.models import Base, Organisation, OutboxEntry, Person, synced_tables


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / DB_FILENAME)
    yield database
    database.close()


def outbox(db: Database) -> list[OutboxEntry]:
    with db.session() as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def fields(entry: OutboxEntry) -> dict[str, object]:
    return json.loads(entry.fields)


def test_orm_insert_update_and_tombstone_are_journaled_per_field(db: Database) -> None:
    with db.session() as s:
        org = Organisation(scope="network", name="Kansai Medical", kind="foreign_partner",
                           sector_tags=["medtech"])
        s.add(org)
    with db.session() as s:
        row = s.get(Organisation, org.id)
        row.city = "Osaka"
        row.sector_tags = ["medtech", "diagnostics"]
    with db.session() as s:
        s.get(Organisation, org.id).deleted = True

    ins, upd, tomb = outbox(db)
    assert (ins.op, ins.tbl, ins.row_id, ins.scope) == ("insert", "organisations", org.id,
                                                        "network")
    assert fields(ins)["name"] == "Kansai Medical"
    assert fields(ins)["sector_tags"] == ["medtech"]  # JSON kept as JSON, not a string
    assert upd.op == "update"
    assert fields(upd) == {"city": "Osaka", "sector_tags": ["medtech", "diagnostics"]}
    assert fields(tomb) == {"deleted": 1}
    clocks = [Timestamp.unpack(e.hlc) for e in (ins, upd, tomb)]
    assert clocks == sorted(clocks) and len(set(clocks)) == 3
    assert {c.node for c in clocks} == {db.device_id}


def test_bulk_statements_and_raw_sql_are_journaled(db: Database) -> None:
    with db.session() as s:
        s.execute(insert(Organisation), [
            {"id": f"00000000-0000-7000-8000-00000000000{i}", "scope": "network",
             "name": f"Org {i}", "kind": "sme", "sector_tags": []}
            for i in range(3)
        ])
        s.execute(update(Organisation).where(Organisation.name == "Org 1").values(city="Lyon"))
        s.execute(text("UPDATE organisations SET country = 'FR' WHERE name = 'Org 2'"))
        s.connection().exec_driver_sql(
            "INSERT INTO organisations (id, scope, deleted, created_at, name, kind, sector_tags) "
            "VALUES (?, 'network', 0, '2026-01-01 00:00:00', ?, 'sme', '[]')",
            [("00000000-0000-7000-8000-0000000000aa", "Raw A"),
             ("00000000-0000-7000-8000-0000000000bb", "Raw B")],
        )
        s.execute(delete(Organisation).where(Organisation.name == "Org 0"))
    ops = [(e.op, e.row_id[-2:], fields(e)) for e in outbox(db)]
    assert [o[0] for o in ops] == ["insert"] * 3 + ["update", "update"] + ["insert"] * 2 + [
        "delete"
    ]
    assert ops[3][2] == {"city": "Lyon"}
    assert ops[4][2] == {"country": "FR"}
    assert ops[-1][1] == "00"


def test_an_update_that_changes_nothing_writes_nothing(db: Database) -> None:
    with db.session() as s:
        s.add(Organisation(scope="network", name="Same", kind="sme", sector_tags=[]))
    with db.session() as s:
        s.execute(text("UPDATE organisations SET name = name"))
    assert [e.op for e in outbox(db)] == ["insert"]


def test_a_rolled_back_edit_leaves_no_journal_entry(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Organisation(scope="network", name="Never", kind="sme", sector_tags=[]))
        s.flush()
        raise RuntimeError("the user's operation failed half-way")
    assert outbox(db) == []
    assert db.pending_changes() == 0


def test_changes_applied_from_the_server_are_not_echoed_back(db: Database) -> None:
    with db.unjournaled() as s:
        s.add(Organisation(scope="network", name="From server", kind="sme", sector_tags=[]))
    assert outbox(db) == []
    # ...and the journal is on again for the next local edit on the same pooled connection.
    with db.session() as s:
        s.add(Organisation(scope="network", name="Mine", kind="sme", sector_tags=[]))
    assert [fields(e)["name"] for e in outbox(db)] == ["Mine"]


def test_a_program_without_the_journal_functions_cannot_write_synced_tables(
    db: Database,
) -> None:
    raw = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="no such function"):
            raw.execute("INSERT INTO organisations (id, scope, deleted, created_at, name, kind, "
                        "sector_tags) VALUES ('x', 'network', 0, '2026-01-01', 'n', 'sme', '[]')")
    finally:
        raw.close()


def test_the_id_of_a_synced_row_never_changes(db: Database) -> None:
    with db.session() as s:
        org = Organisation(scope="network", name="Fixed", kind="sme", sector_tags=[])
        s.add(org)
    with pytest.raises((IntegrityError, OperationalError), match="cannot change"), db.session() as s:
        s.execute(text("UPDATE organisations SET id = 'other'"))


def test_every_synced_table_has_all_journal_triggers(db: Database) -> None:
    with db.session() as s:
        names = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    for table in synced_tables():
        for suffix in ("ins", "upd", "del", "id"):
            assert f"biox_journal_{table}_{suffix}" in names
    # Every table shaped like a synced one is journaled (none was left out of the Synced base).
    shaped = {t.name for t in Base.metadata.sorted_tables
              if {"id", "scope", "deleted", "created_at"} <= set(t.c.keys())}
    assert shaped == set(synced_tables())
    assert len(shaped) >= 20


def test_blobs_are_journaled_as_hex(db: Database) -> None:
    with db.session() as s:
        p = Person(scope="network", name="With photo", photo=b"\xff\xd8\xff\xe0")
        s.add(p)
    assert fields(outbox(db)[0])["photo"] == "FFD8FFE0"


def test_journal_sequence_numbers_are_never_reused(db: Database) -> None:
    with db.session() as s:
        s.add(Organisation(scope="network", name="A", kind="sme", sector_tags=[]))
    first = outbox(db)[0].seq
    with db.session() as s:  # the sync client deletes acknowledged entries
        s.execute(delete(OutboxEntry))
    with db.session() as s:
        s.add(Organisation(scope="network", name="B", kind="sme", sector_tags=[]))
    assert outbox(db)[0].seq > first


def test_a_child_may_come_before_its_parent_within_one_transaction(db: Database) -> None:
    # Foreign keys are checked at commit, even when the transaction started with a read.
    with db.session() as s:
        s.execute(select(Organisation.id)).all()
        s.execute(insert(Person).values(id="p1", scope="network", name="Early child",
                                        organisation_id="o1"))
        s.execute(insert(Organisation).values(id="o1", scope="network", name="Late parent",
                                              kind="sme", sector_tags=[]))
    with pytest.raises(IntegrityError), db.session() as s:  # ...and still checked
        s.execute(insert(Person).values(id="p2", scope="network", name="Orphan",
                                        organisation_id="nowhere"))


def test_no_photo_and_an_empty_photo_are_journaled_apart(db: Database) -> None:
    # SQLite's hex(NULL) is '': "no photo" once reached the server as an empty photo, and the
    # laptops' copies no longer agreed (found by the randomised sync test).
    with db.session() as s:
        person = Person(scope="network", name="Ana", emails=[], phones=[], messaging={},
                        languages=[], photo=b"\x89PNG")
        s.add(person)
    with db.session() as s:
        s.get(Person, person.id).photo = None
    with db.session() as s:
        s.get(Person, person.id).photo = b""
    ins, cleared, empty = outbox(db)
    assert fields(ins)["photo"] == "89504E47"
    assert fields(cleared) == {"photo": None}
    assert fields(empty) == {"photo": ""}
