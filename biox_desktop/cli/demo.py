"""``biox-desktop demo seed``: fill an empty data folder with the demo missions."""

from __future__ import annotations

import argparse
from typing import Any

from biox_desktop.cli.common import EXIT_OK, EXIT_REFUSED
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    parser = sub.add_parser("demo", help="demo data")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("seed", help="fill an empty database with the demo missions")
    p.set_defaults(handler=cmd_seed)


def cmd_seed(ws: Workspace, args: argparse.Namespace) -> int:
    if not ws.seed_demo():
        print("biox-desktop: this data folder already holds missions; the demo is only added "
              "to an empty one (use --data-dir to choose another folder)")
        return EXIT_REFUSED
    print(f"demo data added to {ws.data_dir}")
    return EXIT_OK
