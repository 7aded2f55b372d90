"""people.vcard_extra (migration 0009): journaled for sync, and the migration both ways."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import inspect, select, text

from biox_desktop.core.contacts import ContactCard, card_from_json, card_to_json
from biox_desktop.db.migrate import alembic_config, current_revision, head_revision
from biox_desktop.db.models import OutboxEntry, Person
from biox_desktop.reports.leads_io import import_vcards

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nN:Lima;Ana;;Prof.;\r\nBDAY:1970-02-03\r\n"
        "X-CUSTOM:kept\r\nEND:VCARD\r\n")


def _person_outbox(workspace: Any) -> list[dict[str, Any]]:
    with workspace.db.session() as s:
        return [json.loads(e.fields) for e in s.scalars(
            select(OutboxEntry).where(OutboxEntry.tbl == "people").order_by(OutboxEntry.seq))]


def test_the_kept_card_is_journaled_for_sync(workspace: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.vcf"
    path.write_text(CARD, "utf-8")
    import_vcards(workspace, [path])
    (inserted,) = _person_outbox(workspace)
    stored = card_from_json(inserted["vcard_extra"])
    assert (stored.prefixes, stored.birthday) == ("Prof.", "1970-02-03")
    assert [r.name for r in stored.extra] == ["X-CUSTOM"]


def test_card_json_round_trip_keeps_every_field_but_the_photo_bytes() -> None:
    from biox_desktop.reports.vcard import ParsedCard, parse_vcards

    (parsed,) = parse_vcards(CARD.encode(), source_name="a.vcf")
    assert isinstance(parsed, ParsedCard)
    data = json.loads(json.dumps(card_to_json(parsed.card)))  # as the JSON column stores it
    assert card_from_json(data) == parsed.card
    assert card_from_json({"v": 1}) == ContactCard()


def test_downgrade_and_upgrade_keep_the_people_journal_in_step(workspace: Any,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "a.vcf"
    path.write_text(CARD, "utf-8")
    (result,) = import_vcards(workspace, [path])
    engine = workspace.db.engine
    command.downgrade(alembic_config(engine), "0008")
    columns = {c["name"] for c in inspect(engine).get_columns("people")}
    assert "vcard_extra" not in columns and "name" in columns
    with engine.begin() as conn:  # people rows and the leads pointing at them are intact
        assert conn.execute(text("SELECT count(*) FROM people p JOIN leads l "
                                 "ON l.person_id = p.id")).scalar() == 1
    command.upgrade(alembic_config(engine), "head")
    assert current_revision(engine) == head_revision()
    person_id = workspace.leads.get(result.lead_ids[0]).person_id
    with workspace.db.session() as s:
        s.get(Person, person_id).vcard_extra = {"v": 1, "birthday": "1970-02-04"}
    assert _person_outbox(workspace)[-1] == {"vcard_extra": {"v": 1, "birthday": "1970-02-04"}}


def test_a_kept_card_of_an_unknown_shape_is_read_as_far_as_it_goes() -> None:
    # The column arrives by sync, maybe from a newer client: never a crash on export.
    card = card_from_json({"v": 2, "formatted_name": "Ana", "emails": [["a@b.org", ["work"], ""],
                                                                      "junk", [1]],
                           "addresses": [{"new": "shape"}], "photo": {"data": "!!"},
                           "extra": [["", "X-A", [["K", "v"]], "x"], ["too short"]]})
    assert card.formatted_name == "Ana"
    assert [e.value for e in card.emails] == ["a@b.org"]
    assert card.addresses == () and card.photo is None
    assert [r.name for r in card.extra] == ["X-A"]


def test_the_kept_card_reaches_another_laptop_and_exports_the_same(tmp_path: Path) -> None:
    """Through the real server app: what alice's card held beyond the lead is on bob's laptop."""
    from tests.sync.harness import World

    world = World(tmp_path)
    try:
        alice, alice_sync = world.laptop("alice")
        bob, bob_sync = world.laptop("bob")
        path = tmp_path / "a.vcf"
        path.write_text(CARD.replace("X-CUSTOM:kept", "ADR;TYPE=work:;;1 Rue X;Lyon;;69001;FR\r\n"
                                     "X-CUSTOM:kept"), "utf-8")
        (result,) = import_vcards(alice, [path], visibility="network")
        assert result.imported == 1
        assert alice_sync.sync().rejected == 0
        bob_sync.sync()
        (theirs,) = bob.leads.cards()
        (ours,) = alice.leads.cards()
        assert theirs == ours
        assert (theirs.prefixes, theirs.birthday) == ("Prof.", "1970-02-03")
        assert theirs.addresses[0].locality == "Lyon"
    finally:
        world.close()


def test_undoing_a_reimport_gives_back_the_card_kept_before(workspace: Any,
                                                            tmp_path: Path) -> None:
    first, second = tmp_path / "a.vcf", tmp_path / "b.vcf"
    first.write_text(CARD.replace("END:VCARD", "UID:u-ana\r\nEND:VCARD"), "utf-8")
    second.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nUID:u-ana\r\n"
                      "NICKNAME:Aninha\r\nURL:https://ana.example/\r\nEND:VCARD\r\n", "utf-8")
    import_vcards(workspace, [first])
    (before,) = workspace.leads.cards()
    (result,) = import_vcards(workspace, [second])
    assert result.updated == 1 and result.batch_id
    (merged,) = workspace.leads.cards()
    assert merged.nicknames == ("Aninha",) and merged.birthday == "1970-02-03"
    workspace.batches.undo(result.batch_id)
    assert workspace.leads.cards() == [before]
