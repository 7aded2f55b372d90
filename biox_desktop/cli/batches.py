"""``biox-desktop batches list|undo``: every import is a batch that can be taken back."""

from __future__ import annotations

import argparse
from typing import Any

from biox_desktop.cli.common import EXIT_OK, print_json, print_table
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    area = sub.add_parser("batches", help="imports and other batch changes, and their undo")
    verbs = area.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("list", help="the most recent batches, newest first")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("undo", help="take a batch back (fields edited since are kept)")
    p.add_argument("batch_id", metavar="BATCH", help="a batch id (or its unique beginning)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_undo)


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    batches = ws.batches.list(limit=args.limit)
    if args.json:
        print_json(batches)
        return EXIT_OK
    print_table(["batch", "when (UTC)", "what", "created", "updated", "undone"],
                [[b.id, f"{b.at:%Y-%m-%d %H:%M}", b.label, str(b.created), str(b.updated),
                  f"{b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""] for b in batches])
    return EXIT_OK


def cmd_undo(ws: Workspace, args: argparse.Namespace) -> int:
    report = ws.batches.undo(args.batch_id)
    if args.json:
        print_json(report)
        return EXIT_OK
    print(f"undone: {report.removed} records removed, {report.restored} fields restored")
    for kept in report.kept:
        if kept.field == "deleted":
            print(f"  kept (records added since rely on it): {kept.table} {kept.row_id}")
        else:
            print(f"  kept (edited since the batch): {kept.table} {kept.row_id} {kept.field}")
    return EXIT_OK
