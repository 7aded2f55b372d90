"""Key figures on a small fixture whose right answers are worked out by hand below."""

from __future__ import annotations

import datetime as dt

import pytest

from biox_desktop.core.kpis import (
    DEFINITIONS,
    AgreementRec,
    CompanyRec,
    Dataset,
    DelegateRec,
    FollowUpRec,
    KpiFilter,
    LeadRec,
    MeetingRec,
    MissionRec,
    OrgRec,
    RequestRec,
    build_report,
    compute,
    figure_rows,
    format_figure,
    parse_period,
    scalar_fields,
)

D = dt.date
TODAY = D(2026, 8, 1)


def fixture() -> Dataset:
    """Two clusters (C1 Lyonbiopole: S1, S2; C2 Biocat: S3), two missions (M1 Osaka in March,
    M2 Boston in September), foreign organisations F1, F2 (JP), F3 (US)."""
    orgs = (
        OrgRec("C1", "Lyonbiopole", "cluster", "FR"),
        OrgRec("C2", "Biocat", "cluster", "ES"),
        OrgRec("S1", "SME one", "sme", "FR", "C1"),
        OrgRec("S2", "SME two", "sme", "FR", "C1"),
        OrgRec("S3", "SME three", "sme", "ES", "C2"),
        OrgRec("F1", "Kansai Medical", "foreign_partner", "JP"),
        OrgRec("F2", "Osaka Bio HQ", "agency", "JP"),
        OrgRec("F3", "Back Bay", "foreign_partner", "US"),
    )
    missions = (
        MissionRec("M1", "Osaka", "JP", D(2026, 3, 10), D(2026, 3, 14), "C1"),
        MissionRec("M2", "Boston", "US", D(2026, 9, 1), D(2026, 9, 4), "C2"),
    )
    companies = (
        CompanyRec("M1", "S1"), CompanyRec("M1", "S2"), CompanyRec("M1", "S3", "cancelled"),
        CompanyRec("M2", "S1"), CompanyRec("M2", "S3"),
    )
    delegates = (
        DelegateRec("M1", "p1", "S1"), DelegateRec("M1", "p2", "S1"),
        DelegateRec("M1", "p3", "S2"), DelegateRec("M1", "p4", "S3", "cancelled"),
        DelegateRec("M1", "staff1", "C1"),
        DelegateRec("M2", "p1", "S1"), DelegateRec("M2", "p5", "S3"),
    )
    requests = (
        RequestRec("r1", "M1", "S1"), RequestRec("r2", "M1", "S1"), RequestRec("r3", "M1", "S2"),
        RequestRec("r4", "M1", "S3", "declined"), RequestRec("r5", "M2", "S3"),
    )
    meetings = (
        MeetingRec("m1", "M1", D(2026, 3, 11), "published", "held", 4, "S1"),
        MeetingRec("m2", "M1", D(2026, 3, 11), "published", "no_show", None, "S1"),
        MeetingRec("m3", "M1", D(2026, 3, 12), "published", "held", 2, "S2"),
        MeetingRec("m4", "M1", D(2026, 3, 12), "draft", None, None, "S3"),
        MeetingRec("m5", "M2", D(2026, 9, 2), "published", "held", 5, "S3"),
        MeetingRec("m6", "M2", D(2026, 9, 2), "cancelled", None, None, "S1"),
    )
    leads = (
        LeadRec("l1", "M1", "S1", D(2026, 3, 11), 5, "m1"),
        LeadRec("l2", "M1", "S2", D(2026, 3, 12), 3),
        LeadRec("l3", "M1", "S1", D(2026, 3, 13), None),
        LeadRec("l4", "M2", "S3", D(2026, 9, 2), 4, "m5"),
    )
    follow_ups = (
        FollowUpRec("f1", "after_meeting", D(2026, 3, 18), D(2026, 3, 17), "negotiation", 4,
                    meeting_id="m1"),
        FollowUpRec("f2", "months_later", D(2026, 7, 9), None, meeting_id="m1"),
        FollowUpRec("f3", "after_meeting", D(2026, 3, 19), D(2026, 3, 20), "nothing", 1,
                    meeting_id="m3"),
        FollowUpRec("f4", "after_meeting", D(2026, 9, 9), None, lead_id="l4"),
    )
    agreements = (
        AgreementRec("a1", "nda", "signed", "NDA S1-F1", D(2026, 3, 20), D(2026, 5, 2), "M1",
                     ("S1", "F1"), meeting_ids=("m1",)),
        AgreementRec("a2", "mou", "active", "MoU C1-F2", D(2026, 3, 14), D(2026, 3, 14), "M1",
                     ("C1", "F2")),
        AgreementRec("a3", "distribution", "negotiating", "Distribution S3-F3", D(2026, 9, 20),
                     None, None, ("S3", "F3"), lead_ids=("l4",)),
        AgreementRec("a4", "licensing", "signed", "Licence S3-S1", D(2026, 9, 25),
                     D(2026, 10, 1), None, ("S3", "S1"), lead_ids=("l4",)),
    )
    return Dataset(missions=missions, organisations=orgs, companies=companies,
                   delegates=delegates, requests=requests, meetings=meetings, leads=leads,
                   follow_ups=follow_ups, agreements=agreements)


