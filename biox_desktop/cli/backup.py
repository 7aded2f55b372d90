"""``biox-desktop backup`` and ``biox-desktop restore``.

``backup`` works while the window is open (an online, consistent copy). ``restore`` refuses
while the window holds the data folder (restore from its Settings dialog instead); it checks the
file first and keeps the replaced database in ``<data folder>/backups/before-restore-*``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_OK, EXIT_REFUSED, print_json, print_table
from biox_desktop.db import crypto
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="copy the local database to a file (works with the window "
                                      "open)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help="where to write the backup (default: a dated file in DATA/backups)")
    p.add_argument("--list", action="store_true", help="list the backups in DATA/backups")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the local database by a backup (the current one "
                                       "is backed up first)")
    p.add_argument("file", type=Path, metavar="FILE", help="a backup made by bioX Missions")
    p.add_argument("--recovery-code", metavar="CODE", default=None,
                   help="for a backup made on another computer: that computer's recovery code "
                        "(biox-desktop key recovery-code)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_restore)


def cmd_backup(ws: Workspace, args: argparse.Namespace) -> int:
    if args.list:
        backups = ws.backups.list()
        if args.json:
            print_json([_plain(b) for b in backups])
        else:
            print_table(["created (UTC)", "size", "file"],
                        [[f"{b.created_at:%Y-%m-%d %H:%M}", _size(b.size_bytes), str(b.path)]
                         for b in backups])
        return EXIT_OK
    made = ws.backups.backup(args.output)
    if args.json:
        print_json(_plain(made))
    else:
        print(f"backup written to {made.path} ({_size(made.size_bytes)})")
    return EXIT_OK


def cmd_restore(ws: Workspace, args: argparse.Namespace) -> int:
    recovery_key = None
    if args.recovery_code:
        try:
            recovery_key = crypto.key_from_recovery_code(args.recovery_code)
        except ValueError as exc:
            print(f"biox-desktop: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    result = ws.backups.restore(args.file, check_lock=True, recovery_key=recovery_key)
    if args.json:
        print_json(_plain(result))
    else:
        print(f"restored {result.restored_from}; the previous database is kept in "
              f"{result.safety_copy}")
    return EXIT_OK


def _plain(value: Any) -> dict[str, Any]:
    """A backup DTO with its paths as strings, for JSON."""
    return {k: str(v) if isinstance(v, Path) else v
            for k, v in dataclasses.asdict(value).items()}


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.0f} kB"
