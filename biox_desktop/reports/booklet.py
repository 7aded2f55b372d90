"""The roster booklet PDF: a cover, the delegates with contacts and flights, a page per company.

Names in any script (accented Latin, Chinese, Japanese, Korean) render with embedded TrueType
fonts (see :mod:`fonts`); times are shown in the mission's zone.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from biox_desktop.core.enums import MISSION_KINDS, ORGANISATION_KINDS, ROSTER_ROLES
from biox_desktop.core.i18n import format_datetime, format_day, translate
from biox_desktop.core.missions import MissionView
from biox_desktop.core.organisations import PartnerView
from biox_desktop.core.places import country_name
from biox_desktop.core.progress import Progress
from biox_desktop.core.roster import VISA_STATUSES, CompanyView, DelegateView
from biox_desktop.db.workspace import Workspace
from biox_desktop.reports.fonts import FontSet, register_fonts
from biox_desktop.reports.pdfbase import Cover, house_styles, house_table, para, write_pdf


def write_booklet(ws: Workspace, mission_id: str, path: str | os.PathLike[str],
                  progress: Progress | None = None) -> Path:
    """Write the booklet of a mission to ``path`` (atomically); returns the path."""
    mission = ws.missions.get(mission_id)
    delegates = [d for d in ws.roster.list(mission_id) if d.registration_status != "cancelled"]
    companies = ws.roster.companies(mission_id)
    if progress is not None:
        progress.step(0, 0, translate("pdf", "Laying out the booklet"))
    from biox_desktop.db.organisations import OrganisationService

    partners = OrganisationService(ws).partners(mission_id)
    story = booklet_story(mission, delegates, companies, partners)
    lines = (
        f"{format_day(mission.start_date, 'long')} – {format_day(mission.end_date, 'long')}",
        ", ".join(mission.cities) + (" · " if mission.cities else "")
        + country_name(mission.country),
        translate("pdf", "{c} companies · {d} delegates").format(c=len(companies), d=len(delegates)),
    ) + ((translate("pdf", "Lead cluster: {name}").format(name=mission.lead_cluster_name),) if mission.lead_cluster_name else ())
    return write_pdf(path, story, title=translate("pdf", "{name} — Roster booklet").format(name=mission.name),
                     subject=translate("pdf", "Delegation roster"),
                     cover=Cover(mission.name, translate("pdf", "{kind} · Delegation roster").format(
                         kind=_label(MISSION_KINDS, mission.kind)), lines),
                     progress=progress)


def _label(labels: dict[str, str], key: str) -> str:
    """The label of an enum key in the user's language (catalogue context ``shared``)."""
    label = labels.get(key, key)
    return translate("shared", label) if label else label


def _when(value: dt.datetime | None, zone: ZoneInfo) -> str:
    return format_datetime(value.astimezone(zone), "short") if value else ""


