"""Shared plumbing of the headless commands: opening the workspace, output, errors."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import sys
from collections.abc import Callable
from typing import Any

from biox_desktop.core.progress import Cancelled
from biox_desktop.core.validation import NotFoundError, ValidationError
from biox_desktop.db import crypto
from biox_desktop.db.engine import DatabaseError
from biox_desktop.db.workspace import Workspace

Handler = Callable[[Workspace, argparse.Namespace], int]

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_ENVIRONMENT = 0, 1, 2, 3


def run_command(args: argparse.Namespace) -> int:
    """Open the workspace, run the chosen verb, turn known failures into messages."""
    handler: Handler = args.handler
    try:
        workspace = open_workspace(args.data_dir, allow_plain=args.area == "demo")
    except (DatabaseError, OSError, ValueError, crypto.DatabaseKeyError) as exc:
        print(f"biox-desktop: cannot open the data folder: {exc}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    try:
        return handler(workspace, args)
    except ValidationError as exc:
        for error in exc.errors:
            print(f"biox-desktop: {error.field}: {error.message}", file=sys.stderr)
        return EXIT_REFUSED
    except NotFoundError as exc:
        print(f"biox-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except Cancelled:
        print("biox-desktop: cancelled; nothing was changed", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("biox-desktop: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except OSError as exc:  # a file to read or write: missing folder, no permission, disk full
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"biox-desktop: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_REFUSED
    except RuntimeError as exc:
        from biox_desktop.reports.fonts import FontMissingError  # reportlab: only when needed

        if not isinstance(exc, FontMissingError):
            raise
        print(f"biox-desktop: {exc}", file=sys.stderr)  # says which font to install
        return EXIT_REFUSED
    finally:
        workspace.close()


def open_workspace(data_dir: Any, *, allow_plain: bool = False) -> Workspace:
    """The workspace of ``data_dir``; on a computer without a keyring, the passphrase is
    asked for at the terminal (or read from BIOX_PASSPHRASE by scripts)."""
    try:
        return Workspace(data_dir, allow_plain=allow_plain)
    except crypto.NoKeyringForKey as exc:
        if not sys.stdin.isatty():
            raise
        print(exc, file=sys.stderr)
        first = getpass.getpass("Choose a passphrase for this data folder: ")
        if not first or getpass.getpass("Type it again: ") != first:
            raise crypto.PassphraseNeeded("the two passphrases differ; nothing was created")\
                from None
        return Workspace(data_dir, passphrase=first)
    except crypto.PassphraseNeeded:
        if not sys.stdin.isatty():
            raise
        return Workspace(data_dir, passphrase=getpass.getpass("Passphrase of this data folder: "))


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates and tuples as JSON-friendly values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """A plain aligned text table for people reading a terminal."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
