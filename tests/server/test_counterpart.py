"""The counterpart page in process: a leader's laptop syncs a mission to the server, makes a
link for a foreign person; the page answers, gives availability, asks for a meeting; the
leader's next sync brings the answers back. Also: CSRF refusal, revoked and expired links,
nothing of another counterpart visible, the language chosen, tokens out of the access log.
(The same page in a real browser against a real server: test_counterpart_browser.py.)
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from biox_desktop.core import counterpart as notes_line
from biox_desktop.core.agenda import AgendaItemInput, MeetingRequestInput
from biox_desktop.core.identity import NETWORK
from biox_desktop.db.models import AgendaParticipant, MeetingRequest, Organisation, Person
from biox_desktop.db.workspace import Workspace
from biox_desktop.server.counterpart import RedactTokens
from biox_desktop.server.counterpart_texts import LANGUAGES, TEXTS, choose_language
from biox_desktop.server.models import CounterpartLink
from biox_desktop.sync.protocol import request_headers
from tests.server.test_feeds import GUESTS, _build_mission
from tests.sync.harness import PASSWORD, World

UTC = dt.UTC


class Setup:
    """A world with a leader laptop, a synced mission with two counterparts and requests."""

    def __init__(self, tmp: Path) -> None:
        self.world = World(tmp)
        self.ws, self.sync = self.world.laptop("claire")
        self.sync.sync()
        ids = _build_mission(self.ws, cluster=self.world.cluster, sme=self.world.sme_a)
        mission = ids["mission"]
        with self.ws.db.session() as s:
            s.get(Organisation, GUESTS).country = "JP"
            other_org = Organisation(scope=NETWORK, name="Boston Bio Partners",
                                     kind="foreign_partner", country="US", sector_tags=[])
            s.add(other_org)
            s.flush()
            stranger = Person(scope=NETWORK, name="Zoe Rival", organisation_id=other_org.id)
            s.add(stranger)
            s.flush()
            ids["stranger"] = stranger.id
            ids["stranger_org"] = other_org.id
        agenda = self.ws.agenda
        start = dt.datetime(2027, 3, 11, 0, 0, tzinfo=UTC)  # 09:00 in Osaka
        self.sessions = [agenda.add_item(mission, AgendaItemInput(
            kind="b2b", title=title, starts_at=start + dt.timedelta(hours=h),
            ends_at=start + dt.timedelta(hours=h + 3), timezone="Asia/Tokyo",
            slot_minutes=30, table_count=10)).id
            for title, h in (("B2B morning", 0), ("B2B afternoon", 4))]
        self.request = agenda.create_request(mission, MeetingRequestInput(
            requester_person_id=ids["delegate"], target_person_id=ids["guest"],
            notes="Diagnostics for Kansai hospitals")).id
        self.rival_request = agenda.create_request(mission, MeetingRequestInput(
            requester_person_id=ids["other"], target_person_id=ids["stranger"],
            notes="Secret topic for Zoe")).id
        self.ids = ids
        self.sync.sync()
        self.leader = self.world.service(self.ws)
        self.api = self.world.app  # for TestClient below
        from fastapi.testclient import TestClient

        self.client = TestClient(self.world.app)
        r = self.client.post("/api/v1/login", headers=request_headers(1), json={
            "username": "claire", "password": PASSWORD, "device_name": "admin"})
        assert r.status_code == 200, r.text
        self.auth = {**request_headers(1), "Authorization": f"Bearer {r.json()['token']}"}

    def link(self, person: str, days: int = 30) -> dict[str, Any]:
        r = self.client.post("/api/v1/counterpart-links", headers=self.auth, json={
            "mission_id": self.ids["mission"], "person_id": self.ids[person], "days": days})
        assert r.status_code == 200, r.text
        return dict(r.json())

    def close(self) -> None:
        self.client.close()
        self.world.close()


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    s = Setup(tmp_path)
    yield s
    s.close()


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]{64})"', html)
    assert found, html[:2000]
    return found.group(1)


def _request(ws: Workspace, request_id: str) -> MeetingRequest:
    with ws.db.session() as s:
        row = s.get(MeetingRequest, request_id)
        assert row is not None
        s.expunge(row)
        return row


def test_the_page_answers_and_the_leader_receives_the_answers(setup: Setup) -> None:
    link = setup.link("guest")
    assert re.fullmatch(r"/c/[A-Za-z0-9_-]{40,}", link["path"])
    page = setup.client.get(link["path"])
    assert page.status_code == 200
    html = page.text
    # In Japanese (the counterpart's organisation is in Japan), names in their script.
    assert '<html lang="ja">' in html and "あなたへの面談依頼" in html and "山田太郎" in html
    assert "Anne Martin (Rhône Diag)" in html and "Rhône Diag" in html
    assert "Secret topic" not in html and "Zoe Rival" not in html
    assert page.headers["referrer-policy"] == "no-referrer"
    assert "script-src" not in page.headers["content-security-policy"]
    token = _csrf(html)

    accepted = setup.client.post(f"{link['path']}/answer", data={
        "csrf": token, "request": setup.request, "answer": "accept"}, follow_redirects=False)
    assert accepted.status_code == 303
    shown = setup.client.get(accepted.headers["location"])
    assert "Anne Martin (Rhône Diag)との面談を承諾しました" in shown.text
    assert "承諾済み" in shown.text

    avail = setup.client.post(f"{link['path']}/availability", data={
        "csrf": token, "session": [setup.sessions[1]]}, follow_redirects=False)
    assert avail.status_code == 303
    asked = setup.client.post(f"{link['path']}/ask", data={
        "csrf": token, "company": setup.world.sme_a, "message": "Imaging AI, 20 min"},
        follow_redirects=False)
    assert asked.status_code == 303
    again = setup.client.post(f"{link['path']}/ask", data={
        "csrf": token, "company": setup.world.sme_a, "message": "twice"},
        follow_redirects=False)
    assert "already" in again.headers["location"]

    # The leader's ordinary sync brings everything back, authored by the counterpart.
    setup.sync.sync()
    row = _request(setup.ws, setup.request)
    assert row.status == "accepted"
    answer = notes_line.last_answer(row.notes)
    assert answer is not None and answer.action == "accepted" and answer.name == "山田太郎"
    assert row.notes.startswith("Diagnostics for Kansai hospitals")
    with setup.ws.db.session() as s:
        sessions = {p.agenda_item_id for p in s.query(AgendaParticipant).filter_by(
            person_id=setup.ids["guest"], deleted=False)}
        assert sessions == {setup.sessions[1]}
        mine = s.query(MeetingRequest).filter_by(requester_person_id=setup.ids["guest"]).all()
        assert len(mine) == 1
        assert mine[0].target_organisation_id == setup.world.sme_a
        assert mine[0].requester_organisation_id == GUESTS and mine[0].status == "pending"
        ask = notes_line.last_answer(mine[0].notes)
        assert ask is not None and ask.action == "asked" and ask.message == "Imaging AI, 20 min"
    # Who wrote it, on the server: the counterpart, on the page's device.
    from sqlalchemy import select

    from biox_desktop.server.models import SyncRow

    with setup.world.store.engine.connect() as conn:
        authors = conn.execute(select(SyncRow.authors).where(
            SyncRow.tbl == "meeting_requests", SyncRow.row_id == setup.request)).scalar_one()
    assert authors["status"][:2] == [f"counterpart:{setup.ids['guest']}", "counterpart-page"]

    # Unticking a session takes it back; the leader's laptop receives the tombstone.
    setup.client.post(f"{link['path']}/availability", data={"csrf": token},
                      follow_redirects=False)
    setup.sync.sync()
    with setup.ws.db.session() as s:
        assert not s.query(AgendaParticipant).filter_by(person_id=setup.ids["guest"],
                                                        deleted=False).all()
    # The agenda and its calendar: the published meeting, not the draft.
    page = setup.client.get(link["path"] + "?lang=en").text
    assert "Your agenda" in page and "Anne Martin (Rhône Diag)" in page
    ics = setup.client.get(f"{link['path']}/agenda.ics")
    assert ics.status_code == 200 and ics.text.count("BEGIN:VEVENT") == 1
    assert f"webcal://testserver{link['path']}/agenda.ics" in page


def test_a_form_without_its_token_is_refused_and_changes_nothing(setup: Setup) -> None:
    link = setup.link("guest")
    page = setup.client.get(link["path"])
    token = _csrf(page.text)
    forged = {"request": setup.request, "answer": "decline"}
    for data in (forged, {**forged, "csrf": "0" * 64}, {**forged, "csrf": token[:-1] + ("1" if token.endswith("0") else "0")}):
        r = setup.client.post(f"{link['path']}/answer", data=data, follow_redirects=False)
        assert r.status_code == 403
        assert "フォームの有効期限が切れていました" in r.text
    # The right field without the cookie it is bound to (another site's form) is refused too.
    setup.client.cookies.clear()
    r = setup.client.post(f"{link['path']}/answer", data={**forged, "csrf": token},
                          follow_redirects=False)
    assert r.status_code == 403
    setup.sync.sync()
    assert _request(setup.ws, setup.request).status == "pending"


def test_revoked_expired_and_unknown_links(setup: Setup) -> None:
    link = setup.link("guest")
    assert setup.client.get(link["path"]).status_code == 200
    r = setup.client.delete(f"/api/v1/counterpart-links/{link['id']}", headers=setup.auth)
    assert r.status_code == 200 and r.json()["revoked_at"]
    gone = setup.client.get(link["path"])
    assert gone.status_code == 410
    assert "このリンクは無効です" in gone.text  # in their language, still
    assert setup.client.get(f"{link['path']}/agenda.ics").status_code == 410
    token = _csrf(setup.client.get(setup.link("guest")["path"]).text)
    r = setup.client.post(f"{link['path']}/answer", data={
        "csrf": token, "request": setup.request, "answer": "accept"}, follow_redirects=False)
    assert r.status_code == 410

    expiring = setup.link("guest", days=1)
    assert setup.client.get(expiring["path"]).status_code == 200
    with setup.world.store.engine.begin() as conn:
        conn.execute(update(CounterpartLink).where(CounterpartLink.id == expiring["id"])
                     .values(expires_at=dt.datetime(2020, 1, 1)))
    assert setup.client.get(expiring["path"]).status_code == 410

    unknown = setup.client.get("/c/" + "A" * 43, headers={"Accept-Language": "de-DE,de;q=0.9"})
    assert unknown.status_code == 404 and "Dieser Link funktioniert nicht mehr" in unknown.text
    listed = setup.client.get("/api/v1/counterpart-links", headers=setup.auth,
                              params={"mission_id": setup.ids["mission"]}).json()["links"]
    assert len(listed) == 3 and sum(1 for x in listed if x["revoked_at"]) == 1
    assert all("token" not in x and "path" not in x for x in listed)


def test_nothing_of_another_counterpart_is_visible_or_writable(setup: Setup) -> None:
    mine, theirs = setup.link("guest"), setup.link("stranger")
    page = setup.client.get(mine["path"]).text
    other = setup.client.get(theirs["path"]).text
    assert "Zoe Rival" not in page and "Secret topic" not in page
    assert "山田太郎" not in other and "Jean Dupont (Rhône Diag)" in other
    assert '<html lang="en">' in other  # a US organisation, an English browser
    token = _csrf(page)
    # Answering the other counterpart's request through one's own page: refused.
    r = setup.client.post(f"{mine['path']}/answer", data={
        "csrf": token, "request": setup.rival_request, "answer": "decline"},
        follow_redirects=False)
    assert r.status_code == 404
    # One page's form token does not work on another page.
    r = setup.client.post(f"{theirs['path']}/answer", data={
        "csrf": token, "request": setup.rival_request, "answer": "decline"},
        follow_redirects=False)
    assert r.status_code == 403
    setup.sync.sync()
    assert _request(setup.ws, setup.rival_request).status == "pending"


def test_only_the_missions_leaders_make_links_and_only_for_counterparts(setup: Setup) -> None:
    body = {"mission_id": setup.ids["mission"], "person_id": setup.ids["guest"]}
    r = setup.client.post("/api/v1/login", headers=request_headers(1), json={
        "username": "alice", "password": PASSWORD, "device_name": "x"})
    delegate = {**request_headers(1), "Authorization": f"Bearer {r.json()['token']}"}
    assert setup.client.post("/api/v1/counterpart-links", headers=delegate,
                             json=body).status_code == 403
    for person in ("delegate", "other"):  # the delegation itself has no counterpart page
        r = setup.client.post("/api/v1/counterpart-links", headers=setup.auth,
                              json={**body, "person_id": setup.ids[person]})
        assert r.status_code == 404
    assert setup.client.post("/api/v1/counterpart-links", headers=setup.auth,
                             json={**body, "days": 0}).status_code == 400
    assert setup.client.post("/api/v1/counterpart-links", json=body).status_code == 401


def test_unknown_tokens_are_rate_limited(setup: Setup) -> None:
    link = setup.link("guest")
    codes = [setup.client.get(f"/c/{'x' * 40}{n:03d}").status_code for n in range(21)]
    assert codes[:20] == [404] * 20 and codes[20] == 429
    assert setup.client.get(link["path"]).status_code == 429  # that address is blocked


def test_language_choice_and_catalogue() -> None:
    assert set(TEXTS) == set(LANGUAGES)
    for language, table in TEXTS.items():
        assert set(table) == set(TEXTS["en"]), language
        for key, text in table.items():
            wanted = set(re.findall(r"{(\w+)}", TEXTS["en"][key]))
            assert set(re.findall(r"{(\w+)}", text)) == wanted, (language, key)
    assert choose_language(None, ["JP"], "en-US,en;q=0.9") == "ja"
    assert choose_language(None, [None, "KR"], None) == "ko"
    assert choose_language("fr", ["JP"], None) == "fr"  # the visitor's pick wins
    assert choose_language("xx", [None], "it-IT,it;q=0.8,en;q=0.5") == "it"
    assert choose_language(None, [None], "pt-BR,de;q=0.3,es;q=0.7") == "es"
    assert choose_language(None, [None], "", "CN") == "zh"
    assert choose_language(None, [None], None) == "en"


def test_page_tokens_never_reach_the_access_log(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("uvicorn.access.test")
    logger.addFilter(RedactTokens())
    with caplog.at_level(logging.INFO, logger="uvicorn.access.test"):
        logger.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET",
                    "/c/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd?lang=ja", "1.1", 200)
        logger.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET",
                    "/feeds/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789.ics", "1.1", 200)
    text = caplog.text
    assert "AbCdEf" not in text and "/c/…?lang=ja" in text and "/feeds/…" in text


def test_company_profiles_are_shown_escaped_and_links_are_web_only(setup: Setup) -> None:
    with setup.ws.db.session() as s:
        sme = s.get(Organisation, setup.world.sme_a)
        sme.description = "Sepsis <script>alert(1)</script> diagnostics"
        sme.sector_tags = ["IVD", "sepsis"]
        sme.website = "javascript:alert(1)"
        sme.name_native = "ローヌ・ダイアグ"
    setup.sync.sync()
    html = setup.client.get(setup.link("guest")["path"]).text
    section = html[html.index('id="companies"'):]
    assert "Sepsis &lt;script&gt;alert(1)&lt;/script&gt; diagnostics" in section
    assert "<script" not in html and "javascript:" not in html
    assert "<li>IVD</li>" in section and "ローヌ・ダイアグ" in section
    with setup.ws.db.session() as s:
        s.get(Organisation, setup.world.sme_a).website = "www.rhone-diag.example"
    setup.sync.sync()
    html = setup.client.get(setup.link("guest")["path"]).text
    assert 'href="https://www.rhone-diag.example"' in html
