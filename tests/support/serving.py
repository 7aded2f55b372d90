"""Start ``biox-server serve`` as a real process on 127.0.0.1 and wait until it answers.

The one way every end-to-end test starts a server, so that a change of the serve command or
of the health route is made once. The process's output goes to ``log`` (read on failure).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx


def start_server(url: str, port: int, log: Path, env: Mapping[str, str], *serve_args: str,
                 wait_s: float = 120, cwd: Path | None = None) -> subprocess.Popen[bytes]:
    """The serving process, once ``/api/v1/health`` answers 200. A process that dies or does
    not answer in ``wait_s`` seconds is stopped and the test fails with its log."""
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "biox_desktop.server", "serve", "--host", "127.0.0.1",
             "--port", str(port), "--database-url", url, "--log-level", "warning",
             *serve_args],
            env=dict(env), stdout=out, stderr=subprocess.STDOUT, cwd=cwd,
        )  # fmt: skip
    health = f"http://127.0.0.1:{port}/api/v1/health"
    deadline = time.monotonic() + wait_s
    while True:
        try:
            if httpx.get(health, timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_server(proc)
            raise AssertionError("the server did not start:\n"
                                 + log.read_text(errors="replace"))
        time.sleep(0.1)


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """Terminate, then kill if it does not stop within 15 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(15)
