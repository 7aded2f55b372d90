from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from biox_desktop.core.contacts import ContactCard, EmailAddress, PhoneNumber
from biox_desktop.core.leads import LeadFilter, LeadInput, parse_due
from biox_desktop.core.outcomes import FollowUpResult
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.models import Lead, OutboxEntry, Person
from biox_desktop.reports.leads_io import export_leads, import_vcards
from biox_desktop.reports.vcard import parse_vcards, write_vcard


def _osaka(ws: Any) -> str:
    from biox_desktop.core.missions import MissionInput

    m = ws.missions.create(MissionInput(
        name="Osaka", kind="partnering_event", country="JP", start_date=dt.date(2026, 5, 1),
        end_date=dt.date(2026, 5, 4), timezone="Asia/Tokyo"))
    return str(m.id)


def _lead(**kw: Any) -> LeadInput:
    base = dict(name="山田太郎", name_romanised="Yamada Taro", organisation_name="関西メディカル",
                role="Director", emails=("taro@kansai.example",), phones=("+81 90-1234-5678",),
                consent_given=True)
    base.update(kw)
    return LeadInput(**base)


def test_capture_normalises_phones_in_the_mission_country_and_records_consent(
        workspace: Any) -> None:
    ws = workspace
    ws.update_settings(organisation_id="org-1")
    mission = _osaka(ws)
    lead = ws.leads.capture(_lead(mission_id=mission, phones=("090-1234-5678",), messaging=(("WhatsApp", "090 1234 5678"),
                                                                 ("wechat", "yamada_t"))))
    assert lead.phones == ("+819012345678",)
    assert dict(lead.messaging) == {"whatsapp": "+819012345678", "wechat": "yamada_t"}
    assert lead.name_native == "山田太郎" and lead.name_romanised == "Yamada Taro"
    assert lead.organisation_name == "関西メディカル"
    assert lead.scope == "org:org-1" and lead.visibility == "private"
    assert lead.consent is not None and lead.consent.wording_version == "2026-1"
    with ws.db.session() as s:
        person = s.get(Person, lead.person_id)
        assert person is not None and person.scope == lead.scope
        journaled = {e.tbl for e in s.scalars(select(OutboxEntry))}
    assert {"leads", "people", "organisations", "consents"} <= journaled


def test_invalid_phone_email_and_missing_consent_are_refused_with_messages(
        workspace: Any) -> None:
    mission = _osaka(workspace)
    with pytest.raises(ValidationError) as err:
        workspace.leads.capture(_lead(mission_id=mission, phones=("0312",),
                                      emails=("not-an-email",), consent_given=False))
    assert "Japan" in (err.value.for_field("phones") or "")
    assert "not-an-email" in (err.value.for_field("emails") or "")
    assert "consent" in (err.value.for_field("consent") or "")
    # With consent not required by the policy, the same lead (fixed) saves without it.
    workspace.update_settings(consent_required=False)
    lead = workspace.leads.capture(_lead(mission_id=mission, consent_given=False))
    assert lead.consent is None


def test_visibility_decides_the_scope_of_lead_and_person(workspace: Any) -> None:
    mission = _osaka(workspace)
    lead = workspace.leads.capture(_lead(mission_id=mission, visibility="delegation"))
    assert lead.scope == f"mission:{mission}"
    lead = workspace.leads.update(lead.id, lead.to_input().with_changes(visibility="network"))
    assert lead.scope == "network"
    with workspace.db.session() as s:
        assert s.get(Person, lead.person_id).scope == "network"  # type: ignore[union-attr]
    # No organisation set up: a private lead goes to the user's own scope.
    private = workspace.leads.update(lead.id, lead.to_input().with_changes(visibility="private"))
    assert private.scope == f"user:{workspace.settings.user_id}"
    with pytest.raises(ValidationError):
        workspace.leads.capture(_lead(visibility="delegation"))  # no mission to share with


