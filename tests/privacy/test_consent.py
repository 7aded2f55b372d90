"""Issue 21 item 4: every lead carries its legal basis, or is listed as "consent missing".

Real SQLCipher workspaces on temporary folders; the retention clock is passed in, never slept.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from biox_desktop.cli.main import main
from biox_desktop.core.contacts import ContactCard, EmailAddress
from biox_desktop.core.kpis import KpiFilter
from biox_desktop.core.leads import LeadFilter, LeadInput
from biox_desktop.db.models import Consent, utcnow
from biox_desktop.db.retention import due_for_review, months_before
from biox_desktop.reports.leads_io import import_vcards
from biox_desktop.reports.vcard import write_vcard


def _cards(path: Path, *people: tuple[str, str, str]) -> Path:
    path.write_text(write_vcard([
        ContactCard(uid=f"uid-{email}", formatted_name=name, name_romanised=roman,
                    organisation="Kansai Bio", emails=(EmailAddress(email),))
        for name, roman, email in people]), encoding="utf-8")
    return path


def _typed(ws: Any, name: str, basis: str | None) -> str:
    lead = ws.leads.capture(LeadInput(
        name=name, organisation_name="Kansai Bio", emails=(f"{name.lower()}@kansai.example",),
        consent_given=basis is not None, consent_basis=basis or "consent"),
        require_consent=False)
    return lead.id


def _consents(ws: Any, lead_id: str) -> list[Consent]:
    with ws.db.session() as s:
        rows = s.scalars(select(Consent).where(Consent.lead_id == lead_id)).all()
        s.expunge_all()
        return list(rows)


def test_an_import_without_a_basis_marks_every_lead_consent_missing(
        workspace: Any, tmp_path: Path) -> None:
    ws = workspace
    vcf = _cards(tmp_path / "badges.vcf", ("山田花子", "Hanako Yamada", "hanako@kansai.example"),
                 ("Taro Sato", "", "taro@kansai.example"))
    [result] = import_vcards(ws, [vcf])  # no basis given: "none"
    assert (result.imported, result.without_basis) == (2, 2)
    for lead_id in result.lead_ids:
        assert _consents(ws, lead_id) == []
        assert ws.leads.get(lead_id).consent is None
    missing = ws.leads.ids(LeadFilter(consent_missing=True))
    assert sorted(missing) == sorted(result.lead_ids)

    # The same cards again, now for a batch whose people gave consent: the basis is added to
    # the leads that lacked one, with the wording and version of the settings.
    [again] = import_vcards(ws, [vcf], basis="consent")
    assert (again.updated, again.without_basis) == (2, 0)
    [row] = _consents(ws, result.lead_ids[0])
    assert (row.basis, row.wording_version) == ("consent", ws.settings.consent_wording_version)
    assert row.wording == ws.settings.consent_wording
    assert ws.leads.ids(LeadFilter(consent_missing=True)) == []


def test_a_legitimate_interest_batch_records_no_wording(workspace: Any, tmp_path: Path) -> None:
    ws = workspace
    vcf = _cards(tmp_path / "a.vcf", ("Anna Müller", "", "anna@biom.example"))
    [result] = import_vcards(ws, [vcf], basis="legitimate_interest")
    assert result.without_basis == 0
    [row] = _consents(ws, result.lead_ids[0])
    assert (row.basis, row.wording, row.wording_version) == ("legitimate_interest", None, None)


def test_the_consent_missing_filter_lists_only_leads_without_a_live_basis(workspace: Any) -> None:
    ws = workspace
    given = _typed(ws, "Given", "consent")
    interest = _typed(ws, "Interest", "legitimate_interest")
    missing = _typed(ws, "Missing", None)
    withdrawn = _typed(ws, "Withdrawn", "consent")
    view = ws.leads.get(withdrawn)
    ws.leads.update(withdrawn, view.to_input().with_changes(consent_given=False))
    listed = set(ws.leads.ids(LeadFilter(consent_missing=True)))
    assert listed == {missing, withdrawn}
    assert given not in listed and interest not in listed
    assert ws.leads.count(LeadFilter(consent_missing=True)) == 2


def test_retention_lists_leads_without_basis_after_the_set_days_and_idle_ones_after_months(
        workspace: Any) -> None:
    ws = workspace
    missing = _typed(ws, "Missing", None)
    kept = _typed(ws, "Kept", "legitimate_interest")
    now = utcnow()
    assert due_for_review(ws, now) == []
    # 29 days on: nothing yet; 31 days on: the lead without a basis, with the reason.
    assert due_for_review(ws, now + dt.timedelta(days=29)) == []
    [item] = due_for_review(ws, now + dt.timedelta(days=31))
    assert (item.lead_id, item.reason) == (missing, "no_basis")
    assert "30 days" in item.detail
    ws.update_settings(retention_no_basis_days=60)
    assert due_for_review(ws, now + dt.timedelta(days=31)) == []

    # 25 months on, both are idle; a follow-up planned a year from now keeps one off the list.
    later = months_before(now, -25)
    reasons = {(i.lead_id, i.reason) for i in due_for_review(ws, later)}
    assert reasons == {(missing, "no_basis"), (missing, "inactive"), (kept, "inactive")}
    with ws.db.session() as s:
        from biox_desktop.db.models import FollowUp

        s.add(FollowUp(scope=ws.leads.get(kept).scope, lead_id=kept, kind="later",
                       created_at=now + dt.timedelta(days=365)))
    reasons = {(i.lead_id, i.reason) for i in due_for_review(ws, later)}
    assert (kept, "inactive") not in reasons and (missing, "inactive") in reasons
    ws.update_settings(retention_inactive_months=36)
    assert {i.reason for i in due_for_review(ws, later)} == {"no_basis"}
    # The Leads screen's filter is the same list.
    assert ws.leads.ids(LeadFilter(due_for_review=True, today=later.date())) == [missing]


def test_funder_figures_count_leads_by_basis(workspace: Any, tmp_path: Path) -> None:
    ws = workspace
    for name, basis in (("A", "consent"), ("B", "consent"), ("C", "legitimate_interest"),
                        ("D", None), ("E", None), ("F", None)):
        _typed(ws, name, basis)
    report = ws.kpis.report(KpiFilter())
    totals = report.totals
    assert (totals.leads, totals.leads_consent, totals.leads_legitimate_interest,
            totals.leads_basis_missing) == (6, 2, 1, 3)
    # The funder report's figures (CSV export and PDF) carry the three counts.
    from biox_desktop.reports.funder import export_figures, write_funder_report

    csv_path = export_figures(tmp_path / "figures.csv", report)
    rows = {(r[0], r[3]): r[5] for r in csv.reader(
        csv_path.read_text(encoding="utf-8-sig").splitlines())}
    assert (rows[("total", "leads_consent")], rows[("total", "leads_legitimate_interest")],
            rows[("total", "leads_basis_missing")]) == ("2", "1", "3")
    if shutil.which("pdftotext"):
        pdf = write_funder_report(tmp_path / "funder.pdf", report)
        text_ = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                               text=True, check=True).stdout
        assert re.search(r"Leads without a basis\s+3\b", text_)
        assert re.search(r"Leads on consent\s+2\b", text_)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_basis_list_consent_missing_and_privacy_due(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    none_vcf = _cards(tmp_path / "none.vcf", ("王伟", "Wang Wei", "wang@sh-bic.example"))
    ok_vcf = _cards(tmp_path / "ok.vcf", ("Li Na", "", "li@sh-bic.example"))
    code, out, _ = run(capsys, *d, "leads", "import", str(none_vcf))
    assert code == 0 and "1 leads have no legal basis (consent missing)" in out
    code, out, _ = run(capsys, *d, "leads", "import", str(ok_vcf), "--basis", "consent",
                       "--json")
    assert code == 0 and json.loads(out)[0]["without_basis"] == 0
    with pytest.raises(SystemExit) as usage:  # not a basis: wrong usage
        main([*d, "leads", "import", str(ok_vcf), "--basis", "maybe"])
    assert usage.value.code == 2
    capsys.readouterr()

    code, out, _ = run(capsys, *d, "leads", "list", "--consent-missing", "--json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["王伟 (Wang Wei)"]
    code, out, _ = run(capsys, *d, "leads", "list", "--json")
    assert len(json.loads(out)) == 2

    code, out, _ = run(capsys, *d, "privacy", "due", "--json")
    assert code == 0 and json.loads(out) == []
    soon = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    code, out, _ = run(capsys, *d, "privacy", "due", "--at", soon, "--json")
    [item] = json.loads(out)
    assert (item["name"], item["reason"]) == ("王伟 (Wang Wei)", "no_basis")
    code, out, _ = run(capsys, *d, "privacy", "due", "--at", soon)
    assert code == 0 and "王伟" in out and "No legal basis" in out


def test_a_spreadsheet_import_takes_the_batch_basis_and_its_undo_takes_it_back(
        workspace: Any, tmp_path: Path) -> None:
    ws = workspace
    table = tmp_path / "leads.csv"
    table.write_text("name,organisation,emails\n李娜,上海生物医药,li.na@sh-bic.example\n"
                     "Marco Rossi,BioPmed,marco@biopmed.example\n", encoding="utf-8")
    [result] = import_vcards(ws, [table], basis="legitimate_interest")
    assert (result.imported, result.without_basis) == (2, 0)
    assert {ws.leads.get(i).consent.basis for i in result.lead_ids} == {"legitimate_interest"}
    ws.batches.undo(result.batch_id)
    assert ws.leads.ids() == []
    with ws.db.session() as s:
        live = s.scalars(select(Consent).where(Consent.deleted.is_(False))).all()
    assert live == []  # the batch's consent records went with it
