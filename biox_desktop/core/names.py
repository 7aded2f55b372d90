"""Name, email and phone normalisation for duplicate detection, across scripts.

Everything here is pure Python, works offline and keeps no state beyond memo caches. The
functions turn what delegates typed ("Dr. Yamada Taro", "山田太郎", "T. Yamada",
"Meeting Mojo, Inc.") into comparable keys:

* :func:`fold` removes accents and case ("Müller" -> "muller").
* :func:`person_name_variants` gives the Latin spellings a person name may stand for, as tuples
  of tokens: kanji/kana become Hepburn romaji (pykakasi), hanzi become toneless pinyin
  (pypinyin), Hangul becomes Revised Romanization (written here from jamo decomposition).
  A name in Han characters only could be Japanese or Chinese, so both readings are returned.
* :func:`org_key` drops legal forms (Inc, GmbH, S.p.A., 株式会社, 주식회사 ...) and collapses
  spaces and punctuation, so "MeetingMojo" and "Meeting Mojo, Inc." share one key.
* :func:`normalise_email` and :func:`normalise_phone` give the strong keys.

Token order is never trusted: family-given and given-family orders are both common, so the
comparison in :mod:`biox_desktop.core.dedupe` treats a name as a bag of tokens.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import phonenumbers

from biox_desktop.core.text import fold

__all__ = [
    "fold",
    "has_non_latin",
    "loanword_outline",
    "name_tokens",
    "normalise_domain",
    "normalise_email",
    "normalise_phone",
    "org_key",
    "org_key_variants",
    "org_main",
    "org_words",
    "person_name_variants",
    "phonetic_key",
    "romanise_hangul",
    "strip_honorifics",
]

# --- scripts -------------------------------------------------------------------------------


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def _is_kana(ch: str) -> bool:
    cp = ord(ch)
    return 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9D


def _is_hangul(ch: str) -> bool:
    cp = ord(ch)
    return 0xAC00 <= cp <= 0xD7A3 or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F


_NON_LATIN_RE = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)


def has_non_latin(text: str) -> bool:
    """True if ``text`` holds kana, Hangul or Han characters."""
    return _NON_LATIN_RE.search(text) is not None


# --- honorifics ----------------------------------------------------------------------------

# Folded, dots removed. "m" (Monsieur) is left out on purpose: it is more often an initial.
_TITLE_TOKENS = frozenset(
    [
        "dr",
        "doctor",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "mme",
        "mlle",
        "mmes",
        "herr",
        "frau",
        "fr",
        "hr",
        "sr",
        "sra",
        "srta",
        "dott",
        "dottssa",
        "dssa",
        "ing",
        "dipl",
        "eng",
        "phd",
        "md",
        "mba",
        "msc",
        "bsc",
        "ba",
        "ma",
        "jr",
        "sr",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "hon",
        "univ",
        "doz",
        "priv",
        "pd",
        "sig",
        "sigra",
        "sen",
        "senor",
        "senora",
        "dona",
        "don",
    ]
)
# Japanese honorifics romanised and attached with a hyphen ("Yamada-san").
_LATIN_SUFFIX_RE = re.compile(r"-(san|sama|sensei|kun|chan|shi|dono|hakase)\b")
_CJK_HONORIFICS = (
    "先生",
    "様",
    "さま",
    "さん",
    "くん",
    "ちゃん",
    "殿",
    "氏",
    "君",
    "博士",
    "教授",
    "社長",
    "部長",
    "課長",
    "女士",
    "小姐",
    "老师",
    "老師",
    "선생님",
    "교수님",
    "박사님",
    "박사",
    "교수",
    "님",
    "씨",
)
_CJK_HONORIFIC_RE = re.compile(
    "(" + "|".join(sorted(map(re.escape, _CJK_HONORIFICS), key=len, reverse=True)) + r")(?=\s|$)"
)


def strip_honorifics(text: str) -> str:
    """Remove titles and honorifics (Dr., Prof., Mme, 様, さん, 先生, 님 ...) from a name."""
    text = _CJK_HONORIFIC_RE.sub(" ", text)
    text = _LATIN_SUFFIX_RE.sub(" ", text)
    words = text.split()
    kept = [w for w in words if w.replace(".", "").casefold() not in _TITLE_TOKENS]
    # Never strip a name down to nothing ("Dr" alone stays "dr").
    return " ".join(kept if kept else words)


# --- Latin tokens --------------------------------------------------------------------------

_INNER_JOIN_RE = re.compile(r"(?<=[^\W\d_])['’\-‐](?=[^\W\d_])")
_NON_WORD_RE = re.compile(r"[^\w]+|_")
# Japanese long vowels are written ō, ou, oo, oh or o; fold them all to one vowel so that
# "Tarō", "Tarou" and "Taro" agree. Applied to every Latin name so both sides match.
_LONG_VOWEL_RE = re.compile(r"ou|oo|oh(?![aeiou])|uu|aa|ii|ee")


def _fold_long_vowels(token: str) -> str:
    return _LONG_VOWEL_RE.sub(lambda m: m.group(0)[0], token)


def name_tokens(text: str) -> tuple[str, ...]:
    """Folded Latin tokens of a name: "Jean-Pierre O'Brien" -> ("jeanpierre", "obrien").

    Hyphens and apostrophes inside a word join it; dots and other punctuation split, so
    initials such as "J.-P." become ("j", "p").
    """
    text = fold(text).replace(".", " ")
    text = _INNER_JOIN_RE.sub("", text)
    return tuple(_fold_long_vowels(t) for t in _NON_WORD_RE.split(text) if t)


# --- Japanese and Chinese ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _kakasi() -> Any:
    import pykakasi  # imported lazily: loading its dictionary takes ~0.5 s

    return pykakasi.kakasi()


@lru_cache(maxsize=65536)
def romanise_japanese(text: str) -> tuple[str, ...]:
    """Hepburn romaji words of Japanese text (kanji and kana), long vowels folded.

    Returns () when the dictionary cannot read every character: a Chinese name in
    simplified characters (吴辉明) must not shrink to the one character Japanese knows (明).
    """
    words: list[str] = []
    for part in text.split():
        items = _kakasi().convert(part)
        if "".join(item["orig"] for item in items) != part:
            return ()
        for item in items:
            tokens = name_tokens(item["hepburn"])
            if has_non_latin(item["orig"]) and not tokens:
                return ()
            words.extend(tokens)
    return tuple(words)


# Two-character Chinese surnames; everything else takes the first character as surname.
_CN_COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "夏侯",
        "轩辕",
        "令狐",
        "宇文",
        "司徒",
        "端木",
        "歐陽",
        "諸葛",
    ]
)


@lru_cache(maxsize=65536)
def romanise_chinese(text: str) -> tuple[str, ...]:
    """Toneless pinyin of a Chinese name as (surname, given) tokens: 王小明 -> (wang, xiaoming).

    Pinyin syllables of the given name are joined, as passports write them.
    """
    from pypinyin import Style, lazy_pinyin

    tokens: list[str] = []
    for part in text.split():
        han = "".join(c for c in part if _is_han(c))
        if not han:
            continue
        if len(text.split()) > 1 or len(han) < 2:
            tokens.append("".join(lazy_pinyin(han, style=Style.NORMAL)))
            continue
        cut = 2 if han[:2] in _CN_COMPOUND_SURNAMES and len(han) > 2 else 1
        tokens.append("".join(lazy_pinyin(han[:cut], style=Style.NORMAL)))
        tokens.append("".join(lazy_pinyin(han[cut:], style=Style.NORMAL)))
    return tuple(_fold_long_vowels(fold(t)) for t in tokens if t)


# --- Korean --------------------------------------------------------------------------------

_RR_INITIALS = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "-",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_RR_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_RR_FINALS = [
    "-",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]


def romanise_hangul(text: str) -> str:
    """Revised Romanization of Hangul syllables, one syllable at a time.

    Sound changes across syllables are not written, which is also the rule for personal
    names ("김민준" -> "gimminjun"). Characters that are not Hangul syllables pass through.
    """
    out: list[str] = []
    for ch in text:
        cp = ord(ch) - 0xAC00
        if not 0 <= cp < 11172:
            out.append(ch)
            continue
        initial, rest = divmod(cp, 588)
        vowel, final = divmod(rest, 28)
        for part in (_RR_INITIALS[initial], _RR_VOWELS[vowel], _RR_FINALS[final]):
            if part != "-":
                out.append(part)
    return "".join(out)


# Common Korean surnames: the Revised Romanization and the spellings people actually use
# ("Kim", "Lee", "Park"). Every spelling maps to one key so the two meet.
_KO_SURNAME_SPELLINGS = {
    "gim": ("kim",),
    "i": ("lee", "yi", "rhee", "ri"),
    "bak": ("park", "pak"),
    "choe": ("choi", "chey"),
    "jeong": ("jung", "chung", "cheong"),
    "gang": ("kang",),
    "jo": ("cho",),
    "yun": ("yoon",),
    "jang": ("chang",),
    "im": ("lim", "rim"),
    "o": ("oh",),
    "seo": ("suh", "seoh"),
    "sin": ("shin",),
    "gwon": ("kwon",),
    "hwang": (),
    "an": ("ahn",),
    "song": (),
    "ryu": ("yoo", "yu", "ryoo"),
    "hong": (),
    "jeon": ("jun", "chun", "chon"),
    "go": ("ko", "koh"),
    "mun": ("moon",),
    "yang": (),
    "son": ("sohn",),
    "bae": ("pae",),
    "baek": ("paik", "paek", "baik"),
    "heo": ("hur", "huh"),
    "nam": (),
    "gu": ("koo", "ku"),
    "no": ("noh", "roh"),
    "ha": (),
    "gwak": ("kwak",),
    "seong": ("sung",),
    "cha": (),
    "ju": ("joo",),
    "u": ("woo",),
    "min": (),
    "na": ("rah", "ra"),
    "jin": (),
    "ji": (),
    "eom": ("um", "uhm"),
    "chae": (),
    "won": (),
    "cheon": ("chun",),
    "bang": (),
    "gong": ("kong",),
    "hyeon": ("hyun",),
    "ham": (),
    "yeom": ("yum",),
    "yeo": ("yeoh",),
    "byeon": ("byun",),
    "nam-gung": ("namgung",),
}
# Every spelling (folded like any name token, so "yoon" arrives as "yon") and the RR form map
# to one canonical spelling, the popular one, so "Kim", "Gim" and 김 meet. The canonical forms
# are at least two letters, so 이 ("i") is never mistaken for an initial.
_KO_SURNAME_KEY: dict[str, str] = {}
for _rr, _spellings in _KO_SURNAME_SPELLINGS.items():
    _canonical = _spellings[0] if _spellings else _rr
    for _s in (_rr, *_spellings):
        _KO_SURNAME_KEY.setdefault(_fold_long_vowels(_s.replace("-", "")), _canonical)


def korean_surname_key(token: str) -> str:
    """One spelling for a popular Korean surname ("bak", "pak", 박 -> "park")."""
    return _KO_SURNAME_KEY.get(token, token)


def _romanise_korean_name(text: str) -> tuple[str, ...]:
    parts = [p for p in text.split() if p]
    if len(parts) == 1 and len(parts[0]) >= 2 and all(_is_hangul(c) for c in parts[0]):
        # Written together: the first syllable is the surname (two-syllable surnames are rare).
        word = parts[0]
        parts = [word[0], word[1:]]
    tokens: list[str] = []
    for p in parts:
        tokens.extend(name_tokens(romanise_hangul(p)))
    return tuple(tokens)


# --- person names --------------------------------------------------------------------------


@lru_cache(maxsize=262144)
def person_name_variants(name: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Latin token spellings a person name may stand for, each flagged if romanised.

    Returns a tuple of ``(tokens, romanised)``; ``tokens`` are folded Latin words, order as
    written. Titles and honorifics are removed first. An empty tuple means nothing usable.
    """
    cleaned = strip_honorifics(unicodedata.normalize("NFKC", name)).strip()
    if not cleaned:
        return ()
    variants: list[tuple[tuple[str, ...], bool]] = []
    if not has_non_latin(cleaned):
        tokens = name_tokens(cleaned)
        if tokens:
            variants.append((tokens, False))
    else:
        if any(_is_hangul(c) for c in cleaned):
            variants.append((_romanise_korean_name(cleaned), True))
        elif any(_is_kana(c) for c in cleaned):
            variants.append((romanise_japanese(cleaned), True))
        else:  # Han only: Japanese and Chinese readings both possible
            variants.append((romanise_japanese(cleaned), True))
            variants.append((romanise_chinese(cleaned), True))
    out: list[tuple[tuple[str, ...], bool]] = []
    for tokens, romanised in variants:
        # A one-letter word typed in Latin letters is an initial ("I. Oneill"), not the
        # Korean surname 이 romanised ("i").
        tokens = tuple(
            korean_surname_key(t) if romanised or len(t) > 1 else t for t in tokens if t
        )
        if tokens and (tokens, romanised) not in out:
            out.append((tokens, romanised))
    return tuple(out)


# Soundex-like code: first letter, then consonant classes, vowels dropped, max 4 chars.
_PHONETIC_CLASSES = str.maketrans(
    {
        **dict.fromkeys("bfpv", "1"),
        **dict.fromkeys("cgjkqsxz", "2"),
        **dict.fromkeys("dt", "3"),
        "l": "4",
        **dict.fromkeys("mn", "5"),
        "r": "6",
    }
)


def phonetic_key(token: str) -> str:
    """A short sound-alike key of a folded Latin token ("smith" and "smyth" -> "s53")."""
    if not token:
        return ""
    coded = token[1:].translate(_PHONETIC_CLASSES)
    out = [token[0]]
    last = token[0].translate(_PHONETIC_CLASSES)
    for ch in coded:
        if ch.isdigit():
            if ch != last:
                out.append(ch)
            last = ch
        elif ch not in "hw":
            last = ""  # a vowel separates two equal consonants
        if len(out) == 4:
            break
    return "".join(out)


# --- organisations -------------------------------------------------------------------------

# Legal forms, folded, dots removed. Stripped only at the end or start of the name.
_LEGAL_FORMS = frozenset(
    [
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "llc",
        "llp",
        "lp",
        "plc",
        "pllc",
        "pc",
        "gmbh",
        "mbh",
        "ag",
        "kg",
        "ohg",
        "ug",
        "kgaa",
        "ev",
        "se",
        "eg",
        "sa",
        "sas",
        "sasu",
        "sarl",
        "eurl",
        "sca",
        "scs",
        "snc",
        "sci",
        "scop",
        "spa",
        "srl",
        "srls",
        "sapa",
        "sas",
        "snc",
        "scarl",
        "bv",
        "nv",
        "vof",
        "cv",
        "bvba",
        "sprl",
        "ab",
        "hb",
        "kb",
        "as",
        "asa",
        "aps",
        "is",
        "oy",
        "oyj",
        "sl",
        "slu",
        "sau",
        "sae",
        "sll",
        "sa",
        "de",
        "rl",
        "cv",
        "ltda",
        "lda",
        "sab",
        "eireli",
        "me",
        "epp",
        "kk",
        "gk",
        "yk",
        "pty",
        "pvt",
        "pte",
        "bhd",
        "sdn",
        "tbk",
        "jsc",
        "pjsc",
        "ojsc",
        "zao",
        "ooo",
        "oao",
        "pao",
        "sro",
        "as",
        "kft",
        "zrt",
        "nyrt",
        "doo",
        "dd",
        "ad",
        "ead",
        "ska",
    ]
)
# Forms written as several words ("sp. z o.o.", "S.A. de C.V."), matched joined.
_MULTI_WORD_FORMS = frozenset(
    ["spzoo", "sadecv", "sdnbhd", "ptyltd", "pvtltd", "ptelt", "coltd", "cokg"]
)
_LEADING_FORMS = frozenset(["the", "pt"])
_CJK_LEGAL_FORMS = (
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
    "合名会社",
    "㈱",
    "(株)",
    "（株）",
    "股份有限公司",
    "有限责任公司",
    "有限責任公司",
    "有限公司",
    "集团公司",
    "公司",
    "주식회사",
    "유한회사",
    "(주)",
    "㈜",
)
_CJK_LEGAL_RE = re.compile(
    "|".join(sorted(map(re.escape, _CJK_LEGAL_FORMS), key=len, reverse=True))
)
_ORG_JOINERS = frozenset({"and", "&", "et", "und", "y", "e"})


