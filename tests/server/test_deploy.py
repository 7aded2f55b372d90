"""The deployment files in deploy/: the nginx example really serves the sync server over TLS.

nginx runs on 127.0.0.1 with a self-signed certificate made here, in front of a real
``biox-server serve``, using deploy/nginx/biox-sync.conf with only its names, certificate paths
and ports replaced; a desktop laptop (command-line processes) signs in and syncs through it.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, select

from biox_desktop.server.models import SyncRow
from tests.pg import free_port
from tests.sync.test_e2e import Laptop

from .live import PASSWORD, LiveServer

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def _site(cert: Path, key: Path, https_port: int, http_port: int, upstream: int) -> str:
    """The example site with this machine's values: nothing else changed."""
    text = (DEPLOY / "nginx" / "biox-sync.conf").read_text()
    replacements = {
        "/etc/letsencrypt/live/sync.example.org/fullchain.pem": str(cert),
        "/etc/letsencrypt/live/sync.example.org/privkey.pem": str(key),
        "server 127.0.0.1:8765;": f"server 127.0.0.1:{upstream};",
        "listen 443 ssl;": f"listen 127.0.0.1:{https_port} ssl;",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "sync.example.org": "127.0.0.1",
    }
    for old, new in replacements.items():
        assert old in text, f"the example no longer has {old!r}"
        text = text.replace(old, new)
    # No IPv6 listeners on the test machine.
    return "\n".join(line for line in text.splitlines() if "[::]" not in line)


@pytest.mark.slow
@pytest.mark.skipif(not Path(NGINX).exists() or not shutil.which("openssl"),
                    reason="needs nginx and openssl (apt-get install nginx-light)")  # fmt: skip
def test_a_laptop_syncs_through_the_example_nginx_over_tls(tmp_path: Path) -> None:
    cert, key = _certificate(tmp_path)
    server = LiveServer(tmp_path, "--trusted-proxy", "127.0.0.1",
                        users={"claire": ("Lyonbiopole", "leader")})  # fmt: skip
    prefix = tmp_path / "nginx"
    for sub in ("logs", "tmp"):
        (prefix / sub).mkdir(parents=True)
    https_port, http_port = free_port(), free_port()
    (prefix / "biox-sync.conf").write_text(_site(cert, key, https_port, http_port, server.port))
    (prefix / "nginx.conf").write_text(f"""
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
worker_processes 1;
{"user root;" if os.geteuid() == 0 else ""}
events {{ worker_connections 64; }}
http {{
    access_log {prefix}/logs/access.log;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    include {prefix}/biox-sync.conf;
}}
""")
    nginx = subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"),
                              "-g", "daemon off;"], stderr=subprocess.PIPE)  # fmt: skip
    base = f"https://127.0.0.1:{https_port}"
    tls = ssl.create_default_context(cafile=str(cert))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/api/v1/health", verify=tls, timeout=2).is_success:
                    break
            except httpx.TransportError:
                pass
            assert nginx.poll() is None, nginx.stderr.read() if nginx.stderr else ""
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.2)
        # Plain http is only a redirect to https.
        r = httpx.get(f"http://127.0.0.1:{http_port}/api/v1/health")
        assert r.status_code == 301 and r.headers["location"].startswith("https://")
        # The server's own checks answer through the proxy: a huge body is refused.
        r = httpx.post(f"{base}/api/v1/push", content=b"x" * (42 * 1024 * 1024),
                       verify=tls, timeout=60)  # fmt: skip
        assert r.status_code == 413

        laptop = Laptop(tmp_path, "claire")
        laptop.env["SSL_CERT_FILE"] = str(cert)  # the laptop trusts the test certificate
        laptop.run("login", "--server", base, "--user", "claire", "--password-stdin",
                   stdin=PASSWORD + "\n")  # fmt: skip
        cluster = laptop_org(laptop)
        laptop.write_rows([{"id": cluster, "scope": "network", "name": "Lyonbiopole",
                            "kind": "cluster"}])  # fmt: skip
        laptop.add_mission("Osaka through nginx", cluster)
        report = laptop.sync()
        assert report["pushed"] >= 1 and report["rejected"] == 0, report
        engine = create_engine(server.url)
        try:
            with engine.connect() as conn:
                names = [r.fields.get("name") for r in conn.execute(select(SyncRow))
                         if r.tbl == "missions"]  # fmt: skip
        finally:
            engine.dispose()
        assert names == ["Osaka through nginx"]
        # The server saw the laptop's address from nginx's X-Forwarded-For (127.0.0.1 here),
        # and a second sync through the proxy has nothing left to send.
        assert laptop.sync()["pushed"] == 0
        # Its own laptops, through the proxy too: one, this one.
        devices = json.loads(laptop.run("devices", "list", "--json").stdout)
        assert [(d["current"], d["revoked"]) for d in devices] == [(True, False)]
    finally:
        nginx.terminate()
        nginx.wait(30)
        server.stop()


def laptop_org(laptop: Laptop) -> str:
    """The signed-in leader's organisation (the mission's lead cluster)."""
    out = laptop.python(
        "import sys\nfrom pathlib import Path\nfrom biox_desktop.db.workspace import Workspace\n"
        "ws = Workspace(Path(sys.argv[1]))\nprint(ws.settings.organisation_id)\nws.close()\n"
    )
    return out.strip()