def test_search_as_you_type_covers_every_field_and_cjk(workspace: Any) -> None:
    mission = _osaka(workspace)
    a = workspace.leads.capture(_lead(mission_id=mission, tags=("licensing",),
                                      notes="Wants pilot data"))
    b = workspace.leads.capture(_lead(name="李娜", name_romanised="Li Na",
                                      organisation_name="Suzhou Cell", emails=("li@sz.example",),
                                      phones=("+86 138 0013 8000",), mission_id=mission))
    search = workspace.leads.search
    assert [r.id for r in search("山田")] == [a.id]  # two characters: the LIKE path
    assert [r.id for r in search("李娜")] == [b.id]
    assert [r.id for r in search("関西メディ")] == [a.id, b.id][:1]
    assert [r.id for r in search("yamada")] == [a.id]
    assert [r.id for r in search("pilot")] == [a.id]
    assert [r.id for r in search("licens")] == [a.id]
    assert [r.id for r in search("sz.example")] == [b.id]
    assert [r.id for r in search("8613800")] == [b.id]
    assert [r.id for r in search("li na suzhou")] == [b.id]
    assert search('"; DROP') == []
    # Edits of the person and the organisation are indexed too (triggers).
    workspace.leads.update(b.id, workspace.leads.get(b.id).to_input().with_changes(
        notes="Met at the reception"))
    assert [r.id for r in search("reception")] == [b.id]
    workspace.leads.delete(b.id)
    assert search("李娜") == []


def test_rows_written_by_sync_are_indexed(workspace: Any) -> None:
    # Pulled rows are applied unjournaled, a lead possibly before its person.
    with workspace.db.unjournaled() as s:
        s.add(Lead(id="lead-x", scope="network", person_id="person-x", visibility="network",
                   tags=["R&D"]))
        s.flush()
        s.add(Person(id="person-x", scope="network", name="Kim Minjun", name_native="김민준",
                     emails=["kim@seoul.example"], phones=[], messaging={}, languages=[]))
    assert [r.id for r in workspace.leads.search("민준")] == ["lead-x"]
    assert [r.id for r in workspace.leads.search("seoul")] == ["lead-x"]


def test_filters_and_follow_ups_due(workspace: Any) -> None:
    mission = _osaka(workspace)
    today = dt.date(2026, 5, 10)
    a = workspace.leads.capture(_lead(mission_id=mission, rating=5, tags=("Investor",),
                                      next_action="Send deck",
                                      next_action_due=dt.date(2026, 5, 9)))
    b = workspace.leads.capture(_lead(name="Emily Carter", name_romanised="", rating=2,
                                      emails=(), phones=()))
    ids = workspace.leads.ids
    assert set(ids(LeadFilter(mission_id=mission))) == {a.id}
    assert set(ids(LeadFilter(min_rating=4))) == {a.id}
    assert set(ids(LeadFilter(tag="investor"))) == {a.id}
    assert set(ids(LeadFilter(follow_up_due=True, today=today))) == {a.id}
    fu = workspace.follow_ups.add_reminder(b.id, dt.date(2026, 5, 8), "Call back")
    assert (fu.kind, fu.lead_id, fu.notes) == ("reminder", b.id, "Call back")
    assert set(ids(LeadFilter(follow_up_due=True, today=today))) == {a.id, b.id}
    workspace.follow_ups.record(fu.id, FollowUpResult("in_contact", rating=3))
    assert set(ids(LeadFilter(follow_up_due=True, today=today))) == {a.id}
    assert ids(LeadFilter(sort="rating", descending=True)) == [a.id, b.id]
    assert workspace.leads.tags() == ["Investor"]
    history = [h.what for h in workspace.leads.history(b.id)]
    assert history[0] == "created" and "follow-up" in history and "follow-up done" in history
    workspace.leads.update(b.id, workspace.leads.get(b.id).to_input().with_changes(rating=3))
    edits = [h for h in workspace.leads.history(b.id) if h.what == "edited"]
    assert any("rating" in h.detail for h in edits)


def test_delete_is_a_tombstone(workspace: Any) -> None:
    lead = workspace.leads.capture(_lead())
    workspace.leads.delete(lead.id)
    with workspace.db.session() as s:
        assert s.get(Lead, lead.id).deleted is True  # type: ignore[union-attr]
    assert workspace.leads.ids() == []


