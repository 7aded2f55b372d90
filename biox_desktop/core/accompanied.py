"""Companies accompanied, per market and per cluster; workshops at home; cooperation agreements
with gateway partners. Computed from plain records (no database), like :mod:`core.kpis`, and
shown in the funder report ("21 companies accompanied in 7 markets").

Rules:

* **accompanied**: a company (any organisation but a cluster) on the delegation of a mission
  abroad (every kind but a workshop), unless its place was cancelled or declined; counted once
  however many missions it joined.
* **market**: the mission's target country; a company counts once per market.
* **cluster**: the company's home cluster; without one, the lead cluster of the mission. A
  company counts once per cluster.
* **workshops**: companies on the delegation of a workshop at home, counted apart.
* **cooperation agreements with gateway partners**: signed MoUs and cluster cooperation
  agreements one of whose parties is a gateway partner (an organisation of that kind, a
  mission's gateway partner, or a party in the role of gateway partner).

The filter (mission, cluster, target country, period) applies as in :mod:`core.kpis`; the period
by the mission's first day (agreements: by their signature date).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from biox_desktop.core.kpis import Dataset, KpiFilter, _Index, _keep
from biox_desktop.core.outcomes import MOU_KINDS, SIGNED_STATUSES

WORKSHOP = "workshop"
GATEWAY_KIND = "gateway_partner"


@dataclass(frozen=True, slots=True)
class Count:
    """A count for one market or cluster."""

    key: str
    label: str
    companies: int


@dataclass(frozen=True)
class CompanyFigures:
    companies_accompanied: int = 0
    markets: int = 0
    by_market: tuple[Count, ...] = ()
    by_cluster: tuple[Count, ...] = ()
    workshop_companies: int = 0
    workshops: int = 0
    gateway_agreements: int = 0
    gateway_partners: int = 0


def company_figures(data: Dataset, flt: KpiFilter, *, mission_kinds: dict[str, str],
                    gateway_ids: frozenset[str] = frozenset(),
                    country_names: dict[str, str] | None = None) -> CompanyFigures:
    """The figures above for the records ``flt`` keeps. ``mission_kinds``: mission id -> kind;
    ``gateway_ids``: organisations that are a mission's gateway partner or a party in that role."""
    ix = _Index(data)
    names = country_names or {}
    by_market: dict[str, set[str]] = defaultdict(set)
    by_cluster: dict[str, set[str]] = defaultdict(set)
    accompanied: set[str] = set()
    at_workshops: set[str] = set()
    workshops: set[str] = set()
    for c in data.companies:
        if c.status in ("cancelled", "declined"):
            continue
        org = ix.orgs.get(c.organisation_id)
        mission = ix.missions.get(c.mission_id)
        if org is None or mission is None or org.kind == "cluster":
            continue
        cluster = org.home_cluster_id or mission.lead_cluster_id
        if not _keep(ix, flt, mission.id, [cluster], mission.start_date):
            continue
        if mission_kinds.get(mission.id) == WORKSHOP:
            at_workshops.add(org.id)
            workshops.add(mission.id)
            continue
        accompanied.add(org.id)
        by_market[mission.country].add(org.id)
        if cluster:
            by_cluster[cluster].add(org.id)
    gateways = set(gateway_ids) | {o.id for o in data.organisations if o.kind == GATEWAY_KIND}
    agreements = 0
    for a in data.agreements:
        if a.kind not in MOU_KINDS or a.status not in SIGNED_STATUSES:
            continue
        if not gateways.intersection(a.party_ids):
            continue
        if _keep(ix, flt, ix.agreement_mission(a), ix.agreement_clusters(a), a.signed_on):
            agreements += 1
    markets = tuple(sorted((Count(code, names.get(code, code), len(ids))
                            for code, ids in by_market.items()),
                           key=lambda x: (-x.companies, x.label)))
    clusters = tuple(sorted((Count(cid, ix.orgs[cid].name if cid in ix.orgs else cid, len(ids))
                             for cid, ids in by_cluster.items()),
                            key=lambda x: (-x.companies, x.label)))
    return CompanyFigures(
        companies_accompanied=len(accompanied), markets=len(markets), by_market=markets,
        by_cluster=clusters, workshop_companies=len(at_workshops), workshops=len(workshops),
        gateway_agreements=agreements, gateway_partners=len(gateways))
