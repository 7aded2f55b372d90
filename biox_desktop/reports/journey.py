"""A company's journey as PDF: every mission it joined, its delegates, meetings, leads,
agreements and follow-ups, across missions and years (what the Organisations screen shows on
its page and ``biox-desktop orgs show --json`` prints).

Built from an :class:`~biox_desktop.core.organisations.OrganisationDetail` only, in the house
style (:mod:`pdfbase`), with names in any script in embedded TrueType fonts.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from biox_desktop.core.enums import (
    AGREEMENT_KINDS,
    MISSION_KINDS,
    ORGANISATION_KINDS,
    ROSTER_ROLES,
)
from biox_desktop.core.i18n import format_day, translate
from biox_desktop.core.organisations import JourneyAgreement, JourneyMission, OrganisationDetail
from biox_desktop.core.outcomes import AGREEMENT_STATUSES, FOLLOW_UP_OUTCOMES, MEETING_OUTCOMES
from biox_desktop.core.places import country_name
from biox_desktop.core.progress import Progress
from biox_desktop.reports.fonts import FontSet, register_fonts
from biox_desktop.reports.pdfbase import (
    PAGE_SIZE,
    Cover,
    house_styles,
    house_table,
    para,
    write_pdf,
)

WIDTH = PAGE_SIZE[0] - 36 * mm


def _label(labels: dict[str, str], key: str) -> str:
    label = labels.get(key, key)
    return translate("shared", label) if label else ""


def _day(value: object) -> str:
    return format_day(value, "medium") if value else "—"  # type: ignore[arg-type]


def _rating(value: int | None) -> str:
    return f"{value}/5" if value else ""


def write_journey(detail: OrganisationDetail, path: str | os.PathLike[str],
                  progress: Progress | None = None) -> Path:
    """Write the journey of ``detail``'s organisation to ``path`` atomically; returns it."""
    fonts = register_fonts()
    o = detail.organisation
    if progress is not None:
        progress.step(0, 0, translate("journey", "Laying out the journey"))
    facts = " · ".join(x for x in (_label(ORGANISATION_KINDS, o.kind), o.city,
                                   country_name(o.country)) if x)
    lines = [facts]
    if o.home_cluster_name:
        lines.append(translate("journey", "Home cluster: {name}").format(name=o.home_cluster_name))
    if detail.missions:
        lines.append(translate("journey", "{n} missions in {c} countries, {years}").format(
            n=len(detail.missions), c=len(detail.countries),
            years=", ".join(str(y) for y in detail.years)))
    title = translate("journey", "{name} — Journey").format(name=o.name)
    cover = Cover(o.name, o.name_native or translate("journey", "Journey across missions"),
                  tuple(lines))
    return write_pdf(path, journey_story(detail, fonts), title=title,
                     subject=translate("journey", "Missions, meetings, leads and agreements"),
                     cover=cover, progress=progress, fonts=fonts)


def journey_story(d: OrganisationDetail, fonts: FontSet | None = None) -> list[Flowable]:
    fonts = fonts or register_fonts()
    st = house_styles(fonts)
    o = d.organisation
    story: list[Flowable] = [para(translate("journey", "Summary"), st["h1"], fonts)]
    if o.description:
        story.append(para(o.description, st["body"], fonts))
    if d.missions:
        # Soft hyphens (\u00ad) let the narrow number columns break long words.
        rows = [[translate("journey", "Mission"), translate("journey", "Dates"),
                 translate("journey", "Country"), translate("journey", "Dele\u00adgates"),
                 translate("journey", "Meet\u00adings"), translate("journey", "Leads"),
                 translate("journey", "Agree\u00adments"),
                 translate("journey", "Follow-\nups done")]]
        for m in d.missions:
            rows.append([
                m.name, _day(m.start_date), country_name(m.country),
                str(sum(1 for x in d.delegates if x.mission_id == m.mission_id)),
                str(sum(1 for x in d.meetings if x.mission_id == m.mission_id)),
                str(sum(1 for x in d.leads if x.mission_id == m.mission_id)),
                str(sum(1 for x in d.agreements if x.mission_id == m.mission_id)),
                str(sum(1 for x in d.follow_ups if x.mission_id == m.mission_id and x.done_on)),
            ])
        story.append(house_table(rows, fonts, col_widths=[
            40 * mm, 24 * mm, 24 * mm, 17 * mm, 17 * mm, 15 * mm, 18 * mm, WIDTH - 155 * mm]))
    else:
        story.append(para(translate("journey", "Not on any mission yet."), st["body"], fonts))

    story.append(para(translate("journey", "People"), st["h2"], fonts))
    if d.people:
        rows = [[translate("journey", "Name"), translate("journey", "Job title"),
                 translate("journey", "E-mail"), translate("journey", "Phone")]]
        rows += [[p.name, p.job_title, p.email, p.phone] for p in d.people]
        story.append(house_table(rows, fonts, col_widths=[48 * mm, 40 * mm, 54 * mm,
                                                          WIDTH - 142 * mm]))
    else:
        story.append(para(translate("journey", "Nobody recorded yet."), st["body"], fonts))

    if d.partner_of:
        story.append(para(translate("journey", "Gateway partner of"), st["h2"], fonts))
        story.append(house_table(
            [[translate("journey", "Mission"), translate("journey", "Dates"),
              translate("journey", "Country")]]
            + [[m.name, _day(m.start_date), country_name(m.country)] for m in d.partner_of],
            fonts))

    for m in d.missions:
        story += _mission(d, m, st, fonts)

    mission_ids = {m.mission_id for m in d.missions}
    others = [a for a in d.agreements if a.mission_id not in mission_ids]
    if others:
        story.append(CondPageBreak(50 * mm))
        story.append(para(translate("journey", "Other agreements"), st["h1"], fonts))
        story.append(_agreements(others, fonts))
    return story