def test_totals_without_a_filter() -> None:
    k = compute(fixture(), KpiFilter(), today=TODAY)
    assert k.missions == 2
    # M1: S1, S2 (S3 cancelled); M2: S1, S3.
    assert (k.companies, k.distinct_companies) == (4, 3)
    # M1: p1, p2, p3, staff1 (p4 cancelled); M2: p1, p5.
    assert k.delegates == 6
    assert k.meetings_requested == 5  # declined requests were still requested
    # m4 is a draft and m6 cancelled.
    assert (k.meetings_scheduled, k.meetings_held, k.meetings_no_show) == (4, 3, 1)
    assert k.attendance_rate == 75.0  # 3 / (3 + 1)
    assert k.meeting_rating_avg == pytest.approx(3.67)  # (4 + 2 + 5) / 3
    assert (k.leads, k.leads_rated, k.lead_rating_avg, k.hot_leads) == (4, 3, 4.0, 2)
    assert k.lead_ratings == {3: 1, 4: 1, 5: 1}
    # f1, f3 done; f2 (due 9 July) overdue on 1 August; f4 due in September.
    assert (k.follow_ups_done, k.follow_ups_due, k.follow_ups_overdue) == (2, 2, 1)
    assert k.negotiations == 1
    assert k.follow_up_outcomes == {"negotiation": 1, "nothing": 1}
    # Signed: a1 (NDA), a4 (licensing) and the MoU a2; a3 is still in negotiation.
    assert (k.agreements, k.mous, k.agreements_open) == (2, 1, 1)
    assert k.agreements_by_kind == {"licensing": 1, "mou": 1, "nda": 1}
    # a1 links m1; a4 links lead l4, captured at m5: 2 of the 3 held meetings converted.
    assert k.meetings_converted == 2
    assert k.conversion_rate == 66.7


def test_one_cluster_counts_its_own_companies_and_shared_agreements() -> None:
    k = compute(fixture(), KpiFilter(cluster_id="C1"), today=TODAY)
    assert (k.companies, k.distinct_companies, k.delegates) == (3, 2, 5)  # staff1 is C1's
    assert k.meetings_requested == 3
    assert (k.meetings_scheduled, k.meetings_held, k.meetings_no_show) == (3, 2, 1)
    assert (k.leads, k.lead_rating_avg, k.hot_leads) == (3, 4.0, 1)
    assert (k.follow_ups_done, k.follow_ups_due, k.follow_ups_overdue) == (2, 1, 1)
    # a4 is between S3 (Biocat) and S1 (Lyonbiopole): it counts for both clusters.
    assert (k.agreements, k.mous, k.agreements_open) == (2, 1, 0)
    # Of C1's held meetings m1 and m3, only m1 led to an agreement (m5 is Biocat's).
    assert (k.meetings_converted, k.conversion_rate) == (1, 50.0)
    assert k.missions == 2

    b = compute(fixture(), KpiFilter(cluster_id="C2"), today=TODAY)
    assert (b.companies, b.delegates, b.meetings_requested) == (1, 1, 2)
    assert (b.meetings_scheduled, b.meetings_held, b.leads) == (1, 1, 1)
    assert (b.agreements, b.mous, b.agreements_open) == (1, 0, 1)
    assert (b.meetings_converted, b.conversion_rate) == (1, 100.0)


