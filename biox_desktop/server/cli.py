"""``biox-server``: set up, run and administer the sync server.

Exit codes: 0 success, 1 a refused request (message on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from typing import Any

from biox_desktop.server.access import ORG_KINDS
from biox_desktop.server.config import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    default_database_url,
    default_trusted_proxies,
)


class UserError(Exception):
    """A problem the person at the keyboard can fix; printed without a traceback."""


def _store(url: str) -> Any:
    from biox_desktop.server.db import make_engine, migrate
    from biox_desktop.server.store import Store

    engine = make_engine(url)
    migrate(engine)
    store = Store(engine)
    store.init_settings()
    return store


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat the password: ") != password:
            raise UserError("the two passwords differ")
    if not password:
        raise UserError("no password given")
    return password


def _print(rows: list[dict[str, Any]], as_json: bool, columns: Sequence[str]) -> None:
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    for row in rows:
        print("\t".join("" if row.get(c) is None else str(row.get(c)) for c in columns))


def cmd_init(args: argparse.Namespace) -> None:
    store = _store(args.database_url)
    settings = store.init_settings(
        coordinator_sees_private=args.coordinator_sees_private, min_schema=args.min_schema
    )
    print(f"database ready: {args.database_url}")
    print(f"server id: {settings.server_id}")
    print(f"minimum client schema: {settings.min_schema}")
    print(
        f"coordinator sees private scopes: {'yes' if settings.coordinator_sees_private else 'no'}"
    )


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from biox_desktop.server.app import create_app
    from biox_desktop.server.auth import TrustedProxies

    try:
        proxies = TrustedProxies.parse(args.trusted_proxy)
    except ValueError as exc:
        raise UserError(f"--trusted-proxy: {exc}") from None
    app = create_app(args.database_url, trusted_proxies=proxies)
    # uvicorn's own proxy handling believes X-Forwarded-For from 127.0.0.1 by default; the app
    # decides instead, from --trusted-proxy only.
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                proxy_headers=False, server_header=False)  # fmt: skip


def cmd_backup(args: argparse.Namespace) -> None:
    """A consistent copy of the server database while it runs (see the README for PostgreSQL)."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    url = make_url(args.database_url)
    target = Path(args.target)
    if target.exists():
        raise UserError(f"{target} exists already; give a new file name")
    if url.get_backend_name() != "sqlite" or not url.database:
        raise UserError(
            "backup copies SQLite databases; for PostgreSQL use pg_dump (see the README)"
        )
    import sqlite3

    source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # the online backup API: consistent even during pushes
        finally:
            copy.close()
    finally:
        source.close()
    target.chmod(0o600)
    print(f"backed up to {target}")


def cmd_org_add(args: argparse.Namespace) -> None:
    org = _store(args.database_url).add_org(
        args.name, args.kind, args.id, cluster=args.cluster, publish=True
    )
    print(org["id"])


def cmd_org_list(args: argparse.Namespace) -> None:
    _print(_store(args.database_url).list_orgs(), args.json, ("id", "kind", "name"))


def cmd_org_consent(args: argparse.Namespace) -> None:
    result = _store(args.database_url).set_org_consent(args.org, args.wording, args.version)
    print(f"consent wording {result['version']} set for {result['organisation']}; its laptops "
          "use it from their next sync")


def cmd_user_add(args: argparse.Namespace) -> None:
    store = _store(args.database_url)
    user = store.add_user(
        args.username, args.org, args.role, _read_password(args.password_stdin),
        display_name=args.display_name, publish=True,
    )  # fmt: skip
    print(user.id)


def cmd_user_reset(args: argparse.Namespace) -> None:
    _store(args.database_url).reset_password(args.username, _read_password(args.password_stdin))
    print("password changed")


def cmd_user_list(args: argparse.Namespace) -> None:
    users = [u.to_wire() for u in _store(args.database_url).list_users()]
    _print(users, args.json, ("id", "username", "role", "organisation_name", "display_name"))


