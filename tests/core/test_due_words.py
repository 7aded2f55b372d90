"""The due-date field of the quick capture understands each of the app's five languages."""

from __future__ import annotations

import datetime as dt

import pytest

from biox_desktop.core.leads import parse_due
from biox_desktop.core.validation import ValidationError

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(("typed", "days"), [
    ("tomorrow", 1), ("morgen", 1), ("Demain", 1), ("mañana", 1), ("domani", 1),
    ("heute", 0), ("aujourd'hui", 0), ("hoy", 0), ("oggi", 0),
    ("übermorgen", 2), ("après-demain", 2), ("pasado mañana", 2), ("dopodomani", 2),
    ("3 Tage", 3), ("in 3 Tagen", 3), ("3 jours", 3), ("3 días", 3), ("3 giorni", 3),
    ("2 Wochen", 14), ("2 semaines", 14), ("2 semanas", 14), ("2 settimane", 14),
    ("+3", 3), ("2w", 14), ("nächste Woche", 7),
])
def test_words_of_every_language(typed: str, days: int) -> None:
    assert parse_due(typed, TODAY) == TODAY + dt.timedelta(days=days)


def test_dates_are_read_day_first() -> None:
    assert parse_due("03.04.2027", TODAY) == dt.date(2027, 4, 3)
    assert parse_due("03/04/2027", TODAY) == dt.date(2027, 4, 3)
    assert parse_due("2027-04-03", TODAY) == dt.date(2027, 4, 3)
    with pytest.raises(ValidationError):
        parse_due("someday", TODAY)