def test_target_country_and_agreements_without_a_mission() -> None:
    k = compute(fixture(), KpiFilter(country="US"), today=TODAY)
    assert (k.missions, k.companies, k.delegates, k.meetings_requested) == (1, 2, 2, 1)
    assert (k.meetings_scheduled, k.meetings_held, k.leads) == (1, 1, 1)
    assert (k.follow_ups_done, k.follow_ups_due, k.follow_ups_overdue) == (0, 1, 0)
    # a3 and a4 have no mission; their lead l4 was captured in Boston.
    assert (k.agreements, k.mous, k.agreements_open) == (1, 0, 1)
    assert k.conversion_rate == 100.0
    assert compute(fixture(), KpiFilter(country="BR"), today=TODAY).is_empty


def test_period_uses_each_records_own_date() -> None:
    k = compute(fixture(), KpiFilter(start=D(2026, 1, 1), end=D(2026, 6, 30)), today=TODAY)
    assert (k.missions, k.companies, k.delegates, k.meetings_requested) == (1, 2, 4, 4)
    assert (k.meetings_scheduled, k.meetings_held, k.leads) == (3, 2, 3)
    assert (k.follow_ups_done, k.follow_ups_due) == (2, 0)  # f2, f4 fall due after June
    # a1 signed 2 May and the MoU 14 March are in; a4 signed in October and open a3 are not.
    assert (k.agreements, k.mous, k.agreements_open) == (1, 1, 0)
    assert (k.meetings_converted, k.conversion_rate) == (1, 50.0)


def test_one_mission_and_the_report_breakdowns() -> None:
    report = build_report(fixture(), KpiFilter(), today=TODAY, country_names={"JP": "Japan"})
    assert [b.label for b in report.by_mission] == ["Osaka", "Boston"]
    osaka, boston = (b.figures for b in report.by_mission)
    assert (osaka.agreements, osaka.mous, osaka.meetings_converted) == (1, 1, 1)
    assert (boston.agreements, boston.agreements_open, boston.meetings_converted) == (1, 1, 1)
    assert osaka == compute(fixture(), KpiFilter(mission_id="M1"), today=TODAY)
    assert [b.label for b in report.by_cluster] == ["Biocat", "Lyonbiopole"]
    # Per-cluster agreement counts may add up to more than the total (shared agreements).
    assert sum(b.figures.agreements for b in report.by_cluster) == 3
    assert report.totals.agreements == 2
    assert [(b.key, b.label) for b in report.by_country] == [("JP", "Japan"), ("US", "US")]
    assert [r.title for r in report.agreements] == [
        "MoU C1-F2", "NDA S1-F1", "Licence S3-S1", "Distribution S3-F3"]
    assert report.agreements[2].mission == "Boston"
    rows = figure_rows(report)
    assert ("total", "total", "All", "agreements", 2) in rows
    assert ("cluster", "C2", "Biocat", "meetings_held", 1) in rows
    assert len(rows) == (1 + 2 + 2 + 2) * len(DEFINITIONS)


def test_rates_are_none_without_a_denominator_and_formatting() -> None:
    k = compute(Dataset(), KpiFilter(), today=TODAY)
    assert k.attendance_rate is None and k.conversion_rate is None and k.is_empty
    assert format_figure("conversion_rate", None) == "–"
    assert format_figure("conversion_rate", 66.66) == "66.7 %"
    assert format_figure("lead_rating_avg", 4.0) == "4.0"
    assert format_figure("leads", 1234) == "1,234"
    assert set(scalar_fields()) == set(DEFINITIONS)


def test_figures_follow_the_language() -> None:
    from biox_desktop.core import i18n

    try:
        i18n.set_language("de")
        assert format_figure("conversion_rate", 28.571) == "28,6\u00a0%"
        assert format_figure("lead_rating_avg", 3.25) == "3,2"
        assert format_figure("leads", 1234) == "1.234"
    finally:
        i18n.set_language("en")


def test_parse_period() -> None:
    assert parse_period("2026-01-01..2026-12-31") == (D(2026, 1, 1), D(2026, 12, 31))
    assert parse_period("2026") == (D(2026, 1, 1), D(2026, 12, 31))
    assert parse_period("..2026-06-30") == (None, D(2026, 6, 30))
    for bad in ("2026-13-01..", "last year", "2026-12-31..2026-01-01"):
        with pytest.raises(ValueError):
            parse_period(bad)