def _org_tokens(text: str) -> list[str]:
    text = fold(text).replace("&", " & ")
    # "S.p.A." -> "spa", "K.K." -> "kk": dots between letters join them.
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text).replace(".", " ")
    text = re.sub(r"(?<=\w)/(?=\w)", "", text)  # "sp. z o.o." and "S/A"
    return [t for t in re.split(r"[^\w&]+|_", text) if t]


def _strip_legal(tokens: list[str]) -> list[str]:
    tokens = list(tokens)
    while len(tokens) > 1:
        if tokens[-1] in _LEGAL_FORMS or tokens[-1] in _ORG_JOINERS:
            tokens.pop()
        elif len(tokens) > 3 and "".join(tokens[-3:]) in _MULTI_WORD_FORMS:
            del tokens[-3:]
        elif len(tokens) > 2 and "".join(tokens[-2:]) in _MULTI_WORD_FORMS:
            del tokens[-2:]
        else:
            break
    while len(tokens) > 1 and tokens[0] in _LEADING_FORMS:
        tokens.pop(0)
    return tokens


# Abbreviations and other languages' words for the kinds of organisation, folded, to one
# English word: "Univ.", "Universität", "Université" and "University" meet.
_ORG_WORD_FORMS: dict[str, str] = {
    **dict.fromkeys(
        ["univ", "uni", "universitat", "universitaet", "universite", "universidad", "universita",
         "universiteit", "uniwersytet", "universidade", "univerzita", "universitet"],
        "university",
    ),
    **dict.fromkeys(["inst", "institut", "instituto", "istituto", "institutet"], "institute"),
    **dict.fromkeys(["dept", "dep", "departement", "departamento", "dipartimento", "abteilung"],
                    "department"),
    **dict.fromkeys(["fac", "faculte", "facultad", "facolta", "fakultat"], "faculty"),
    **dict.fromkeys(["hosp", "hopital", "ospedale"], "hospital"),
    **dict.fromkeys(["lab", "labo", "laboratoire", "laboratorio", "laboratorium"], "laboratory"),
    **dict.fromkeys(["labs", "laboratoires", "laboratorios"], "laboratories"),
    **dict.fromkeys(["ctr", "cntr", "centre", "centro", "zentrum"], "center"),
    **dict.fromkeys(["intl", "internat"], "international"),
    **dict.fromkeys(["natl", "nat"], "national"),
    **dict.fromkeys(["assoc", "assn"], "association"),
    **dict.fromkeys(["fondation", "fundacion", "fondazione", "stiftung"], "foundation"),
    **dict.fromkeys(["acad", "academie", "academia", "akademie"], "academy"),
    **dict.fromkeys(["coll"], "college"),
    **dict.fromkeys(["med"], "medical"),
    **dict.fromkeys(["pharm"], "pharmaceutical"),
    **dict.fromkeys(["mfg"], "manufacturing"),
    **dict.fromkeys(["tech"], "technology"),
    **dict.fromkeys(["sch"], "school"),
}  # fmt: skip
# "of" in other languages, read as "of" inside a name (never as its first word: "De Beers").
_ORG_OF = frozenset(["de", "di", "du", "des", "del", "della", "degli", "dei", "der", "do", "da"])
# Articles dropped anywhere in a name ("The Boston Consulting Group", "Bank of the West").
_ORG_ARTICLES = frozenset(["the"])
#: Words naming a unit inside an organisation: "Department of X, University of Y" is a
#: part of University of Y.
ORG_UNIT_WORDS = frozenset(
    ["department", "faculty", "division", "laboratory", "unit", "section", "chair", "graduate",
     "school", "center", "clinic", "group", "programme", "program", "service"]
)  # fmt: skip
#: Words naming the kind of an organisation, not which one ("University", "Institute").
ORG_KIND_WORDS = frozenset(
    ["university", "college", "institute", "hospital", "academy", "foundation", "center",
     "laboratory", "laboratories", "school", "council", "agency", "ministry", "society",
     "association", "national", "international", "medical", "pharmaceutical", "technology",
     "research", "sciences", "science", "company", "group", "holdings", "industries", "of"]
)  # fmt: skip


