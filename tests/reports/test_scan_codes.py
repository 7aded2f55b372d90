"""Codes read at the booth: badge formats photographed badly, and what each code means."""

from __future__ import annotations

import pytest

from biox_desktop.core.scan import badge_tokens, profile_link
from biox_desktop.reports.qr import QrError, decode_codes, read_scan
from tests.support.booth import code_scene

MECARD = "MECARD:N:山田,太郎;SOUND:Yamada,Taro;TEL:03-1234-5678;EMAIL:taro@osaka-bio.jp;;"

PHOTOS = {
    "plain": {},
    "held at an angle": {"tilt": 0.3},
    "out of focus": {"blur": 1.5},
    "noisy sensor": {"noise": 25},
    "dim hall": {"light": 0.35, "noise": 8},
    "glare": {"glare": 0.8},
    "all at once": {"tilt": 0.25, "blur": 1.2, "noise": 15, "light": 0.5, "glare": 0.5},
}
# What each badge format survives here (measured; a 1-D Code 128 does not survive blur, a
# dense PDF417 not noise in a dim hall: the scanner tries the next frame).
SURVIVES = {
    "QRCode": tuple(PHOTOS),
    "DataMatrix": tuple(PHOTOS),
    "Code128": ("plain", "held at an angle", "noisy sensor", "dim hall", "glare"),
    "PDF417": ("plain", "held at an angle", "out of focus", "glare"),
}
TEXTS = {"QRCode": MECARD, "DataMatrix": "ATT-0042", "Code128": "B2M-000123",
         "PDF417": "123456^Yamada Taro^Osaka Bio"}


@pytest.mark.parametrize(("fmt", "photo"), [(f, p) for f, ps in SURVIVES.items() for p in ps])
def test_badge_formats_read_from_poor_photos(fmt: str, photo: str) -> None:
    image = code_scene(TEXTS[fmt], fmt, **PHOTOS[photo])
    codes = decode_codes(image)
    assert [(c.text, c.format) for c in codes] == [(TEXTS[fmt], fmt)]
    # The corners frame the code inside the picture (for the green frame on screen).
    xs = [x for x, _y in codes[0].corners]
    ys = [y for _x, y in codes[0].corners]
    assert 0 < min(xs) < max(xs) < 640 and 0 < min(ys) < max(ys) < 480


def test_a_picture_without_a_code_reads_nothing() -> None:
    assert decode_codes(code_scene("x", "QRCode", light=0.0)) == []


def test_contact_codes_become_cards() -> None:
    scan = read_scan(MECARD, "QRCode", "JP")
    assert scan.kind == "contact" and scan.card is not None
    assert scan.card.formatted_name == "山田 太郎"
    assert scan.card.name_romanised == "Yamada Taro"


@pytest.mark.parametrize(("link", "network", "value"), [
    ("https://u.wechat.com/EAbCdEf12345", "wechat", "https://u.wechat.com/EAbCdEf12345"),
    ("http://weixin.qq.com/r/abcDEF123", "wechat", "http://weixin.qq.com/r/abcDEF123"),
    ("https://line.me/ti/p/~yamada_t", "line", "yamada_t"),
    ("https://line.me/ti/p/Ab1cD2eF3g", "line", "https://line.me/ti/p/Ab1cD2eF3g"),
    ("https://qr.kakao.com/talk/pOiUyT12", "kakaotalk", "https://qr.kakao.com/talk/pOiUyT12"),
    ("https://open.kakao.com/o/sAbCd12", "kakaotalk", "https://open.kakao.com/o/sAbCd12"),
    ("https://wa.me/819012345678", "whatsapp", "+819012345678"),
    ("https://www.linkedin.com/in/anna-mueller-123/?trk=qr", "linkedin",
     "https://www.linkedin.com/in/anna-mueller-123"),
])
def test_profile_codes_name_their_network(link: str, network: str, value: str) -> None:
    scan = read_scan(link)
    assert scan.kind == "profile" and scan.profile is not None
    assert (scan.profile.network, scan.profile.value) == (network, value)


def test_a_web_site_link_is_refused_with_why() -> None:
    with pytest.raises(QrError, match="web link, not a contact or a messaging profile"):
        read_scan("https://www.osaka-bio.jp/booth")
    assert profile_link("https://www.linkedin.com/company/osaka-bio") is None


def test_badge_text_gives_the_id_candidates() -> None:
    scan = read_scan("123456^Yamada Taro^Osaka Bio", "PDF417")
    assert scan.kind == "badge"
    assert scan.badge_ids == ("123456^Yamada Taro^Osaka Bio", "123456", "Yamada Taro",
                              "Osaka Bio")
    assert badge_tokens("  B2M-000123 ") == ["B2M-000123"]
