"""A card of the same person ADDS to the lead: nothing the card lacks is erased (issue 13)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from sqlalchemy import select

from biox_desktop.db.models import Person
from biox_desktop.reports.leads_io import import_vcards

# Two distinct tiny PNG payloads (the import stores the bytes as they come).
PNG_A = b"\x89PNG\r\n\x1a\n" + b"A" * 40
PNG_B = b"\x89PNG\r\n\x1a\n" + b"B" * 40


def vcard(*lines: str) -> str:
    return "".join(f"{x}\r\n" for x in ("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"))


def photo(data: bytes) -> str:
    return "PHOTO;ENCODING=b;TYPE=PNG:" + base64.b64encode(data).decode("ascii")


def run(ws: Any, tmp_path: Path, name: str, *cards: str) -> Any:
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8")
    (result,) = import_vcards(ws, [path])
    assert not result.refused, result.refused
    return result


def stored_photo(ws: Any, lead_id: str) -> bytes | None:
    person_id = ws.leads.get(lead_id).person_id
    with ws.db.session() as s:
        return s.scalar(select(Person.photo).where(Person.id == person_id))


def test_an_update_adds_and_never_erases(workspace: Any, tmp_path: Path) -> None:
    first = run(workspace, tmp_path, "a.vcf", vcard(
        "UID:u-anna", "FN:Anna Schmidt", "ORG:BioBerlin GmbH", "TITLE:CSO",
        "EMAIL:anna@bioberlin.example", "TEL:+49 30 1234567", "X-WECHAT:anna_wx",
        "CATEGORIES:oncology", "NOTE:Met at the booth", "URL:https://bioberlin.example",
        photo(PNG_A)))
    lead_id = first.lead_ids[0]
    again = run(workspace, tmp_path, "b.vcf", vcard(
        "UID:u-anna", "FN:Anna Schmidt", "EMAIL:a.schmidt@gmail.example",
        "TEL:+49 171 2345678", "X-WECHAT:other_wx", "X-LINE:anna.line",
        "CATEGORIES:diagnostics", "NOTE:Met at the booth"))
    assert (again.imported, again.updated) == (0, 1)
    lead = workspace.leads.get(lead_id)
    # Carried by the first card only: kept.
    assert lead.organisation_name == "BioBerlin GmbH" and lead.role == "CSO"
    assert stored_photo(workspace, lead_id) == PNG_A
    # Added, none dropped; the first e-mail stays the first.
    assert lead.emails == ("anna@bioberlin.example", "a.schmidt@gmail.example")
    assert lead.phones == ("+49301234567", "+491712345678")
    assert lead.tags == ("oncology", "diagnostics")
    assert dict(lead.messaging) == {"wechat": "anna_wx", "line": "anna.line"}
    assert any("other_wx" in w for w in again.warnings)  # one id per network: said, not lost
    assert lead.notes == "Met at the booth"  # the same note is not repeated
    # A photo is replaced only by a card that carries one.
    run(workspace, tmp_path, "c.vcf", vcard("UID:u-anna", "FN:Anna Schmidt", photo(PNG_B)))
    assert stored_photo(workspace, lead_id) == PNG_B


def test_a_shorter_spelling_does_not_replace_the_full_name(workspace: Any,
                                                           tmp_path: Path) -> None:
    first = run(workspace, tmp_path, "a.vcf", vcard("UID:u-h", "FN:Hanako Yamada"))
    run(workspace, tmp_path, "b.vcf", vcard("UID:u-h", "FN:H. Yamada"))
    assert workspace.leads.get(first.lead_ids[0]).name == "Hanako Yamada"


def test_a_native_card_on_a_romanised_lead_keeps_both(workspace: Any, tmp_path: Path) -> None:
    first = run(workspace, tmp_path, "a.vcf", vcard("FN:Minjun Kim",
                                                    "EMAIL:minjun@seoulbio.example"))
    again = run(workspace, tmp_path, "b.vcf", vcard("FN:김민준", "EMAIL:minjun@seoulbio.example"))
    assert again.updated == 1
    lead = workspace.leads.get(first.lead_ids[0])
    assert (lead.name_native, lead.name_romanised) == ("김민준", "Minjun Kim")
    assert [r.id for r in workspace.leads.search("Minjun")] == [lead.id]
    assert [r.id for r in workspace.leads.search("김민준")] == [lead.id]


def test_an_identical_card_without_uid_or_email_is_not_imported_twice(
        workspace: Any, tmp_path: Path) -> None:
    card = vcard("FN:Marco Rossi", "ORG:BioPmed", "TEL:+39 011 1234567")
    run(workspace, tmp_path, "a.vcf", card)
    again = run(workspace, tmp_path, "a.vcf", card)
    assert (again.imported, again.updated) == (0, 1)
    # The same name at the same company with a phone the lead lacks is someone to compare,
    # not an update: a new lead.
    other = run(workspace, tmp_path, "b.vcf", vcard("FN:Marco Rossi", "ORG:BioPmed",
                                                    "TEL:+39 011 7654321"))
    assert (other.imported, other.updated) == (1, 0)


def test_a_cancelled_run_leaves_nothing_and_records_no_batch(workspace: Any,
                                                             tmp_path: Path) -> None:
    import pytest

    from biox_desktop.core.progress import Cancelled, Progress

    (tmp_path / "a.vcf").write_text(vcard("FN:Anna Schmidt", "EMAIL:anna@x.example"))
    (tmp_path / "b.vcf").write_text(vcard("FN:Ben Meyer", "EMAIL:ben@x.example"))
    progress = Progress()

    def cancel_on_second(done: int, total: int, message: str) -> None:
        if "b.vcf" in message:
            progress.cancel()

    progress._on_progress = cancel_on_second
    with pytest.raises(Cancelled):
        import_vcards(workspace, [tmp_path / "a.vcf", tmp_path / "b.vcf"], progress=progress)
    assert workspace.leads.ids() == []
    assert workspace.batches.list() == []


def test_a_company_switchboard_is_named_a_few_times_not_once_per_colleague(
        workspace: Any, tmp_path: Path) -> None:
    colleagues = [vcard(f"FN:Colleague {name}", "ORG:Osaka Bio", "TEL:+81 6-6944-6111",
                        f"EMAIL:{name.lower()}@osaka-bio.example")
                  for name in ("Aoki", "Baba", "Chiba", "Doi", "Endo", "Fujii")]
    first = run(workspace, tmp_path, "staff.vcf", *colleagues[:5])
    assert first.imported == 5  # the same switchboard never makes them one person
    last = run(workspace, tmp_path, "new.vcf", colleagues[5])
    assert last.imported == 1
    assert len(last.warnings) == 4 and "resembles 2 more leads" in last.warnings[-1]
