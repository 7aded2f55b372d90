"""Numbers that may belong to another country are flagged with every reading, never rewritten."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from biox_desktop.core.phones import (
    PhoneError,
    hint_regions,
    is_confirmed,
    read_phone,
)


def test_japanese_mobile_typed_in_china_is_flagged_with_both_readings() -> None:
    readings = read_phone("090-1234-5678", "CN")
    assert readings.flagged
    assert readings.reading is not None and readings.reading.e164 == "+869012345678"
    assert [(a.e164, a.region, a.kind) for a in readings.alternatives] == [
        ("+819012345678", "JP", "mobile")]
    warning = readings.warning()
    assert warning.startswith("090-1234-5678: read as +86 901 234 5678 (China)")
    assert "mobile number in Japan, +81 90-1234-5678" in warning
    assert "kept as typed, confirm on the lead" in warning


def test_french_grouping_in_germany_and_italy_is_flagged() -> None:
    for mission in ("DE", "IT"):
        readings = read_phone("06 12 34 56 78", mission)
        assert readings.flagged, mission
        assert [a.region for a in readings.alternatives] == ["FR"]


def test_a_number_written_as_its_country_writes_it_is_not_flagged() -> None:
    for typed, mission in (("010-6552-9988", "CN"), ("138 0013 8000", "CN"),
                           ("030 1234567", "DE"), ("02 1234 5678", "IT"),
                           ("090-1234-5678", "JP"), ("06 12 34 56 78", "FR")):
        readings = read_phone(typed, mission)
        assert not readings.flagged, (typed, mission, readings)
        assert readings.warning() == ""


def test_a_number_with_its_country_code_has_one_reading() -> None:
    for typed in ("+81 90-1234-5678", "0081 90 1234 5678"):
        readings = read_phone(typed, "CN")
        assert not readings.flagged
        assert readings.reading is not None and readings.reading.e164 == "+819012345678"


def test_a_hint_from_the_card_flags_an_otherwise_plain_number() -> None:
    assert not read_phone("010-6552-9988", "CN").flagged
    readings = read_phone("010-6552-9988", "CN", hints=hint_regions(emails=["kim@snu.ac.kr"]))
    assert readings.flagged
    assert [a.e164 for a in readings.alternatives] == ["+821065529988"]
    readings = read_phone("0612345678", "DE", hints=hint_regions(countries=["France"]))
    assert [a.region for a in readings.alternatives] == ["FR"]


def test_not_valid_in_the_mission_country_but_valid_next_door_is_flagged() -> None:
    readings = read_phone("13800138000", "JP")
    assert readings.flagged and readings.reading is None
    assert [a.e164 for a in readings.alternatives] == ["+8613800138000"]
    assert readings.warning().startswith("13800138000: not a valid number in Japan")
    # A Korean mobile typed in Japan starts with Japan's international prefix 010.
    readings = read_phone("010-1234-5678", "JP")
    assert readings.flagged and "+821012345678" in [a.e164 for a in readings.alternatives]


def test_a_number_valid_nowhere_is_still_refused() -> None:
    with pytest.raises(PhoneError, match="too short"):
        read_phone("123", "CN")


def test_hint_regions_from_addresses_and_mail_domains() -> None:
    assert hint_regions(countries=["Japan", "", "jp", "Nowhere"],
                        emails=["a@x.co.uk", "b@example.com", "c@d.de"]) == ("JP", "GB", "DE")


def test_is_confirmed_tells_e164_from_kept_as_typed() -> None:
    assert is_confirmed("+819012345678")
    assert not is_confirmed("090-1234-5678")


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_every_example_number_written_nationally_is_not_flagged_at_home(region: str) -> None:
    """Guards against a flag on every number: a country's own examples, written as it writes
    them (grouped), are never questioned in that country."""
    for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
        number = phonenumbers.example_number_for_type(region, kind)
        if number is None:
            continue
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        if len([r for r in national.replace("-", " ").split() if r]) < 2:
            continue  # written as one block: no grouping to tell countries apart
        readings = read_phone(national, region)
        assert not readings.flagged, (region, national, readings.alternatives)


def test_a_number_invalid_at_home_is_also_tried_in_the_usual_partner_countries() -> None:
    """A Japanese card during a Singapore mission: not a Singapore number, but kept with its
    plausible readings instead of being dropped."""
    readings = read_phone("090-1234-5678", "SG")
    assert readings.flagged and readings.reading is None
    assert "+819012345678" in [a.e164 for a in readings.alternatives]
    readings = read_phone("138 0013 8000", "DE")
    assert [a.e164 for a in readings.alternatives] == ["+8613800138000"]


def test_a_us_number_written_the_american_way_in_germany_is_flagged() -> None:
    """(650) 555-1212 is also a valid German number (+49 6505 551212): it was rewritten so."""
    readings = read_phone("(650) 555-1212", "DE")
    assert readings.flagged
    assert readings.reading is not None and readings.reading.e164 == "+496505551212"
    assert [a.e164 for a in readings.alternatives] == ["+16505551212"]
