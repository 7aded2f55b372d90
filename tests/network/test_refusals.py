"""Refused changes: kept with their reason until a person retries or discards them.

The server is set up by its admin commands and runs in process (see test_directory.py); the
laptops use the desktop command line (``biox-desktop sync``, ``refused list|retry|discard``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from biox_desktop.cli.main import main as desktop
from biox_desktop.core.missions import MissionInput
from biox_desktop.db.models import Mission, OutboxEntry, RosterEntry
from biox_desktop.db.workspace import Workspace

from .test_directory import Network, admin

OSAKA = MissionInput(name="Osaka Bio 2027", kind="partnering_event", country="JP",
                     start_date=dt.date(2027, 3, 9), end_date=dt.date(2027, 3, 12),
                     timezone="Asia/Tokyo")  # fmt: skip


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Network]:
    n = Network(tmp_path)
    admin(n.url, "org", "add", "Lyonbiopole", "--kind", "cluster")
    admin(n.url, "org", "add", "Biocat", "--kind", "cluster")
    admin(n.url, "user", "add", "claire", "--org", "Lyonbiopole", "--role", "leader",
          "--password-stdin")  # fmt: skip
    admin(n.url, "user", "add", "bo", "--org", "Biocat", "--role", "leader", "--password-stdin")
    yield n
    n.close()


def cli(ws: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        net: Network, *argv: str) -> tuple[int, str, str]:  # fmt: skip
    """A desktop command on ``ws``'s folder, syncing with the in-process server."""
    from biox_desktop.cli import sync as sync_cli

    monkeypatch.setattr(sync_cli, "_service", lambda w: _service(net, w))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    capsys.readouterr()
    code = desktop(["--data-dir", str(ws.data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _service(net: Network, ws: Workspace):  # type: ignore[no-untyped-def]
    import warnings

    from biox_desktop.sync.service import SyncService

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return SyncService(ws, http_client=lambda: TestClient(net.app))


def test_a_refused_edit_is_kept_retried_and_discarded(
    net: Network, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # fmt: skip
    claire, service = net.laptop("claire")
    service.sync()
    mission = claire.missions.create(OSAKA)
    service.sync()
    # Biocat's leader cannot even see Lyonbiopole's mission; he edits Lyonbiopole's
    # directory row instead, which only Lyonbiopole and coordinators may edit.
    bo, bo_sync = net.laptop("bo")
    bo_sync.sync()
    assert bo.missions.list() == []
    lyon = claire.identity.cluster_id
    from biox_desktop.db.models import Organisation

    with bo.db.session() as s:
        s.get(Organisation, lyon).website = "https://example.org/not-ours"
    claire.close()
    net.laptops.remove(claire)
    bo.close()
    net.laptops.remove(bo)

    bo = Workspace(net.tmp / "laptop-bo")
    net.laptops.append(bo)
    code, out, err = cli(bo, capsys, monkeypatch, net, "sync")
    assert code == 1
    assert "refused by the server: organisations" in err and "organisation owns" in err
    with bo.db.session() as s:  # the server's version came back with the refusal
        assert s.get(Organisation, lyon).website is None

    code, out, err = cli(bo, capsys, monkeypatch, net, "refused", "list", "--json")
    [refusal] = json.loads(out)
    assert refusal["local_only"] is False
    assert "Only the organisation that created this record" in refusal["explanation"]

    # Retry sends the refused change again, as it was: refused again, loudly.
    code, out, err = cli(bo, capsys, monkeypatch, net, "refused", "retry")
    assert code == 0 and out.startswith("1 ")
    with bo.db.session() as s:
        [entry] = s.scalars(select(OutboxEntry))
        assert json.loads(entry.fields) == {"website": "https://example.org/not-ours"}
    code, out, err = cli(bo, capsys, monkeypatch, net, "sync")
    assert code == 1

    # Discard asks for a confirmation; then the server's version is what remains.
    code, out, err = cli(bo, capsys, monkeypatch, net, "refused", "discard")
    assert code == 1 and "--yes" in err
    code, out, err = cli(bo, capsys, monkeypatch, net, "refused", "discard", "--yes")
    assert code == 0
    code, out, err = cli(bo, capsys, monkeypatch, net, "sync")
    assert code == 0 and "refused earlier" not in err
    with bo.db.session() as s:
        assert s.get(Organisation, lyon).website is None
    assert mission.id not in {m.id for m in bo.missions.list()}


def test_discarding_a_refused_new_mission_removes_it_and_its_roster(
    net: Network, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # fmt: skip
    claire, service = net.laptop("claire")
    service.sync()
    # A mission handed to another cluster by a leader: refused with its roster.
    biocat = claire.missions.find_cluster("Biocat")
    mission = claire.missions.create(dataclasses.replace(OSAKA, lead_cluster_id=biocat))
    from biox_desktop.core.roster import DelegateInput

    claire.roster.add(mission.id, DelegateInput(name="Bruno Keller", organisation="Isar"))
    ws_dir = claire.data_dir
    claire.close()
    net.laptops.remove(claire)
    claire = Workspace(ws_dir)
    net.laptops.append(claire)
    code, out, err = cli(claire, capsys, monkeypatch, net, "sync", "--json")
    assert code == 1
    refused = json.loads(out)["refused"]
    assert {r["table"] for r in refused} >= {"missions", "roster_entries", "mission_companies"}
    code, out, err = cli(claire, capsys, monkeypatch, net, "refused", "discard", "--yes")
    assert code == 0
    with claire.db.session() as s:
        assert s.get(Mission, mission.id) is None
        assert list(s.scalars(select(RosterEntry).where(RosterEntry.mission_id == mission.id)))\
            == []
    code, out, err = cli(claire, capsys, monkeypatch, net, "sync")
    assert code == 0, err
