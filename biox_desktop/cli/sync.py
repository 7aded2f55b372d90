"""``biox-desktop login|sync|logout``."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from biox_desktop.cli.common import EXIT_OK, EXIT_REFUSED, print_json
from biox_desktop.db.workspace import Workspace


def register(sub: Any) -> None:
    p = sub.add_parser("login", help="sign in to the sync server (token kept in the OS keyring)")
    p.add_argument("--server", required=True, help="server address, e.g. https://sync.example.org")
    p.add_argument("--user", required=True, help="user name")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input instead of asking")
    p.add_argument("--allow-plain-http", action="store_true",
                   help="send the password over unencrypted http to another computer without "
                        "asking (discouraged: use the server's https address)")
    p.set_defaults(handler=cmd_login)

    p = sub.add_parser("devices", help="laptops signed in to your account")
    verbs = p.add_subparsers(dest="verb", required=True)
    q = verbs.add_parser("list", help="list them (this one is marked)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_devices_list)
    q = verbs.add_parser("revoke", help="revoke one (a lost laptop, say)")
    q.add_argument("device_id")
    q.set_defaults(handler=cmd_devices_revoke)

    p = sub.add_parser("sync", help="send local changes and receive everyone else's")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("refused", help="changes the server refused: list, retry or discard")
    verbs = p.add_subparsers(dest="verb", required=True)
    q = verbs.add_parser("list", help="each refused change, why, and what to do")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_refused_list)
    q = verbs.add_parser("retry", help="send them again at the next sync (after a fix)")
    q.add_argument("ids", nargs="*", type=int, help="numbers from 'refused list' (default: all)")
    q.set_defaults(handler=cmd_refused_retry)
    q = verbs.add_parser("discard", help="give them up: the server's version stays")
    q.add_argument("ids", nargs="*", type=int, help="numbers from 'refused list' (default: all)")
    q.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    q.set_defaults(handler=cmd_refused_discard)

    p = sub.add_parser("logout", help="sign out and forget the token")
    p.set_defaults(handler=cmd_logout)


def _service(ws: Workspace) -> Any:
    from biox_desktop.sync.service import SyncService

    return SyncService(ws)


def cmd_login(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.sync.errors import SyncError
    from biox_desktop.sync.service import plain_http_warning, sends_password_in_clear

    allow = bool(args.allow_plain_http)
    if sends_password_in_clear(args.server) and not allow:
        print(f"biox-desktop: warning: {plain_http_warning(args.server)}", file=sys.stderr)
        if args.password_stdin or not sys.stdin.isatty():
            print("biox-desktop: not signing in; add --allow-plain-http to do it anyway",
                  file=sys.stderr)
            return EXIT_REFUSED
        answer = input("Send your password over this unencrypted connection anyway? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("biox-desktop: not signed in", file=sys.stderr)
            return EXIT_REFUSED
        allow = True
    if args.password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {args.user}: ")
    try:
        user = _service(ws).login(args.server, args.user, password, allow_plain_http=allow)
    except SyncError as exc:
        print(f"biox-desktop: sign-in failed: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"signed in as {user.get('display_name') or args.user} "
          f"({user.get('role', '?')}, {user.get('organisation_name') or 'no organisation'})")
    return EXIT_OK


def cmd_sync(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.core.progress import Progress
    from biox_desktop.sync.errors import SyncError

    def show(done: int, total: int, message: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{message} ({done:,}{f'/{total:,}' if total else ''})", end="",
                  file=sys.stderr)

    try:
        report = _service(ws).sync(Progress(show))
    except SyncError as exc:
        print(f"biox-desktop: sync failed: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print_json(report)
    else:
        print(f"pushed {report.pushed}, pulled {report.pulled}, conflicts {report.conflicts}"
              + (f", rejected {report.rejected}" if report.rejected else ""))
        for line in report.quarantine:
            print(f"  set aside (cannot be stored here, retried at each sync): {line}")
    if report.rejected:
        # Loud: a script must not take a sync that lost changes for a success.
        for item in report.refused:
            print(f"biox-desktop: refused by the server: {item['table']} {item['row_id']} "
                  f"({item['op']}): {item['reason']}", file=sys.stderr)
        print("biox-desktop: fix the cause and 'biox-desktop refused retry', or "
              "'biox-desktop refused discard' to take the server's version back "
              "(list them with 'biox-desktop refused list')", file=sys.stderr)
        return EXIT_REFUSED
    waiting = _refusals(ws).count()
    if waiting:
        print(f"biox-desktop: {waiting} changes refused earlier wait for a decision: "
              "'biox-desktop refused list'", file=sys.stderr)
    return EXIT_OK


def cmd_logout(ws: Workspace, args: argparse.Namespace) -> int:
    _service(ws).logout()
    print("signed out")
    return EXIT_OK


def cmd_devices_list(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.sync.errors import SyncError

    try:
        devices = _service(ws).devices()
    except SyncError as exc:
        print(f"biox-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print_json(devices)
        return EXIT_OK
    for d in devices:
        state = "revoked" if d.revoked else "active"
        mark = "  (this laptop)" if d.current else ""
        print(f"{d.id}\t{state}\t{d.name}\tlast seen {d.last_seen_at or 'never'}{mark}")
    return EXIT_OK


def cmd_devices_revoke(ws: Workspace, args: argparse.Namespace) -> int:
    from biox_desktop.sync.errors import SyncError

    try:
        _service(ws).revoke_device(args.device_id)
    except SyncError as exc:
        print(f"biox-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print("revoked")
    return EXIT_OK


def _refusals(ws: Workspace) -> Any:
    from biox_desktop.sync.refusals import Refusals

    return Refusals(ws.db)


def cmd_refused_list(ws: Workspace, args: argparse.Namespace) -> int:
    refusals = _refusals(ws).list()
    if args.json:
        print_json(refusals)
        return EXIT_OK
    if not refusals:
        print("no refused changes")
    for r in refusals:
        gone = " (only on this laptop)" if r.local_only else ""
        print(f"{r.id}\t{r.label}{gone}\t{r.op}\t{r.rejected_at}")
        print(f"\t{r.explanation} {r.advice}")
        print(f"\tserver: {r.reason}")
    return EXIT_OK


def cmd_refused_retry(ws: Workspace, args: argparse.Namespace) -> int:
    count = _refusals(ws).retry(args.ids or None)
    print(f"{count} changes will be sent again at the next sync")
    return EXIT_OK


def cmd_refused_discard(ws: Workspace, args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            print("biox-desktop: discarding loses these changes: add --yes to confirm",
                  file=sys.stderr)
            return EXIT_REFUSED
        answer = input("Discard these changes (the server's version stays)? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            return EXIT_REFUSED
    count = _refusals(ws).discard(args.ids or None)
    print(f"{count} refused changes discarded")
    return EXIT_OK
