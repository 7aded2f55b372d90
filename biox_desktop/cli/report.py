"""``biox-desktop report kpis|funder|export``: key figures, the funder PDF, CSV/XLSX export."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_OK, print_json, print_table
from biox_desktop.core.kpis import DEFINITIONS, FIGURE_KEYS, KpiFilter, format_figure, parse_period
from biox_desktop.core.places import normalise_country
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    parser = sub.add_parser("report", help="key figures, funder report PDF, exports")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("kpis", help="print the key figures (totals, per mission, cluster, "
                                      "country)")
    _filter_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_kpis)

    p = verbs.add_parser("funder", help="write the funder report PDF")
    _filter_options(p)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--title", default=None, help="title on the cover")
    p.set_defaults(handler=cmd_funder)

    p = verbs.add_parser("export", help="export the figures to CSV or XLSX")
    _filter_options(p)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx|FILE.csv")
    p.set_defaults(handler=cmd_export)


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mission", help="mission id, id prefix or exact name")
    p.add_argument("--cluster", help="cluster name or id")
    p.add_argument("--country", help="target country, ISO code (JP) or name")
    p.add_argument("--period", type=_period, metavar="FROM..TO",
                   help="e.g. 2026-01-01..2026-12-31, ..2026-06-30, or a year: 2026")


def _period(text: str) -> tuple[dt.date | None, dt.date | None]:
    try:
        return parse_period(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _filter(ws: Workspace, args: argparse.Namespace) -> KpiFilter:
    mission_id = ws.missions.find(args.mission).id if args.mission else None
    cluster_id = None
    if args.cluster:
        wanted = args.cluster.casefold()
        matches = [cid for cid, name in ws.missions.clusters()
                   if cid == args.cluster or name.casefold() == wanted]
        if len(matches) != 1:
            raise NotFoundError(f"no cluster named '{args.cluster}'")
        cluster_id = matches[0]
    country = None
    if args.country:
        country = normalise_country(args.country)
        if country is None:
            raise ValidationError([FieldError("country", f"'{args.country}' is not a country")])
    start, end = args.period or (None, None)
    return KpiFilter(mission_id=mission_id, cluster_id=cluster_id, country=country, start=start,
                     end=end)


def cmd_kpis(ws: Workspace, args: argparse.Namespace) -> int:
    report = ws.kpis.report(_filter(ws, args))
    if args.json:
        print_json({
            "filter": dict(report.filter_labels),
            "today": report.today,
            "definitions": {k: {"label": v[0], "counts": v[1]} for k, v in DEFINITIONS.items()},
            "totals": report.totals,
            "by_mission": report.by_mission,
            "by_cluster": report.by_cluster,
            "by_country": report.by_country,
            "agreements": report.agreements,
        })
        return EXIT_OK
    print("; ".join(f"{k}: {v}" for k, v in report.filter_labels))
    print()
    print_table(["FIGURE", "VALUE"], [
        [DEFINITIONS[k][0], format_figure(k, report.totals.figure(k))] for k in FIGURE_KEYS])
    keys = ("companies", "delegates", "meetings_held", "leads", "agreements", "mous",
            "conversion_rate")
    for title, breakdowns in (("MISSION", report.by_mission), ("CLUSTER", report.by_cluster),
                              ("COUNTRY", report.by_country)):
        if not breakdowns:
            continue
        print()
        print_table([title, "COMPANIES", "DELEGATES", "HELD", "LEADS", "AGREEMENTS", "MOUS",
                     "CONVERSION"],
                    [[b.label] + [format_figure(k, b.figures.figure(k)) for k in keys]
                     for b in breakdowns])
    return EXIT_OK


def _check_output(path: Path, suffixes: tuple[str, ...]) -> None:
    if path.suffix.lower() not in suffixes:
        raise ValidationError([FieldError(
            "output", f"'{path.name}': write to a {' or '.join(suffixes)} file")])
    if not path.parent.is_dir():
        raise ValidationError([FieldError("output", f"the folder {path.parent} does not exist")])


def cmd_funder(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.funder import TITLE, write_funder_report

    _check_output(args.output, (".pdf",))
    report = ws.kpis.report(_filter(ws, args))
    path = write_funder_report(args.output, report, title=args.title or TITLE)
    t = report.totals
    print(f"funder report written to {path} ({t.companies} companies, {t.meetings_held} "
          f"meetings held, {t.agreements} agreements, {t.mous} MoUs)")
    return EXIT_OK


def cmd_export(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.reports.funder import EXPORT_SUFFIXES, export_figures

    _check_output(args.output, EXPORT_SUFFIXES)
    report = ws.kpis.report(_filter(ws, args))
    path = export_figures(args.output, report)
    print(f"figures exported to {path}")
    return EXIT_OK
