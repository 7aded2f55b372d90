"""Languages an interpreter is needed for: ISO 639-1 codes, their names, a country's language.

Names and the official languages of a country come from CLDR through Babel, so nothing here is
a hand-kept list. Babel is imported on first use, not at start-up (it is slow to load). ``ANY`` stands for "an interpreter, whatever the language" (old data said
only that one was needed, for a country whose language is unknown).
"""

from __future__ import annotations

from functools import cache

from biox_desktop.core.i18n import language, translate

__all__ = ["ANY", "interpreter_languages", "is_interpreter_language", "language_code",
           "language_name", "main_language", "normalise_language", "speaks"]

#: A meeting needs an interpreter, of no language in particular.
ANY = "any"


@cache
def _two_letter_codes() -> frozenset[str]:
    from babel import Locale

    return frozenset(code for code in Locale("en").languages
                     if isinstance(code, str) and len(code) == 2)


def normalise_language(code: str | None) -> str | None:
    """``code`` stripped and lower-cased; ``None`` for empty ("no interpreter needed")."""
    if code is None:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return code or None


def language_code(text: str) -> str | None:
    """The ISO 639-1 code of a language typed as a code ("ja", "ja-JP") or a name in English or
    the user's language ("Japanese", "japonais"); None when it is neither. Roster entries keep
    languages as typed, so an interpreter's "Japanese" still counts for "ja"."""
    code = normalise_language(text)
    if code is None:
        return None
    if code in _two_letter_codes():
        return code
    return _codes_by_name().get(text.strip().casefold())


@cache
def _names_in(locale: str) -> dict[str, str]:
    from babel import Locale

    return {str(name).casefold(): code for code, name in Locale.parse(locale).languages.items()
            if isinstance(code, str) and len(code) == 2}


def _codes_by_name() -> dict[str, str]:
    return {**_names_in("en"), **_names_in(language())}


def is_interpreter_language(code: str) -> bool:
    """Whether ``code`` is an ISO 639-1 code CLDR knows, or :data:`ANY`."""
    return code == ANY or code in _two_letter_codes()


def language_name(code: str) -> str:
    """``code`` named in the user's language ("Japanese", "japonais"); ANY as "any language"."""
    if code == ANY:
        return translate("agenda", "any language")
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language()).languages
    except (UnknownLocaleError, ValueError):  # pragma: no cover - language() is always known
        names = Locale("en").languages
    return names.get(code) or code


def interpreter_languages() -> list[tuple[str, str]]:
    """(code, name) of every language an interpreter may be asked for, sorted by name."""
    return sorted(((code, language_name(code)) for code in _two_letter_codes()),
                  key=lambda pair: pair[1].casefold())


def main_language(country: str | None) -> str:
    """The first official language of ``country`` (ISO 3166 alpha-2), else :data:`ANY`."""
    if not country:
        return ANY
    from babel.languages import get_official_languages

    found = [code for code in get_official_languages(country.upper(), de_facto=True)
             if len(code) == 2]
    return found[0] if found else ANY


def speaks(languages: frozenset[str] | set[str] | tuple[str, ...], needed: str) -> bool:
    """Whether an interpreter with ``languages`` serves a meeting that needs ``needed``."""
    return bool(languages) if needed == ANY else needed in languages