def _card(uid: str, email: str, phone: str = "", name: str = "Anna Schmidt") -> ContactCard:
    return ContactCard(uid=uid, formatted_name=name, organisation="BioBerlin GmbH",
                       title="CSO", emails=(EmailAddress(email, ("work",)),),
                       phones=(PhoneNumber(phone, ("cell",)),) if phone else ())


def test_vcard_reimport_updates_by_uid_or_email_never_by_phone(workspace: Any,
                                                               tmp_path: Path) -> None:
    f = tmp_path / "a.vcf"
    f.write_text(write_vcard([_card("u-1", "anna@bb.example", "+49 30 1234567")]))
    first = import_vcards(workspace, [f])[0]
    assert (first.imported, first.updated, first.refused) == (1, 0, ())
    # Same UID, new title: updated.
    f.write_text(write_vcard([_card("u-1", "anna@bb.example").with_changes(title="CEO")]))
    again = import_vcards(workspace, [f])[0]
    assert (again.imported, again.updated) == (0, 1)
    lead = workspace.leads.get(again.lead_ids[0])
    assert lead.role == "CEO" and lead.phones == ("+49301234567",)
    # No UID but the same e-mail (different case) and name: still the one lead. The same
    # phone under another e-mail is not proof (an office switchboard): a new lead.
    f.write_text(write_vcard([_card("", "ANNA@bb.example"), _card("", "x@y.example",
                                                                   "+49301234567")]))
    third = import_vcards(workspace, [f])[0]
    assert (third.imported, third.updated) == (1, 1)
    assert len(workspace.leads.ids()) == 2
    assert any("+49301234567" in w for w in third.warnings)


