"""Phone normalisation: every region's example numbers, and clear refusals."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from biox_desktop.core.phones import (
    PhoneError,
    canonical_network,
    format_international,
    normalise,
    normalise_messaging_id,
    region_for_country,
)

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


def _examples(region: str) -> list[phonenumbers.PhoneNumber]:
    out = []
    for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
        number = phonenumbers.example_number_for_type(region, kind)
        if number is not None:
            out.append(number)
    general = phonenumbers.example_number(region)
    if general is not None:
        out.append(general)
    return out


@pytest.mark.parametrize("region", REGIONS)
def test_example_numbers_written_nationally_normalise_to_e164(region: str) -> None:
    examples = _examples(region)
    assert examples, f"phonenumbers has no example for {region}"
    for number in examples:
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        expected = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        assert normalise(national, region) == expected, (region, national)
        # Lower-case mission country codes are accepted too.
        assert normalise(national, region.lower()) == expected


def test_international_input_ignores_default_region() -> None:
    assert normalise("+81 3-1234-5678", "DE") == "+81312345678"
    assert normalise("0049 30 1234567") == "+49301234567"


def test_display_format_is_international() -> None:
    assert format_international("03-1234-5678", "JP") == "+81 3-1234-5678"


@pytest.mark.parametrize(
    ("text", "region", "message"),
    [
        ("+81 3-1234", None, "'+81 3-1234' is too short for Japan"),
        ("1234", "JP", "'1234' is too short for Japan"),
        ("030 1234567890123456", "DE", "Germany"),
        ("+49 30 12", "FR", "for Germany"),
        ("hello", "FR", "is not a phone number"),
        ("", "FR", "empty"),
        ("12345678", None, "no country code"),
        ("+999 1234567", None, "known country code"),
        ("0612345", "XX", "'XX'"),
    ],
)
def test_invalid_numbers_are_refused_with_a_clear_message(
    text: str, region: str | None, message: str
) -> None:
    with pytest.raises(PhoneError) as info:
        normalise(text, region)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_region_for_country() -> None:
    assert region_for_country("jp") == "JP"
    assert region_for_country("UK") == "GB"
    assert region_for_country("") is None
    assert region_for_country("ZZ") is None


def test_messaging_ids() -> None:
    assert canonical_network("WeChat") == "wechat"
    assert canonical_network("Weixin") == "wechat"
    assert canonical_network("Kakao Talk") == "kakaotalk"
    assert normalise_messaging_id("WhatsApp", "030 1234567", "DE") == "+49301234567"
    assert normalise_messaging_id("whatsapp", "https://wa.me/4915112345678") == "+4915112345678"
    assert normalise_messaging_id("WeChat", "  wxid_AbC123 ") == "wxid_AbC123"
    assert normalise_messaging_id("LINE", "@biox-official") == "@biox-official"
    assert normalise_messaging_id("telegram", "@someone") == "someone"
    with pytest.raises(PhoneError, match="Japan"):
        normalise_messaging_id("whatsapp", "090-12", "JP")
    with pytest.raises(PhoneError, match="empty"):
        normalise_messaging_id("line", "  ")
