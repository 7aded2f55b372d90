"""Issue 20, finding 6, on the laptop: token expiry and renewal, revoking one's laptops, no device
left active without a stored token, one sync per data folder, plain-http warning, paginated
conflicts, private file modes."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.null import Keyring as NullKeyring
from sqlalchemy import insert, update

from biox_desktop.db.workspace import Workspace
from biox_desktop.server.auth import RateLimits
from biox_desktop.server.models import Conflict, Device
from biox_desktop.sync import credentials
from biox_desktop.sync.conflicts import ConflictService
from biox_desktop.sync.errors import AuthError, DeviceRevoked, SyncError
from biox_desktop.sync.service import (
    TOKEN_EXPIRES_KEY,
    TOKEN_ISSUED_KEY,
    SyncService,
    sends_password_in_clear,
)
from tests.sync.harness import PASSWORD, URL, World

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def _active_devices(world: World, username: str) -> list[dict[str, object]]:
    return [d for d in world.store.list_devices(username) if not d["revoked"]]


def test_no_usable_keyring_leaves_no_device_on_the_server(world: World) -> None:
    ws = world.workspace("claire")
    keyring.set_keyring(NullKeyring())  # accepts secrets and silently drops them
    with pytest.raises(credentials.KeyringUnavailable):
        world.service(ws).login(URL, "claire", PASSWORD)
    assert _active_devices(world, "claire") == []


def test_a_token_the_keyring_fails_to_keep_is_revoked_at_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = world.workspace("claire")
    real_save = credentials.save_token

    def flaky(server_url: str, username: str, token: str) -> None:
        if username == "claire":  # the probe works, the real token does not stick
            raise credentials.KeyringUnavailable("the keyring is locked")
        real_save(server_url, username, token)

    monkeypatch.setattr(credentials, "save_token", flaky)
    with pytest.raises(credentials.KeyringUnavailable):
        world.service(ws).login(URL, "claire", PASSWORD)
    assert world.store.list_devices("claire") and _active_devices(world, "claire") == []


def test_the_token_is_renewed_before_it_expires_and_an_expired_one_is_refused(
    world: World, memory_keyring: dict[tuple[str, str], str]
) -> None:
    ws, service = world.laptop("claire")
    old = credentials.load_token(URL, "claire")
    assert old and not service.renewal_due()
    service.sync()
    assert credentials.load_token(URL, "claire") == old  # nothing due yet
    now = dt.datetime.now(dt.UTC)  # 60 of its 90 days have passed
    ws.db.set_meta(TOKEN_ISSUED_KEY, (now - dt.timedelta(days=60)).isoformat())
    ws.db.set_meta(TOKEN_EXPIRES_KEY, (now + dt.timedelta(days=30)).isoformat())
    assert service.renewal_due()
    service.sync()
    fresh = credentials.load_token(URL, "claire")
    assert fresh and fresh != old and not service.renewal_due()
    # The new token was used by that sync, so the old one is gone for good.
    with pytest.raises(AuthError):
        world.service(ws)._transport(URL, old).get("/me")
    # A laptop that stayed away past the expiry must sign in again, and is told so.
    with world.store.engine.begin() as conn:
        conn.execute(update(Device).values(token_expires_at=dt.datetime(2000, 1, 1)))
    with pytest.raises(AuthError, match="expired"):
        service.sync()


def test_a_lost_renewal_answer_does_not_sign_the_laptop_out(world: World) -> None:
    _ws, service = world.laptop("claire")
    old = credentials.load_token(URL, "claire")
    assert old
    transport = service._transport(URL, old)
    transport.post("/token/renew", {})  # the answer never reaches the laptop
    transport.close()
    assert service.sync().pushed >= 0  # the old token still works


def test_a_user_lists_and_revokes_their_own_laptops(world: World) -> None:
    _laptop, laptop_sync = world.laptop("claire")
    # Claire's other laptop (its own keyring, elsewhere): a sign-in straight through the API.
    lost = world.store.login("claire", PASSWORD, "lost laptop", "192.0.2.1", RateLimits())
    devices = laptop_sync.devices()
    assert len(devices) == 2 and sum(d.current for d in devices) == 1
    other = next(d for d in devices if not d.current)
    assert (other.id, other.name) == (lost["device_id"], "lost laptop")
    laptop_sync.revoke_device(other.id)
    with pytest.raises(DeviceRevoked):
        laptop_sync._transport(URL, lost["token"]).get("/me")
    laptop_sync.sync()  # this laptop is unaffected
    assert [d.revoked for d in laptop_sync.devices() if d.id == other.id] == [True]
    _, alice_sync = world.laptop("alice")
    with pytest.raises(SyncError):  # someone else's laptop is "not found"
        alice_sync.revoke_device(laptop_sync.devices()[0].id)


def test_two_syncs_of_one_data_folder_never_overlap(world: World) -> None:
    ws, service = world.laptop("claire")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\nfrom pathlib import Path\n"
         "from biox_desktop.sync.service import sync_lock\n"
         "with sync_lock(Path(sys.argv[1])):\n"
         "    print('held', flush=True)\n    sys.stdin.readline()\n",
         str(ws.data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(SyncError, match="another sync of this data folder"):
            service.sync()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(60)
    service.sync()  # free again once the other sync has finished


def test_a_password_is_not_sent_over_plain_http_to_another_computer(tmp_path: Path) -> None:
    assert sends_password_in_clear("http://sync.example.org")
    assert sends_password_in_clear("http://192.168.1.20:8765")
    for ok in ("https://sync.example.org", "http://127.0.0.1:8765", "http://localhost:8765",
               "http://[::1]:8765"):
        assert not sends_password_in_clear(ok), ok
    ws = Workspace(tmp_path / "laptop")
    try:
        # Refused before any connection: the address does not even exist.
        with pytest.raises(SyncError, match="not encrypted"):
            SyncService(ws).login("http://sync.invalid", "claire", PASSWORD)
    finally:
        ws.close()
    from tests.sync.test_e2e import Laptop

    laptop = Laptop(tmp_path, "cli")  # a command-line laptop with a (file) keyring of its own
    done = laptop.run("login", "--server", "http://sync.invalid", "--user", "claire",
                      "--password-stdin", stdin=PASSWORD + "\n", check=False)  # fmt: skip
    assert done.returncode != 0
    assert "not encrypted" in done.stderr and "--allow-plain-http" in done.stderr


def _conflicts(world: World, n: int, reason: str, device: str = "dev-x",
               scope: str = "network") -> None:  # fmt: skip
    user = world.store.list_users()[0].id
    rows = [
        {"tbl": "organisations", "row_id": f"o{i}", "scope": scope, "field": "city",
         "reason": reason, "winner_value": "A", "loser_value": f"B{i}", "loser_user": user,
         "loser_device": device, "created_seq": 1, "created_at": dt.datetime(2026, 12, 1),
         "resolved": False}
        for i in range(n)
    ]  # fmt: skip
    with world.store.engine.begin() as conn:
        conn.execute(insert(Conflict), rows)


def test_conflicts_come_in_pages_and_stale_clocks_are_summed_per_laptop(world: World) -> None:
    _cora, cora_sync = world.laptop("cora")
    _conflicts(world, 5, "concurrent")
    _conflicts(world, 1200, "clock_in_future", device="skewed-laptop")
    service = ConflictService(cora_sync)
    first = service.page(limit=2)
    assert len(first.conflicts) == 2 and first.next is not None
    assert [(q.device_id, q.count) for q in first.quarantines] == [("skewed-laptop", 1200)]
    second = service.page(first.next, limit=2)
    assert second.quarantines == ()  # the summary comes with the first page only
    assert {c.id for c in first.conflicts}.isdisjoint(c.id for c in second.conflicts)
    assert len(service.list()) == 5  # every page, none of the 1,200 stale ones


def test_conflicts_in_an_smes_private_scope_go_to_its_own_people(world: World) -> None:
    _conflicts(world, 2, "concurrent", scope=f"org:{world.sme_a}")
    _, cora_sync = world.laptop("cora")
    _, alice_sync = world.laptop("alice")
    _, bob_sync = world.laptop("bob")
    assert ConflictService(cora_sync).list() == []  # the policy keeps coordinators out
    assert ConflictService(bob_sync).list() == []
    mine = ConflictService(alice_sync).list()
    assert len(mine) == 2
    world.store.init_settings(coordinator_sees_private=True)
    assert len(ConflictService(cora_sync).list()) == 2
    assert ConflictService(alice_sync).list() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_data_folder_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    folder.mkdir(mode=0o755)
    (folder / "biox.sqlite3").touch(mode=0o644)  # a laptop from before: tightened on opening
    ws = Workspace(folder)
    try:
        ws.db.set_meta("probe", "1")  # a write, so the WAL and SHM files exist
        backup = ws.backups.backup()
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()
                 if p.is_file() and p.name.startswith("biox.sqlite3")}  # fmt: skip
        assert {"biox.sqlite3", "biox.sqlite3-wal", "biox.sqlite3-shm"} <= set(modes)
        assert set(modes.values()) == {0o600}, modes
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(ws.settings_path.stat().st_mode) == 0o600
    finally:
        ws.close()
