"""Issue 21 item 3: the access export of one person holds every kind of record, readably."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from biox_desktop.cli.main import main
from biox_desktop.core.contacts import ContactCard, EmailAddress, PhoneNumber
from biox_desktop.core.leads import LeadInput
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.validation import NotFoundError
from biox_desktop.db.models import (
    AgendaItem,
    AgendaParticipant,
    FollowUp,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Merge,
    Person,
    RosterEntry,
    SyncQuarantine,
    SyncRejection,
)
from biox_desktop.db.privacy_export import export_person
from biox_desktop.reports.leads_io import import_vcards
from biox_desktop.reports.vcard import write_vcard

UTC = dt.UTC


def _everything_about_hanako(ws: Any, tmp_path: Path) -> dict[str, str]:
    """山田花子 with a lead from a vCard import (a batch) and a typed one, consents, a
    follow-up, a roster entry, a meeting, a programme item, a meeting request, a merge of a
    duplicate of her, a change the server refused and a row sync set aside."""
    mission = ws.missions.create(MissionInput(
        name="大阪パートナリング 2027", kind="partnering_event", country="JP",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14), timezone="Asia/Tokyo"))
    vcf = tmp_path / "badges.vcf"
    vcf.write_text(write_vcard([ContactCard(
        uid="hanako-1", formatted_name="山田花子", name_romanised="Hanako Yamada",
        organisation="関西メディカル", emails=(EmailAddress("hanako@kansai.example"),),
        phones=(PhoneNumber("+81 90-1234-5678"),), note="会った: ブース 12")]),
        encoding="utf-8")
    [result] = import_vcards(ws, [vcf], mission_id=mission.id, basis="consent")
    [lead_id] = result.lead_ids
    lead = ws.leads.get(lead_id)
    pid = lead.person_id
    other = ws.leads.capture(LeadInput(
        name="山田 花子", name_romanised="H. Yamada", organisation_name="関西メディカル",
        emails=("h.yamada@kansai.example",), notes="名刺交換のみ", consent_given=True,
        consent_basis="legitimate_interest"), require_consent=False)
    now = dt.datetime(2027, 5, 11, 5, 30, tzinfo=UTC)
    with ws.db.session() as s:
        scope = lead.scope
        meeting = Meeting(scope=scope, mission_id=mission.id, title="B2B 関西メディカル",
                          starts_at=now, ends_at=now + dt.timedelta(minutes=30),
                          timezone="Asia/Tokyo", outcome="held", outcome_note="ライセンス交渉")
        item = AgendaItem(scope=scope, mission_id=mission.id, kind="networking",
                          title="歓迎レセプション", starts_at=now, ends_at=now,
                          timezone="Asia/Tokyo", whole_delegation=False)
        s.add_all([meeting, item])
        s.flush()
        s.add_all([
            MeetingParticipant(scope=scope, meeting_id=meeting.id, person_id=pid,
                               side="foreign"),
            AgendaParticipant(scope=scope, agenda_item_id=item.id, person_id=pid),
            FollowUp(scope=scope, lead_id=lead_id, due_date=dt.date(2027, 6, 1),
                     notes="サンプルを送る"),
            RosterEntry(scope=scope, mission_id=mission.id, person_id=pid,
                        dietary="halal", hotel="Hotel 大阪"),
            MeetingRequest(scope=scope, mission_id=mission.id, target_person_id=pid,
                           notes="ライセンスについて"),
            Merge(scope=scope, kind="person", survivor_id=pid,
                  merged_ids=[other.person_id], reasons=["same e-mail domain, same name"]),
            SyncRejection(seq=1, tbl="people", row_id=pid, op="update",
                          fields='{"notes": "x"}', reason="not allowed"),
            SyncQuarantine(tbl="leads", row_id=lead_id, scope=scope, row="{}",
                           reason="its person had not arrived"),
        ])
    ws.leads.update(lead_id, ws.leads.get(lead_id).to_input().with_changes(rating=4,
                                                                            tags=("研究",)))
    return {"lead": lead_id, "person": pid, "other": other.id, "batch": result.batch_id or ""}


def test_the_access_export_of_a_cjk_person_holds_every_record(workspace: Any,
                                                              tmp_path: Path) -> None:
    ws = workspace
    ids = _everything_about_hanako(ws, tmp_path)
    out = tmp_path / "hanako.json"
    result = export_person(ws, "HANAKO@kansai.example", out)  # any case of the address
    assert result.person_id == ids["person"]

    raw = out.read_bytes().decode("utf-8")
    assert "山田花子" in raw and "\\u5c71" not in raw  # UTF-8 as it is, not escaped
    data = json.loads(raw)
    assert list(data) == sorted(data)  # sorted keys
    assert raw.startswith("{\n  ")  # indented
    for section in ("person records", "organisations", "leads", "consents", "follow-ups",
                    "roster entries", "meetings", "meeting requests", "programme items",
                    "merges", "import batches", "changes waiting to be sent",
                    "changes the server refused", "rows sync set aside"):
        assert data[section], f"{section} is empty"
    assert "山田花子" in data["summary"] and "Records:" in data["summary"]

    [person] = data["person records"]
    assert person["name native"] == "山田花子" and person["emails"] == ["hanako@kansai.example"]
    assert person["source"]["how"].startswith("recorded on this laptop")
    [imported_by] = person["source"]["imports that created or changed it"]
    assert "badges.vcf" in imported_by and ids["batch"] in imported_by
    dt.datetime.fromisoformat(person["created at"])  # ISO dates
    [lead] = data["leads"]
    assert (lead["how captured"], lead["mission"], lead["rating"]) == (
        "vCard import", "大阪パートナリング 2027", 4)
    assert lead["tags"] == ["研究"] and "ブース 12" in lead["notes"]
    [consent] = data["consents"]
    assert consent["basis"] == "consent" and consent["wording version"]
    assert data["roster entries"][0]["dietary"] == "halal"
    assert data["meetings"][0]["outcome note"] == "ライセンス交渉"
    assert data["programme items"][0]["title"] == "歓迎レセプション"
    assert data["merges"][0]["merged ids"] == [ws.leads.get(ids["other"]).person_id]
    [batch] = data["import batches"]
    assert batch["id"] == ids["batch"] and "badges.vcf" in batch["label"]
    assert {c["what"] for c in batch["changes"]} == {"created"}
    assert data["organisations"][0]["name"] == "関西メディカル"

    # By phone (as typed in Japan, or E.164) and by lead id: the same person.
    for query in ("090-1234-5678", "+819012345678", ids["lead"]):
        assert export_person(ws, query, tmp_path / "again.json").person_id == ids["person"]
    with pytest.raises(NotFoundError):  # too few digits to name one person
        export_person(ws, "5678", tmp_path / "none.json")
    with pytest.raises(NotFoundError):
        export_person(ws, "nobody@nowhere.example", tmp_path / "none.json")


def test_privacy_export_command_writes_the_file_and_says_what(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    vcf = tmp_path / "a.vcf"
    vcf.write_text(write_vcard([ContactCard(
        uid="w1", formatted_name="王伟", name_romanised="Wang Wei",
        emails=(EmailAddress("wang@sh-bic.example"),))]), encoding="utf-8")
    assert main([*d, "leads", "import", str(vcf)]) == 0
    capsys.readouterr()
    target = tmp_path / "wang.json"
    code = main([*d, "privacy", "export", "wang@sh-bic.example", "-o", str(target), "--json"])
    out, _err = capsys.readouterr()
    assert code == 0
    report = json.loads(out)
    assert report["name"] == "王伟 (Wang Wei)" and report["records"]["leads"] == 1
    assert json.loads(target.read_text(encoding="utf-8"))["leads"][0]["how captured"] == (
        "vCard import")
    code = main([*d, "privacy", "export", "+1 555 0100 999", "-o", str(target)])
    _out, err = capsys.readouterr()
    assert code == 1 and "no person" in err


def test_a_person_row_alone_is_found_by_its_id(workspace: Any, tmp_path: Path) -> None:
    with workspace.db.session() as s:
        p = Person(scope="network", name="김민준", emails=[], phones=[], messaging={},
                   languages=[])
        s.add(p)
        s.flush()
        pid = p.id
    result = export_person(workspace, pid, tmp_path / "kim.json")
    assert result.name == "김민준" and result.counts["leads"] == 0
