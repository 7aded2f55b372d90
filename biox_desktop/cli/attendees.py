"""``biox-desktop attendees import|list|find``: participant lists of events, offline."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_OK, EXIT_REFUSED, print_json, print_table
from biox_desktop.core.scan import badge_tokens
from biox_desktop.db.workspace import Workspace
from biox_desktop.reports.attendees_io import import_attendees


def register(sub: Any) -> None:
    parser = sub.add_parser("attendees", help="participant lists of events (badge scans and "
                            "typed names find them offline)")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("import", help="import the organiser's participant export (CSV or "
                         "XLSX); replaces an earlier import of the same file name")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--mission", help="mission id, id prefix or name the event belongs to")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = verbs.add_parser("list", help="the participant lists on this laptop")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("find", help="a participant by badge id (or a badge code's text) or "
                         "by name")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_find)


def cmd_import(ws: Workspace, args: argparse.Namespace) -> int:
    mission_id = ws.missions.find(args.mission).id if args.mission else None
    result = import_attendees(ws, args.file, mission_id)
    if args.json:
        print_json({"file": result.path, "imported": len(result.rows),
                    "refused": list(result.refused),
                    "columns_not_read": list(result.unread_columns)})
    else:
        print(f"{args.file.name}: {len(result.rows)} participants imported, "
              f"{len(result.refused)} rows refused")
        for reason in result.refused:
            print(f"  refused: {reason}")
        if result.unread_columns:
            print("  columns not read: " + ", ".join(result.unread_columns))
    return EXIT_OK if result.rows else EXIT_REFUSED


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    lists = ws.attendees.lists()
    if args.json:
        print_json([{"list": name, "participants": n} for name, n in lists])
    else:
        print_table(["LIST", "PARTICIPANTS"], [[name, str(n)] for name, n in lists])
    return EXIT_OK


def cmd_find(ws: Workspace, args: argparse.Namespace) -> int:
    badge = ws.attendees.find_badge(badge_tokens(args.text))
    found = [badge] if badge is not None else ws.attendees.search(args.text)
    if args.json:
        print_json([dataclasses.asdict(a) for a in found])
    else:
        print_table(["NAME", "ORGANISATION", "ROLE", "COUNTRY", "BADGE", "LIST"],
                    [[a.name, a.organisation, a.role, a.country, a.badge_id, a.list_name]
                     for a in found])
    if not found:
        print(f"biox-desktop: no participant matches {args.text!r}", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK
