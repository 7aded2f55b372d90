from __future__ import annotations

import datetime as dt

import pytest

from biox_desktop.core.missions import MissionInput, validate_mission
from biox_desktop.core.validation import ValidationError


def _input(**changes: object) -> MissionInput:
    base = dict(name="Osaka Partnering Days", kind="partnering_event", country="jp",
                start_date=dt.date(2027, 3, 9), end_date=dt.date(2027, 3, 12),
                timezone="Asia/Tokyo", cities=(" Osaka", "", "Kobe "))
    base.update(changes)
    return MissionInput(**base)  # type: ignore[arg-type]


def test_a_valid_mission_is_cleaned() -> None:
    clean = validate_mission(_input())
    assert clean.country == "JP"
    assert clean.cities == ("Osaka", "Kobe")


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"end_date": dt.date(2027, 3, 1)}, "end_date", "ends (01 Mar 2027) before it starts"),
        ({"timezone": "Asia/Osaka"}, "timezone", "not an IANA time zone"),
        ({"timezone": "Tokyo"}, "timezone", "not an IANA time zone"),
        ({"country": "XX"}, "country", "not an ISO 3166 country"),
        ({"country": "Japan"}, "country", "not an ISO 3166 country"),
        ({"name": "   "}, "name", "Give the mission a name"),
        ({"kind": "holiday"}, "kind", "not a mission kind"),
        ({"start_date": None}, "start_date", "first day"),
        ({"end_date": dt.date(2028, 3, 12)}, "end_date", "at most 60 days"),
    ],
)
def test_invalid_missions_are_refused_with_a_clear_message(
    changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        validate_mission(_input(**changes))
    message = info.value.for_field(field)
    assert message is not None and words in message


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        validate_mission(_input(name="", country="XX", timezone="nowhere"))
    assert {e.field for e in info.value.errors} == {"name", "country", "timezone"}
