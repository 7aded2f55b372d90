"""Key figures for funders, computed from plain records (no database), so they can be checked
by hand.

The clusters are funded on results. :func:`compute` counts, for one filter (mission, cluster,
target country, period), the figures defined in :data:`DEFINITIONS`; :func:`build_report` adds
the same figures per mission, per cluster and per target country. The database layer only loads
the records (:mod:`biox_desktop.db.kpis`).

Attribution rules, in short (the full wording is in :data:`DEFINITIONS` and the PDF's notes):

* **mission / country**: a record belongs to the mission it was made on; the country is the
  mission's target country. An agreement without a mission belongs to the mission of the first
  meeting or lead it came from.
* **cluster**: the cluster of origin of the delegation company involved (an SME's home cluster,
  or the cluster itself for cluster staff and MoUs). An agreement counts for every cluster one of
  its parties belongs to, but only once in a total.
* **period**: companies, delegates and meeting requests by the mission's first day; meetings by
  their day; leads by the day they were captured; follow-ups by the day they were done (or are
  due); signed agreements by their signature date, open ones by the day they were registered.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, format_number, format_percent, translate
from biox_desktop.core.outcomes import MOU_KINDS, OPEN_STATUSES, SIGNED_STATUSES

# --------------------------------------------------------------------------------------------
# Input records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MissionRec:
    id: str
    name: str
    country: str
    start_date: dt.date
    end_date: dt.date
    lead_cluster_id: str | None = None


@dataclass(frozen=True, slots=True)
class OrgRec:
    id: str
    name: str
    kind: str  # "cluster", "sme", ...
    country: str | None = None
    home_cluster_id: str | None = None
    name_native: str | None = None

    @property
    def display(self) -> str:
        return f"{self.name} ({self.name_native})" if self.name_native else self.name


@dataclass(frozen=True, slots=True)
class CompanyRec:
    mission_id: str
    organisation_id: str
    status: str = "confirmed"


@dataclass(frozen=True, slots=True)
class DelegateRec:
    mission_id: str
    person_id: str
    organisation_id: str | None
    registration_status: str = "confirmed"


@dataclass(frozen=True, slots=True)
class RequestRec:
    id: str
    mission_id: str
    requester_organisation_id: str | None
    status: str = "pending"


@dataclass(frozen=True, slots=True)
class MeetingRec:
    id: str
    mission_id: str
    day: dt.date
    status: str  # draft | published | cancelled
    outcome: str | None = None  # held | no_show | rescheduled
    rating: int | None = None
    delegation_organisation_id: str | None = None


@dataclass(frozen=True, slots=True)
class LeadRec:
    id: str
    mission_id: str | None
    owner_organisation_id: str | None
    captured_on: dt.date
    rating: int | None = None
    meeting_id: str | None = None
    #: The legal basis the lead is kept on: "consent", "legitimate_interest" or None (missing).
    basis: str | None = None


@dataclass(frozen=True, slots=True)
class FollowUpRec:
    id: str
    kind: str
    due_date: dt.date | None
    done_on: dt.date | None
    outcome: str | None = None
    rating: int | None = None
    lead_id: str | None = None
    meeting_id: str | None = None


@dataclass(frozen=True, slots=True)
class AgreementRec:
    id: str
    kind: str
    status: str
    title: str
    registered_on: dt.date
    signed_on: dt.date | None = None
    mission_id: str | None = None
    party_ids: tuple[str, ...] = ()
    meeting_ids: tuple[str, ...] = ()
    lead_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dataset:
    """Everything the figures are computed from."""

    missions: tuple[MissionRec, ...] = ()
    organisations: tuple[OrgRec, ...] = ()
    companies: tuple[CompanyRec, ...] = ()
    delegates: tuple[DelegateRec, ...] = ()
    requests: tuple[RequestRec, ...] = ()
    meetings: tuple[MeetingRec, ...] = ()
    leads: tuple[LeadRec, ...] = ()
    follow_ups: tuple[FollowUpRec, ...] = ()
    agreements: tuple[AgreementRec, ...] = ()


@dataclass(frozen=True, slots=True)
class KpiFilter:
    """Which records count. Empty fields do not filter; the period includes both ends."""

    mission_id: str | None = None
    cluster_id: str | None = None
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def in_period(self, day: dt.date | None) -> bool:
        if self.start is None and self.end is None:
            return True
        if day is None:
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    @property
    def period_label(self) -> str:
        if self.start is None and self.end is None:
            return translate("kpis", "all dates")
        start = self.start.isoformat() if self.start else "…"
        end = self.end.isoformat() if self.end else "…"
        return translate("kpis", "{start} to {end}").format(start=start, end=end)


def parse_period(text: str) -> tuple[dt.date | None, dt.date | None]:
    """``2026-01-01..2026-12-31`` (either end may be left out) or a year ``2026``."""
    text = text.strip()
    if text.isdigit() and len(text) == 4:
        year = int(text)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    start_text, sep, end_text = text.partition("..")
    if not sep:
        raise ValueError(
            translate(
                "kpis", "'{text}' is not a period: write 2026-01-01..2026-12-31 or 2026"
            ).format(text=text)
        )
    try:
        start = dt.date.fromisoformat(start_text) if start_text else None
        end = dt.date.fromisoformat(end_text) if end_text else None
    except ValueError:
        raise ValueError(
            translate("kpis", "'{text}' is not a period: dates are written YYYY-MM-DD").format(
                text=text
            )
        ) from None
    if start and end and end < start:
        raise ValueError(
            translate("kpis", "the period ends ({end}) before it starts ({start})").format(
                end=end, start=start
            )
        )
    return start, end


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

#: What each figure counts, for the screen's tooltips, the PDF's methodology notes and exports.
DEFINITIONS: dict[str, tuple[str, str]] = {
    "missions": ("Missions", "Missions with at least one counted record, or the chosen mission."),
    "companies": ("Companies taken", "Companies in a mission's delegation, not cancelled or "
                                      "declined; a company on two missions counts twice."),
    "distinct_companies": ("Distinct companies", "Different companies taken, each once."),
    "delegates": ("Delegates taken", "People on a mission's roster (delegates, cluster staff, "
                                     "experts) whose registration was not cancelled."),
    "meetings_requested": ("Meetings requested", "B2B meeting requests made by the delegation, "
                                                 "whatever their answer."),
    "meetings_scheduled": ("Meetings scheduled", "Meetings placed in the published schedule "
                                                 "(drafts and cancelled meetings excluded)."),
    "meetings_held": ("Meetings held", "Scheduled meetings whose outcome was recorded as held."),
    "meetings_no_show": ("No-shows", "Scheduled meetings where the other side did not come."),
    "meetings_rescheduled": ("Rescheduled", "Meetings recorded as moved to another time."),
    "attendance_rate": ("Attendance rate", "Held / (held + no-shows), in percent; meetings "
                                           "without a recorded outcome are left out."),
    "meeting_rating_avg": ("Average meeting rating", "Mean of the 1–5 ratings given right after "
                                                     "held meetings."),
    "leads": ("Leads captured", "Contacts captured by delegates during the mission."),
    "leads_rated": ("Leads rated", "Leads given a 1–5 rating."),
    "lead_rating_avg": ("Average lead rating", "Mean rating of the rated leads."),
    "hot_leads": ("Promising leads", "Leads rated 4 or 5."),
    "leads_consent": ("Leads on consent", "Leads whose person gave consent to the "
                                               "organisation's wording (GDPR basis: consent)."),
    "leads_legitimate_interest": ("Leads on legitimate interest",
                                  "Leads kept on the organisation's legitimate interest "
                                  "(GDPR basis)."),
    "leads_basis_missing": ("Leads without a basis", "Leads with no consent and no "
                                                           "legitimate interest recorded "
                                                           "(consent missing)."),
    "follow_ups_done": ("Follow-ups done", "Follow-ups (right after the meeting, or months "
                                           "later) marked done with their outcome."),
    "follow_ups_due": ("Follow-ups open", "Follow-ups not done yet."),
    "follow_ups_overdue": ("Follow-ups overdue", "Open follow-ups whose due date has passed."),
    "negotiations": ("Negotiations started", "Done follow-ups whose outcome was 'negotiation "
                                             "started'."),
    "agreements": ("SME agreements signed", "Signed SME-to-SME agreements (NDA, distribution, "
                                            "licensing, R&D, other); status signed, in force, "
                                            "expired or terminated."),
    "mous": ("MoUs signed", "Signed cluster cooperation agreements and MoUs with foreign "
                            "partners."),
    "agreements_open": ("Agreements in progress", "Agreements and MoUs registered as draft or "
                                                  "in negotiation."),
    "meetings_converted": ("Meetings that led to an agreement", "Held meetings linked to a "
                                                                "signed agreement or MoU, "
                                                                "directly or through a lead "
                                                                "captured at the meeting."),
    "conversion_rate": ("Conversion meeting → agreement", "Meetings that led to an agreement / "
                                                          "meetings held, in percent."),
}


@dataclass(frozen=True)
class KpiFigures:
    """The figures of one filter. Rates and averages are ``None`` when nothing was there to
    divide."""

    missions: int = 0
    companies: int = 0
    distinct_companies: int = 0
    delegates: int = 0
    meetings_requested: int = 0
    meetings_scheduled: int = 0
    meetings_held: int = 0
    meetings_no_show: int = 0
    meetings_rescheduled: int = 0
    attendance_rate: float | None = None
    meeting_rating_avg: float | None = None
    leads: int = 0
    leads_rated: int = 0
    lead_rating_avg: float | None = None
    hot_leads: int = 0
    leads_consent: int = 0
    leads_legitimate_interest: int = 0
    leads_basis_missing: int = 0
    follow_ups_done: int = 0
    follow_ups_due: int = 0
    follow_ups_overdue: int = 0
    negotiations: int = 0
    agreements: int = 0
    mous: int = 0
    agreements_open: int = 0
    meetings_converted: int = 0
    conversion_rate: float | None = None
    lead_ratings: dict[int, int] = field(default_factory=dict)
    agreements_by_kind: dict[str, int] = field(default_factory=dict)
    follow_up_outcomes: dict[str, int] = field(default_factory=dict)

    def figure(self, key: str) -> int | float | None:
        value = getattr(self, key)
        assert not isinstance(value, dict)
        return value

    @property
    def is_empty(self) -> bool:
        return not any(self.figure(k) for k in DEFINITIONS if k != "missions")


#: The scalar figures in display order (the keys of :data:`DEFINITIONS`).
FIGURE_KEYS: tuple[str, ...] = tuple(DEFINITIONS)
#: Percentages (shown with a % sign) and averages (one decimal).
RATE_KEYS = frozenset({"attendance_rate", "conversion_rate"})
AVERAGE_KEYS = frozenset({"meeting_rating_avg", "lead_rating_avg"})


def format_figure(key: str, value: int | float | None) -> str:
    """A figure as people read it: ``42``, ``61.5 %``, ``3.4``, or ``–`` for nothing."""
    if value is None:
        return "–"
    if key in RATE_KEYS:
        return format_percent(value)
    if key in AVERAGE_KEYS:
        return format_number(value, 1)
    return format_number(int(value))


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The figures of one mission, cluster or country."""

    key: str
    label: str
    figures: KpiFigures


