"""``biox-desktop merge candidates|apply|undo|not-duplicate|history|auto``."""

from __future__ import annotations

import argparse
from typing import Any

from biox_desktop.cli.common import EXIT_OK, print_json, print_table
from biox_desktop.core import merge as mg
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    parser = sub.add_parser("merge", help="find and merge duplicate people and organisations")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("candidates", help="list candidate groups, best first")
    p.add_argument("--kind", choices=list(mg.KINDS), help="people or organisations only")
    p.add_argument("--json", action="store_true", help="print JSON (groups, fields, provenance)")
    p.set_defaults(handler=cmd_candidates)

    p = verbs.add_parser("apply", help="merge one candidate group")
    p.add_argument("group", help="group id (or a prefix of at least 8 characters)")
    p.add_argument("--survivor", help="id of the record to keep (default: the proposed one)")
    p.add_argument("--take", action="append", default=[], metavar="FIELD=RECORD_ID",
                   help="take a field from one record (RECORD_ID may be 'combined' for lists)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_apply)

    p = verbs.add_parser("undo", help="undo a merge")
    p.add_argument("merge", help="merge id (or a prefix of at least 8 characters)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_undo)

    p = verbs.add_parser("not-duplicate", help="remember that a group's records are different")
    p.add_argument("group")
    p.set_defaults(handler=cmd_not_duplicate)

    p = verbs.add_parser("history", help="list merges, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = verbs.add_parser("auto", help="set the automatic merge threshold, or merge above it")
    p.add_argument("--threshold", help="a score from 0.50 to 1.00, or 'off'")
    p.add_argument("--run", action="store_true", help="merge every group above the threshold")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_auto)


def cmd_candidates(ws: Workspace, args: argparse.Namespace) -> int:
    groups = ws.merges.candidates(args.kind)
    if args.json:
        print_json(groups)
        return EXIT_OK
    print_table(["GROUP", "SCORE", "RECORDS", "REASONS"],
                [[g.id, f"{g.score:.3f}", " / ".join(m.label for m in g.members),
                  mg.describe_reasons(g.reasons)] for g in groups])
    return EXIT_OK


def _choices(takes: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for take in takes:
        field, sep, source = take.partition("=")
        if not sep or not field or not source:
            raise ValidationError([FieldError("take", f"'{take}' is not FIELD=RECORD_ID")])
        out[field.strip()] = source.strip()
    return out


def cmd_apply(ws: Workspace, args: argparse.Namespace) -> int:
    group = ws.merges.group(args.group)
    view = ws.merges.apply(mg.MergeRequest(group.id, survivor_id=args.survivor,
                                           choices=_choices(args.take)))
    if args.json:
        print_json(view)
    else:
        print(f"merged {len(view.merged_ids)} records into {view.survivor_label} "
              f"({view.survivor_id}); {view.repointed} references re-pointed; merge {view.id}")
    return EXIT_OK


def cmd_undo(ws: Workspace, args: argparse.Namespace) -> int:
    view = ws.merges.undo(args.merge)
    if args.json:
        print_json(view)
    else:
        print(f"undid merge {view.id}: {len(view.merged_ids)} records back")
    return EXIT_OK


def cmd_not_duplicate(ws: Workspace, args: argparse.Namespace) -> int:
    n = ws.merges.not_duplicate(args.group)
    print(f"remembered {n} pairs as not duplicates")
    return EXIT_OK


def cmd_history(ws: Workspace, args: argparse.Namespace) -> int:
    merges = ws.merges.history()
    if args.json:
        print_json(merges)
        return EXIT_OK
    print_table(["MERGE", "WHEN", "KEPT", "MERGED", "BY", "STATE"],
                [[m.id, f"{m.created_at:%Y-%m-%d %H:%M}", m.survivor_label,
                  str(len(m.merged_ids)), m.created_by,
                  "undone" if m.undone else ("automatic" if m.automatic else "merged")]
                 for m in merges])
    return EXIT_OK


def cmd_auto(ws: Workspace, args: argparse.Namespace) -> int:
    if args.threshold is not None:
        if args.threshold.lower() == "off":
            ws.merges.set_auto_threshold(None)
        else:
            try:
                value = float(args.threshold)
            except ValueError:
                raise ValidationError([FieldError(
                    "threshold", "Give a number from 0.50 to 1.00, or 'off'.")]) from None
            ws.merges.set_auto_threshold(value)
    threshold = ws.merges.auto_threshold()
    done = ws.merges.auto_merge() if args.run else []
    if args.json:
        print_json({"threshold": threshold, "merged": done})
    else:
        print("automatic merging: " + ("off" if threshold is None else f"above {threshold:.2f}"))
        if args.run:
            print(f"merged {len(done)} groups")
    return EXIT_OK
