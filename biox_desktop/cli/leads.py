"""``biox-desktop leads import|export|search|list``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_OK, EXIT_REFUSED, print_json, print_table
from biox_desktop.core.leads import IMPORT_BASES, VISIBILITIES, FileImport, LeadFilter
from biox_desktop.core.progress import Progress
from biox_desktop.db.workspace import Workspace
from biox_desktop.reports.crm import CRM_FORMATS, export_crm
from biox_desktop.reports.leads_io import export_leads, import_vcards


def register(sub: Any) -> None:
    parser = sub.add_parser("leads", help="import, export and search leads")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("import", help="import vCard files or folders of them (one batch: "
                         "'batches undo' takes it back)")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--mission", help="mission id, id prefix or name (default: the current one)")
    p.add_argument("--visibility", choices=list(VISIBILITIES),
                   help="who receives the imported leads (default: from the settings)")
    p.add_argument("--basis", choices=list(IMPORT_BASES), default="none",
                   help="the legal basis of the whole batch: consent (the people agreed to "
                   "the consent wording of the settings), legitimate_interest, or none "
                   "(default: the leads are marked consent missing)")
    p.add_argument("--json", action="store_true", help="print one result per file as JSON")
    p.set_defaults(handler=cmd_import)

    p = verbs.add_parser("export", help="export leads (every one, or those the filters select) "
                         "as vCard, CSV, XLSX, or HubSpot/Salesforce import files")
    p.add_argument("--format", required=True,
                   choices=["vcf", "csv", "xlsx", "hubspot", "salesforce"],
                   help="hubspot writes FILE-contacts.csv and FILE-notes.csv, salesforce "
                   "FILE-leads.csv (columns: see the README)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--vcard-version", default="3.0", choices=["3.0", "4.0"])
    p.add_argument("--mission", help="only leads of this mission (id, id prefix or name)")
    p.add_argument("--search", default="", help="only leads matching every word")
    p.add_argument("--min-rating", type=int, choices=range(1, 6), metavar="1-5",
                   help="only leads rated at least this")
    p.add_argument("--tag", default="", help="only leads with this tag")
    p.add_argument("--json", action="store_true", help="print the files written as JSON")
    p.set_defaults(handler=cmd_export)

    p = verbs.add_parser("list", help="list leads (every one, or those a filter selects)")
    p.add_argument("--consent-missing", action="store_true",
                   help="only leads with no legal basis (no consent, no legitimate interest)")
    p.add_argument("--due-for-review", action="store_true",
                   help="only leads the retention rules list (see 'privacy due')")
    p.add_argument("--mission", help="mission id, id prefix or name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("search", help="leads matching every word, best first")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)


def _report(r: FileImport) -> dict[str, Any]:
    return {"file": r.path, "status": r.status, "imported": r.imported, "updated": r.updated,
            "refused": list(r.refused), "warnings": list(r.warnings), "lead_ids": list(r.lead_ids),
            "batch_id": r.batch_id, "without_basis": r.without_basis}


def cmd_import(ws: Workspace, args: argparse.Namespace) -> int:
    mission_id = ws.missions.find(args.mission).id if args.mission else None
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"biox-desktop: {path}: no such file or folder", file=sys.stderr)
    results = import_vcards(ws, [p for p in args.paths if Path(p).exists()],
                                     mission_id=mission_id, visibility=args.visibility,
                                     basis=args.basis, progress=Progress())
    if args.json:
        print_json([_report(r) for r in results]
                   + [{"file": p, "status": "refused", "imported": 0, "updated": 0,
                       "refused": ["no such file or folder"], "warnings": [],
                       "lead_ids": [], "batch_id": None} for p in missing])
    else:
        for r in results:
            print(f"{r.path}: {r.status}: {r.imported} imported, {r.updated} updated, "
                  f"{len(r.refused)} refused")
            for reason in r.refused:
                print(f"  refused: {reason}")
            for warning in r.warnings:
                print(f"  note: {warning}")
        total_i = sum(r.imported for r in results)
        total_u = sum(r.updated for r in results)
        print(f"{len(results)} files: {total_i} leads imported, {total_u} updated")
        lacking = sum(r.without_basis for r in results)
        if lacking:
            print(f"{lacking} leads have no legal basis (consent missing): "
                  "biox-desktop leads list --consent-missing")
        batch_id = next((r.batch_id for r in results if r.batch_id), None)
        if batch_id:
            print(f"batch {batch_id} (undo: biox-desktop batches undo {batch_id})")
    if missing or not results or any(r.status in ("refused", "empty") for r in results):
        return EXIT_REFUSED
    return EXIT_OK


def cmd_export(ws: Workspace, args: argparse.Namespace) -> int:
    mission_id = ws.missions.find(args.mission).id if args.mission else None
    flt = LeadFilter(text=args.search, mission_id=mission_id, min_rating=args.min_rating,
                     tag=args.tag)
    ids = ws.leads.ids(flt) if flt != LeadFilter() else None
    if args.format in CRM_FORMATS:
        paths = export_crm(ws, args.output, args.format, ids)
        count = len(ids) if ids is not None else ws.leads.count()
        if args.json:
            print_json({"leads": count, "files": [str(p) for p in paths]})
        else:
            print(f"exported {count} leads for {args.format}: "
                  + ", ".join(str(p) for p in paths))
        return EXIT_OK
    count = export_leads(ws, args.output, args.format, version=args.vcard_version, ids=ids)
    if args.json:
        print_json({"leads": count, "files": [str(args.output)]})
    else:
        print(f"exported {count} leads to {args.output}")
    return EXIT_OK


def cmd_search(ws: Workspace, args: argparse.Namespace) -> int:
    rows = ws.leads.search(args.text, limit=max(1, args.limit))
    if args.json:
        print_json(rows)
        return EXIT_OK
    print_table(
        ["ID", "NAME", "ORGANISATION", "ROLE", "RATING", "E-MAIL", "PHONE", "DUE"],
        [[r.id, r.name, r.organisation_name, r.role, str(r.rating or ""), r.email, r.phone,
          r.next_action_due.isoformat() if r.next_action_due else ""] for r in rows],
    )
    return EXIT_OK


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    mission_id = ws.missions.find(args.mission).id if args.mission else None
    flt = LeadFilter(mission_id=mission_id, consent_missing=args.consent_missing,
                     due_for_review=args.due_for_review)
    rows = ws.leads.rows(ws.leads.ids(flt))
    if args.json:
        print_json(rows)
        return EXIT_OK
    print_table(
        ["ID", "NAME", "ORGANISATION", "ROLE", "E-MAIL", "PHONE", "MISSION"],
        [[r.id, r.name, r.organisation_name, r.role, r.email, r.phone, r.mission_name]
         for r in rows],
    )
    return EXIT_OK
