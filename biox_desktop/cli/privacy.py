"""``biox-desktop privacy erase PERSON``: the right to be forgotten, from the command line.

The ``privacy`` area also carries the access export (``privacy export``) when its module
(:mod:`biox_desktop.cli.privacy_export`) is installed: it adds its verbs to this area.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from biox_desktop.cli.common import EXIT_OK, EXIT_REFUSED, print_json, print_table
from biox_desktop.db.erasure import ErasureService, PersonMatch
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    area = sub.add_parser("privacy", help="personal data: erase a person (right to be forgotten)")
    verbs = area.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser(
        "erase", help="erase a person from this laptop, the server and every laptop that syncs")
    p.add_argument("person", metavar="PERSON",
                   help="the person's e-mail, phone (as typed or +E.164) or id")
    p.add_argument("--basis", default=None,
                   help="why: the request or legal basis (kept in the erasure record)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_erase)
    try:
        from biox_desktop.cli import privacy_export  # written alongside (access export)
    except ImportError:
        return
    privacy_export.add_verbs(verbs)


def _describe(m: PersonMatch) -> str:
    org = f", {m.organisation}" if m.organisation else ""
    return f"{m.name or '(no name)'}{org} ({m.leads} leads)"


def cmd_erase(ws: Workspace, args: argparse.Namespace) -> int:
    service = ErasureService(ws)
    found = service.find(args.person)
    if not found:
        print(f"error: no person matches {args.person!r} (an e-mail, a phone or an id)",
              file=sys.stderr)
        return EXIT_REFUSED
    if len(found) > 1:
        print(f"error: {len(found)} people match {args.person!r}; give the id of one:",
              file=sys.stderr)
        if args.json:
            print_json({"matches": found})
        else:
            print_table(["id", "name", "organisation", "e-mails", "phones", "leads"],
                        [[m.id, m.name, m.organisation or "", ", ".join(m.emails),
                          ", ".join(m.phones), str(m.leads)] for m in found])
        return EXIT_REFUSED
    person = found[0]
    refusal = service.may_erase(person.id)
    if refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return EXIT_REFUSED
    if not args.yes:
        if not sys.stdin.isatty():
            print("error: erasing cannot be undone; add --yes to confirm", file=sys.stderr)
            return EXIT_REFUSED
        print(f"Erase {_describe(person)}: their name, e-mails, phones, notes, leads, consents, "
              "roster entries and history, here, on the server and on every laptop that syncs?")
        if input("This cannot be undone. Type 'erase' to confirm: ").strip().lower() != "erase":
            print("nothing erased")
            return EXIT_REFUSED
    result = service.erase(person.id, basis=args.basis, backups=ws.backups)
    if args.json:
        print_json(result.to_json())
        return EXIT_OK
    rows = ", ".join(f"{n} {t}" for t, n in sorted(result.rows.items()))
    print(f"erased: {rows}; erasure record {result.erasure_id} (sent at the next sync)")
    for b in result.backups:
        print(f"  backup {b['file']}: {b['action']}")
    return EXIT_OK