def booklet_story(mission: MissionView, delegates: list[DelegateView],
                  companies: list[CompanyView],
                  partners: Sequence[PartnerView] = ()) -> list[Flowable]:
    fonts = register_fonts()
    styles = house_styles(fonts)
    zone = ZoneInfo(mission.timezone)
    story: list[Flowable] = [para(translate("pdf", "Delegates"), styles["h1"], fonts),
                             para(translate("pdf", "Times are local to {zone}.").format(zone=mission.timezone), styles["small"],
                                  fonts)]
    rows = [[translate("pdf", "Delegate"), translate("pdf", "Organisation · role"), translate("pdf", "Contact"),
             translate("pdf", "Arrival"), translate("pdf", "Departure"), translate("pdf", "Hotel")]]
    for d in sorted(delegates, key=lambda d: (d.organisation.casefold(), d.name.casefold())):
        rows.append([
            d.display_name,
            "\n".join(x for x in (d.organisation, _label(ROSTER_ROLES, d.role)) if x),
            "\n".join(x for x in (d.email, d.phone) if x),
            "\n".join(x for x in (d.arrival_flight, _when(d.arrival_at, zone)) if x),
            "\n".join(x for x in (d.departure_flight, _when(d.departure_at, zone)) if x),
            d.hotel,
        ])
    story.append(house_table(rows, fonts, col_widths=[38 * mm, 34 * mm, 40 * mm, 22 * mm,
                                                       22 * mm, 18 * mm]))
    needs = [d for d in delegates if d.dietary or d.accessibility or d.interpreter_needed]
    if needs:
        story += [CondPageBreak(40 * mm), para(translate("pdf", "Needs"), styles["h2"], fonts)]
        need_rows = [[translate("pdf", "Delegate"), translate("pdf", "Dietary"), translate("pdf", "Accessibility"),
                      translate("pdf", "Interpreter"), translate("pdf", "Visa")]]
        for d in needs:
            need_rows.append([d.display_name, d.dietary, d.accessibility,
                              translate("pdf", "yes") if d.interpreter_needed else "",
                              _label(VISA_STATUSES, d.visa_status)])
        story.append(house_table(need_rows, fonts))
    if partners:
        story += [CondPageBreak(50 * mm), para(translate("pdf", "Gateway partners"),
                                                 styles["h2"], fonts)]
        partner_rows = [[translate("pdf", "Organisation"), translate("pdf", "Where"),
                         translate("pdf", "Contacts")]]
        for p in partners:
            partner_rows.append([
                "\n".join(x for x in (p.name, p.name_native, _label(ORGANISATION_KINDS, p.kind))
                          if x),
                " · ".join(x for x in (p.city, country_name(p.country)) if x),
                "\n".join(" · ".join(x for x in (c.name, c.job_title, c.email, c.phone) if x)
                          for c in p.contacts),
            ])
        story.append(house_table(partner_rows, fonts, col_widths=[60 * mm, 36 * mm, 78 * mm]))
    for company in companies:
        story.append(PageBreak())
        story += _company(company, zone, styles, fonts)
    return story


def _company(c: CompanyView, zone: ZoneInfo, st: StyleSheet1, fonts: FontSet
             ) -> list[Flowable]:
    title = f"{c.name_native} — {c.name}" if c.name_native else c.name
    facts = " · ".join(x for x in (
        _label(ORGANISATION_KINDS, c.kind), c.city,
        country_name(c.country) if c.country else "", c.home_cluster and f"{c.home_cluster}")
        if x)
    out: list[Flowable] = [para(title, st["h1"], fonts), para(facts, st["body"], fonts)]
    if c.website:
        out.append(para(c.website, st["small"], fonts))
    if c.sector_tags:
        out.append(para(translate("pdf", "Sectors: {tags}").format(tags=", ".join(c.sector_tags)), st["body"], fonts))
    out.append(Spacer(1, 4 * mm))
    out.append(para(translate("pdf", "Profile"), st["h2"], fonts))
    out.append(para(c.profile or translate("pdf", "No profile given yet."), st["body"], fonts))
    out.append(para(translate("pdf", "Delegates"), st["h2"], fonts))
    if not c.delegates:
        out.append(para(translate("pdf", "No delegate registered yet."), st["body"], fonts))
        return out
    rows = [[translate("pdf", "Delegate"), translate("pdf", "Role"), translate("pdf", "Contact"),
             translate("pdf", "Flights")]]
    for d in c.delegates:
        flights = " → ".join(x for x in (
            " ".join(y for y in (d.arrival_flight, _when(d.arrival_at, zone)) if y),
            " ".join(y for y in (d.departure_flight, _when(d.departure_at, zone)) if y)) if x)
        rows.append([d.display_name + (f"\n{d.job_title}" if d.job_title else ""),
                     _label(ROSTER_ROLES, d.role),
                     "\n".join(x for x in (d.email, d.phone) if x), flights])
    out.append(KeepTogether([house_table(rows, fonts,
                                         col_widths=[50 * mm, 30 * mm, 50 * mm, 44 * mm])]))
    return out
