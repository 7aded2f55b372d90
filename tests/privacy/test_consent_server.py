"""Issue 21 item 4: the consent wording and its version come from the server, one per
organisation; a real ``biox-server serve`` process on 127.0.0.1, set up with its own commands."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from biox_desktop.core.leads import LeadInput
from biox_desktop.db.workspace import Workspace
from biox_desktop.sync.service import SyncService
from tests.server.live import PASSWORD, LiveServer, server_cli

USERS = {"sato": ("Kansai Bio", "delegate"), "mueller": ("Isar Antibodies", "delegate")}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """The server app over SQLite, then PostgreSQL (tests/server's harness)."""
    from tests.pg import new_pg_database
    from tests.server.conftest import Harness

    url = (f"sqlite:///{tmp_path / 'server.db'}" if request.param == "sqlite"
           else new_pg_database(request.getfixturevalue("pg_server")))
    h = Harness(url)
    yield h
    h.close()


def test_the_store_keeps_one_wording_per_organisation(harness: Any) -> None:
    from biox_desktop.server.store import StoreError

    store = harness.store
    store.set_org_consent("Alpha Bio", "J'accepte que Alpha Bio garde mes coordonnées.", "A-1")
    store.set_org_consent(harness.sme1, "J'accepte (v2).", "A-2")  # by id: replaces it
    alice, bob = harness.login("alice"), harness.login("bob")
    assert alice.get("me").json()["consent"] == {"wording": "J'accepte (v2).", "version": "A-2"}
    assert bob.get("me").json()["consent"] is None  # Beta Pharma has none
    for wording, version in (("", "A-3"), ("text", ""), ("text", "x" * 41)):
        with pytest.raises(StoreError):
            store.set_org_consent("Alpha Bio", wording, version)
    with pytest.raises(StoreError):
        store.set_org_consent("No Such Org", "text", "1")


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path / "server", users=USERS)
    yield server
    server.stop()


def _laptop(live: LiveServer, tmp_path: Path, username: str) -> tuple[Workspace, SyncService]:
    ws = Workspace(tmp_path / username)
    service = SyncService(ws)
    service.login(f"http://127.0.0.1:{live.port}", username, PASSWORD)
    return ws, service


def _capture(ws: Workspace, name: str) -> Any:
    return ws.leads.capture(LeadInput(name=name, consent_given=True, consent_basis="consent"))


def test_the_organisations_wording_reaches_capture_and_changes_with_the_next_sync(
        live: LiveServer, tmp_path: Path) -> None:
    out = server_cli(live.url, "org", "consent", "Kansai Bio", "--wording",
                     "私は連絡先の保存に同意します。 I agree that Kansai Bio keeps my details.",
                     "--version", "KB-2027-1")
    assert "KB-2027-1" in out
    with httpx.Client(base_url=live.base, headers={"Authorization": "Bearer "
                                                   + live.token("sato")["token"]}) as http:
        from biox_desktop.sync.protocol import request_headers

        me = http.get("/me", headers=request_headers(1)).json()
    assert me["consent"]["version"] == "KB-2027-1"

    ws, service = _laptop(live, tmp_path, "sato")
    try:
        # Signed in: the organisation's wording is the laptop's, marked as the server's.
        assert ws.settings.consent_wording.startswith("私は連絡先の保存に同意します。")
        assert (ws.settings.consent_wording_version, ws.settings.consent_wording_source) == (
            "KB-2027-1", "server")
        policy = ws.leads.policy()
        assert policy.wording_version == "KB-2027-1"
        lead = _capture(ws, "Yamada Taro")
        assert lead.consent is not None and lead.consent.wording_version == "KB-2027-1"

        # The coordinator words it anew: the next sync brings it; captures use it.
        server_cli(live.url, "org", "consent", "Kansai Bio", "--wording",
                   "I agree (second wording).", "--version", "KB-2027-2")
        service.sync()
        assert (ws.settings.consent_wording, ws.settings.consent_wording_version) == (
            "I agree (second wording).", "KB-2027-2")
        assert _capture(ws, "Sato Hanako").consent.wording_version == "KB-2027-2"
        assert ws.leads.get(lead.id).consent.wording_version == "KB-2027-1"  # as given
    finally:
        ws.close()

    # Another organisation has no wording on the server: its laptop keeps its own.
    other, _service = _laptop(live, tmp_path, "mueller")
    try:
        assert other.settings.consent_wording_source == ""
        assert other.settings.consent_wording_version == "2026-1"
    finally:
        other.close()


def test_the_wording_shows_in_the_quick_capture(qtbot: Any, live: LiveServer,
                                                tmp_path: Path) -> None:
    from biox_desktop.ui.capture import CaptureDialog
    from biox_desktop.ui.operations import Operations

    server_cli(live.url, "org", "consent", "Kansai Bio", "--wording",
               "Kansai Bio may keep my card.", "--version", "KB-9")
    ws, _service = _laptop(live, tmp_path, "sato")
    ops = Operations(ws)
    try:
        dialog = CaptureDialog(ops)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: "Kansai Bio may keep my card." in dialog.consent_wording.text())
        assert "KB-9" in dialog.consent_wording.text()
        dialog.close()
    finally:
        ops.wait_idle()
        ws.close()
