"""core.i18n: untranslated without a translator; routed through one when installed (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from biox_desktop.core import i18n
from biox_desktop.core.missions import MissionInput, validate_mission
from biox_desktop.core.validation import ValidationError


@pytest.fixture
def marking():
    seen: list[tuple[str, str]] = []

    def translator(context: str, text: str) -> str:
        seen.append((context, text))
        return f"«{text}»"

    i18n.set_translator(translator)
    yield seen
    i18n.set_translator(None)


def test_english_without_a_translator() -> None:
    assert i18n.translate("validation", "Give the mission a name.") == "Give the mission a name."


def test_error_texts_go_through_the_translator_before_formatting(marking) -> None:
    with pytest.raises(ValidationError) as err:
        validate_mission(MissionInput(
            name="", kind="trade_mission", country="JP", timezone="Asia/Tokyo",
            start_date=dt.date(2027, 5, 14), end_date=dt.date(2027, 5, 10)))
    assert err.value.for_field("name") == "«Give the mission a name.»"
    # The template is translated, the values are filled in afterwards.
    assert err.value.for_field("end_date") == (
        "«The mission ends (10 May 2027) before it starts (14 May 2027).»")
    assert ("validation", "The mission ends ({end}) before it starts ({start}).") in marking


def test_an_empty_translation_falls_back_to_english() -> None:
    i18n.set_translator(lambda context, text: "")
    try:
        assert i18n.translate("pdf", "Delegates") == "Delegates"
    finally:
        i18n.set_translator(None)


@pytest.fixture
def language():
    def use(code: str) -> None:
        i18n.set_language(code)

    yield use
    i18n.set_language(None)


THURSDAY = dt.datetime(2026, 12, 24, 9, 5)


def test_dates_in_english_keep_the_house_format() -> None:
    assert i18n.language() == "en"
    assert i18n.format_day(THURSDAY.date(), "full") == "Thursday 24 December 2026"
    assert i18n.format_day(dt.date(2027, 5, 1)) == "01 May 2027"  # as "%d %b %Y" wrote it
    assert i18n.format_day(THURSDAY, "short") == "Thu 24 Dec"
    assert i18n.format_day(THURSDAY, "month_year") == "Dec 2026"
    assert i18n.format_day(dt.date(2027, 5, 4), "weekday_day") == "Tue 04"  # as "%a %d" wrote it
    assert i18n.format_datetime(THURSDAY, "medium") == "24 Dec 2026 09:05"  # "%d %b %Y %H:%M"
    assert i18n.format_datetime(THURSDAY) == "Thu 24 Dec 09:05"
    assert i18n.format_datetime(THURSDAY, "day_month") == "24 Dec 09:05"
    assert i18n.format_time(THURSDAY) == "09:05"


def test_dates_in_each_language(language) -> None:
    language("de")
    assert i18n.format_day(THURSDAY, "full") == "Donnerstag, 24. Dezember 2026"
    assert i18n.format_day(THURSDAY, "long") == "24. Dezember 2026"
    assert i18n.format_datetime(THURSDAY, "short") == "Do., 24. Dez., 09:05"
    assert i18n.format_day(THURSDAY, "weekday_day") == "Do., 24."
    assert i18n.format_day(dt.date(2027, 3, 2), "medium") == "2. März 2027"
    language("fr")
    assert i18n.format_day(THURSDAY, "full") == "jeudi 24 décembre 2026"
    assert i18n.format_day(THURSDAY, "medium") == "24 déc. 2026"
    language("es")
    assert i18n.format_day(THURSDAY, "full") == "jueves, 24 de diciembre de 2026"
    assert i18n.format_time(THURSDAY) == "9:05"  # Spanish writes the hour unpadded, 24-hour
    language("it")
    assert i18n.format_day(THURSDAY, "full") == "giovedì 24 dicembre 2026"
    assert i18n.format_datetime(dt.datetime(2026, 12, 24, 21, 30), "short") == "gio 24 dic, 21:30"
    language("xx")  # unknown: English
    assert i18n.language() == "en"


def test_an_aware_time_is_shown_in_its_own_zone(language) -> None:
    from zoneinfo import ZoneInfo

    language("de")
    tokyo = dt.datetime(2026, 12, 24, 23, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert i18n.format_datetime(tokyo, "short") == "Do., 24. Dez., 23:30"


def test_country_names_follow_the_language() -> None:
    from biox_desktop.core import i18n
    from biox_desktop.core.phones import country_name as region_name
    from biox_desktop.core.places import country_choices, country_name

    assert country_name("KR") == "Korea, Republic of"  # English: pycountry's short names
    try:
        i18n.set_language("de")
        assert country_name("KR") == "Südkorea"
        assert country_name("JP") == "Japan" and country_name("zz") == "zz"
        assert region_name("FR") == "Frankreich"
        names = [name for _, name in country_choices()]
        # Sorted for the reader: Österreich among the O's, not after Zypern.
        assert names.index("Oman") < names.index("Österreich") < names.index("Pakistan")
        i18n.set_language("fr")
        assert country_name("DE") == "Allemagne"
    finally:
        i18n.set_language(None)
    assert country_name("DE") == "Germany"