@dataclass(frozen=True, slots=True)
class AgreementRow:
    id: str
    kind: str
    status: str
    title: str
    signed_on: dt.date | None
    mission: str
    country: str
    parties: tuple[str, ...]


@dataclass(frozen=True)
class KpiReport:
    """Totals for a filter, the same figures per mission, cluster and country, and the list of
    agreements counted."""

    filter: KpiFilter
    today: dt.date
    totals: KpiFigures
    by_mission: tuple[Breakdown, ...]
    by_cluster: tuple[Breakdown, ...]
    by_country: tuple[Breakdown, ...]
    agreements: tuple[AgreementRow, ...]
    filter_labels: tuple[tuple[str, str], ...] = ()
    #: Companies accompanied per market and cluster, workshops, gateway agreements
    #: (a :class:`biox_desktop.core.accompanied.CompanyFigures`; None when not computed).
    accompanied: Any = None


# --------------------------------------------------------------------------------------------
# Computation
# --------------------------------------------------------------------------------------------


class _Index:
    """Look-ups over a dataset: the mission, country and clusters of each record."""

    def __init__(self, data: Dataset) -> None:
        self.data = data
        self.missions = {m.id: m for m in data.missions}
        self.orgs = {o.id: o for o in data.organisations}
        self.meetings = {m.id: m for m in data.meetings}
        self.leads = {lead.id: lead for lead in data.leads}

    def cluster_of(self, org_id: str | None) -> str | None:
        if org_id is None:
            return None
        org = self.orgs.get(org_id)
        if org is None:
            return None
        if org.kind == "cluster":
            return org.id
        return org.home_cluster_id

    def country_of(self, mission_id: str | None) -> str | None:
        mission = self.missions.get(mission_id or "")
        return mission.country if mission else None

    def mission_start(self, mission_id: str | None) -> dt.date | None:
        mission = self.missions.get(mission_id or "")
        return mission.start_date if mission else None

    def agreement_mission(self, a: AgreementRec) -> str | None:
        if a.mission_id:
            return a.mission_id
        for meeting_id in a.meeting_ids:
            if meeting_id in self.meetings:
                return self.meetings[meeting_id].mission_id
        for lead_id in a.lead_ids:
            lead = self.leads.get(lead_id)
            if lead is not None and lead.mission_id:
                return lead.mission_id
        return None

    def agreement_clusters(self, a: AgreementRec) -> set[str]:
        return {c for c in (self.cluster_of(p) for p in a.party_ids) if c}

    def follow_up_subject(self, f: FollowUpRec) -> tuple[str | None, str | None]:
        """(mission id, delegation organisation id) a follow-up is about."""
        if f.meeting_id and f.meeting_id in self.meetings:
            meeting = self.meetings[f.meeting_id]
            return meeting.mission_id, meeting.delegation_organisation_id
        if f.lead_id and f.lead_id in self.leads:
            lead = self.leads[f.lead_id]
            return lead.mission_id, lead.owner_organisation_id
        return None, None


