"""``biox-desktop missions list|add|show|edit|delete|partners|briefing``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_OK, print_json, print_table
from biox_desktop.core.enums import MISSION_KINDS, MISSION_STATUSES, ORGANISATION_KINDS
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.places import country_name
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    parser = sub.add_parser("missions", help="list and edit missions")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("list", help="list missions")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("show", help="show one mission")
    p.add_argument("mission", help="mission id, id prefix or exact name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = verbs.add_parser("add", help="create a mission")
    _mission_options(p, required=True)
    p.set_defaults(handler=cmd_add)

    p = verbs.add_parser("edit", help="change a mission")
    p.add_argument("mission", help="mission id, id prefix or exact name")
    _mission_options(p, required=False)
    p.set_defaults(handler=cmd_edit)

    p = verbs.add_parser("delete", help="delete a mission")
    p.add_argument("mission", help="mission id, id prefix or exact name")
    p.set_defaults(handler=cmd_delete)

    p = verbs.add_parser("partners", help="the mission's gateway partners")
    partner_verbs = p.add_subparsers(dest="partner_verb", metavar="ACTION", required=True)
    for action, text in (("list", "list the gateway partners"),
                         ("add", "add a gateway partner, foreign cluster or agency"),
                         ("remove", "remove a partner (it stays in the directory)")):
        q = partner_verbs.add_parser(action, help=text)
        q.add_argument("mission", help="mission id, id prefix or exact name")
        if action != "list":
            q.add_argument("organisation", help="organisation id, id prefix or exact name")
        q.add_argument("--json", action="store_true", help="print JSON")
        q.set_defaults(handler=cmd_partners)

    p = verbs.add_parser("briefing", help="the mission's briefing pack (documents for every "
                                          "laptop of the delegation)")
    briefing_verbs = p.add_subparsers(dest="briefing_verb", metavar="ACTION", required=True)
    q = briefing_verbs.add_parser("list", help="list the documents")
    q.add_argument("mission", help="mission id, id prefix or exact name")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_briefing)
    q = briefing_verbs.add_parser("add", help="add documents (an unchanged one is not re-sent)")
    q.add_argument("mission", help="mission id, id prefix or exact name")
    q.add_argument("files", nargs="+", type=Path, metavar="FILE")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_briefing)
    q = briefing_verbs.add_parser("save", help="save a document to a file or folder")
    q.add_argument("mission", help="mission id, id prefix or exact name")
    q.add_argument("document", help="document id or file name")
    q.add_argument("-o", "--output", type=Path, default=Path("."), help="file or folder")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_briefing)
    q = briefing_verbs.add_parser("remove", help="remove a document")
    q.add_argument("mission", help="mission id, id prefix or exact name")
    q.add_argument("document", help="document id or file name")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_briefing)


def _mission_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--name", required=required)
    p.add_argument("--kind", required=required, choices=list(MISSION_KINDS))
    p.add_argument("--country", required=required, help="ISO 3166 code, e.g. JP")
    p.add_argument("--timezone", required=required, help="IANA zone, e.g. Asia/Tokyo")
    p.add_argument("--start", required=required, type=_date, help="first day, YYYY-MM-DD")
    p.add_argument("--end", required=required, type=_date, help="last day, YYYY-MM-DD")
    p.add_argument("--cities", help="comma-separated cities")
    p.add_argument("--home-timezone", help="home zone shown beside local times")
    p.add_argument("--lead-cluster",
                   help="name or id of the lead cluster (default for a new mission: your own "
                        "cluster once signed in)")
    p.add_argument("--status", choices=list(MISSION_STATUSES))
    p.add_argument("--description")
    p.add_argument("--json", action="store_true", help="print the mission as JSON")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def _input(args: argparse.Namespace, base: MissionInput | None) -> MissionInput:
    def pick(name: str, default: Any) -> Any:
        value = getattr(args, name, None)
        return default if value is None else value

    b = base or MissionInput(name="", kind="", country="", start_date=None, end_date=None,
                             timezone="")
    cities = tuple(c.strip() for c in args.cities.split(",")) if args.cities else b.cities
    return MissionInput(
        name=pick("name", b.name), kind=pick("kind", b.kind), country=pick("country", b.country),
        start_date=pick("start", b.start_date), end_date=pick("end", b.end_date),
        timezone=pick("timezone", b.timezone), cities=cities,
        home_timezone=pick("home_timezone", b.home_timezone),
        lead_cluster_id=pick("lead_cluster", b.lead_cluster_id),
        status=pick("status", b.status), description=pick("description", b.description),
    )


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    missions = ws.missions.list()
    if args.json:
        print_json(missions)
        return EXIT_OK
    rows = [
        [m.id, m.name, MISSION_KINDS.get(m.kind, m.kind), country_name(m.country),
         f"{m.start_date:%Y-%m-%d} – {m.end_date:%Y-%m-%d}", m.timezone,
         str(m.companies), MISSION_STATUSES.get(m.status, m.status)]
        for m in missions
    ]
    print_table(["ID", "NAME", "KIND", "COUNTRY", "DATES", "ZONE", "COMPANIES", "STATUS"], rows)
    return EXIT_OK


def _print_one(ws: Workspace, mission_id: str, as_json: bool) -> None:
    m = ws.missions.get(mission_id)
    if as_json:
        print_json(m)
    else:
        print(f"{m.name} ({m.id})")
        print(f"  {MISSION_KINDS.get(m.kind, m.kind)} to {country_name(m.country)}"
              f"{' — ' + ', '.join(m.cities) if m.cities else ''}")
        print(f"  {m.start_date:%d %b %Y} to {m.end_date:%d %b %Y} ({m.days} days), {m.timezone}")
        print(f"  status: {MISSION_STATUSES.get(m.status, m.status)}; "
              f"{m.companies} companies, {m.delegates} delegates")


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    _print_one(ws, ws.missions.find(args.mission).id, args.json)
    return EXIT_OK


def _cluster_option(ws: Workspace, args: argparse.Namespace) -> None:
    """``--lead-cluster`` takes a name as well as an id."""
    if args.lead_cluster:
        args.lead_cluster = ws.missions.find_cluster(args.lead_cluster)


def cmd_add(ws: Workspace, args: argparse.Namespace) -> int:
    _cluster_option(ws, args)
    mission = ws.missions.create(_input(args, None))
    if mission.lead_cluster_id is None and ws.identity.cluster_id:
        print("biox-desktop: warning: your cluster has not reached this laptop yet, so the "
              "mission has no lead cluster and the server will refuse it: run "
              "'biox-desktop sync', then 'missions edit MISSION --lead-cluster NAME'",
              file=sys.stderr)
    _print_one(ws, mission.id, args.json)
    return EXIT_OK


def cmd_edit(ws: Workspace, args: argparse.Namespace) -> int:
    current = ws.missions.find(args.mission)
    _cluster_option(ws, args)
    changed = _input(args, current.to_input())
    if changed == current.to_input():
        raise ValidationError([FieldError("mission", "nothing to change: give an option")])
    ws.missions.update(current.id, changed)
    _print_one(ws, current.id, args.json)
    return EXIT_OK


def cmd_delete(ws: Workspace, args: argparse.Namespace) -> int:
    mission = ws.missions.find(args.mission)
    ws.missions.delete(mission.id)
    print(f"deleted mission {mission.name} ({mission.id})")
    return EXIT_OK


def cmd_partners(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.db.organisations import OrganisationService

    orgs = OrganisationService(ws)
    mission = ws.missions.find(args.mission)
    if args.partner_verb == "add":
        orgs.add_partner(mission.id, orgs.find(args.organisation).id)
    elif args.partner_verb == "remove":
        orgs.remove_partner(mission.id, orgs.find(args.organisation).id)
    partners = orgs.partners(mission.id)
    if args.json:
        print_json(partners)
        return EXIT_OK
    print_table(["ORGANISATION", "KIND", "COUNTRY", "CITY", "CONTACTS"],
                [[p.display, ORGANISATION_KINDS.get(p.kind, p.kind), country_name(p.country),
                  p.city, ", ".join(c.name for c in p.contacts)] for p in partners])
    return EXIT_OK


def cmd_briefing(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.db.briefing import BriefingService

    pack = BriefingService(ws)
    mission = ws.missions.find(args.mission)
    verb = args.briefing_verb
    if verb == "add":
        for path in args.files:
            result = pack.add_file(mission.id, path)
            if not args.json:
                print(f"{'added' if result.changed else 'unchanged, not sent again'}: "
                      f"{result.document.filename}")
    elif verb in ("save", "remove"):
        docs = [d for d in pack.list(mission.id)
                if args.document in (d.id, d.filename)]
        if len(docs) != 1:
            raise NotFoundError(f"no single briefing document '{args.document}' on "
                                f"{mission.name}")
        if verb == "save":
            path = pack.save(docs[0].id, args.output)
            if not args.json:
                print(f"saved {path}")
        else:
            pack.remove(docs[0].id)
    documents = pack.list(mission.id)
    if args.json:
        print_json(documents)
    elif verb in ("list", "remove"):
        print_table(["ID", "FILE", "TYPE", "SIZE", "SHA-256"],
                    [[d.id, d.filename, d.mime_type, f"{d.size:,}", d.sha256[:12]]
                     for d in documents])
    return EXIT_OK
