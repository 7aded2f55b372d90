"""``biox-desktop orgs list|add|edit|show``: the organisation directory."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_OK, print_json, print_table
from biox_desktop.core.enums import ORGANISATION_KIND_CHOICES, ORGANISATION_KINDS
from biox_desktop.core.organisations import OrganisationDetail, OrganisationInput
from biox_desktop.core.places import country_name
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.db.organisations import OrganisationService
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    parser = sub.add_parser("orgs", help="the organisation directory: clusters, SMEs, partners")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("list", help="list organisations")
    p.add_argument("--search", default="", help="part of a name (any script) or city")
    p.add_argument("--kind", choices=list(ORGANISATION_KINDS))
    p.add_argument("--country", help="ISO code, e.g. JP")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("add", help="add an organisation")
    p.add_argument("name")
    _options(p, adding=True)
    p.set_defaults(handler=cmd_add)

    p = verbs.add_parser("edit", help="change an organisation")
    p.add_argument("organisation", help="id, id prefix or exact name")
    p.add_argument("--name")
    _options(p, adding=False)
    p.set_defaults(handler=cmd_edit)

    p = verbs.add_parser("show", help="an organisation, its people and everything linked to "
                                      "it (an SME's journey across missions)")
    p.add_argument("organisation", help="id, id prefix or exact name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="also write the journey as PDF")
    p.set_defaults(handler=cmd_show)


def _options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    # The directory offers the current kinds; older stored values stay as they are.
    p.add_argument("--kind", required=adding, choices=list(ORGANISATION_KIND_CHOICES))
    p.add_argument("--native-name", help="the name in its own script (関西メディカル)")
    p.add_argument("--country", help="ISO code or English name")
    p.add_argument("--city")
    p.add_argument("--website")
    p.add_argument("--home-cluster", help="an SME's cluster: id or exact name ('' for none)")
    p.add_argument("--notes", help="description")
    p.add_argument("--tags", help="comma-separated sector tags")
    p.add_argument("--json", action="store_true", help="print the organisation as JSON")


def _service(ws: Workspace) -> OrganisationService:
    return OrganisationService(ws)


def _input(ws: Workspace, args: argparse.Namespace,
           base: OrganisationInput | None) -> OrganisationInput:
    b = base or OrganisationInput(name="", kind="")

    def pick(name: str, default: Any) -> Any:
        value = getattr(args, name, None)
        return default if value is None else value

    home = b.home_cluster_id
    if args.home_cluster is not None:
        home = _service(ws).find(args.home_cluster).id if args.home_cluster.strip() else None
    tags = (tuple(t.strip() for t in args.tags.split(",")) if args.tags is not None
            else b.sector_tags)
    return OrganisationInput(
        name=pick("name", b.name), kind=pick("kind", b.kind),
        name_native=pick("native_name", b.name_native), country=pick("country", b.country),
        city=pick("city", b.city), website=pick("website", b.website), home_cluster_id=home,
        description=pick("notes", b.description), sector_tags=tags,
    )


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    orgs = _service(ws).list(search=args.search, kind=args.kind, country=args.country)
    if args.json:
        print_json(orgs)
        return EXIT_OK
    print_table(["ID", "NAME", "KIND", "COUNTRY", "CITY", "HOME CLUSTER", "PEOPLE", "MISSIONS"],
                [[o.id, o.display, ORGANISATION_KINDS.get(o.kind, o.kind),
                  country_name(o.country), o.city, o.home_cluster_name, str(o.people),
                  str(o.missions)] for o in orgs])
    return EXIT_OK


def _print_one(ws: Workspace, org_id: str, as_json: bool) -> None:
    o = _service(ws).get(org_id)
    if as_json:
        print_json(o)
        return
    print(f"{o.display} ({o.id})")
    where = ", ".join(x for x in (o.city, country_name(o.country)) if x)
    print(f"  {ORGANISATION_KINDS.get(o.kind, o.kind)}{' in ' + where if where else ''}")
    if o.home_cluster_name:
        print(f"  home cluster: {o.home_cluster_name}")
    if o.website:
        print(f"  {o.website}")


def cmd_add(ws: Workspace, args: argparse.Namespace) -> int:
    org = _service(ws).create(_input(ws, args, None))
    _print_one(ws, org.id, args.json)
    return EXIT_OK


def cmd_edit(ws: Workspace, args: argparse.Namespace) -> int:
    current = _service(ws).find(args.organisation)
    changed = _input(ws, args, current.to_input())
    if changed == current.to_input():
        raise ValidationError([FieldError("organisation", "nothing to change: give an option")])
    _service(ws).update(current.id, changed)
    _print_one(ws, current.id, args.json)
    return EXIT_OK


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    service = _service(ws)
    detail = service.show(service.find(args.organisation).id)
    if args.pdf is not None:
        from biox_desktop.reports.journey import write_journey

        write_journey(detail, args.pdf)
    if args.json:
        print_json(detail)
    else:
        _print_detail(detail)
        if args.pdf is not None:
            print(f"wrote {args.pdf}")
    return EXIT_OK


def _print_detail(d: OrganisationDetail) -> None:
    o = d.organisation
    print(f"{o.display} ({o.id})")
    print(f"  {ORGANISATION_KINDS.get(o.kind, o.kind)}"
          f"{', ' + ', '.join(x for x in (o.city, country_name(o.country)) if x) if o.country or o.city else ''}"
          f"{' · home cluster ' + o.home_cluster_name if o.home_cluster_name else ''}")
    if d.people:
        print("people:")
        for p in d.people:
            print(f"  {p.name}{' · ' + p.job_title if p.job_title else ''}"
                  f"{' · ' + p.email if p.email else ''}")
    if d.missions:
        print(f"missions ({len(d.missions)} in {len(d.countries)} countries):")
        for m in d.missions:
            delegates = [x.name for x in d.delegates if x.mission_id == m.mission_id]
            meetings = sum(1 for x in d.meetings if x.mission_id == m.mission_id)
            leads = sum(1 for x in d.leads if x.mission_id == m.mission_id)
            print(f"  {m.start_date:%Y-%m-%d} {m.name} ({country_name(m.country)}): "
                  f"{', '.join(delegates) or 'no delegate'}; {meetings} meetings, {leads} leads")
    if d.partner_of:
        print("gateway partner of:")
        for m in d.partner_of:
            print(f"  {m.start_date:%Y-%m-%d} {m.name} ({country_name(m.country)})")
    if d.agreements:
        print("agreements:")
        for a in d.agreements:
            print(f"  {a.signed_on or '—'} {a.title} [{a.status}]")
    done = sum(1 for f in d.follow_ups if f.done_on)
    if d.follow_ups:
        print(f"follow-ups: {done} done, {len(d.follow_ups) - done} open")
