"""A real ``biox-server serve`` process on 127.0.0.1 for the HTTP-layer tests.

Set up with its own admin commands (no shortcut through the store), so what is tested is what an
administrator runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from biox_desktop.sync.protocol import request_headers
from tests.pg import free_port
from tests.support.serving import start_server, stop_server

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "live-password-1"


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    out["PYTHONPATH"] = str(ROOT)
    return out


def server_cli(url: str, *args: str, stdin: str = "") -> str:
    """Run one ``biox-server`` admin command on ``url``; its standard output."""
    done = subprocess.run(
        [sys.executable, "-m", "biox_desktop.server", *args, "--database-url", url],
        input=stdin, capture_output=True, text=True, env=env(), timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


class LiveServer:
    """The server as a process; ``users`` maps user names to (organisation, role)."""

    def __init__(self, tmp: Path, *serve_args: str,
                 users: dict[str, tuple[str, str]] | None = None,
                 url: str | None = None) -> None:  # fmt: skip
        self.url = url or f"sqlite:///{tmp / 'server.sqlite3'}"
        self.log = tmp / "server.log"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/api/v1"
        # The admin commands, run in one process (each would cost a Python start-up).
        commands: list[list[str]] = [["init"]]
        orgs: set[str] = set()
        for name, (org, role) in (users or {}).items():
            if org not in orgs:
                kind = "cluster" if role != "delegate" else "sme"
                commands.append(["org", "add", org, "--kind", kind])
                orgs.add(org)
            commands.append(["user", "add", name, "--org", org, "--role", role,
                             "--password-stdin"])  # fmt: skip
        script = (
            "import io, json, sys\n"
            "from biox_desktop.server.cli import main\n"
            "for argv in json.loads(sys.argv[1]):\n"
            "    sys.stdin = io.StringIO(sys.argv[2] + '\\n')\n"
            "    assert main([*argv, '--database-url', sys.argv[3]]) == 0, argv\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script, json.dumps(commands), PASSWORD, self.url],
            capture_output=True, text=True, env=env(), timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        self.proc = start_server(self.url, self.port, self.log, env(), *serve_args)

    def client(self, source: str = "127.0.0.1") -> httpx.Client:
        """An HTTP client whose connections come from ``source`` (any 127.x address works)."""
        transport = httpx.HTTPTransport(local_address=source)
        return httpx.Client(base_url=self.base, headers=request_headers(1), timeout=60,
                            transport=transport)  # fmt: skip

    def login(self, http: httpx.Client, username: str, password: str = PASSWORD,
              **headers: str) -> httpx.Response:  # fmt: skip
        return http.post("/login", json={"username": username, "password": password,
                                         "device_name": "live"}, headers=headers)  # fmt: skip

    def token(self, username: str) -> dict[str, Any]:
        with self.client() as http:
            r = self.login(http, username)
            assert r.status_code == 200, r.text
            return dict(r.json())

    def rss_kib(self) -> int:
        """The server process's resident memory (Linux)."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise AssertionError("no VmRSS")

    def stop(self) -> None:
        stop_server(self.proc)
