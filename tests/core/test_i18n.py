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
