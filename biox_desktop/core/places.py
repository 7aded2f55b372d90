"""Countries and time zones: real ISO 3166 codes and real IANA zone names only."""

from __future__ import annotations

import functools
import unicodedata
import zoneinfo

import pycountry

from biox_desktop.core import i18n


@functools.cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English short name, sorted by name."""
    pairs = sorted(((c.alpha_2, c.name) for c in pycountry.countries), key=lambda p: p[1])
    return dict(pairs)


def country_name(code: str | None) -> str:
    """The name of a country code in the user's language (:func:`core.i18n.language`), or
    the code itself when unknown. English names are pycountry's; others come from CLDR."""
    if not code:
        return ""
    english = countries().get(code.upper(), code)
    language = i18n.language()
    if language == "en" or code.upper() not in countries():
        return english
    return _cldr_territories(language).get(code.upper(), english)


def country_choices() -> list[tuple[str, str]]:
    """(code, name) of every country in the user's language, sorted for that language."""
    def key(pair: tuple[str, str]) -> str:  # "Österreich" among the O's, not after "Z"
        decomposed = unicodedata.normalize("NFKD", pair[1].casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    return sorted(((code, country_name(code)) for code in countries()), key=key)


@functools.cache
def _cldr_territories(language: str) -> dict[str, str]:
    from babel import Locale  # imported only when a non-English name is asked for

    return dict(Locale.parse(language).territories)


def normalise_country(value: str) -> str | None:
    """An ISO alpha-2 code for a code (alpha-2/alpha-3) or an English name; None if unknown."""
    text = value.strip()
    if not text:
        return None
    if len(text) == 2 and text.upper() in countries():
        return text.upper()
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


@functools.cache
def timezones() -> tuple[str, ...]:
    """Every IANA zone name this machine knows (from the OS or the tzdata package)."""
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC"))


def is_timezone(name: str) -> bool:
    """True for a real IANA zone name such as ``Asia/Tokyo``."""
    if not name or name != name.strip():
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


# A sensible zone to propose when a user picks a country (the capital's, mostly).
_MAIN_ZONE = {
    "JP": "Asia/Tokyo", "CN": "Asia/Shanghai", "KR": "Asia/Seoul", "US": "America/New_York",
    "CA": "America/Toronto", "BR": "America/Sao_Paulo", "AU": "Australia/Sydney",
    "FR": "Europe/Paris", "ES": "Europe/Madrid", "DE": "Europe/Berlin", "IT": "Europe/Rome",
    "GB": "Europe/London", "SG": "Asia/Singapore", "IN": "Asia/Kolkata", "TW": "Asia/Taipei",
}


def suggested_timezone(country: str) -> str | None:
    """A likely zone for a country, for pre-filling forms; None when there is no obvious one."""
    return _MAIN_ZONE.get(country.upper())
