"""``biox-desktop key``: the database key's recovery code, and bringing a key to a new computer.

The local database is encrypted; its key lives in this computer's OS keyring (see
:mod:`biox_desktop.db.crypto`). Write the recovery code down and keep it apart from the laptop:
with it, a data folder or a backup from a lost or replaced laptop opens on a new one.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from biox_desktop.cli.common import EXIT_ENVIRONMENT, EXIT_OK, EXIT_REFUSED, print_json
from biox_desktop.db import crypto
from biox_desktop.db.engine import DB_FILENAME
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    area = sub.add_parser("key", help="the database key: recovery code, use on a new computer")
    verbs = area.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("recovery-code", help="show the recovery code of this data folder's key")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_recovery_code)
    p = verbs.add_parser("status", help="how this data folder's database is protected")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_status)
    p = verbs.add_parser(
        "restore", help="put the key of a data folder copied from another computer into this "
                        "computer's keyring, from its recovery code")
    p.add_argument("--recovery-code", required=True, metavar="CODE")
    # Runs before the workspace can be opened (its key is what is missing).
    p.set_defaults(handler=None, early=cmd_restore_key)


def cmd_recovery_code(ws: Workspace, args: argparse.Namespace) -> int:
    key = ws.db.key
    if key is None:
        print("biox-desktop: this data folder is not encrypted (a demo on a computer without "
              "a keyring); it has no key")
        return EXIT_REFUSED
    code = crypto.recovery_code(key)
    if args.json:
        print_json({"recovery_code": code, "data_dir": str(ws.data_dir)})
    else:
        print("Recovery code of the database key (write it down; keep it apart from this "
              "computer; anyone with it and the file can read the data):")
        print()
        print("    " + code)
        print()
        print("On a new computer: biox-desktop --data-dir FOLDER key restore --recovery-code "
              "CODE, or restore a backup with: biox-desktop restore FILE --recovery-code CODE")
    return EXIT_OK


def cmd_status(ws: Workspace, args: argparse.Namespace) -> int:
    facts = {"data_dir": str(ws.data_dir), "protection": ws.key_info.mode,
             "encrypted": ws.encrypted}
    if args.json:
        print_json(facts)
    elif ws.encrypted:
        how = "the OS keyring" if ws.key_info.mode == crypto.MODE_KEYRING else "a passphrase"
        print(f"the database in {ws.data_dir} is encrypted; its key comes from {how}")
    else:
        print(f"the database in {ws.data_dir} is NOT encrypted (a demo folder)")
    return EXIT_OK


def cmd_restore_key(args: argparse.Namespace) -> int:
    from biox_desktop.core.settings import default_data_dir

    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    try:
        key = crypto.key_from_recovery_code(args.recovery_code)
    except ValueError as exc:
        print(f"biox-desktop: {exc}")
        return EXIT_REFUSED
    info = crypto.read_key_info(data_dir)
    db = data_dir / DB_FILENAME
    if info is None or info.mode != crypto.MODE_KEYRING or not db.exists():
        print(f"biox-desktop: {data_dir} holds no database whose key is kept in a keyring")
        return EXIT_REFUSED
    if not crypto.can_open(db, key):
        print(f"biox-desktop: this recovery code does not open {db}; nothing was changed")
        return EXIT_REFUSED
    try:
        crypto.keyring_put(info.key_id or "", key)
    except crypto.NoKeyringForKey as exc:
        print(f"biox-desktop: the key cannot be stored: {exc}")
        return EXIT_ENVIRONMENT
    print(f"the key of {db} is now in this computer's keyring")
    return EXIT_OK
