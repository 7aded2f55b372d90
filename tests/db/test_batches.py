"""Batches: what an import did can be taken back, field by field, without losing later edits."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from biox_desktop.cli.main import main
from biox_desktop.db.batches import BatchError, decode_value, encode_value
from biox_desktop.db.models import Organisation, OutboxEntry, Person


def _person(s, name: str, **kw) -> Person:
    p = Person(scope="network", name=name, emails=kw.pop("emails", []), phones=[],
               messaging={}, languages=[], **kw)
    s.add(p)
    s.flush()
    return p


def test_values_survive_their_json_form() -> None:
    for value in (None, 3, 2.5, "Müller 山田", True, [1, "a"], {"$d": "x", "k": 1},
                  dt.date(2027, 6, 14), dt.datetime(2027, 6, 14, 9, 30, tzinfo=dt.UTC),
                  b"\x00\xffPNG"):
        assert decode_value(json.loads(json.dumps(encode_value(value)))) == value


def test_undo_restores_changed_fields_and_removes_created_rows(workspace) -> None:
    ws = workspace
    with ws.db.session() as s:
        taro = _person(s, "Taro Yamada", emails=["t.yamada@osaka-bio.jp"], job_title="CEO")
        taro_id = taro.id
    with ws.db.session() as s:
        rec = ws.batches.recorder(s, "vcard_import", "vCard import: cards.vcf")
        taro = s.get(Person, taro_id)
        rec.before(taro)
        taro.job_title = "CTO"
        taro.emails = [*taro.emails, "taro@example.jp"]
        hanako = _person(s, "Hanako Suzuki")
        rec.created(hanako)
        org = Organisation(scope="network", name="Osaka Bio HQ", kind="other", sector_tags=[])
        s.add(org)
        s.flush()
        rec.created(org)
        batch_id = rec.finish()
        hanako_id = hanako.id
    assert batch_id is not None
    [view] = ws.batches.list()
    assert (view.kind, view.label, view.created, view.updated) == (
        "vcard_import", "vCard import: cards.vcf", 2, 1)
    assert [b.id for b in ws.batches.batches_for("people", taro_id)] == [batch_id]

    report = ws.batches.undo(batch_id)
    assert (report.removed, report.restored, report.kept) == (2, 2, ())
    with ws.db.session() as s:
        taro = s.get(Person, taro_id)
        assert taro.job_title == "CEO" and taro.emails == ["t.yamada@osaka-bio.jp"]
        assert s.get(Person, hanako_id).deleted
        # The undo is an ordinary journaled edit: it syncs like any other.
        assert s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == taro_id)).first()
    assert ws.batches.get(batch_id).undone_at is not None
    with pytest.raises(BatchError):
        ws.batches.undo(batch_id)


def test_undo_keeps_a_field_edited_after_the_batch(workspace) -> None:
    ws = workspace
    with ws.db.session() as s:
        pid = _person(s, "Eva Holmová", job_title="CSO").id
    with ws.db.session() as s:
        rec = ws.batches.recorder(s, "roster_import", "Roster import: delegates.csv")
        p = s.get(Person, pid)
        rec.before(p)
        p.job_title = "CEO"
        p.notes = "met in Osaka"
        batch_id = rec.finish()
    with ws.db.session() as s:
        s.get(Person, pid).job_title = "Head of BD"  # typed by someone after the import
    report = ws.batches.undo(batch_id)
    assert report.restored == 1
    assert [(k.table, k.field) for k in report.kept] == [("people", "job_title")]
    with ws.db.session() as s:
        p = s.get(Person, pid)
        assert (p.job_title, p.notes) == ("Head of BD", None)


def test_a_batch_that_changed_nothing_is_not_kept(workspace) -> None:
    ws = workspace
    with ws.db.session() as s:
        pid = _person(s, "Ana Pérez").id
    with ws.db.session() as s:
        rec = ws.batches.recorder(s, "vcard_import", "nothing new")
        rec.before(s.get(Person, pid))
        assert rec.finish() is None
    assert ws.batches.list() == []


def test_batches_from_the_command_line(tmp_path, capsys) -> None:
    from biox_desktop.db.workspace import Workspace

    data = tmp_path / "data"
    ws = Workspace(data)
    with ws.db.session() as s:
        rec = ws.batches.recorder(s, "vcard_import", "vCard import: a.vcf")
        rec.created(_person(s, "Kim Min-jun"))
        batch_id = rec.finish()
    ws.close()
    assert main(["--data-dir", str(data), "batches", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["id"] == batch_id and listed["undone_at"] is None
    assert main(["--data-dir", str(data), "batches", "undo", batch_id[:12], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["removed"] == 1
    assert main(["--data-dir", str(data), "batches", "undo", batch_id]) == 1
    assert "already undone" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "batches", "undo", "nope"]) == 1
    assert "No batch nope" in capsys.readouterr().err


def test_undo_keeps_a_created_record_that_a_later_record_relies_on(workspace) -> None:
    from biox_desktop.db.models import Lead

    ws = workspace
    with ws.db.session() as s:
        rec = ws.batches.recorder(s, "vcard_import", "cards.vcf")
        org = Organisation(scope="network", name="Kobe Bio", kind="other", sector_tags=[])
        s.add(org)
        s.flush()
        rec.created(org)
        alone = Organisation(scope="network", name="Nobody uses me", kind="other",
                             sector_tags=[])
        s.add(alone)
        s.flush()
        rec.created(alone)
        batch_id = rec.finish()
        org_id, alone_id = org.id, alone.id
    with ws.db.session() as s:  # typed later by someone: a contact at that organisation
        p = _person(s, "Kenji Sato", organisation_id=org_id)
        s.add(Lead(scope="network", person_id=p.id, organisation_id=org_id,
                   visibility="network", tags=[], source="typed"))
    report = ws.batches.undo(batch_id)
    assert report.removed == 1
    assert [(k.table, k.row_id) for k in report.kept] == [("organisations", org_id)]
    with ws.db.session() as s:
        assert not s.get(Organisation, org_id).deleted
        assert s.get(Organisation, alone_id).deleted