def _org_words(text: str) -> list[str]:
    """Folded words of an organisation name: legal forms, "and"/"&", "the" removed,
    abbreviations and other languages' words for its kind spelt one way."""
    text = _CJK_LEGAL_RE.sub(" ", unicodedata.normalize("NFKC", text))
    tokens = _strip_legal(_org_tokens(text))
    out: list[str] = []
    for k, t in enumerate(tokens):
        if t in _ORG_JOINERS or (t in _ORG_ARTICLES and len(tokens) > 1):
            continue
        if k and t in _ORG_OF:
            t = "of"
        out.append(_ORG_WORD_FORMS.get(t, t))
    return out


@lru_cache(maxsize=65536)
def org_words(name: str) -> tuple[str, ...]:
    """The words :func:`org_key` joins: "Univ. of Tokyo" -> ("university", "of", "tokyo")."""
    return tuple(_org_words(name))


def org_key(name: str) -> str:
    """Organisation key: legal forms, "and"/"&" and "the" removed, abbreviations expanded
    ("Univ." -> university), case, accents, spaces and punctuation collapsed.

    "Meeting Mojo, Inc.", "Meeting Mojo Inc" and "MeetingMojo" -> "meetingmojo". Names in
    CJK scripts keep their characters (see :func:`org_key_variants` for a romanised key).
    """
    return "".join(org_words(name))


