"""``biox-desktop privacy export PERSON -o FILE.json`` and ``biox-desktop privacy due``.

``export`` writes everything this laptop holds about one person (GDPR right of access, see
:mod:`biox_desktop.db.privacy_export`); ``due`` lists the leads the retention rules say must be
completed (a legal basis) or erased, and why (:mod:`biox_desktop.db.retention`).
:func:`add_verbs` is called by the ``privacy`` area's ``register``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from biox_desktop.cli.common import EXIT_OK, print_json, print_table
from biox_desktop.db.workspace import Workspace


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    """Add ``export`` and ``due`` to the ``privacy`` area."""
    p = verbs.add_parser("export", help="everything held about one person, as a JSON file a "
                         "person can read (right of access)")
    p.add_argument("person", metavar="PERSON", help="an e-mail address, a phone number, or a "
                   "person or lead id")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=cmd_export)

    p = verbs.add_parser("due", help="leads due for review: no legal basis after the set days, "
                         "or no activity after the set months (Settings › Privacy)")
    p.add_argument("--at", metavar="YYYY-MM-DD", type=dt.date.fromisoformat,
                   help="look as on this day (default: now)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_due)


def cmd_export(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.db.privacy_export import export_person

    result = export_person(ws, args.person, args.output)
    if args.json:
        print_json({"file": str(args.output), "person_id": result.person_id,
                    "name": result.name, "records": result.counts})
        return EXIT_OK
    total = sum(result.counts.values())
    print(f"wrote {total} records about {result.name} to {args.output}")
    for section, count in result.counts.items():
        if count:
            print(f"  {section}: {count}")
    return EXIT_OK


def cmd_due(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.db.retention import due_for_review

    items = due_for_review(ws, args.at)
    if args.json:
        print_json([{"lead_id": i.lead_id, "person_id": i.person_id, "name": i.name,
                     "organisation": i.organisation_name, "reason": i.reason,
                     "since": i.since.isoformat(timespec="seconds"), "why": i.detail}
                    for i in items])
        return EXIT_OK
    if not items:
        print("no lead is due for review")
        return EXIT_OK
    print_table(["LEAD", "NAME", "ORGANISATION", "SINCE", "WHY"],
                [[i.lead_id, i.name, i.organisation_name, f"{i.since:%Y-%m-%d}", i.detail]
                 for i in items])
    return EXIT_OK
