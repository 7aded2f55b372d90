"""Erasure on one laptop: every local copy of the person's data goes, a record stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from biox_desktop.core import erasure as rules
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.engine import DB_FILENAME
from biox_desktop.db.erasure import ErasureService
from biox_desktop.db.models import Base, Erasure, Lead, OutboxEntry, Person
from biox_desktop.db.workspace import Workspace
from tests.privacy.erasure_support import (
    EMAIL,
    NAME,
    NOTE_WORD,
    PHONE,
    PHONE_E164,
    leftovers,
    plain_dump,
    seed_person,
)


@pytest.fixture
def ws(data_dir: Path):
    w = Workspace(data_dir)
    w.update_settings(role="coordinator", display_name="Cora Coordinator")
    yield w
    w.close()


def test_the_rules_name_every_column_that_references_a_person() -> None:
    """A new column pointing at people must be added to core.erasure, or erasure misses it."""
    refs = {(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns
            for fk in c.foreign_keys if fk.column.table.name == "people"}
    named = {(t, c) for t, cols in rules.PERSON_COLUMNS.items() for c in cols}
    assert refs <= named


def test_find_by_email_phone_as_typed_or_normalised_and_id(ws: Workspace) -> None:
    person_id, _ = seed_person(ws, with_mission=False)
    service = ErasureService(ws)
    for query in (EMAIL.upper(), PHONE, PHONE_E164, "+81 (6) 6123 4567", person_id):
        assert [m.id for m in service.find(query)] == [person_id], query
    assert service.find("nobody@example.org") == []


def test_erasure_and_access_export_find_people_by_one_rule(ws: Workspace) -> None:
    """A number typed as the person's compatriots write it (no country code) and an address
    with Gmail's dots find the same record in both; four or five digits never name anyone."""
    from biox_desktop.core.leads import LeadInput
    from biox_desktop.db.people_lookup import find_people

    lead = ws.leads.capture(LeadInput(name="Aiko Sato", emails=("aiko.sato@gmail.com",),
                                      phones=("+81 90-1234-5678",),
                                      consent_given=True))
    with ws.db.session() as s:
        for query in ("090-1234-5678", "+819012345678", "AikoSato@gmail.com", lead.id):
            assert find_people(s, query) == [lead.person_id], query
            assert [m.id for m in ErasureService(ws).find(query)] == [lead.person_id], query
        assert find_people(s, "5678") == []
        assert find_people(s, "34-5678") == []


def test_several_matches_are_all_listed(ws: Workspace) -> None:
    from biox_desktop.core.leads import LeadInput

    a = ws.leads.capture(LeadInput(name="Ann One", phones=("+81 6-6999-0000",),
                                   consent_given=True))
    b = ws.leads.capture(LeadInput(name="Ben Two", phones=("+81 6 6999 0000",),
                                   consent_given=True))
    found = ErasureService(ws).find("+81669990000")
    assert {m.id for m in found} == {a.person_id, b.person_id}
    assert {m.name for m in found} == {"Ann One", "Ben Two"}


def test_erasure_removes_the_person_from_every_table_and_the_file(ws: Workspace,
                                                                  tmp_path: Path) -> None:
    person_id, lead_id = seed_person(ws)
    # Something journaled but never sent, an import's undo note, a refused change: all carry
    # the person's values.
    ws.leads.search(NOTE_WORD)  # the search index holds the lead
    with ws.db.session() as s:
        assert s.scalar(select(OutboxEntry.seq).where(OutboxEntry.row_id == person_id))
        s.execute(text("INSERT INTO sync_rejections (seq, tbl, row_id, op, fields, reason, "
                       "rejected_at) VALUES (1, 'people', :id, 'update', :f, 'no', "
                       "'2026-01-01')"), {"id": person_id, "f": json.dumps({"name": NAME})})
    before = plain_dump(ws.db.path, ws.db.key, tmp_path / "before.sqlite3")
    assert set(leftovers(before)) >= {NAME, EMAIL, NOTE_WORD}  # the check can fail

    result = ErasureService(ws).erase(person_id, basis="Art. 17 request by e-mail")

    assert result.rows["people"] == 1 and result.rows["leads"] == 1
    assert {"roster_entries", "agenda_participants", "follow_ups", "consents", "merges",
            "not_duplicates"} <= set(result.rows)
    with ws.db.session() as s:
        person = s.get(Person, person_id)
        assert person is not None and person.deleted and person.name == "" and not person.emails
        lead = s.get(Lead, lead_id)
        assert lead is not None and lead.deleted and lead.notes is None
        [record] = s.scalars(select(Erasure)).all()
        # Only the erasure record waits to be sent; the person's own edits are gone.
        pending = {(e.tbl, e.row_id) for e in s.scalars(select(OutboxEntry))}
        assert ("people", person_id) not in pending and ("erasures", record.id) in pending
    assert record.person_id == person_id and record.basis == "Art. 17 request by e-mail"
    assert record.erased_by == "Cora Coordinator" and record.scope == "network"
    assert len(record.email_hashes) == 1 and len(record.phone_hashes) == 1
    assert ws.leads.search(NOTE_WORD) == [] and ws.leads.search("Quetzal") == []
    ws.close()
    raw = (ws.data_dir / DB_FILENAME).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert not Path(str(ws.db.path) + "-wal").exists() or \
        Path(str(ws.db.path) + "-wal").stat().st_size == 0
    after = plain_dump(ws.db.path, ws.db.key, tmp_path / "after.sqlite3")
    assert leftovers(after) == []
    from biox_desktop.db import crypto
    conn = crypto.connect(ws.db.path, ws.db.key)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_delegate_erases_only_the_person_of_their_own_private_lead(data_dir: Path) -> None:
    ws = Workspace(data_dir)
    try:
        person_id, _ = seed_person(ws, with_mission=False)
        with ws.db.session() as s:
            lead = s.scalars(select(Lead).where(Lead.person_id == person_id)).one()
            company = lead.organisation_id
            lead.owner_organisation_id = None
        ws.update_settings(role="delegate", organisation_id=company,
                           server_url="https://sync.example.org")  # signed in somewhere
        with pytest.raises(ValidationError, match="coordinator"):
            ErasureService(ws).erase(person_id)
        with ws.db.session() as s:
            s.scalars(select(Lead).where(Lead.person_id == person_id)).one() \
                .owner_organisation_id = company
        assert ErasureService(ws).erase(person_id).rows["people"] == 1
    finally:
        ws.close()


def test_second_erasure_reuses_the_network_salt(ws: Workspace) -> None:
    from biox_desktop.core.leads import LeadInput

    first, _ = seed_person(ws, with_mission=False)
    second = ws.leads.capture(LeadInput(name="Second One", emails=("second@example.org",),
                                        consent_given=True)).person_id
    service = ErasureService(ws)
    service.erase(first)
    service.erase(second)
    salts = {r["salt"] for r in service.records()}
    assert len(salts) == 1
    assert service.erased_match([EMAIL.upper()], []) is not None
    assert service.erased_match([], [PHONE]) is not None
    assert service.erased_match(["someone@else.org"], []) is None
    with pytest.raises(ValidationError, match="already erased"):
        service.erase(first)


def test_backups_holding_the_person_are_rewritten_and_listed(ws: Workspace,
                                                             tmp_path: Path) -> None:
    person_id, _ = seed_person(ws, with_mission=False)
    held = ws.backups.backup()
    broken = ws.backups.folder / "backup-broken.sqlite3"
    broken.write_bytes(b"not a database at all, but it mentions " + NAME.encode())
    assert set(leftovers(plain_dump(held.path, ws.db.key, tmp_path / "b1"))) >= {NAME, EMAIL}

    result = ErasureService(ws).erase(person_id, basis="request", backups=ws.backups)

    assert {"file": held.path.name, "action": "rewritten"} in result.backups
    assert {"file": broken.name, "action": "deleted"} in result.backups
    assert not broken.exists()
    assert leftovers(plain_dump(held.path, ws.db.key, tmp_path / "b2")) == []
    with ws.db.session() as s:
        [record] = s.scalars(select(Erasure)).all()
        assert {"file": held.path.name, "action": "rewritten"} in record.backups
    # The rewritten backup still restores, and knows the erasure (a re-import warns there).
    from biox_desktop.db.backup import inspect_backup
    assert inspect_backup(held.path, ws.db.key)  # its schema version: a sound backup