def _mission(d: OrganisationDetail, m: JourneyMission, styles: StyleSheet1,
             fonts: FontSet) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(70 * mm), Spacer(1, 2 * mm),
                           para(m.name, styles["h1"], fonts)]
    facts = [_label(MISSION_KINDS, m.kind), country_name(m.country),
             f"{_day(m.start_date)} – {_day(m.end_date)}"]
    if m.lead_cluster:
        facts.append(translate("journey", "lead cluster {name}").format(name=m.lead_cluster))
    out.append(para(" · ".join(facts), styles["body"], fonts))
    delegates = [x for x in d.delegates if x.mission_id == m.mission_id]
    if delegates:
        out.append(para(translate("journey", "Delegates: {names}").format(names=", ".join(
            f"{x.name} ({_label(ROSTER_ROLES, x.role)})" for x in delegates)),
            styles["body"], fonts))
    meetings = [x for x in d.meetings if x.mission_id == m.mission_id]
    if meetings:
        out.append(para(translate("journey", "Meetings"), styles["h2"], fonts))
        rows = [[translate("journey", "Day"), translate("journey", "With"),
                 translate("journey", "Outcome"), translate("journey", "Rating")]]
        rows += [[_day(x.day), x.counterpart or x.title,
                  _label(MEETING_OUTCOMES, x.outcome) if x.outcome else "", _rating(x.rating)]
                 for x in meetings]
        out.append(house_table(rows, fonts, col_widths=[28 * mm, 90 * mm, 32 * mm,
                                                        WIDTH - 150 * mm]))
    leads = [x for x in d.leads if x.mission_id == m.mission_id]
    if leads:
        out.append(para(translate("journey", "Leads"), styles["h2"], fonts))
        rows = [[translate("journey", "Captured"), translate("journey", "Contact"),
                 translate("journey", "Organisation"), translate("journey", "Rating"),
                 translate("journey", "Next action")]]
        rows += [[_day(x.captured_on), x.name, x.organisation, _rating(x.rating), x.next_action]
                 for x in leads]
        out.append(house_table(rows, fonts, col_widths=[24 * mm, 40 * mm, 52 * mm, 16 * mm,
                                                        WIDTH - 132 * mm]))
    agreements = [x for x in d.agreements if x.mission_id == m.mission_id]
    if agreements:
        out.append(para(translate("journey", "Agreements"), styles["h2"], fonts))
        out.append(_agreements(agreements, fonts))
    follow_ups = [x for x in d.follow_ups if x.mission_id == m.mission_id]
    if follow_ups:
        out.append(para(translate("journey", "Follow-ups"), styles["h2"], fonts))
        rows = [[translate("journey", "Done"), translate("journey", "Due"),
                 translate("journey", "About"), translate("journey", "Outcome"),
                 translate("journey", "Rating")]]
        rows += [[_day(x.done_on) if x.done_on else "", _day(x.due_date), x.subject,
                  _label(FOLLOW_UP_OUTCOMES, x.outcome) if x.outcome else "", _rating(x.rating)]
                 for x in follow_ups]
        out.append(house_table(rows, fonts, col_widths=[24 * mm, 24 * mm, 74 * mm, 34 * mm,
                                                        WIDTH - 156 * mm]))
    return out


def _agreements(agreements: list[JourneyAgreement], fonts: FontSet) -> Flowable:
    rows = [[translate("journey", "Signed"), translate("journey", "Agreement"),
             translate("journey", "Kind"), translate("journey", "Status")]]
    rows += [[_day(a.signed_on) if a.signed_on else "—",
              a.title + ("\n" + " · ".join(a.parties) if a.parties else ""),
              _label(AGREEMENT_KINDS, a.kind), _label(AGREEMENT_STATUSES, a.status)]
             for a in agreements]
    return house_table(rows, fonts, col_widths=[26 * mm, 90 * mm, 30 * mm, WIDTH - 146 * mm])
