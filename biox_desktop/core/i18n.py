"""Translating texts made below the UI (error messages, PDF texts) without importing Qt.

Code in ``core``, ``db``, ``sync`` and ``reports`` writes::

    from biox_desktop.core.i18n import translate
    raise ValidationError([FieldError("file", translate("backup", "Not a backup: {path}")
                                      .format(path=path))])

``translate(context, text)`` has the same shape as ``QCoreApplication.translate``, so Qt's
``pyside6-lupdate`` finds these texts and puts them in ``resources/translations/biox_<lang>.ts``
next to the screens' own. Without a translator installed (headless commands, the server, tests)
it returns the English text unchanged; the desktop application installs the Qt translator with
:func:`set_translator` at start-up (``biox_desktop.ui.i18n.install``). Always translate the
template first and ``.format()`` afterwards, so the catalogue holds the template.

Dates and times shown to people are formatted in the same language with :func:`format_day`,
:func:`format_datetime` and :func:`format_time` (day and month names, word order, 24-hour
times from the CLDR data Babel ships), never with ``strftime("%a %b")``, which only knows
English (or the system's locale). Pass the result to the translated template as a plain
field: ``translate("agenda", "arrives {when}").format(when=format_datetime(t, "short"))``.
:func:`set_language` chooses the language (``ui.i18n.install`` sets it with the translator);
it is English until then, in the house format ("Tue 22 Dec 14:00"). Babel is imported on the
first date formatted, so commands that format none do not load it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Literal

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_language = "en"

#: Named date styles: ``full`` "Thursday 24 December 2026" / "Donnerstag, 24. Dezember 2026",
#: ``long`` "24 December 2026", ``medium`` "24 Dec 2026" / "24. Dez. 2026", ``short``
#: "Tue 22 Dec" / "Di., 22. Dez.", ``day_month`` "22 Dec", ``month_year`` "Dec 2026",
#: ``weekday_day`` "Tue 22" / "Di., 22." (a day within a known month, e.g. in a list of times).
DateStyle = Literal["full", "long", "medium", "short", "day_month", "month_year", "weekday_day"]

# Style: (English pattern: the house format, the same as the strftime() it replaced;
#         CLDR date width or skeleton for the other languages; date-time glue width).
_STYLES: dict[str, tuple[str, str, str]] = {
    "full": ("EEEE dd MMMM yyyy", "full", "full"),
    "long": ("dd MMMM yyyy", "long", "long"),
    "medium": ("dd MMM yyyy", "yMMMd", "medium"),
    "short": ("EEE dd MMM", "MMMEd", "medium"),
    "day_month": ("dd MMM", "MMMd", "medium"),
    "month_year": ("MMM yyyy", "yMMM", "medium"),
    "weekday_day": ("EEE dd", "Ed", "medium"),
}
_ENGLISH_TIME = "HH:mm"


def set_translator(fn: Translator | None) -> None:
    """Route :func:`translate` to ``fn(context, text)`` (None: English, untranslated)."""
    global _translator
    _translator = fn


def set_language(code: str | None) -> None:
    """Format dates in ``code`` ("en", "fr", "de", "es", "it"); None or unknown: English."""
    global _language
    _language = code if code in ("fr", "de", "es", "it") else "en"


def language() -> str:
    """The language dates are formatted in (set by :func:`set_language`)."""
    return _language


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, or unchanged when no translator is installed."""
    if _translator is None:
        return text
    translated = _translator(context, text)
    return translated or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark a constant for the catalogue without translating it (translate it where shown).

    ``TITLE = QT_TRANSLATE_NOOP("funder_report", "Outcomes of the missions")`` puts the text in
    the catalogue; the code shows ``translate("funder_report", TITLE)`` at run time, once the
    user's language is installed.
    """
    return text


@functools.cache
def _pattern(language: str, style: str, with_time: bool) -> str:
    """The LDML pattern of ``style`` in ``language`` (with the time when ``with_time``)."""
    english, cldr, glue = _STYLES[style]
    if language == "en":
        return f"{english} {_ENGLISH_TIME}" if with_time else english
    from babel import Locale

    locale = Locale.parse(language)
    if cldr in ("full", "long"):
        date = locale.date_formats[cldr].pattern
    else:
        date = locale.datetime_skeletons[cldr].pattern
    if not with_time:
        return date
    time = locale.datetime_skeletons["Hm"].pattern  # the locale's 24-hour time (HH:mm, H:mm)
    return str(locale.datetime_formats[glue]).replace("{1}", date).replace("{0}", time)


def format_day(value: dt.date, style: DateStyle = "medium") -> str:
    """The day of ``value`` in the user's language: ``format_day(d, "full")``."""
    from babel.dates import format_date

    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, _pattern(_language, style, False), locale=_language)


def format_datetime(value: dt.datetime, style: DateStyle = "short") -> str:
    """Day and time of ``value`` as it stands (convert to the row's zone first).

    English "Tue 22 Dec 14:00"; German "Di., 22. Dez., 14:00"; French "mar. 22 déc., 14:00".
    """
    from babel.dates import format_datetime as babel_format

    return babel_format(value, _pattern(_language, style, True), locale=_language)


def format_time(value: dt.datetime | dt.time) -> str:
    """The time of day of ``value`` (24-hour where the language uses it: "14:00", "9:05")."""
    if _language == "en":
        return f"{value:%H:%M}"
    from babel import Locale
    from babel.dates import format_time as babel_format

    pattern = Locale.parse(_language).datetime_skeletons["Hm"].pattern
    return babel_format(value, pattern, locale=_language)


def format_number(value: float, decimals: int = 0) -> str:
    """A number with the language's separators: English "1,234.5", German "1.234,5"."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=_language)


def format_percent(value: float, decimals: int = 1) -> str:
    """A percentage (``value`` in percent) as the language writes it: "28.6 %", German
    "28,6 %", French "28,6 %" (with the language's own spaces)."""
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "\u00a0%"
    text = babel_percent(value / 100, pattern, locale=_language)
    return text if _language != "en" else text.replace("\u00a0", " ")
