"""The counterpart page in a real browser (Playwright driving Debian's Chromium) against a real
``biox-server serve`` process on 127.0.0.1, and the answers reaching the leader's laptop
through an ordinary sync.

Screenshots at phone (390x844) and desktop (1280x800) widths go to /tmp/shots-counterpart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import icalendar
import pytest

from biox_desktop.core import counterpart as notes_line
from biox_desktop.core.agenda import AgendaItemInput, MeetingRequestInput
from biox_desktop.db.models import AgendaParticipant, MeetingRequest, MissionCompany, Organisation
from biox_desktop.sync.counterpart import CounterpartLinks
from tests.server.test_feeds import GUESTS, SME, FeedServer, _build_mission, _leader_laptop

pytestmark = pytest.mark.slow

UTC = dt.UTC
SHOTS = Path("/tmp/shots-counterpart")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[FeedServer]:
    live = FeedServer(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    yield live
    live.stop()


@pytest.fixture
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def _mission(ws: Any) -> dict[str, Any]:
    """The feed tests' Osaka mission, with a Japanese counterpart (山田太郎 of Kansai Medical),
    two requests addressed to them, two B2B sessions and profiles of the delegation."""
    ids: dict[str, Any] = _build_mission(ws)
    mission = ids["mission"]
    with ws.db.session() as s:
        s.get(Organisation, GUESTS).country = "JP"
        sme = s.get(Organisation, SME)
        sme.description = "In-vitro diagnostics for sepsis; 40 people in Lyon."
        sme.sector_tags = ["diagnostics", "sepsis", "IVD"]
        sme.website = "rhone-diag.example"
        company = s.query(MissionCompany).filter_by(mission_id=mission).one()
        company.profile = ("Offers: rapid sepsis panels. Seeks: Japanese hospital partners "
                           "and a distributor (PMDA registration).")
    start = dt.datetime(2027, 3, 11, 0, 0, tzinfo=UTC)  # 09:00 in Osaka
    ids["sessions"] = [ws.agenda.add_item(mission, AgendaItemInput(
        kind="b2b", title=title, starts_at=start + dt.timedelta(hours=h),
        ends_at=start + dt.timedelta(hours=h + 3), timezone="Asia/Tokyo",
        slot_minutes=30, table_count=10)).id
        for title, h in (("B2B Session A", 0), ("B2B Session B", 4))]
    ids["to_accept"] = ws.agenda.create_request(mission, MeetingRequestInput(
        requester_person_id=ids["delegate"], target_person_id=ids["guest"])).id
    ids["to_decline"] = ws.agenda.create_request(mission, MeetingRequestInput(
        requester_person_id=ids["other"], target_person_id=ids["guest"])).id
    return ids


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _fonts_of(page: Any, selector: str) -> dict[str, int]:
    """The fonts Chromium really drew the element's text with (family -> glyph count)."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    cdp.send("CSS.enable")
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {f["familyName"]: f["glyphCount"] for f in fonts}


