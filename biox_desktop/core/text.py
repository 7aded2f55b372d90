"""Folding text for comparison and search: case and accents away, scripts kept.

Kept apart from :mod:`biox_desktop.core.names` (which brings phonenumbers and the
romanisation dictionaries) because the database registers :func:`fold` as the SQL function
``biox_fold`` on every connection, for searches where "Muller" finds "Müller".
"""

from __future__ import annotations

import unicodedata

# Letters NFKD does not decompose into a base letter plus a mark.
_EXTRA_FOLDS = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """Casefold and strip accents: "Müller" -> "muller", "Ｙａｍａｄａ" -> "yamada".

    Marks are removed only from alphabetic scripts (below U+2000): NFKD would also strip
    the voicing marks of kana (グ -> ク) and split Hangul into jamo, which must stay.
    """
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKC", text).translate(_EXTRA_FOLDS)
    out: list[str] = []
    for ch in text:
        if ord(ch) < 0x2000:
            out.extend(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        else:
            out.append(ch)
    return "".join(out).casefold()