def _keep(ix: _Index, flt: KpiFilter, mission_id: str | None, clusters: Iterable[str | None],
          day: dt.date | None) -> bool:
    if flt.mission_id is not None and mission_id != flt.mission_id:
        return False
    if flt.country is not None and ix.country_of(mission_id) != flt.country:
        return False
    if flt.cluster_id is not None and flt.cluster_id not in set(clusters):
        return False
    return flt.in_period(day)


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _rate(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def compute(data: Dataset, flt: KpiFilter, *, today: dt.date,
            index: _Index | None = None) -> KpiFigures:
    """The figures of :data:`DEFINITIONS` for the records ``flt`` keeps."""
    ix = index or _Index(data)
    missions_seen: set[str] = set()

    def keep(mission_id: str | None, org_id: str | None, day: dt.date | None) -> bool:
        ok = _keep(ix, flt, mission_id, [ix.cluster_of(org_id)], day)
        if ok and mission_id:
            missions_seen.add(mission_id)
        return ok

    companies = [c for c in data.companies
                 if c.status not in ("cancelled", "declined")
                 and keep(c.mission_id, c.organisation_id, ix.mission_start(c.mission_id))]
    delegates = [d for d in data.delegates
                 if d.registration_status != "cancelled"
                 and keep(d.mission_id, d.organisation_id, ix.mission_start(d.mission_id))]
    requests = [r for r in data.requests
                if keep(r.mission_id, r.requester_organisation_id, ix.mission_start(r.mission_id))]
    meetings = [m for m in data.meetings
                if m.status not in ("draft", "cancelled")
                and keep(m.mission_id, m.delegation_organisation_id, m.day)]
    held = [m for m in meetings if m.outcome == "held"]
    no_show = sum(1 for m in meetings if m.outcome == "no_show")
    leads = [lead for lead in data.leads
             if keep(lead.mission_id, lead.owner_organisation_id, lead.captured_on)]
    ratings = [lead.rating for lead in leads if lead.rating is not None]

    follow_ups = []
    for f in data.follow_ups:
        mission_id, org_id = ix.follow_up_subject(f)
        if keep(mission_id, org_id, f.done_on or f.due_date):
            follow_ups.append(f)
    done = [f for f in follow_ups if f.done_on is not None]
    open_ = [f for f in follow_ups if f.done_on is None]

    agreements: list[AgreementRec] = []
    for a in data.agreements:
        mission_id = ix.agreement_mission(a)
        signed = a.status in SIGNED_STATUSES
        day = a.signed_on if signed else a.registered_on
        if _keep(ix, flt, mission_id, ix.agreement_clusters(a), day):
            agreements.append(a)
            if mission_id:
                missions_seen.add(mission_id)
    signed_agreements = [a for a in agreements if a.status in SIGNED_STATUSES]

    # A held meeting converted when a signed agreement links it, or links a lead made there.
    converted_ids: set[str] = set()
    for a in signed_agreements:
        converted_ids.update(a.meeting_ids)
        for lead_id in a.lead_ids:
            lead = ix.leads.get(lead_id)
            if lead is not None and lead.meeting_id:
                converted_ids.add(lead.meeting_id)
    converted = sum(1 for m in held if m.id in converted_ids)

    if flt.mission_id is not None and flt.mission_id in ix.missions:
        missions_seen.add(flt.mission_id)
    return KpiFigures(
        missions=len(missions_seen),
        companies=len(companies),
        distinct_companies=len({c.organisation_id for c in companies}),
        delegates=len(delegates),
        meetings_requested=len(requests),
        meetings_scheduled=len(meetings),
        meetings_held=len(held),
        meetings_no_show=no_show,
        meetings_rescheduled=sum(1 for m in meetings if m.outcome == "rescheduled"),
        attendance_rate=_rate(len(held), len(held) + no_show),
        meeting_rating_avg=_mean([m.rating for m in held if m.rating is not None]),
        leads=len(leads),
        leads_rated=len(ratings),
        lead_rating_avg=_mean(ratings),
        hot_leads=sum(1 for r in ratings if r >= 4),
        leads_consent=sum(1 for lead in leads if lead.basis == "consent"),
        leads_legitimate_interest=sum(1 for lead in leads if lead.basis == "legitimate_interest"),
        leads_basis_missing=sum(1 for lead in leads if lead.basis is None),
        follow_ups_done=len(done),
        follow_ups_due=len(open_),
        follow_ups_overdue=sum(1 for f in open_ if f.due_date is not None and f.due_date < today),
        negotiations=sum(1 for f in done if f.outcome == "negotiation"),
        agreements=sum(1 for a in signed_agreements if a.kind not in MOU_KINDS),
        mous=sum(1 for a in signed_agreements if a.kind in MOU_KINDS),
        agreements_open=sum(1 for a in agreements if a.status in OPEN_STATUSES),
        meetings_converted=converted,
        conversion_rate=_rate(converted, len(held)),
        lead_ratings={r: n for r, n in sorted(Counter(ratings).items())},
        agreements_by_kind=dict(sorted(Counter(a.kind for a in signed_agreements).items())),
        follow_up_outcomes=dict(sorted(Counter(f.outcome or "unknown" for f in done).items())),
    )


def build_report(data: Dataset, flt: KpiFilter, *, today: dt.date,
                 country_names: dict[str, str] | None = None) -> KpiReport:
    """Totals for ``flt`` plus the same figures per mission, cluster and target country."""
    ix = _Index(data)
    names = country_names or {}
    totals = compute(data, flt, today=today, index=ix)

    by_mission = []
    for m in sorted(data.missions, key=lambda m: (m.start_date, m.name)):
        if flt.mission_id not in (None, m.id) or flt.country not in (None, m.country):
            continue
        figures = compute(data, replace(flt, mission_id=m.id), today=today, index=ix)
        if not figures.is_empty:
            by_mission.append(Breakdown(m.id, m.name, figures))

    by_cluster = []
    clusters = sorted((o for o in data.organisations if o.kind == "cluster"), key=lambda o: o.name)
    for c in clusters:
        if flt.cluster_id not in (None, c.id):
            continue
        figures = compute(data, replace(flt, cluster_id=c.id), today=today, index=ix)
        if not figures.is_empty:
            by_cluster.append(Breakdown(c.id, c.name, figures))

    by_country = []
    for code in sorted({m.country for m in data.missions}):
        if flt.country not in (None, code):
            continue
        figures = compute(data, replace(flt, country=code), today=today, index=ix)
        if not figures.is_empty:
            by_country.append(Breakdown(code, names.get(code, code), figures))

    rows = []
    for a in data.agreements:
        mission_id = ix.agreement_mission(a)
        day = a.signed_on if a.status in SIGNED_STATUSES else a.registered_on
        if not _keep(ix, flt, mission_id, ix.agreement_clusters(a), day):
            continue
        mission = ix.missions.get(mission_id or "")
        parties = tuple(ix.orgs[p].display for p in a.party_ids if p in ix.orgs)
        rows.append(AgreementRow(
            id=a.id, kind=a.kind, status=a.status, title=a.title, signed_on=a.signed_on,
            mission=mission.name if mission else "", country=mission.country if mission else "",
            parties=parties,
        ))
    rows.sort(key=lambda r: (r.signed_on is None, r.signed_on or dt.date.min, r.title))

    labels: list[tuple[str, str]] = []
    if flt.mission_id:
        chosen = ix.missions.get(flt.mission_id)
        labels.append(("Mission", chosen.name if chosen else flt.mission_id))
    if flt.cluster_id:
        org = ix.orgs.get(flt.cluster_id)
        labels.append(("Cluster", org.name if org else flt.cluster_id))
    if flt.country:
        labels.append(("Target country", names.get(flt.country, flt.country)))
    labels.append((QT_TRANSLATE_NOOP("shared", "Period"), flt.period_label))
    return KpiReport(filter=flt, today=today, totals=totals, by_mission=tuple(by_mission),
                     by_cluster=tuple(by_cluster), by_country=tuple(by_country),
                     agreements=tuple(rows), filter_labels=tuple(labels))


def figure_rows(report: KpiReport) -> list[tuple[str, str, str, str, int | float | None]]:
    """Every figure of a report as (section, key, label, figure, value) rows, for exports."""
    rows: list[tuple[str, str, str, str, int | float | None]] = []
    sections: list[tuple[str, list[Breakdown]]] = [
        ("total", [Breakdown("total", "All", report.totals)]),
        ("mission", list(report.by_mission)),
        ("cluster", list(report.by_cluster)),
        ("country", list(report.by_country)),
    ]
    for section, breakdowns in sections:
        for b in breakdowns:
            for key in FIGURE_KEYS:
                rows.append((section, b.key, b.label, key, b.figures.figure(key)))
    return rows


def scalar_fields() -> list[str]:
    """Names of the single-number fields of :class:`KpiFigures` (the breakdowns by kind or
    outcome are dicts); each needs an entry in DEFINITIONS, which a test checks."""
    return [f.name for f in fields(KpiFigures) if not str(f.type).startswith("dict")]
