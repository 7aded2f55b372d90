"""The server's organisations and users reach every laptop on the first sync (issue 14, item 1).

Set up only through the server's admin command line (``biox_desktop.server.cli.main``, the code
of ``biox-server``) and the laptop's sign-in and sync; the app runs in process on a SQLite file
(the end-to-end tests with real processes are in test_network_e2e.py).
"""

from __future__ import annotations

import io
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from biox_desktop.core.ids import uuid7
from biox_desktop.db.models import Organisation, Person
from biox_desktop.db.workspace import Workspace
from biox_desktop.server import cli
from biox_desktop.server.app import create_app
from biox_desktop.server.db import make_engine
from biox_desktop.server.models import User
from biox_desktop.sync.service import SyncService

PASSWORD = "network-password-1"
URL = "http://testserver"


def admin(url: str, *args: str) -> str:
    """One ``biox-server`` command (passwords from stdin); its standard output."""
    out = io.StringIO()
    old_in, old_out = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = io.StringIO(PASSWORD + "\n"), out
    try:
        code = cli.main([*args, "--database-url", url])
    finally:
        sys.stdin, sys.stdout = old_in, old_out
    assert code == 0, (args, out.getvalue())
    return out.getvalue().strip()


class Network:
    """A server database set up by its admin commands, its app in process, and laptops."""

    def __init__(self, tmp: Path, url: str | None = None) -> None:
        self.tmp = tmp
        self.url = url or f"sqlite:///{tmp / 'server.sqlite3'}"
        admin(self.url, "init")
        self.engine = make_engine(self.url)
        self.app = create_app(engine=self.engine)
        self.laptops: list[Workspace] = []

    def laptop(self, username: str) -> tuple[Workspace, SyncService]:
        ws = Workspace(self.tmp / f"laptop-{username}")
        self.laptops.append(ws)
        service = SyncService(ws, http_client=lambda: TestClient(self.app))
        service.login(URL, username, PASSWORD)
        return ws, service

    def close(self) -> None:
        for ws in self.laptops:
            ws.close()
        self.engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def net(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Network]:
    """The server on SQLite, and once on PostgreSQL (the store's JSON differs there)."""
    url = None
    if request.param == "postgres":
        from tests.pg import new_pg_database

        url = new_pg_database(request.getfixturevalue("pg_server"))
    n = Network(tmp_path, url)
    yield n
    n.close()


def test_first_sync_brings_the_organisations_and_who_i_am(net: Network) -> None:
    lyon = admin(net.url, "org", "add", "Lyonbiopole", "--kind", "cluster")
    acme = admin(net.url, "org", "add", "Acme Diagnostics", "--kind", "sme",
                 "--cluster", "Lyonbiopole")  # fmt: skip
    admin(net.url, "user", "add", "claire", "--org", "Lyonbiopole", "--role", "leader",
          "--display-name", "Claire Martin", "--password-stdin")  # fmt: skip
    admin(net.url, "user", "add", "alice", "--org", "Acme Diagnostics", "--role", "delegate",
          "--password-stdin")  # fmt: skip

    ws, service = net.laptop("alice")
    # Sign-in alone tells the laptop its organisation, its cluster and its own person.
    assert ws.identity.organisation_id == acme
    assert ws.identity.cluster_id == lyon
    assert ws.identity.role == "delegate"
    me_person = ws.identity.person_id
    assert me_person

    service.sync()
    with ws.db.session() as s:
        orgs = {o.name: (o.id, o.kind, o.home_cluster_id, o.scope)
                for o in s.scalars(select(Organisation))}  # fmt: skip
        people = {p.name: (p.id, p.organisation_id, p.scope) for p in s.scalars(select(Person))}
    assert orgs == {
        "Lyonbiopole": (lyon, "cluster", None, "network"),
        "Acme Diagnostics": (acme, "sme", lyon, "network"),
    }
    # Colleagues and the cluster's staff are in the directory; alice's own row is "me".
    assert people["alice"] == (me_person, acme, "network")
    assert people["Claire Martin"][1:] == (lyon, "network")

    leader_ws, _ = net.laptop("claire")
    assert leader_ws.identity.cluster_id == lyon  # a cluster's staff: the cluster itself
    with net.engine.connect() as conn:
        linked = dict(conn.execute(select(User.username, User.person_id)).all())
    assert linked["claire"] == leader_ws.identity.person_id == people["Claire Martin"][0]


def test_an_sme_a_laptop_created_can_hold_users_without_typing_its_id(net: Network) -> None:
    admin(net.url, "org", "add", "Lyonbiopole", "--kind", "cluster")
    admin(net.url, "user", "add", "claire", "--org", "Lyonbiopole", "--role", "leader",
          "--password-stdin")  # fmt: skip
    ws, service = net.laptop("claire")
    service.sync()
    new_sme = uuid7()
    with ws.db.session() as s:  # what the directory screen does: a network row, journaled
        s.add(Organisation(id=new_sme, scope="network", name="Nanotx", kind="sme",
                           sector_tags=[], home_cluster_id=ws.identity.cluster_id,
                           created_by=ws.identity.user_id))  # fmt: skip
    report = service.sync()
    assert report.rejected == 0

    # The administrator names it; the account organisation takes the laptop's id.
    admin(net.url, "user", "add", "nina", "--org", "Nanotx", "--role", "delegate",
          "--password-stdin")  # fmt: skip
    assert new_sme in admin(net.url, "org", "list")
    nina, _ = net.laptop("nina")
    assert nina.identity.organisation_id == new_sme
    assert nina.identity.cluster_id == ws.identity.cluster_id


def test_org_add_adopts_a_directory_row_of_that_name(net: Network) -> None:
    admin(net.url, "org", "add", "Lyonbiopole", "--kind", "cluster")
    admin(net.url, "user", "add", "claire", "--org", "Lyonbiopole", "--role", "leader",
          "--password-stdin")  # fmt: skip
    ws, service = net.laptop("claire")
    sme = uuid7()
    with ws.db.session() as s:
        s.add(Organisation(id=sme, scope="network", name="Biosense", kind="sme",
                           sector_tags=[], created_by=ws.identity.user_id))  # fmt: skip
    service.sync()
    assert admin(net.url, "org", "add", "Biosense", "--kind", "sme",
                 "--cluster", "Lyonbiopole") == sme  # fmt: skip
    service.sync()
    with ws.db.session() as s:
        row = s.get(Organisation, sme)
        assert row is not None and row.home_cluster_id == ws.identity.cluster_id
        assert len(list(s.scalars(select(Organisation).where(Organisation.name == "Biosense"))))\
            == 1
