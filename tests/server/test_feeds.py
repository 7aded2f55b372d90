"""Private calendar feeds served by a real ``biox-server`` process on 127.0.0.1 (SQLite and
PostgreSQL): a leader's laptop publishes and syncs, a calendar program fetches the feed, a
same-day change synced by the laptop is in the next fetch with a higher SEQUENCE.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import icalendar
import pytest
import vobject

from biox_desktop.core.agenda import AgendaItemInput, MeetingInput, VenueInput
from biox_desktop.core.identity import NETWORK
from biox_desktop.core.missions import MissionInput
from biox_desktop.db.models import MissionCompany, Organisation, Person, RosterEntry
from biox_desktop.db.workspace import Workspace
from biox_desktop.reports.ics import event_uid
from biox_desktop.sync.protocol import request_headers
from biox_desktop.sync.service import SyncService
from tests.pg import free_port
from tests.server.live import PASSWORD, env
from tests.support.serving import start_server, stop_server

UTC = dt.UTC
CLUSTER = "0190f3a2-0000-7000-8000-00000000c001"
OTHER_CLUSTER = "0190f3a2-0000-7000-8000-00000000c002"
SME = "0190f3a2-0000-7000-8000-00000000e001"
GUESTS = "0190f3a2-0000-7000-8000-00000000f001"
USERS = {"claire": (CLUSTER, "leader"), "alice": (SME, "delegate"),
         "otto": (OTHER_CLUSTER, "leader")}


class FeedServer:
    """``biox-server serve`` over ``url``, set up with its own admin commands."""

    def __init__(self, url: str, tmp: Path) -> None:
        commands: list[list[str]] = [["init"]]
        for org, name, kind in ((CLUSTER, "Lyonbiopole", "cluster"),
                                (OTHER_CLUSTER, "BioM", "cluster"), (SME, "Rhône Diag", "sme")):
            commands.append(["org", "add", name, "--kind", kind, "--id", org])
        for user, (org, role) in USERS.items():
            commands.append(["user", "add", user, "--org", org, "--role", role,
                             "--password-stdin"])
        script = (
            "import io, json, sys\n"
            "from biox_desktop.server.cli import main\n"
            "for argv in json.loads(sys.argv[1]):\n"
            "    sys.stdin = io.StringIO(sys.argv[2] + '\\n')\n"
            "    assert main([*argv, '--database-url', sys.argv[3]]) == 0, argv\n"
        )
        done = subprocess.run([sys.executable, "-c", script, json.dumps(commands), PASSWORD, url],
                              capture_output=True, text=True, env=env(), timeout=120)
        assert done.returncode == 0, done.stderr
        self.port = free_port()
        self.root = f"http://127.0.0.1:{self.port}"
        self.log = tmp / "server.log"
        self.proc = start_server(url, self.port, self.log, env())

    def api(self, username: str) -> httpx.Client:
        """A signed-in API client (as the laptop's sync client talks)."""
        http = httpx.Client(base_url=f"{self.root}/api/v1", headers=request_headers(1),
                            timeout=60)
        r = http.post("/login", json={"username": username, "password": PASSWORD,
                                      "device_name": "test"})
        assert r.status_code == 200, r.text
        http.headers["Authorization"] = f"Bearer {r.json()['token']}"
        return http

    def stop(self) -> None:
        stop_server(self.proc)


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[FeedServer]:
    live = FeedServer(db_url, tmp_path)
    yield live
    live.stop()


def _leader_laptop(server: FeedServer, tmp: Path) -> tuple[Workspace, SyncService]:
    ws = Workspace(tmp / "claire")
    sync = SyncService(ws, http_client=lambda: httpx.Client(timeout=60))
    sync.login(server.root, "claire", PASSWORD)
    sync.sync()
    return ws, sync


def _build_mission(ws: Workspace, cluster: str = CLUSTER, sme: str = SME) -> dict[str, str]:
    """A small published agenda: a delegate, a counterpart, a meeting, a reception, a draft."""
    with ws.db.session() as s:
        for org_id, name, kind in ((cluster, "Lyonbiopole", "cluster"), (sme, "Rhône Diag", "sme"),
                                   (GUESTS, "Kansai Medical", "foreign_partner")):
            if s.get(Organisation, org_id) is None:
                s.add(Organisation(id=org_id, scope=NETWORK, name=name, kind=kind,
                                   sector_tags=[]))
    mission = ws.missions.create(MissionInput(
        name="Osaka Partnering Days", kind="partnering_event", country="JP",
        start_date=dt.date(2027, 3, 9), end_date=dt.date(2027, 3, 12), timezone="Asia/Tokyo",
        lead_cluster_id=cluster))
    scope = f"mission:{mission.id}"
    with ws.db.session() as s:
        s.add(MissionCompany(scope=scope, mission_id=mission.id, organisation_id=sme,
                             status="confirmed"))
        delegate = Person(scope=NETWORK, name="Anne Martin", organisation_id=sme,
                          emails=["anne@rhone-diag.example"])
        guest = Person(scope=NETWORK, name="山田太郎", organisation_id=GUESTS)
        other = Person(scope=NETWORK, name="Jean Dupont", organisation_id=sme)
        s.add_all([delegate, guest, other])
        s.flush()
        for p in (delegate, other):
            s.add(RosterEntry(scope=scope, mission_id=mission.id, person_id=p.id,
                              organisation_id=sme, registration_status="confirmed"))
        ids = {"delegate": delegate.id, "guest": guest.id, "other": other.id}
    agenda = ws.agenda
    venue = agenda.add_venue(mission.id, VenueInput("Knowledge Capital", "Asia/Tokyo",
                                                    "3-1 Ofukacho, Kita-ku", "Osaka"))
    start = dt.datetime(2027, 3, 10, 1, 0, tzinfo=UTC)  # 10:00 in Osaka
    meeting = agenda.add_meeting(mission.id, MeetingInput(
        starts_at=start, ends_at=start + dt.timedelta(minutes=30), venue_id=venue.id,
        delegate_ids=(ids["delegate"],), guest_ids=(ids["guest"],), table_number=4))
    agenda.publish(mission.id)
    reception = agenda.add_item(mission.id, AgendaItemInput(
        kind="networking", title="Welcome reception", starts_at=start + dt.timedelta(hours=8),
        ends_at=start + dt.timedelta(hours=10), timezone="Asia/Tokyo", venue_id=venue.id))
    # A meeting added after publishing is published at once; make a real draft by hand.
    draft = agenda.add_meeting(mission.id, MeetingInput(
        starts_at=start + dt.timedelta(hours=2), ends_at=start + dt.timedelta(hours=2, minutes=30),
        delegate_ids=(ids["other"],), guest_ids=(ids["guest"],), table_number=5))
    from biox_desktop.db.models import Meeting

    with ws.db.session() as s:
        s.get(Meeting, draft.id).status = "draft"
    return {**ids, "mission": mission.id, "meeting": meeting.id, "reception": reception.id,
            "draft": draft.id}


def _events(body: bytes) -> dict[str, Any]:
    cal = icalendar.Calendar.from_ical(body)
    assert str(cal["METHOD"]) == "PUBLISH"
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_feed_serves_the_published_agenda_and_a_same_day_change(
        server: FeedServer, tmp_path: Path) -> None:
    ws, sync = _leader_laptop(server, tmp_path)
    try:
        ids = _build_mission(ws)
        report = sync.sync()
        assert report.rejected == 0, report.rejections
        leader = server.api("claire")
        made = leader.post("/feeds", json={"mission_id": ids["mission"],
                                           "person_id": ids["delegate"]})
        assert made.status_code == 200, made.text
        link = made.json()
        assert link["url"] == server.root + link["path"]
        token = link["path"].removeprefix("/feeds/").removesuffix(".ics")
        assert len(token) >= 40

        phone = httpx.Client(timeout=60)  # a calendar program: no sign-in, no API headers
        first = phone.get(link["url"])
        assert first.status_code == 200, first.text
        assert first.headers["content-type"].startswith("text/calendar")
        assert "private" in first.headers["cache-control"]
        events = _events(first.content)
        meeting, reception = event_uid(ids["meeting"]), event_uid(ids["reception"])
        assert set(events) == {meeting, reception}  # the draft never reaches a feed
        assert int(events[meeting]["SEQUENCE"]) == 0
        assert events[meeting].decoded("DTSTART") == dt.datetime(2027, 3, 10, 1, tzinfo=UTC)
        assert "Knowledge Capital" in str(events[meeting]["LOCATION"])
        assert "山田太郎" in str(events[meeting]["DESCRIPTION"])
        assert "Table 4" in str(events[meeting]["DESCRIPTION"])
        assert vobject.readOne(first.text).vevent.uid.value in events  # a second parser
        probe = phone.head(link["url"])
        assert probe.status_code == 200 and probe.content == b""
        assert probe.headers["etag"] == first.headers["etag"]
        # Nothing changed: the calendar's conditional fetch costs a 304.
        again = phone.get(link["url"], headers={"If-None-Match": first.headers["etag"]})
        assert again.status_code == 304
        since = phone.get(link["url"],
                          headers={"If-Modified-Since": first.headers["last-modified"]})
        assert since.status_code == 304

        # Same day: the meeting moves an hour later, the leader syncs, the phone refreshes.
        ws.agenda.move_meeting(ids["meeting"], dt.datetime(2027, 3, 10, 2, tzinfo=UTC))
        sync.sync()
        second = phone.get(link["url"], headers={"If-None-Match": first.headers["etag"]})
        assert second.status_code == 200
        events = _events(second.content)
        assert int(events[meeting]["SEQUENCE"]) == 1
        assert events[meeting].decoded("DTSTART") == dt.datetime(2027, 3, 10, 2, tzinfo=UTC)
        # DTSTAMP is the newest change's second: never older (the same second when the move
        # follows the first fetch at once); SEQUENCE is what makes the phone take the change.
        assert events[meeting].decoded("DTSTAMP") >= _events(first.content)[meeting].decoded(
            "DTSTAMP")

        # Then it is cancelled: the feed keeps it, cancelled, so the phone drops its copy.
        ws.agenda.cancel_meeting(ids["meeting"])
        sync.sync()
        events = _events(phone.get(link["url"]).content)
        assert str(events[meeting]["STATUS"]) == "CANCELLED"
        assert int(events[meeting]["SEQUENCE"]) == 2

        # The counterpart gets a feed of their own with the same meeting.
        theirs = leader.post("/feeds", json={"mission_id": ids["mission"],
                                             "person_id": ids["guest"]}).json()
        guest_events = _events(phone.get(theirs["url"]).content)
        assert set(guest_events) == {meeting}  # not the delegation's reception, not the draft

        # Revoked: 404 at once, like an unknown link.
        listed = leader.get("/feeds", params={"mission_id": ids["mission"]}).json()["feeds"]
        assert {f["id"] for f in listed} == {link["id"], theirs["id"]}
        assert all("token" not in f and "path" not in f for f in listed)
        assert leader.delete(f"/feeds/{link['id']}").json()["revoked_at"]
        assert phone.get(link["url"]).status_code == 404
        assert phone.get(theirs["url"]).status_code == 200
        # A person deleted (or erased) on the laptop: once synced, their feed serves nothing.
        with ws.db.session() as s:
            s.get(Person, ids["guest"]).deleted = True
        assert sync.sync().rejected == 0
        assert phone.get(theirs["url"]).status_code == 404
        phone.close()
        leader.close()
    finally:
        ws.close()


def test_only_the_missions_leaders_make_feeds_and_guessing_is_limited(
        server: FeedServer, tmp_path: Path) -> None:
    ws, sync = _leader_laptop(server, tmp_path)
    try:
        ids = _build_mission(ws)
        sync.sync()
        body = {"mission_id": ids["mission"], "person_id": ids["delegate"]}
        for username in ("alice", "otto"):  # a delegate; another cluster's leader
            with closing(server.api(username)) as http:
                r = http.post("/feeds", json=body)
                assert r.status_code == 403, r.text
                assert http.get("/feeds", params={"mission_id": ids["mission"]}).status_code \
                    == 403
        with closing(server.api("claire")) as leader:
            nobody = leader.post("/feeds", json={**body, "person_id": "not-a-person"})
            assert nobody.status_code == 404
            assert leader.post("/feeds", json={"mission_id": ids["mission"]}).status_code == 400
            link = leader.post("/feeds", json=body).json()
        # Without a sign-in, management is refused.
        assert httpx.post(f"{server.root}/api/v1/feeds", json=body).status_code == 401

        # Guessing tokens from one address: 404s, then 429 with Retry-After; another address
        # (and the real link from it) is not affected.
        transport = httpx.HTTPTransport(local_address="127.0.0.9")
        with httpx.Client(timeout=60, transport=transport) as guesser:
            codes = [guesser.get(f"{server.root}/feeds/{'x' * 43}{n:02d}.ics").status_code
                     for n in range(21)]
            assert codes[:20] == [404] * 20 and codes[20] == 429
            blocked = guesser.get(link["url"])
            assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
        assert httpx.get(link["url"], timeout=60).status_code == 200
    finally:
        ws.close()


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[FeedServer]:
    """The server on SQLite only: what the laptop does is the same whatever the server's
    database (the feed routes run on both in the tests above)."""
    live = FeedServer(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    yield live
    live.stop()


def test_the_command_line_makes_shows_and_revokes_a_link(
        sqlite_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from biox_desktop.cli.main import main
    from biox_desktop.reports.qr import decode_qr_image

    server = sqlite_server
    ws, sync = _leader_laptop(server, tmp_path)
    try:
        ids = _build_mission(ws)
        sync.sync()
    finally:
        ws.close()
    data = str(tmp_path / "claire")
    feed = ["--data-dir", data, "agenda", "feed", "--mission", ids["mission"]]
    png = tmp_path / "anne.png"
    assert main([*feed, "Anne Martin", "--qr", str(png), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["person_id"] == ids["delegate"]
    assert made["url"].startswith(server.root + "/feeds/")
    assert decode_qr_image(png) == [made["url"]]  # a phone scans it
    assert httpx.get(made["url"], timeout=60).status_code == 200
    # Asked again, the laptop shows the same link (the server could not: it keeps a hash).
    assert main([*feed, ids["delegate"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == made["url"]
    # The counterpart (not on the roster) has a link too.
    assert main([*feed, "山田太郎", "--json"]) == 0
    guest_url = json.loads(capsys.readouterr().out)["url"]
    assert guest_url != made["url"]
    assert main([*feed, "Anne Martin", "--revoke"]) == 0
    assert "1 calendar feed link(s) revoked" in capsys.readouterr().out
    assert httpx.get(made["url"], timeout=60).status_code == 404
    assert httpx.get(guest_url, timeout=60).status_code == 200
    # A new link after revoking is a different one that works.
    assert main([*feed, "Anne Martin", "--json"]) == 0
    fresh = json.loads(capsys.readouterr().out)["url"]
    assert fresh != made["url"] and httpx.get(fresh, timeout=60).status_code == 200
    assert main([*feed, "Nobody Here"]) == 1
    # The list says whose links exist, which are revoked and which a calendar has fetched.
    assert main(["--data-dir", data, "agenda", "feeds", "--mission", ids["mission"],
                 "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 3
    anne = {link["url"]: link for link in listed if link["person_id"] == ids["delegate"]}
    assert anne[""]["revoked"] and anne[""]["last_fetched_at"]  # the first: revoked, its URL gone
    assert not anne[fresh]["revoked"] and anne[fresh]["last_fetched_at"]
    assert main(["--data-dir", data, "agenda", "feeds", "--mission", ids["mission"]]) == 0
    text = capsys.readouterr().out
    assert "Anne Martin: revoked" in text and "山田太郎: last fetched" in text
