"""The admin command line, the migrations, and the real server as a process on loopback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from biox_desktop.server import cli
from biox_desktop.server.db import make_engine, migrate
from biox_desktop.server.models import ServerBase
from biox_desktop.sync.protocol import request_headers

from .conftest import clock, free_port, upsert

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "biox_desktop.server", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def test_migrations_match_the_models_and_are_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine)
        migrate(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), ServerBase.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_cli_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert cli.main(["init", "--database-url", url, "--min-schema", "2"]) == 0
    assert "minimum client schema: 2" in capsys.readouterr().out
    org_id = "0190f3a2-0000-7000-8000-000000000001"
    assert cli.main(["org", "add", "Biocat", "--kind", "cluster", "--id", org_id,
                     "--database-url", url]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == org_id
    monkeypatch.setattr(sys, "stdin", io.StringIO("long enough pw\n"))
    assert cli.main(["user", "add", "anna", "--org", org_id, "--role", "coordinator",
                     "--password-stdin", "--database-url", url]) == 0  # fmt: skip
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert cli.main(["user", "reset-password", "anna", "--password-stdin",
                     "--database-url", url]) == 1  # fmt: skip
    assert "at least 8" in capsys.readouterr().err
    assert cli.main(["user", "add", "bo", "--org", "Nowhere", "--role", "leader",
                     "--password-stdin", "--database-url", url]) == 1  # fmt: skip
    assert cli.main(["org", "add", "X", "--kind", "sme", "--id", "not-a-uuid",
                     "--database-url", url]) == 1  # fmt: skip
    assert cli.main(["tombstones", "purge", "--older-than-days", "30", "--database-url", url]) == 1
    assert cli.main(["tombstones", "purge", "--older-than-days", "365", "--database-url", url]) == 0
    assert cli.main(["device", "revoke", "nope", "--database-url", url]) == 1
    with pytest.raises(SystemExit) as usage:
        cli.main(["user", "add", "x", "--org", "Biocat", "--role", "boss"])
    assert usage.value.code == 2
    capsys.readouterr()
    assert cli.main(["user", "list", "--json", "--database-url", url]) == 0
    assert '"username": "anna"' in capsys.readouterr().out


@pytest.mark.slow
def test_real_server_process_login_push_pull(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert run_cli("init", "--database-url", url).returncode == 0
    org = run_cli("org", "add", "Alpha Bio", "--kind", "sme", "--database-url", url)
    assert org.returncode == 0, org.stderr
    made = run_cli("user", "add", "alice", "--org", "Alpha Bio", "--role", "delegate",
                   "--password-stdin", "--database-url", url, stdin="s3cret-pass\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "biox_desktop.server", "serve", "--host", "127.0.0.1",
         "--port", str(port), "--database-url", url, "--log-level", "warning"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None, server.stdout.read() if server.stdout else ""
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)
        h = request_headers(1)
        with httpx.Client(base_url=base, headers=h, timeout=10) as http:
            r = http.post("/login", json={"username": "alice", "password": "s3cret-pass",
                                          "device_name": "e2e"})  # fmt: skip
            assert r.status_code == 200, r.text
            login = r.json()
            auth = {"Authorization": f"Bearer {login['token']}"}
            scope = f"org:{login['user']['organisation_id']}"
            op = upsert(1, "people", "p1", scope, {"name": "Ann"},
                        clock(int(time.time() * 1000)))
            r = http.post("/push", headers=auth,
                          json={"device_id": login["device_id"], "batch_id": "b1", "ops": [op]})  # fmt: skip
            assert r.json()["results"] == [{"seq": 1, "status": "applied"}]
            page = http.post("/pull", headers=auth, json={"cursor": 0, "limit": 100}).json()
            # Besides p1: the directory rows `org add` and `user add` wrote for every laptop.
            pulled = {(c["table"], c["row_id"]) for c in page["changes"]}
            assert ("people", "p1") in pulled and not page["more"]
            assert {t for t, _ in pulled} == {"organisations", "people"}
            # Revoked from the admin command line: the running server refuses at once.
            assert (
                run_cli("device", "revoke", login["device_id"], "--database-url", url).returncode
                == 0
            )
            r = http.get("/me", headers=auth)
            assert r.status_code == 401 and r.json()["error"] == "device_revoked"
    finally:
        server.terminate()
        server.wait(15)
