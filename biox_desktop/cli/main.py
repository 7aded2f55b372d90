"""``biox-desktop``: opens the window, or runs one headless command.

Command shape: ``biox-desktop [--data-dir DIR] <area> <verb> [options]``. Each area lives in its
own module of this package and registers its verbs in :data:`AREAS`. Exit codes: 0 done,
1 refused (bad input, not found: the message says what and where), 2 wrong usage,
3 the data folder or database cannot be used.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from biox_desktop import __version__

#: Modules of biox_desktop.cli that register an area's commands (``register(subparsers)``).
AREAS: tuple[str, ...] = (
    "missions", "roster", "agenda", "leads", "merge", "report", "sync", "demo", "backup",
    "batches", "key", "privacy", "orgs", "attendees",
)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_ENVIRONMENT = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="biox-desktop",
        description="bioX Missions: trade missions, rosters, agendas, leads and outcomes.",
    )
    parser.add_argument("--version", action="version", version=f"bioX Missions {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, default=None,
        help="folder holding the local database and settings (default: your user data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="fill an empty database with a demo (missions to Osaka and Boston) before opening",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png",
        help="render the main window offscreen, save it as PNG and exit",
    )
    parser.add_argument("--smoke", action="store_true", help="open the main window, then exit 0")
    sub = parser.add_subparsers(dest="area", metavar="AREA")
    for area in AREAS:
        importlib.import_module(f"biox_desktop.cli.{area}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.area is None:
        # No command: the desktop application. Qt is imported only here.
        from biox_desktop.app import run_gui

        return run_gui(args)
    if getattr(args, "early", None) is not None:  # runs without opening the workspace
        return int(args.early(args))
    from biox_desktop.cli.common import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
