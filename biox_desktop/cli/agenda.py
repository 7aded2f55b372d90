"""``biox-desktop agenda schedule|pdf|ics|export-all|feed|feeds|counterpart-link|
counterpart-links|import-ics``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_OK, EXIT_REFUSED, print_json
from biox_desktop.core.progress import Progress
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    parser = sub.add_parser("agenda", help="programme, B2B scheduling, agendas")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("schedule", help="place accepted meeting requests into B2B slots")
    p.add_argument("--mission", required=True, help="mission id, id prefix or exact name")
    p.add_argument("--publish", action="store_true", help="publish the result at once")
    p.add_argument("--time-limit", type=float, default=2.0, metavar="SECONDS",
                   help="solver time budget (default 2)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_schedule)

    p = verbs.add_parser("pdf", help="leader grid PDF, or a delegate's personal agenda")
    p.add_argument("--mission", required=True)
    p.add_argument("--delegate", help="person id (or id prefix) of a delegate")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_pdf)

    p = verbs.add_parser("ics", help="a delegate's agenda as an iCalendar file")
    p.add_argument("--mission", required=True)
    p.add_argument("--delegate", required=True, help="person id (or id prefix)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    p.set_defaults(handler=cmd_ics)

    p = verbs.add_parser("feed", help="a person's private calendar feed link (on the sync "
                                      "server): show or make it, or revoke it")
    p.add_argument("person", help="person id, id prefix or exact name (delegate or counterpart)")
    p.add_argument("--mission", required=True)
    p.add_argument("--new", action="store_true", help="make a new link (earlier ones keep working)")
    p.add_argument("--revoke", action="store_true", help="revoke every link of the person")
    p.add_argument("--qr", type=Path, metavar="FILE.png", help="also write the link as a QR code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_feed)

    p = verbs.add_parser("feeds", help="the mission's calendar feed links on the sync server: "
                                       "whose, revoked or not, last fetched")
    p.add_argument("--mission", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_feeds)

    p = verbs.add_parser("counterpart-link", help="a foreign counterpart's private page link (on "
                         "the sync server): show or make it, or revoke it")
    p.add_argument("person", help="person id, id prefix or exact name of the counterpart")
    p.add_argument("--mission", required=True)
    p.add_argument("--new", action="store_true", help="make a new link (earlier ones keep working)")
    p.add_argument("--days", type=int, default=60, help="how long a new link works (default 60)")
    p.add_argument("--revoke", action="store_true", help="revoke every page link of the person")
    p.add_argument("--qr", type=Path, metavar="FILE.png", help="also write the link as a QR code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_counterpart_link)

    p = verbs.add_parser("counterpart-links", help="the mission's counterpart page links on the "
                                                   "sync server: whose, until when, last opened")
    p.add_argument("--mission", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_counterpart_links)

    p = verbs.add_parser("export-all", help="every delegate's and counterpart's agenda (PDF "
                         "and ICS, optionally mail drafts) into a folder")
    p.add_argument("--mission", required=True)
    p.add_argument("--folder", required=True, type=Path, metavar="DIR")
    p.add_argument("--eml", action="store_true",
                   help="also write a mail draft (.eml) per person with both files attached")
    p.set_defaults(handler=cmd_export_all)

    p = verbs.add_parser("import-ics", help="import an .ics file as programme items")
    p.add_argument("file", type=Path)
    p.add_argument("--mission", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import_ics)


def _delegate(ws: Workspace, mission_id: str, wanted: str) -> str:
    people = {d.person_id: d.name for d in ws.agenda.delegates(mission_id)}
    return _one_of(people, wanted, "no delegate", "delegates", "of this mission")[0]


def _person(ws: Workspace, mission_id: str, wanted: str) -> tuple[str, str]:
    """(id, name) of a delegate or of someone the mission's meetings name."""

    people = {d.person_id: d.name for d in ws.agenda.delegates(mission_id)}
    for meeting in ws.agenda.meetings(mission_id, include_cancelled=True):
        for p in meeting.participants:
            people.setdefault(p.person_id, p.name)
    return _one_of(people, wanted, "nobody", "people", "on this mission's roster or meetings")