def test_vcard_import_refuses_bad_cards_with_reasons_and_reads_folders(
        workspace: Any, tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.vcf").write_text(write_vcard([_card("g", "g@x.example")]))
    (folder / "sub" / "mixed.VCF").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ok Person\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:9.9\r\nFN:Bad\r\nEND:VCARD\r\n")
    (folder / "empty.vcf").write_bytes(b"")
    (folder / "notes.txt").write_text("ignored")
    results = {Path(r.path).name: r for r in import_vcards(workspace, [folder])}
    assert set(results) == {"good.vcf", "mixed.VCF", "empty.vcf"}
    assert results["good.vcf"].status == "imported"
    assert results["mixed.VCF"].imported == 1 and "version 9.9" in results["mixed.VCF"].refused[0]
    assert results["empty.vcf"].status == "refused" and "empty" in results["empty.vcf"].refused[0]
    missing = import_vcards(workspace, [tmp_path / "nope.vcf"])[0]
    assert missing.status == "refused" and "cannot be read" in missing.refused[0]


def test_a_cancelled_import_leaves_nothing_of_the_file(workspace: Any, tmp_path: Path) -> None:
    from biox_desktop.core.progress import Cancelled, Progress

    f = tmp_path / "many.vcf"
    f.write_text(write_vcard([_card(f"u{i}", f"p{i}@x.example") for i in range(1200)]))
    progress = Progress()

    def cancel_midway(done: int, total: int, message: str) -> None:
        if done >= 500 and "Reading" in message:
            progress.cancel()

    progress._on_progress = cancel_midway
    with pytest.raises(Cancelled):
        import_vcards(workspace, [f], progress=progress)
    assert workspace.leads.ids() == []


def test_export_vcard_csv_xlsx_round_trip(workspace: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    mission = _osaka(workspace)
    lead = workspace.leads.capture(_lead(mission_id=mission, tags=("R&D",), rating=4,
                                         notes="=cmd|' /C calc'!A0"))
    for version in ("3.0", "4.0"):
        out = tmp_path / f"leads-{version}.vcf"
        assert export_leads(workspace, out, "vcf", version=version) == 1
        card = parse_vcards(out.read_bytes(), source_name=out.name)[0].card  # type: ignore[union-attr]
        assert card.name_native == "山田太郎" and card.name_romanised == "Yamada Taro"
        assert [p.e164 for p in card.phones] == ["+819012345678"]
        assert card.categories == ("R&D",)
        # Re-importing what was exported updates, never duplicates.
        assert import_vcards(workspace, [out])[0].updated == 1
    assert workspace.leads.ids() == [lead.id]
    csv_path = tmp_path / "leads.csv"
    export_leads(workspace, csv_path, "csv")
    rows = list(csv.DictReader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["name_native"] == "山田太郎" and rows[0]["phones"] == "+819012345678"
    assert rows[0]["notes"].startswith("'=")  # never a formula in a spreadsheet
    xlsx = tmp_path / "leads.xlsx"
    export_leads(workspace, xlsx, "xlsx")
    sheet = load_workbook(xlsx).active
    values = list(sheet.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert values[0][1] == "name" and values[1][2] == "山田太郎"


def test_parse_due() -> None:
    today = dt.date(2026, 5, 1)
    assert parse_due("+3", today) == dt.date(2026, 5, 4)
    assert parse_due("2w", today) == dt.date(2026, 5, 15)
    assert parse_due("tomorrow", today) == dt.date(2026, 5, 2)
    assert parse_due("2026-06-01", today) == dt.date(2026, 6, 1)
    assert parse_due("", today) is None
    with pytest.raises(ValidationError):
        parse_due("next tuesday-ish", today)


def test_fts_index_matches_leads_after_many_writes(workspace: Any) -> None:
    for i in range(30):
        lead = workspace.leads.capture(_lead(name=f"Person {i}", name_romanised="",
                                             emails=(f"p{i}@x.example",), phones=()))
        if i % 3 == 0:
            workspace.leads.delete(lead.id)
    workspace.leads.refresh_index()
    with workspace.db.session() as s:
        indexed = s.execute(text("SELECT count(*) FROM fts_leads")).scalar()
        live = s.execute(text("SELECT count(*) FROM leads WHERE deleted = 0")).scalar()
        rows = s.execute(text("SELECT count(*) FROM fts_leads_rows")).scalar()
    assert indexed == live == 20 and rows == 30


def test_the_same_person_twice_in_one_file_is_one_lead(workspace: Any, tmp_path: Path) -> None:
    f = tmp_path / "twice.vcf"
    f.write_text(write_vcard([_card("", "same@x.example"), _card("", "SAME@x.example")]))
    result = import_vcards(workspace, [f])[0]
    assert (result.imported, result.updated) == (1, 1)
    assert len(workspace.leads.ids()) == 1


def test_search_ignores_case_and_accents(workspace: Any) -> None:
    # Business cards are typed in a hurry, on foreign keyboards: "Muller" must find Müller.
    m = workspace.leads.capture(_lead(name="Jürgen Müller", name_romanised="",
                                      organisation_name="Société Générale de Santé",
                                      emails=("j.mueller@sgs.example",)))
    k = workspace.leads.capture(_lead(name="Łukasz Wójcik", name_romanised="",
                                      organisation_name="Kraków Biotech", emails=("lw@kb.example",)))
    search = workspace.leads.search
    assert [r.id for r in search("muller")] == [m.id]
    assert [r.id for r in search("MÜLLER jurgen")] == [m.id]
    assert [r.id for r in search("societe generale")] == [m.id]
    assert [r.id for r in search("lukasz wojcik")] == [k.id]
    assert [r.id for r in search("krakow")] == [k.id]
    assert [r.id for r in search("Łu")] == [k.id]  # two letters: the LIKE path, folded too
    assert workspace.leads.count(LeadFilter(text="wójcik")) == 1


def test_an_index_made_before_folding_is_rebuilt_by_the_upgrade(workspace: Any) -> None:
    from alembic import command

    from biox_desktop.db.migrate import alembic_config, current_revision, packaged_head

    m = workspace.leads.capture(_lead(name="Jürgen Müller", name_romanised=""))
    assert [r.id for r in workspace.leads.search("muller")] == [m.id]
    engine = workspace.db.engine
    command.downgrade(alembic_config(engine), "0006")
    # As the version before indexed it: the text as typed, accents and all, nothing waiting.
    with workspace.db.session() as s:
        s.execute(text("UPDATE fts_leads SET names = 'Jürgen Müller'"))
        s.execute(text("DELETE FROM fts_leads_dirty"))
    assert workspace.leads.search("muller") == []
    command.upgrade(alembic_config(engine), "head")
    assert current_revision(engine) == packaged_head()
    assert [r.id for r in workspace.leads.search("muller")] == [m.id]