def test_cli_erase_by_email_with_json(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    from biox_desktop.cli.main import main

    person_id, _ = seed_person(ws, with_mission=False)
    data_dir = ws.data_dir
    ws.close()
    assert main(["--data-dir", str(data_dir), "privacy", "erase", EMAIL, "--basis",
                 "asked by phone"]) == 1  # not confirmed: nothing happens
    assert "--yes" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "privacy", "erase", PHONE, "--yes",
                 "--json", "--basis", "asked by phone"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["person_id"] == person_id and out["rows"]["people"] == 1
    assert main(["--data-dir", str(data_dir), "privacy", "erase", EMAIL, "--yes"]) == 1
    assert "no person matches" in capsys.readouterr().err
    again = Workspace(data_dir)
    try:
        [record] = ErasureService(again).records()
        assert record["basis"] == "asked by phone" and record["person_id"] == person_id
    finally:
        again.close()


def test_cli_lists_several_matches_and_erases_none(ws: Workspace,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from biox_desktop.cli.main import main
    from biox_desktop.core.leads import LeadInput

    for name in ("Ann One", "Ben Two"):
        ws.leads.capture(LeadInput(name=name, phones=("+81 6-6999-0000",), consent_given=True))
    data_dir = ws.data_dir
    ws.close()
    assert main(["--data-dir", str(data_dir), "privacy", "erase", "+81669990000", "--yes"]) == 1
    captured = capsys.readouterr()
    assert "2 people match" in captured.err
    assert "Ann One" in captured.out and "Ben Two" in captured.out


def test_reimporting_an_erased_persons_card_warns_and_skips_it(ws: Workspace,
                                                               tmp_path: Path) -> None:
    from biox_desktop.reports.leads_io import import_vcards

    person_id, _ = seed_person(ws, with_mission=False)
    ErasureService(ws).erase(person_id)
    cards = tmp_path / "badges.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Z. Quetzalcoatl\r\n"
        f"EMAIL:{EMAIL.upper()}\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone Q.\r\nTEL:+81-6-6123-4567\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fresh Face\r\nEMAIL:fresh@example.org\r\n"
        "END:VCARD\r\n", encoding="utf-8")
    (result,) = import_vcards(ws, [cards])
    assert result.imported == 1
    erased = [r for r in result.refused if "asked to be erased on" in r]
    assert len(erased) == 2
    with ws.db.session() as s:
        names = {p.name for p in s.scalars(select(Person).where(Person.deleted.is_(False)))}
    assert "Fresh Face" in names and not any("Quetzalcoatl" in n for n in names)


def test_a_scanned_qr_card_of_an_erased_person_is_refused(ws: Workspace) -> None:
    from biox_desktop.core.leads import LeadInput

    person_id, _ = seed_person(ws, with_mission=False)
    ErasureService(ws).erase(person_id)
    with pytest.raises(ValidationError, match="asked to be erased on"):
        ws.leads.capture(LeadInput(name="Zeb Q", emails=(EMAIL,), source="qr",
                                   consent_given=True))
    ws.leads.capture(LeadInput(name="Zeb Q", emails=("new@example.org",), source="qr",
                               consent_given=True))


def test_a_laptop_never_signed_in_erases_its_own_data(data_dir: Path) -> None:
    ws = Workspace(data_dir)
    try:
        assert ws.identity.role != "coordinator" and not ws.settings.server_url
        person_id, _ = seed_person(ws, with_mission=False)
        assert ErasureService(ws).erase(person_id).rows["people"] == 1
    finally:
        ws.close()