def test_a_counterpart_answers_in_the_browser_and_the_leader_sees_it(
        server: FeedServer, browser: Any, tmp_path: Path) -> None:
    ws, sync = _leader_laptop(server, tmp_path)
    try:
        ids = _mission(ws)
        sync.sync()
        # The leader's laptop makes the link (as the Requests tab's button and the CLI do).
        link = CounterpartLinks(sync).link(ids["mission"], ids["guest"])
        assert link.url.startswith(server.root + "/c/")
        token = link.url.rsplit("/", 1)[1]

        phone = browser.new_context(viewport={"width": 390, "height": 844},
                                    device_scale_factor=1, locale="en-US")
        page = phone.new_page()
        page.goto(link.url)
        # Japanese for a counterpart of a Japanese organisation, whatever the browser says.
        assert page.locator("html").get_attribute("lang") == "ja"
        assert page.locator("h1").inner_text().startswith("代表団との面談")
        assert "山田太郎 様" in page.locator("header").inner_text()
        # The CJK text is drawn with a font that has the glyphs (no empty boxes).
        fonts = _fonts_of(page, "h1")
        cjk = {name: n for name, n in fonts.items()
               if re.search(r"CJK|WenQuanYi|Micro Hei|Droid Sans Fallback|Noto Sans (JP|SC)",
                            name)}
        assert cjk and sum(cjk.values()) >= len("代表団との面談"), fonts
        companies = page.locator("#companies").inner_text()
        assert "Rhône Diag" in companies and "sepsis" in companies and "PMDA" in companies
        _shot(page, "phone-ja-before")

        # Accept one request, decline the other (by the requester's name on each row).
        row = page.locator("li.request", has_text="Anne Martin")
        row.get_by_role("button", name="承諾する").click()
        page.wait_for_url(re.compile(r"done=accepted"))
        assert "Anne Martin (Rhône Diag)との面談を承諾しました" in page.locator("#done").inner_text()
        assert page.locator("li.request", has_text="Anne Martin").get_attribute(
            "data-status") == "accepted"
        page.locator("li.request", has_text="Jean Dupont").get_by_role(
            "button", name="辞退する").click()
        page.wait_for_url(re.compile(r"done=declined"))

        # Availability: the afternoon session only.
        page.get_by_label(re.compile("B2B Session B")).check()
        page.get_by_role("button", name="都合を保存する").click()
        page.wait_for_url(re.compile(r"done=availability"))
        assert page.get_by_label(re.compile("B2B Session B")).is_checked()
        assert not page.get_by_label(re.compile("B2B Session A")).is_checked()

        # Ask the delegation's company for a meeting, with a message in Japanese.
        page.locator("#company").select_option(label="Rhône Diag")
        page.locator("#message").fill("敗血症の迅速検査について伺いたいです")
        page.get_by_role("button", name="申し込みを送信").click()
        page.wait_for_url(re.compile(r"done=asked"))
        assert "Rhône Diagへの面談の申し込み" in page.locator("#done").inner_text()
        asked = page.locator("li.request", has_text="あなたが申し込んだ面談")
        assert "敗血症の迅速検査" in asked.inner_text()

        # Their agenda: the published meeting (not the draft), and its calendar.
        agenda = page.locator("#agenda").inner_text()
        assert "Anne Martin (Rhône Diag)" in agenda and "Jean Dupont" not in agenda
        assert "10:00" in agenda  # Osaka time
        href = page.locator("#ics").get_attribute("href")
        assert href == f"/c/{token}/agenda.ics"
        ics = page.request.get(server.root + href)
        assert ics.ok and ics.headers["content-type"].startswith("text/calendar")
        events = icalendar.Calendar.from_ical(ics.body()).walk("VEVENT")
        assert [str(e["UID"]) for e in events] == [f"{ids['meeting']}@biox-missions"]
        assert page.locator("#subscribe").get_attribute("href").startswith("webcal://127.0.0.1")
        _shot(page, "phone-ja-after")

        # The language switcher (no JavaScript involved); the choice sticks.
        page.get_by_role("link", name="English").click()
        assert page.locator("html").get_attribute("lang") == "en"
        assert "Meeting requests for you" in page.locator("#requests").inner_text()
        page.goto(link.url)
        assert page.locator("html").get_attribute("lang") == "en"
        phone.close()

        wide = browser.new_context(viewport={"width": 1280, "height": 800}, locale="ja-JP")
        page = wide.new_page()
        page.goto(link.url + "?lang=ja")
        assert page.locator("#agenda").bounding_box()["x"] > 500  # two columns
        _shot(page, "desktop-ja")
        page.goto(link.url + "?lang=fr")
        assert "Vos rendez-vous avec la délégation" in page.locator("h1").inner_text()
        _shot(page, "desktop-fr")
        wide.close()

        # The leader's ordinary sync brings the answers, by the counterpart.
        sync.sync()
        with ws.db.session() as s:
            accepted = s.get(MeetingRequest, ids["to_accept"])
            declined = s.get(MeetingRequest, ids["to_decline"])
            assert (accepted.status, declined.status) == ("accepted", "declined")
            answer = notes_line.last_answer(accepted.notes)
            assert answer is not None and answer.name == "山田太郎"
            attends = {p.agenda_item_id for p in s.query(AgendaParticipant).filter_by(
                person_id=ids["guest"], deleted=False)}
            assert attends == {ids["sessions"][1]}
        views = {r.id: r for r in ws.agenda.requests(ids["mission"])}
        assert views[ids["to_accept"]].counterpart_answer.action == "accepted"
        mine = [r for r in views.values() if r.requester_person_id == ids["guest"]]
        assert len(mine) == 1 and mine[0].target_organisation_name == "Rhône Diag"
        assert mine[0].counterpart_answer.message == "敗血症の迅速検査について伺いたいです"
        assert [title for _start, title in mine[0].counterpart_sessions] == ["B2B Session B"]

        # Revoked from the laptop: the page says so, in Japanese, with 410.
        assert CounterpartLinks(sync).revoke(ids["mission"], ids["guest"]) == 1
        gone = httpx.get(link.url, timeout=60)
        assert gone.status_code == 410 and "このリンクは無効です" in gone.text
    finally:
        ws.close()
    # The server's log never shows a page token.
    server.stop()
    assert token not in server.log.read_text(errors="replace")