@lru_cache(maxsize=65536)
def org_key_variants(name: str) -> tuple[str, ...]:
    """:func:`org_key` plus romanised keys for names written in kana, Hangul or Han."""
    key = org_key(name)
    keys = [key] if key else []
    if has_non_latin(key):
        cleaned = _CJK_LEGAL_RE.sub(" ", unicodedata.normalize("NFKC", name))
        if any(_is_hangul(c) for c in cleaned):
            roman = [romanise_hangul(cleaned)]
        elif any(_is_kana(c) for c in cleaned):
            roman = ["".join(romanise_japanese(cleaned))]
        else:
            roman = ["".join(romanise_japanese(cleaned)), "".join(romanise_chinese(cleaned))]
        for r in roman:
            k = org_key(r)
            if k and k not in keys:
                keys.append(k)
    return tuple(keys)


@lru_cache(maxsize=65536)
def org_main(name: str) -> tuple[str, bool]:
    """The key of the organisation an affiliation names, and whether it names a unit of it.

    "Department of Medicine, University of Tokyo, Tokyo, Japan" -> ("universityoftokyo",
    True); "University of Tokyo, Tokyo" -> ("universityoftokyo", False); a name without
    commas -> (its key, False). The unit is the first part when it begins with a unit word
    (department, faculty, laboratory...); the organisation is then the first later part
    naming a kind of organisation. Later parts are usually a city and a country.
    """
    parts = [p for p in re.split(r"\s*[,;]\s*|\s+[-–]\s+", name) if p.strip()]
    if len(parts) < 2:
        return org_key(name), False
    words = [_org_words(p) for p in parts]
    if words[0] and words[0][0] in ORG_UNIT_WORDS:
        for w in words[1:]:
            if any(x in ORG_KIND_WORDS and x not in ORG_UNIT_WORDS | {"of"} for x in w):
                return "".join(w), True
        return org_key(name), False
    return "".join(words[0]), False


