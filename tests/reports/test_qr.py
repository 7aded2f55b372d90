"""QR codes: make an image, decode it, get the contact back with its CJK name intact."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from biox_desktop.core.contacts import (
    ContactCard,
    EmailAddress,
    MessagingId,
    PhoneNumber,
    PostalAddress,
)
from biox_desktop.reports.qr import (
    QrError,
    decode_qr_image,
    make_qr_png,
    parse_mecard,
    parse_qr_payload,
)
from biox_desktop.reports.vcard import write_vcard


def test_vcard_qr_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    card = ContactCard(
        formatted_name="王伟", family_name="王", given_name="伟", name_romanised="Wei Wang",
        organisation="北京生物科技有限公司",
        emails=(EmailAddress("wei.wang@example.cn", ("work",)),),
        phones=(PhoneNumber("+86 139 1234 5678", ("cell",), "+8613912345678"),),
        messaging=(MessagingId("wechat", "wangwei_bio"),),
    )
    png = make_qr_png(write_vcard([card], "3.0"))
    path = tmp_path / "badge.png"
    path.write_bytes(png)
    for source in (path, str(path), png, Image.open(io.BytesIO(png))):
        (text,) = decode_qr_image(source)
        got = parse_qr_payload(text)
        assert got == card
        assert got.name_native == "王伟" and got.name_romanised == "Wei Wang"


def test_mecard_qr_with_japanese_name() -> None:
    payload = ("MECARD:N:山田,太郎;SOUND:Yamada,Taro;TEL:03-1234-5678;"
               "EMAIL:taro@example.jp;NOTE:BIO 2025\\; booth 12;;")
    (text,) = decode_qr_image(make_qr_png(payload))
    card = parse_qr_payload(text, default_region="JP")
    assert card.formatted_name == "山田 太郎"
    assert (card.family_name, card.given_name) == ("山田", "太郎")
    assert card.name_native == "山田 太郎"
    assert card.name_romanised == "Yamada Taro"
    assert card.phones[0].e164 == "+81312345678"
    assert card.emails[0].value == "taro@example.jp"
    assert card.note == "BIO 2025; booth 12"


def test_mecard_address_with_seven_parts_fills_each_field() -> None:
    card = parse_mecard("MECARD:N:Doe,Jo;ADR:PO 9,Floor 3,Main St 1,Springfield,IL,62701,USA;"
                        "ADR:somewhere without commas;;")
    assert card.addresses == (
        PostalAddress(po_box="PO 9", extended="Floor 3", street="Main St 1",
                      locality="Springfield", region="IL", postal_code="62701", country="USA"),
        PostalAddress(street="somewhere without commas"),
    )


def test_image_without_qr_code_gives_no_text() -> None:
    blank = Image.new("L", (120, 120), 255)
    assert decode_qr_image(blank) == []


def test_unreadable_inputs_are_refused_clearly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QrError, match="not an image"):
        decode_qr_image(b"definitely not a png")
    with pytest.raises(QrError, match="does not exist"):
        decode_qr_image(tmp_path / "missing.png")
    with pytest.raises(QrError, match="web link"):
        parse_qr_payload("https://example.org/")
    with pytest.raises(QrError, match="neither vCard nor MECARD"):
        parse_qr_payload("hello")
    with pytest.raises(QrError, match="no name, phone or e-mail"):
        parse_mecard("MECARD:NOTE:nothing else;;")
    with pytest.raises(QrError, match="cannot be read"):
        parse_qr_payload("BEGIN:VCARD\nVERSION:3.0\nFN:cut")
