"""``biox-desktop roster list|import|export|booklet``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_OK, EXIT_REFUSED, print_json, print_table, to_jsonable
from biox_desktop.core.enums import REGISTRATION_STATUSES
from biox_desktop.core.i18n import translate
from biox_desktop.core.labels import role_label
from biox_desktop.core.progress import Progress
from biox_desktop.core.roster import IGNORE, IMPORT_FIELDS, suggest_mapping
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    parser = sub.add_parser("roster", help="a mission's delegates: import, export, booklet")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("list", help="list the delegates of a mission, with warnings")
    p.add_argument("--mission", required=True, help="mission id, id prefix or exact name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("import", help="import a registration export (.csv or .xlsx)")
    p.add_argument("file", type=Path)
    p.add_argument("--mission", required=True, help="mission id, id prefix or exact name")
    p.add_argument("--mapping", default="",
                   help="column=field pairs, comma-separated, overriding the guessed mapping "
                        "(field '-' ignores a column); fields: " + ", ".join(IMPORT_FIELDS))
    p.add_argument("--dry-run", action="store_true",
                   help="show what would happen, field by field, and change nothing")
    p.add_argument("--clear-empty", action="store_true",
                   help="let an empty cell clear its field (by default an empty cell, like a "
                        "column not in the file, leaves the field as it is)")
    p.add_argument("--json", action="store_true", help="print JSON (with the batch_id to undo)")
    p.set_defaults(handler=cmd_import)

    p = verbs.add_parser("export", help="export the roster to .csv or .xlsx")
    p.add_argument("--mission", required=True, help="mission id, id prefix or exact name")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv|FILE.xlsx")
    p.set_defaults(handler=cmd_export)

    p = verbs.add_parser("booklet", help="write the roster booklet PDF")
    p.add_argument("--mission", required=True, help="mission id, id prefix or exact name")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_booklet)


def parse_mapping(text: str, headers: tuple[str, ...]) -> dict[int, str]:
    """The guessed mapping with ``col=field`` overrides (a column by header or 1-based number)."""
    mapping = suggest_mapping(list(headers))
    errors: list[FieldError] = []
    for pair in filter(None, (p.strip() for p in text.split(","))):
        column, sep, target = pair.partition("=")
        column, target = column.strip(), target.strip()
        if not sep:
            errors.append(FieldError("mapping", f"'{pair}' is not column=field"))
            continue
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        else:
            found = [i for i, h in enumerate(headers) if h.casefold() == column.casefold()]
            if not found:
                errors.append(FieldError("mapping", f"no column '{column}' in the file "
                                         f"(columns: {', '.join(headers)})"))
                continue
            index = found[0]
        if target in ("-", ""):
            mapping[index] = IGNORE
        elif target not in IMPORT_FIELDS:
            errors.append(FieldError("mapping", f"'{target}' is not a roster field "
                                     f"({', '.join(IMPORT_FIELDS)})"))
        else:
            for i, f in list(mapping.items()):
                if f == target and i != index:
                    del mapping[i]  # the explicit choice wins over a guess
            mapping[index] = target
    if errors:
        raise ValidationError(errors)
    return {i: f for i, f in mapping.items() if f}


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    mission = ws.missions.find(args.mission)
    delegates = ws.roster.list(mission.id)
    if args.json:
        print_json(delegates)
        return EXIT_OK
    rows = [[d.name, d.organisation, role_label(d.role),
             translate("shared", REGISTRATION_STATUSES.get(d.registration_status,
                                                           d.registration_status)),
             "; ".join(w.message for w in d.warnings)] for d in delegates]
    print_table(["NAME", "ORGANISATION", "ROLE", "STATUS", "WARNINGS"], rows)
    return EXIT_OK


def cmd_import(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.spreadsheet import read_table

    mission = ws.missions.find(args.mission)
    table = read_table(args.file)
    mapping = parse_mapping(args.mapping, table.headers)
    if args.dry_run:
        report = ws.roster.preview_import(mission.id, table, mapping,
                                          clear_empty=args.clear_empty)
    else:
        report = ws.roster.import_table(mission.id, table, mapping, Progress(),
                                        clear_empty=args.clear_empty)
    if args.json:
        rows = [{**to_jsonable(r), "changes": [
            {"field": c.field, "old": c.old, "new": c.new, "kind": c.kind,
             "text": c.describe()} for c in r.changes]} for r in report.rows]
        print_json({"source": report.source, "committed": report.committed,
                    "batch_id": report.batch_id, "clear_empty": report.clear_empty,
                    "mapping": {table.headers[i]: f for i, f in sorted(mapping.items())},
                    "added": report.added, "updated": report.updated,
                    "unchanged": report.unchanged, "rejected": len(report.rejected),
                    "possible_duplicates": len(report.duplicates), "rows": rows})
    else:
        print(f"{report.source}: {report.added} added, {report.updated} updated, "
              f"{report.unchanged} unchanged, {len(report.rejected)} rejected"
              + (" (dry run: nothing changed)" if not report.committed else ""))
        table_rows = [[str(r.row), r.action, r.name, r.organisation,
                       "; ".join([*r.reasons, *(c.describe() for c in r.changes)])]
                      for r in report.rows]
        print_table(["ROW", "ACTION", "NAME", "ORGANISATION", "CHANGES OR REASON"], table_rows)
        if report.batch_id:
            print(f"batch {report.batch_id} (undo with: biox-desktop batches undo "
                  f"{report.batch_id})")
    return EXIT_OK if not report.rejected else EXIT_REFUSED


def cmd_export(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.spreadsheet import write_table

    mission = ws.missions.find(args.mission)
    headers, rows = ws.roster.export_rows(mission.id)
    path = write_table(args.output, headers, rows)
    print(f"wrote {len(rows)} delegates to {path}")
    return EXIT_OK


def cmd_booklet(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.booklet import write_booklet

    mission = ws.missions.find(args.mission)
    path = write_booklet(ws, mission.id, args.output)
    print(f"wrote the roster booklet to {path}")
    return EXIT_OK