def cmd_device_list(args: argparse.Namespace) -> None:
    devices = _store(args.database_url).list_devices(args.user)
    _print(devices, args.json, ("id", "username", "name", "revoked", "last_seen_at"))


def cmd_device_revoke(args: argparse.Namespace) -> None:
    _store(args.database_url).revoke_device(args.device_id)
    print("revoked")


def cmd_tombstones_purge(args: argparse.Namespace) -> None:
    count = _store(args.database_url).purge_tombstones(args.older_than_days)
    print(f"purged {count} tombstones")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url",
        default=default_database_url(),
        help="sqlite:///path or postgresql+psycopg://user:pw@host/db "
        "(default: $BIOX_SERVER_DATABASE_URL or a file in the user data folder)",
    )
    parser = argparse.ArgumentParser(prog="biox-server", description="bioX Missions sync server")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", parents=[common], help="create or upgrade the database")
    p.add_argument(
        "--coordinator-sees-private",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="let coordinators see organisations' private scopes (default: off)",
    )
    p.add_argument("--min-schema", type=int, default=None, help="oldest client schema accepted")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("serve", parents=[common], help="run the HTTP server")
    p.add_argument("--host", default=DEFAULT_HOST)
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--log-level", default="info")
    p.add_argument(
        "--trusted-proxy",
        default=default_trusted_proxies(),
        help="reverse proxies whose X-Forwarded-For gives the client address (comma-separated "
        "addresses or networks, e.g. 127.0.0.1 when nginx runs on this machine; default: "
        "$BIOX_SERVER_TRUSTED_PROXIES or none)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("backup", parents=[common], help="copy a SQLite server database safely")
    p.add_argument("target", help="new file to write")
    p.set_defaults(func=cmd_backup)

    org = sub.add_parser("org", help="organisations").add_subparsers(dest="verb", required=True)
    p = org.add_parser("add", parents=[common])
    p.add_argument("name")
    p.add_argument("--kind", required=True, choices=ORG_KINDS)
    p.add_argument("--cluster", help="an SME's home cluster (name or id)")
    p.add_argument("--id", help="UUID to give it (never needed: laptops receive it on sync)")
    p.set_defaults(func=cmd_org_add)
    p = org.add_parser("list", parents=[common])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_org_list)
    p = org.add_parser("consent", parents=[common],
                       help="the consent wording the organisation's laptops show at capture")
    p.add_argument("org", help="organisation id or name")
    p.add_argument("--wording", required=True, help="the text a person agrees to")
    p.add_argument("--version", required=True, help="its version, stored with each consent")
    p.set_defaults(func=cmd_org_consent)

    user = sub.add_parser("user", help="users").add_subparsers(dest="verb", required=True)
    p = user.add_parser("add", parents=[common])
    p.add_argument("username")
    p.add_argument("--org", required=True,
                   help="organisation name or id (also one a laptop created)")
    p.add_argument("--role", required=True, choices=("coordinator", "leader", "delegate"))
    p.add_argument("--display-name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=cmd_user_add)
    p = user.add_parser("reset-password", parents=[common])
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_user_reset)
    p = user.add_parser("list", parents=[common])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_user_list)

    dev = sub.add_parser("device", help="signed-in laptops").add_subparsers(
        dest="verb", required=True
    )
    p = dev.add_parser("list", parents=[common])
    p.add_argument("--user")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_device_list)
    p = dev.add_parser("revoke", parents=[common])
    p.add_argument("device_id")
    p.set_defaults(func=cmd_device_revoke)

    tomb = sub.add_parser("tombstones", help="deleted rows").add_subparsers(
        dest="verb", required=True
    )
    p = tomb.add_parser("purge", parents=[common])
    p.add_argument("--older-than-days", type=int, required=True, help="at least 180")
    p.set_defaults(func=cmd_tombstones_purge)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``biox-server``."""
    from biox_desktop.server.store import StoreError

    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except (UserError, StoreError) as exc:
        print(f"biox-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