def _one_of(people: dict[str, str], wanted: str, none: str, many: str,
            where: str) -> tuple[str, str]:  # fmt: skip
    """The one (id, name) ``wanted`` names: an id, an id's first 8+ characters, or a name
    (any case); refused in words when nobody or several match."""
    from biox_desktop.core.validation import NotFoundError

    matches = [(pid, name) for pid, name in people.items()
               if pid == wanted or (len(wanted) >= 8 and pid.startswith(wanted))
               or name.casefold() == wanted.casefold()]
    if len(matches) != 1:
        what = none if not matches else f"{len(matches)} {many}"
        raise NotFoundError(f"{what} {where} match '{wanted}'")
    return matches[0]


def cmd_feed(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.sync.errors import SyncError
    from biox_desktop.sync.feeds import FeedLinks
    from biox_desktop.sync.service import SyncService

    mission = ws.missions.find(args.mission)
    person, name = _person(ws, mission.id, args.person)
    links = FeedLinks(SyncService(ws))
    try:
        if args.revoke:
            count = links.revoke(mission.id, person)
            if args.json:
                print_json({"person_id": person, "revoked": count})
            else:
                print(f"{name}: {count} calendar feed link(s) revoked")
            return EXIT_OK
        link = links.link(mission.id, person, new=args.new)
    except SyncError as exc:
        print(f"biox-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.qr:
        from biox_desktop.reports.qr import make_qr_png

        args.qr.write_bytes(make_qr_png(link.url))
    if args.json:
        print_json({"id": link.id, "person_id": person, "url": link.url})
    else:
        print(f"{name}: {link.url}")
        print("  private: whoever has it sees the published agenda; revoke with --revoke")
    return EXIT_OK


def cmd_feeds(ws: Workspace, args: argparse.Namespace) -> int:
    import dataclasses

    from biox_desktop.sync.errors import SyncError
    from biox_desktop.sync.feeds import FeedLinks
    from biox_desktop.sync.service import SyncService

    mission = ws.missions.find(args.mission)
    try:
        links = FeedLinks(SyncService(ws)).listed(mission.id)
    except SyncError as exc:
        print(f"biox-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print_json([dataclasses.asdict(link) for link in links])
        return EXIT_OK
    names = {d.person_id: d.name for d in ws.agenda.delegates(mission.id)}
    for meeting in ws.agenda.meetings(mission.id, include_cancelled=True):
        for p in meeting.participants:
            names.setdefault(p.person_id, p.name)
    for link in links:
        state = "revoked" if link.revoked else (
            f"last fetched {link.last_fetched_at}" if link.last_fetched_at else "never fetched")
        print(f"{names.get(link.person_id, link.person_id)}: {state}"
              + (f"  {link.url}" if link.url and not link.revoked else ""))
    if not links:
        print(f"{mission.name}: no calendar feed links yet (make one with agenda feed PERSON)")
    return EXIT_OK


def _counterpart(ws: Workspace, mission_id: str, wanted: str) -> tuple[str, str]:
    """(id, name) of a foreign person a request of the mission targets, or a meeting's guest."""

    people: dict[str, str] = {}
    for r in ws.agenda.requests(mission_id):
        if r.target_person_id:
            people.setdefault(r.target_person_id, r.target_name)
        if r.requester_person_id and r.counterpart_answer is not None \
                and r.counterpart_answer.action == "asked":
            people.setdefault(r.requester_person_id, r.requester_name)
    for meeting in ws.agenda.meetings(mission_id, include_cancelled=True):
        for p in meeting.participants:
            if p.side != "delegation":
                people.setdefault(p.person_id, p.name)
    return _one_of(people, wanted, "no counterpart", "counterparts",
                   "of this mission's requests or meetings")


def cmd_counterpart_link(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.sync.counterpart import CounterpartLinks
    from biox_desktop.sync.errors import SyncError
    from biox_desktop.sync.service import SyncService

    mission = ws.missions.find(args.mission)
    person, name = _counterpart(ws, mission.id, args.person)
    links = CounterpartLinks(SyncService(ws))
    try:
        if args.revoke:
            count = links.revoke(mission.id, person)
            if args.json:
                print_json({"person_id": person, "revoked": count})
            else:
                print(f"{name}: {count} counterpart page link(s) revoked")
            return EXIT_OK
        link = links.link(mission.id, person, new=args.new, days=args.days)
    except SyncError as exc:
        print(f"biox-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.qr:
        from biox_desktop.reports.qr import make_qr_png

        args.qr.write_bytes(make_qr_png(link.url))
    if args.json:
        print_json({"id": link.id, "person_id": person, "url": link.url,
                    "expires_at": link.expires_at})
    else:
        print(f"{name}: {link.url}")
        print(f"  works until {link.expires_at or '?'}; whoever has it answers for "
              f"{name}; revoke with --revoke")
    return EXIT_OK


def cmd_counterpart_links(ws: Workspace, args: argparse.Namespace) -> int:
    import dataclasses

    from biox_desktop.sync.counterpart import CounterpartLinks
    from biox_desktop.sync.errors import SyncError
    from biox_desktop.sync.service import SyncService

    mission = ws.missions.find(args.mission)
    try:
        links = CounterpartLinks(SyncService(ws)).listed(mission.id)
    except SyncError as exc:
        print(f"biox-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print_json([dataclasses.asdict(link) for link in links])
        return EXIT_OK
    names = {r.target_person_id: r.target_name for r in ws.agenda.requests(mission.id)
             if r.target_person_id}
    for link in links:
        state = "revoked" if link.revoked else (
            f"works until {link.expires_at}, "
            + (f"last opened {link.last_used_at}" if link.last_used_at else "never opened"))
        print(f"{names.get(link.person_id, 'someone not in the requests')}: {state}"
              + (f"  {link.url}" if link.url and not link.revoked else ""))
    if not links:
        print(f"{mission.name}: no counterpart page links yet "
              "(make one with agenda counterpart-link PERSON)")
    return EXIT_OK


def cmd_schedule(ws: Workspace, args: argparse.Namespace) -> int:
    mission = ws.missions.find(args.mission)
    summary = ws.agenda.schedule(mission.id, progress=Progress(), time_limit_s=args.time_limit,
                                 publish=args.publish)
    if args.json:
        print_json(summary)
        return EXIT_OK
    print(f"{mission.name}: scheduled {summary.scheduled_count} of {summary.requests} requests "
          f"({summary.new_meetings} new, {summary.kept_meetings} kept)")
    print(f"  weight {summary.weight} (bound {summary.weight_bound}"
          f"{', optimal' if summary.optimal else ''}), idle gaps {summary.idle_gaps}")
    print("  published " + str(summary.published) if args.publish
          else "  draft: review it, then publish")
    for who, reason in summary.unscheduled:
        print(f"  not scheduled: {who}: {reason}")
    for warning in summary.warnings:
        print(f"  warning: {warning}")
    return EXIT_OK


def cmd_pdf(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.agenda_pdf import write_leader_grid, write_personal_agenda

    mission = ws.missions.find(args.mission)
    if args.delegate:
        person = _delegate(ws, mission.id, args.delegate)
        path = write_personal_agenda(ws.agenda, mission.id, person, args.output)
    else:
        path = write_leader_grid(ws.agenda, mission.id, args.output)
    print(f"wrote {path}")
    return EXIT_OK


def cmd_ics(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.agenda_ics import write_delegate_calendar

    mission = ws.missions.find(args.mission)
    person = _delegate(ws, mission.id, args.delegate)
    path = write_delegate_calendar(ws.agenda, mission.id, person, args.output)
    print(f"wrote {path}")
    return EXIT_OK


def cmd_export_all(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.agenda_export import export_all_agendas

    mission = ws.missions.find(args.mission)
    summary = export_all_agendas(ws.agenda, mission.id, args.folder, mail_drafts=args.eml)
    print(f"{mission.name}: {len(summary.agendas)} agendas, {len(summary.files)} files "
          f"written to {summary.folder}")
    return EXIT_OK


def cmd_import_ics(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.agenda_ics import IcsImportError, import_programme_file

    mission = ws.missions.find(args.mission)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"biox-desktop: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        summary = import_programme_file(ws.agenda, mission.id, data, source_name=args.file.name)
    except IcsImportError as exc:
        print(f"biox-desktop: {exc}; nothing was imported", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print_json(summary)
        return EXIT_OK
    print(f"{args.file.name}: {summary.created} programme items added, {summary.updated} updated")
    for warning in summary.warnings:
        print(f"  warning: {warning}")
    if summary.batch_id:
        print(f"  undo with: biox-desktop batches undo {summary.batch_id}")
    return EXIT_OK
