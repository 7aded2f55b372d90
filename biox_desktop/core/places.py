"""Countries and time zones: real ISO 3166 codes and real IANA zone names only."""

from __future__ import annotations

import functools
import zoneinfo

import pycountry


@functools.cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English short name, sorted by name."""
    pairs = sorted(((c.alpha_2, c.name) for c in pycountry.countries), key=lambda p: p[1])
    return dict(pairs)


def country_name(code: str | None) -> str:
    """The English name of a country code, or the code itself when unknown."""
    if not code:
        return ""
    return countries().get(code.upper(), code)


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
