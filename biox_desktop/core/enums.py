"""The allowed values of the domain's enumerations, with their labels for people.

Values are stored as plain strings (see :mod:`biox_desktop.db.models`); labels are what screens,
PDFs and commands show. Labels are marked for translation by the UI layer.
"""

from __future__ import annotations

MISSION_KINDS: dict[str, str] = {
    "trade_mission": "Trade mission",
    "discovery_trip": "Discovery trip",
    "partnering_event": "Partnering event",
    # At home: foreign experts invited, the alliance's companies attend (counted apart in KPIs).
    "workshop": "Workshop at home",
}

MISSION_STATUSES: dict[str, str] = {
    "planning": "Planning",
    "open": "Registration open",
    "confirmed": "Confirmed",
    "travelling": "Travelling",
    "closed": "Closed",
    "cancelled": "Cancelled",
}

#: Every organisation kind a row may hold (sync accepts these): the directory's choices and
#: the older values ("foreign_partner", "university"), still shown in words.
ORGANISATION_KINDS: dict[str, str] = {
    "sme": "SME",
    "cluster": "Cluster",
    "foreign_partner": "Foreign partner",
    "investor": "Investor",
    "hospital": "Hospital",
    "agency": "Agency",
    "university": "University",
    "other": "Other",
    "research_institute": "Research institute",
    "gateway_partner": "Foreign cluster / gateway partner",
}

#: The kinds the organisation directory offers, in this order (older values stay readable).
ORGANISATION_KIND_CHOICES: tuple[str, ...] = (
    "cluster", "sme", "research_institute", "gateway_partner", "agency", "investor",
    "hospital", "other",
)

#: Kinds of organisation that may be a mission's gateway partner.
PARTNER_KINDS: tuple[str, ...] = ("gateway_partner", "agency")

ROSTER_ROLES: dict[str, str] = {
    "leader": "Delegation leader",
    "cluster_staff": "Cluster staff",
    "sme_delegate": "SME delegate",
    "expert": "Expert",
    "interpreter": "Interpreter",
}

REGISTRATION_STATUSES: dict[str, str] = {
    "invited": "Invited",
    "registered": "Registered",
    "confirmed": "Confirmed",
    "cancelled": "Cancelled",
}

AGENDA_KINDS: dict[str, str] = {
    "site_visit": "Site visit",
    "conference": "Conference",
    "networking": "Networking",
    "b2b": "B2B session",
    "transfer": "Transfer",
    "meal": "Meal",
}

LEAD_VISIBILITIES: dict[str, str] = {
    "private": "My company only",
    "delegation": "The delegation",
    "network": "The whole network",
}

AGREEMENT_KINDS: dict[str, str] = {
    "nda": "NDA",
    "distribution": "Distribution",
    "licensing": "Licensing",
    "rnd": "R&D collaboration",
    "mou": "MoU",
    "cooperation": "Cluster cooperation agreement",
    "other": "Other",
}

ROLES: dict[str, str] = {
    "coordinator": "Coordinator",
    "leader": "Delegation leader",
    "delegate": "Delegate",
}