# Katakana spells loanwords as the ear hears them ("メディカル" -> "medikaru" for Medical):
# a consonant outline that both spellings share.
_LOAN_MAP = str.maketrans({"c": "k", "q": "k", "l": "r", "v": "b", "x": "k", "f": "h"})


def loanword_outline(key: str) -> str:
    """Consonant outline of a Latin key for meeting a katakana name romanised: "kansaimedical"
    and "kansaimedikaru" -> "knsmdkr". Vowels, h, w and y dropped, doubled letters once."""
    text = key.replace("ck", "k").replace("ph", "f").replace("th", "s").translate(_LOAN_MAP)
    out: list[str] = []
    for ch in text:
        if ch in "aeiouhwy" or not ch.isalpha() or not ch.isascii():
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


# --- strong keys ---------------------------------------------------------------------------

_GMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com"})


def normalise_email(email: str) -> str:
    """Lowercase and trim an email; for Gmail only, drop dots and "+tag" in the local part.

    Other providers treat dots and plus signs as they please, so they are left alone.
    Returns "" for something that is not an address.
    """
    email = email.strip().lower()
    if email.startswith("mailto:"):
        email = email[7:]
    local, sep, domain = email.rpartition("@")
    if not sep or not local or "." not in domain:
        return ""
    if domain in _GMAIL_DOMAINS:
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


@lru_cache(maxsize=262144)
def normalise_phone(phone: str, country: str = "") -> str:
    """E.164 form of a phone number, or its digits when it cannot be parsed.

    ``country`` (ISO 3166 alpha-2) is the region used for numbers written without a country
    code, e.g. "090-1234-5678" with "JP" -> "+819012345678".
    """
    phone = phone.strip()
    if not phone:
        return ""
    region = country.upper() if len(country) == 2 else None
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    try:
        parsed = phonenumbers.parse(phone, region)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    digits = "".join(c for c in phone if c.isdigit())
    return ("+" + digits) if phone.startswith("+") and digits else digits


def normalise_domain(website: str) -> str:
    """Host of a website or domain, lowercased, without scheme, "www." or path."""
    text = website.strip().lower()
    if "@" in text:
        text = text.rpartition("@")[2]
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    text = re.split(r"[/?#:]", text, maxsplit=1)[0]
    if text.startswith("www."):
        text = text[4:]
    return text.strip(".")