def test_the_page_works_for_a_second_counterpart_in_korean(
        server: FeedServer, browser: Any, tmp_path: Path) -> None:
    """Another counterpart sees their own page only: no request, name or answer of the first."""
    from biox_desktop.core.identity import NETWORK
    from biox_desktop.db.models import Person

    ws, sync = _leader_laptop(server, tmp_path)
    try:
        ids = _mission(ws)
        with ws.db.session() as s:
            org = Organisation(scope=NETWORK, name="서울바이오허브", kind="foreign_partner",
                               country="KR", sector_tags=[])
            s.add(org)
            s.flush()
            kim = Person(scope=NETWORK, name="김민준", organisation_id=org.id)
            s.add(kim)
            s.flush()
            kim_id = kim.id
        ws.agenda.create_request(ids["mission"], MeetingRequestInput(
            requester_person_id=ids["delegate"], target_person_id=kim_id))
        sync.sync()
        links = CounterpartLinks(sync)
        url = links.link(ids["mission"], kim_id).url
        context = browser.new_context(viewport={"width": 390, "height": 844})
        page = context.new_page()
        page.goto(url)
        assert page.locator("html").get_attribute("lang") == "ko"
        text = page.locator("body").inner_text()
        assert "김민준님" in text and "Anne Martin (Rhône Diag)" in text
        assert "山田太郎" not in text and "Jean Dupont" not in text
        assert page.locator("li.request").count() == 1
        _shot(page, "phone-ko")
        context.close()
    finally:
        ws.close()


def test_the_command_line_makes_lists_and_revokes_a_counterpart_link(
        server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from biox_desktop.cli.main import main
    from biox_desktop.reports.qr import decode_qr_image

    ws, sync = _leader_laptop(server, tmp_path)
    try:
        ids = _mission(ws)
        sync.sync()
    finally:
        ws.close()
    data = str(tmp_path / "claire")
    verb = ["--data-dir", data, "agenda", "counterpart-link", "--mission", ids["mission"]]
    png = tmp_path / "yamada.png"
    assert main([*verb, "山田太郎", "--days", "7", "--qr", str(png), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["person_id"] == ids["guest"] and made["url"].startswith(server.root + "/c/")
    expires = dt.datetime.fromisoformat(made["expires_at"].replace("Z", "+00:00"))
    assert dt.timedelta(days=6) < expires - dt.datetime.now(UTC) <= dt.timedelta(days=7)
    assert decode_qr_image(png) == [made["url"]]
    assert httpx.get(made["url"], timeout=60).status_code == 200
    # Asked again: the same link, kept on this laptop.
    assert main([*verb, ids["guest"]]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"山田太郎: {made['url']}") and ids["guest"] not in text
    # A delegate has no counterpart page.
    assert main([*verb, "Anne Martin"]) == 1
    capsys.readouterr()
    listing = ["--data-dir", data, "agenda", "counterpart-links", "--mission", ids["mission"]]
    assert main(listing) == 0
    text = capsys.readouterr().out
    assert "山田太郎: works until" in text and "last opened" in text
    assert main([*verb, "山田太郎", "--revoke"]) == 0
    assert "1 counterpart page link(s) revoked" in capsys.readouterr().out
    assert httpx.get(made["url"], timeout=60).status_code == 410
    assert main([*listing, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [link["revoked"] for link in listed] == [True]
