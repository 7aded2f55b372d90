"""A real network, end to end: ``biox-server`` as a process on 127.0.0.1, four laptops.

Set up only with what people type: ``biox-server init``, ``org add``, ``user add`` (each a real
process), then on each laptop ``biox-desktop login`` and ``sync`` and the leader's
``missions add`` and ``roster import`` (the desktop command line in this process, on real
SQLCipher databases, tokens in the in-memory keyring of tests/conftest.py). Nobody types an id.

Two leaders of Lyonbiopole (claire, louis), the coordinator (cora, of Lyonbiopole too) and an
SME delegate (alice, of Acme Diagnostics, whose home cluster is Lyonbiopole). Claire's mission
to Osaka has Acme on its roster, her mission to Boston does not: louis and cora receive both,
alice only Osaka. A change the server refuses makes ``sync`` exit 1 and names it.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from biox_desktop.cli.main import main as desktop
from biox_desktop.db.models import Mission, RosterEntry
from biox_desktop.db.workspace import Workspace
from tests.server.live import ROOT, env, free_port
from tests.support.serving import start_server, stop_server

PASSWORD = "network-e2e-pw1"

pytestmark = pytest.mark.slow


def biox_server(url: str, *args: str) -> str:
    """One ``biox-server`` command as its own process; its standard output."""
    done = subprocess.run(
        [sys.executable, "-m", "biox_desktop.server", *args, "--database-url", url],
        input=PASSWORD + "\n", capture_output=True, text=True, env=env(), timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The server set up by its admin commands and serving on a free port; its address."""


    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    biox_server(url, "init")
    biox_server(url, "org", "add", "Lyonbiopole", "--kind", "cluster")
    biox_server(url, "org", "add", "Acme Diagnostics", "--kind", "sme", "--cluster", "Lyonbiopole")
    for name, org, role, shown in (
        ("claire", "Lyonbiopole", "leader", "Claire Martin"),
        ("louis", "Lyonbiopole", "leader", "Louis Bernard"),
        ("cora", "Lyonbiopole", "coordinator", "Cora Petit"),
        ("alice", "Acme Diagnostics", "delegate", "Alice Durand"),
    ):
        biox_server(url, "user", "add", name, "--org", org, "--role", role,
                    "--display-name", shown, "--password-stdin")  # fmt: skip
    port = free_port()
    proc = start_server(url, port, tmp_path / "server.log", env(), cwd=ROOT)
    address = f"http://127.0.0.1:{port}"
    try:
        yield address
    finally:
        stop_server(proc)


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: Path,
        *argv: str, stdin: str = "") -> tuple[int, str, str]:  # fmt: skip
    """One ``biox-desktop --data-dir DATA ...`` command: exit code, stdout, stderr."""
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = desktop(["--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def missions_of(data: Path) -> set[str]:
    ws = Workspace(data)
    try:
        return {m.name for m in ws.missions.list()}
    finally:
        ws.close()


def test_a_leaders_mission_reaches_the_right_laptops_and_nobody_else(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    laptops = {name: tmp_path / f"laptop-{name}" for name in ("claire", "louis", "cora", "alice")}

    def cmd(name: str, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        return run(capsys, monkeypatch, laptops[name], *argv, stdin=stdin)

    for name in laptops:
        code, out, err = cmd(name, "login", "--server", server, "--user", name,
                             "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
        assert code == 0, err
        code, out, err = cmd(name, "sync")
        assert code == 0, err

    # Claire's missions: no --lead-cluster typed; her cluster leads them.
    for mission, country, zone in (("Osaka Bio 2027", "JP", "Asia/Tokyo"),
                                   ("Boston Biotech Week", "US", "America/New_York")):
        code, out, err = cmd("claire", "missions", "add", "--name", mission, "--kind",
                             "trade_mission", "--country", country, "--timezone", zone,
                             "--start", "2027-05-10", "--end", "2027-05-14", "--json")
        assert code == 0, err
        assert json.loads(out)["lead_cluster_name"] == "Lyonbiopole"
    roster = tmp_path / "osaka.csv"
    # Alice's e-mail goes into Acme's directory row of her: Claire's cluster is Acme's home.
    roster.write_text("Name,Company,Email,Role\n"
                      "Alice Durand,Acme Diagnostics,alice@acme.example,sme_delegate\n"
                      "Bruno Keller,Isar Antibodies,,sme_delegate\n", encoding="utf-8")
    code, out, err = cmd("claire", "roster", "import", str(roster), "--mission", "Osaka Bio 2027")
    assert code == 0, err
    code, out, err = cmd("claire", "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["rejected"] == 0

    for name in ("louis", "cora", "alice"):
        code, out, err = cmd(name, "sync")
        assert code == 0, err
    assert missions_of(laptops["louis"]) == {"Osaka Bio 2027", "Boston Biotech Week"}
    assert missions_of(laptops["cora"]) == {"Osaka Bio 2027", "Boston Biotech Week"}
    assert missions_of(laptops["alice"]) == {"Osaka Bio 2027"}

    # Alice's roster entry is hers (the server's person for her account): she may edit it.
    ws = Workspace(laptops["alice"])
    try:
        osaka = ws.missions.find("Osaka Bio 2027").id
        entries = {d.name: d for d in ws.roster.list(osaka)}
        mine = entries["Alice Durand"]
        with ws.db.session() as s:
            assert s.get(RosterEntry, mine.id).person_id == ws.identity.person_id
        import dataclasses

        ws.roster.update(mine.id, dataclasses.replace(mine.to_input(), dietary="vegetarian"))
    finally:
        ws.close()
    code, out, err = cmd("alice", "sync", "--json")
    assert code == 0, err

    # A delegate renaming the mission is refused: sync exits 1 and says what and why.
    code, out, err = cmd("alice", "missions", "edit", "Osaka Bio 2027", "--name", "Alice's trip")
    assert code == 0, err
    code, out, err = cmd("alice", "sync")
    assert code == 1
    assert "refused by the server: missions" in err and "delegate may not edit" in err
    code, out, err = cmd("alice", "sync", "--json")
    assert code == 0  # the refusal was reported once; it waits in 'refused list'
    code, out, err = cmd("alice", "refused", "list", "--json")
    [refusal] = json.loads(out)
    assert refusal["table"] == "missions" and "role" in refusal["explanation"]
    # The server's version came back with the refusal.
    assert missions_of(laptops["alice"]) == {"Osaka Bio 2027"}
    code, out, err = cmd("alice", "refused", "discard", "--yes")
    assert code == 0 and "1 refused" in out

    # What Claire's colleague holds of Osaka, alice's edit included.
    code, out, err = cmd("louis", "sync")
    assert code == 0, err
    ws = Workspace(laptops["louis"])
    try:
        osaka_id = ws.missions.find("Osaka Bio 2027").id
        assert {d.name for d in ws.roster.list(osaka_id)} == {"Alice Durand", "Bruno Keller"}
        with ws.db.session() as s:
            m = s.get(Mission, osaka_id)
            assert m is not None and m.lead_cluster_id == ws.identity.cluster_id
            assert {e.dietary for e in s.scalars(select(RosterEntry))} >= {"vegetarian"}
    finally:
        ws.close()


def test_the_window_on_the_real_server(
    server: str, tmp_path: Path, qtbot, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A refused change appears in the banner; a coordinator's sign-in shows Merge at once."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import Operations
    from biox_desktop.ui.sync import AccountDialog

    alice = tmp_path / "laptop-alice"
    # Alice signs in and creates a mission: a delegate may not, and her cluster is not hers.
    code, _out, err = run(capsys, monkeypatch, alice, "login", "--server", server, "--user",
                          "alice", "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0, err
    code, _out, err = run(capsys, monkeypatch, alice, "missions", "add", "--name", "My own trip",
                          "--kind", "trade_mission", "--country", "JP", "--timezone",
                          "Asia/Tokyo", "--start", "2027-05-10", "--end", "2027-05-14")
    assert code == 0, err

    ws = Workspace(alice)
    ops = Operations(ws)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    try:
        win.sync_action.trigger()
        qtbot.waitUntil(lambda: win.refusals.isVisible(), timeout=60_000)
        assert "My own trip" in win.refusals.details.text()
        assert "Merge" not in [win.nav.item(i).text() for i in range(win.nav.count())]
    finally:
        ops.wait_idle()
        win.close()
        ws.close()

    cora = Workspace(tmp_path / "laptop-cora")
    ops = Operations(cora)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    try:
        assert "Merge" not in [win.nav.item(i).text() for i in range(win.nav.count())]
        dialog = win.open_account()
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AccountDialog))
        for field, text in ((dialog.server, server), (dialog.username, "cora"),
                            (dialog.password, PASSWORD)):
            field.clear()
            qtbot.keyClicks(field, text)
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Merge" in [win.nav.item(i).text()
                                            for i in range(win.nav.count())], timeout=60_000)
        dialog.reject()
    finally:
        ops.wait_idle()
        win.close()
        cora.close()
