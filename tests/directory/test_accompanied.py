"""Companies accompanied per market and cluster, workshops and gateway agreements: counted by
hand on small data, then in the funder report of the demo."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from biox_desktop.core.accompanied import company_figures
from biox_desktop.core.kpis import (
    AgreementRec,
    CompanyRec,
    Dataset,
    KpiFilter,
    MissionRec,
    OrgRec,
)

D = dt.date


def dataset() -> Dataset:
    return Dataset(
        missions=(
            MissionRec("tokyo", "Tokyo", "JP", D(2025, 3, 1), D(2025, 3, 5), "lyon"),
            MissionRec("osaka", "Osaka", "JP", D(2026, 3, 1), D(2026, 3, 5), "biocat"),
            MissionRec("boston", "Boston", "US", D(2026, 6, 1), D(2026, 6, 5), "lyon"),
            MissionRec("ws", "Lyon workshop", "FR", D(2026, 9, 1), D(2026, 9, 1), "lyon"),
        ),
        organisations=(
            OrgRec("lyon", "Lyonbiopole", "cluster", "FR"),
            OrgRec("biocat", "Biocat", "cluster", "ES"),
            OrgRec("a", "Alpha", "sme", "FR", home_cluster_id="lyon"),
            OrgRec("b", "Beta", "sme", "ES"),  # no home cluster: the mission's lead cluster
            OrgRec("c", "Gamma", "sme", "FR", home_cluster_id="lyon"),
            OrgRec("gw", "Osaka Bio HQ", "gateway_partner", "JP"),
            OrgRec("ag", "Kobe agency", "agency", "JP"),
            OrgRec("f", "Kansai Medical", "foreign_partner", "JP"),
        ),
        companies=(
            CompanyRec("tokyo", "a"), CompanyRec("osaka", "a"),  # Alpha twice in Japan
            CompanyRec("osaka", "b"), CompanyRec("boston", "b"),
            CompanyRec("boston", "c", "cancelled"),  # not accompanied
            CompanyRec("boston", "lyon"),  # the cluster itself is no company accompanied
            CompanyRec("ws", "c"), CompanyRec("ws", "a"),  # at home: counted apart
        ),
        agreements=(
            AgreementRec("m1", "mou", "signed", "MoU HQ", D(2026, 3, 2), D(2026, 3, 4), "osaka",
                         ("lyon", "gw")),
            AgreementRec("m2", "cooperation", "active", "Coop Kobe", D(2026, 3, 2),
                         D(2026, 4, 1), None, ("biocat", "ag")),
            AgreementRec("m3", "mou", "negotiating", "Draft", D(2026, 3, 2), None, "osaka",
                         ("lyon", "gw")),  # not signed
            AgreementRec("s1", "nda", "signed", "NDA", D(2026, 3, 2), D(2026, 3, 3), "osaka",
                         ("a", "gw")),  # not a cooperation agreement
            AgreementRec("m4", "mou", "signed", "MoU Kansai", D(2026, 3, 2), D(2026, 3, 3),
                         "osaka", ("lyon", "f")),  # no gateway partner
        ),
    )


KINDS = {"tokyo": "trade_mission", "osaka": "partnering_event", "boston": "trade_mission",
         "ws": "workshop"}


def test_counted_once_per_total_market_and_cluster() -> None:
    f = company_figures(dataset(), KpiFilter(), mission_kinds=KINDS,
                        gateway_ids=frozenset({"ag"}), country_names={"JP": "Japan"})
    assert (f.companies_accompanied, f.markets) == (2, 2)
    assert [(c.key, c.label, c.companies) for c in f.by_market] == [
        ("JP", "Japan", 2), ("US", "US", 1)]
    # Alpha: its home cluster Lyon; Beta: Biocat (Osaka's lead) and Lyon (Boston's lead).
    assert {c.label: c.companies for c in f.by_cluster} == {"Lyonbiopole": 2, "Biocat": 1}
    assert (f.workshop_companies, f.workshops) == (2, 1)
    # The MoU with the gateway partner and the one with a mission's partner agency.
    assert f.gateway_agreements == 2


def test_the_filter_applies() -> None:
    data = dataset()
    f = company_figures(data, KpiFilter(start=D(2026, 1, 1), end=D(2026, 12, 31)),
                        mission_kinds=KINDS)
    assert f.companies_accompanied == 2 and f.gateway_agreements == 1  # no agency this time
    f = company_figures(data, KpiFilter(country="US"), mission_kinds=KINDS)
    assert (f.companies_accompanied, f.markets) == (1, 1)
    f = company_figures(data, KpiFilter(cluster_id="biocat"), mission_kinds=KINDS)
    assert f.companies_accompanied == 1 and f.by_cluster[0].label == "Biocat"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_funder_report_says_it(workspace, tmp_path: Path) -> None:
    from biox_desktop.reports.funder import write_funder_report

    workspace.seed_demo()
    report = workspace.kpis.report()
    f = report.accompanied
    assert f.companies_accompanied == 15 and f.markets == 4
    assert f.gateway_agreements == 3
    pdf = write_funder_report(tmp_path / "funder.pdf", report)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "15 companies accompanied in 4 markets." in text
    assert "3 cooperation agreements with gateway partners." in text


def test_workshops_count_apart_and_exports_carry_the_figures(workspace, tmp_path: Path) -> None:
    import csv

    from openpyxl import load_workbook

    from biox_desktop.core.missions import MissionInput
    from biox_desktop.core.organisations import OrganisationInput
    from biox_desktop.core.roster import DelegateInput
    from biox_desktop.db.organisations import OrganisationService
    from biox_desktop.reports.funder import export_figures

    orgs = OrganisationService(workspace)
    lyon = orgs.create(OrganisationInput(name="Lyonbiopole", kind="cluster", country="FR"))
    orgs.create(OrganisationInput(name="Vaxiléa", kind="sme", country="FR",
                                  home_cluster_id=lyon.id))
    orgs.create(OrganisationInput(name="Rhône Diagnostics", kind="sme", country="FR"))
    workshop = workspace.missions.create(MissionInput(
        name="Japan market workshop", kind="workshop", country="FR", start_date=D(2026, 5, 4),
        end_date=D(2026, 5, 4), timezone="Europe/Paris", lead_cluster_id=lyon.id))
    trip = workspace.missions.create(MissionInput(
        name="Tokyo trip", kind="trade_mission", country="JP", start_date=D(2026, 9, 7),
        end_date=D(2026, 9, 10), timezone="Asia/Tokyo", lead_cluster_id=lyon.id))
    for mission, company, person in ((workshop.id, "Vaxiléa", "Chloé Fontaine"),
                                     (workshop.id, "Rhône Diagnostics", "Julien Roux"),
                                     (trip.id, "Vaxiléa", "Thomas Giraud")):
        workspace.roster.add(mission, DelegateInput(name=person, organisation=company,
                                                    registration_status="confirmed"))
    f = workspace.kpis.report().accompanied
    assert (f.companies_accompanied, f.markets, f.workshop_companies, f.workshops) == (1, 1, 2, 1)
    assert [(c.label, c.companies) for c in f.by_cluster] == [("Lyonbiopole", 1)]

    rows = list(csv.reader(export_figures(tmp_path / "f.csv", workspace.kpis.report())
                           .open(encoding="utf-8-sig")))
    assert ["accompanied_market", "JP", "Japan", "companies_accompanied",
            "Companies accompanied", "1"] in rows
    book = load_workbook(export_figures(tmp_path / "f.xlsx", workspace.kpis.report()))
    sheet = [list(r) for r in book["Companies accompanied"].iter_rows(values_only=True)]
    assert ["Japan", 1] in sheet and ["Companies at workshops at home", 2] in sheet
