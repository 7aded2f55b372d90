"""The one rule for "the same person" when an import meets an existing record.

An import (vCard, QR code, CSV/XLSX leads, roster) may UPDATE an existing record only when
it is provably the same person:

* the same vCard UID, or
* a shared personal e-mail address AND names that may belong to one person (across scripts,
  romanisations, word order, accents, initials, one name a subset of the other).

A shared phone (an office switchboard), a shared generic mailbox (info@, contact@, kontakt@)
or a shared e-mail under a clearly different name is never enough: the import creates a new
record and duplicate detection (:mod:`biox_desktop.core.dedupe`) proposes the pair later,
with its reason, for a person to decide.

Pure Python, no database: the importers build :class:`PersonKeys` for both sides and ask
:func:`same_person`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from biox_desktop.core.names import normalise_email, person_name_variants
from biox_desktop.core.text import fold

__all__ = [
    "Match",
    "PersonKeys",
    "is_generic_mailbox",
    "names_compatible",
    "normalise_uid",
    "same_person",
]

# --- generic mailboxes ---------------------------------------------------------------------

#: Local parts (folded, one word) that name a role or a desk, not a person. Several languages:
#: a cluster's partners write from Lyon, Barcelona, Munich, Turin, Osaka and Seoul.
_GENERIC_TEXT = (
    # English
    "info information contact contacts contactus office sales hello hi admin "
    "administrator administration noreply donotreply team event events mail email "
    "enquiries enquiry inquiries inquiry support help helpdesk service services "
    "customerservice marketing press media pr hr jobs careers recruiting recruitment "
    "billing accounts accounting finance invoice invoices reception secretariat "
    "secretary general webmaster postmaster hostmaster abuse newsletter news "
    "partnerships partners partner business bizdev bd welcome booking bookings "
    "reservations registration register orders order shop store legal privacy dpo "
    "gdpr it tech hq headquarters main group global international communication "
    "communications comms exhibitions conference mission missions delegation "
    "mailbox all staff membership members director management operations ops "
    "purchasing procurement export import trade investor investors ir "
    # French
    "bureau accueil secretariat direction commercial contactez communication "
    "evenements evenement presse recrutement emploi compta comptabilite facturation "
    "adherents standard "
    # German
    "kontakt buero buro zentrale empfang verwaltung vertrieb verkauf presse "
    "pressestelle sekretariat buchhaltung karriere anfrage anfragen veranstaltungen "
    "geschaeftsstelle geschaftsstelle poststelle datenschutz "
    # Spanish
    "contacto informacion oficina ventas recepcion administracion prensa eventos "
    "secretaria comercial empleo consultas atencion clientes "
    # Italian
    "informazioni contatti ufficio segreteria vendite amministrazione stampa eventi "
    "commerciale direzione ordini lavoro "
    # Japanese, Chinese and Korean desks written in Latin letters
    "soumu somu jimukyoku jimu eigyo eigyou kikaku koho kouhou uketsuke toiawase "
    "otoiawase kefu fuwu xiaoshou bangong lianxi shichang "
)
_GENERIC_WORDS = frozenset(_GENERIC_TEXT.split())
#: Qualifiers that may sit beside a desk word: "info-jp", "sales.eu", "events2026".
_QUALIFIER_RE = re.compile(r"^(?:[a-z]{1,3}|\d+)$")
_SPLIT_RE = re.compile(r"[._\-]+")


def is_generic_mailbox(email: str) -> bool:
    """True for an address that names a desk or a role, not a person.

    "info@", "contact@", "sales-eu@", "kontakt@", "bureau@", "no-reply@", "events2026@",
    "info.tokyo@" are generic; "t.yamada@", "hanako@" are not. Written for the import rule:
    a generic mailbox shared by two cards never makes them one person.
    """
    address = normalise_email(email) or email.strip().lower()
    local = address.rpartition("@")[0] if "@" in address else address
    local = fold(local.split("+", 1)[0])
    if not local:
        return False
    joined = re.sub(r"[._\-\d]+", "", local)
    if joined in _GENERIC_WORDS:  # "no-reply", "do.not.reply", "info2"
        return True
    words = [w for w in _SPLIT_RE.split(local) if w]
    if not words:
        return False
    stems = [re.sub(r"\d+$", "", w) for w in words]
    if stems[0] in _GENERIC_WORDS:  # "info.tokyo", "sales-europe", "events2026"
        return True
    # "jp-info", "eu.sales": short qualifiers around one desk word.
    return any(s in _GENERIC_WORDS for s in stems) and all(
        s in _GENERIC_WORDS or not s or _QUALIFIER_RE.match(w)
        for s, w in zip(stems, words, strict=True)
    )


# --- names ---------------------------------------------------------------------------------

# Spellings that romanisation systems and transliterations write differently for one sound.
# Applied to both sides, so two spellings meet when they differ only by these.
_SOUND_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        # Japanese: Hepburn vs Kunrei/Nihon-shiki ("Tsuchiya"/"Tutiya", "Fujita"/"Huzita").
        (r"tsu", "tu"),
        (r"shi", "si"),
        (r"chi", "ti"),
        (r"fu", "hu"),
        (r"ji", "zi"),
        (r"sh", "sy"),
        (r"ch", "ty"),
        (r"j", "zy"),
        (r"m(?=[bpm])", "n"),  # "Homma"/"Honma", "Sampei"/"Sanpei"
        # Korean: "Seo-yeon"/"Soyeon", "Eun"/"Un".
        (r"eo", "o"),
        (r"eu", "u"),
        # German umlauts typed without the dots: "Mueller"/"Müller".
        (r"(?<=[aou])e", ""),
        # "Hannah"/"Hanna", "Matthias"/"Mathias".
        (r"(?<=[aeiou])h$", ""),
        (r"(\w)\1", r"\1"),
    )
)


@lru_cache(maxsize=65536)
def _sound_key(token: str) -> str:
    if len(token) <= 1:
        return token
    for pattern, repl in _SOUND_RULES:
        token = pattern.sub(repl, token)
    return token


def _split_display(name: str) -> list[str]:
    """A display name "山田 花子 (Hanako Yamada)" is two names."""
    name = unicodedata.normalize("NFKC", name).strip()
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    return [m.group(1), m.group(2)] if m else [name]


def _joined_forms(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The tokens, and the tokens with two neighbours joined ("Min Jun" is "Minjun")."""
    forms = [tokens]
    if 1 < len(tokens) <= 5:
        for i in range(len(tokens) - 1):
            if len(tokens[i]) > 1 and len(tokens[i + 1]) > 1:
                forms.append((*tokens[:i], tokens[i] + tokens[i + 1], *tokens[i + 2 :]))
    return forms


_OO_RE = re.compile("oo", re.IGNORECASE)
#: A name word as compared: (sound key, first letter as written); an initial is ("t", "t").
_Word = tuple[str, str]


@lru_cache(maxsize=65536)
def _spellings(name: str) -> tuple[tuple[_Word, ...], ...]:
    """Every Latin spelling (sound-keyed words) a name may stand for."""
    out: list[tuple[_Word, ...]] = []
    parts = _split_display(name)
    # Korean given names are written "oo" where Revised Romanization writes "u" ("Ji-hoon",
    # 지훈 "jihun"); the long-vowel folding of core.names would read "oo" as "o".
    parts += [_OO_RE.sub("u", p) for p in parts if _OO_RE.search(p)]
    for part in parts:
        for tokens, _romanised in person_name_variants(part):
            for form in _joined_forms(tokens):
                keyed = tuple((_sound_key(t), t[0]) for t in form)
                if keyed and keyed not in out:
                    out.append(keyed)
    return tuple(out)


def _word_match(x: _Word, y: _Word) -> int:
    """2 for the same word, 1 for an initial that fits, 0 otherwise."""
    if x[0] == y[0]:
        return 2 if len(x[0]) > 1 else 1
    if (len(x[0]) == 1 or len(y[0]) == 1) and x[1] == y[1]:
        return 1
    return 0


#: Words of a name compared at most (a pasted signature must not make the search explode).
_MAX_WORDS = 8


def _tokens_compatible(a: tuple[_Word, ...], b: tuple[_Word, ...]) -> bool:
    """Every word of the shorter name fits a different word of the longer one (an initial
    fits a word with that first letter), and at least one whole word is the same."""
    a, b = a[:_MAX_WORDS], b[:_MAX_WORDS]
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)

    failed: set[tuple[int, int, bool]] = set()  # states already explored in vain

    def place(i: int, used: int, whole: bool) -> bool:
        if i == len(short):
            return whole
        if (i, used, whole) in failed:
            return False
        for j, y in enumerate(long_):
            if used & (1 << j):
                continue
            m = _word_match(short[i], y)
            if m and place(i + 1, used | (1 << j), whole or m == 2):
                return True
        failed.add((i, used, whole))
        return False

    return place(0, 0, False)


def names_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether the names one person is known by (``a``: native script, romanised, display
    name) may belong to the same person as the names in ``b``.

    Compatible across scripts and romanisations (山田 花子 ~ "Hanako Yamada", 김민준 ~
    "Kim Min-jun"), in any word order, without accents or titles, through initials
    ("T. Yamada" ~ "Taro Yamada") and when one name is a subset of the other ("Yamada" ~
    "Hanako Yamada"). Not compatible: different given names with one surname ("Taro Yamada"
    vs "Hanako Yamada"). No usable name on either side: not compatible.
    """
    left = [s for n in a if n and n.strip() for s in _spellings(n)]
    right = [s for n in b if n and n.strip() for s in _spellings(n)]
    return any(_tokens_compatible(x, y) for x in left for y in right)


# --- the rule ------------------------------------------------------------------------------


def normalise_uid(uid: str) -> str:
    """A vCard UID as compared: trimmed; "urn:uuid:" and the case of a UUID do not count."""
    uid = uid.strip()
    if uid.lower().startswith("urn:uuid:"):
        uid = uid[9:]
    if re.fullmatch(r"[0-9A-Fa-f-]{32,36}", uid):
        uid = uid.lower()
    return uid


def _tuple(values: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = (values,)
    return tuple(v for v in values if v)


@dataclass(frozen=True, slots=True)
class PersonKeys:
    """What the rule looks at in a record: its vCard UID, its names and its e-mails.

    ``names`` holds every name the person is known by (native script, romanised, display).
    Lists are accepted and stored as tuples.
    """

    uid: str = ""
    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "uid", self.uid or "")
        object.__setattr__(self, "names", _tuple(self.names))
        object.__setattr__(self, "emails", _tuple(self.emails))

    def personal_emails(self) -> frozenset[str]:
        """Normalised e-mails that are not generic mailboxes."""
        return frozenset(
            n for e in self.emails if (n := normalise_email(e)) and not is_generic_mailbox(n)
        )


@dataclass(frozen=True, slots=True)
class Match:
    """Why two records are the same person: ``reason`` is "uid" or "email" (then ``email``
    is the shared personal address, normalised)."""

    reason: str
    email: str = ""


def same_person(existing: PersonKeys, incoming: PersonKeys) -> Match | None:
    """The import rule: may ``incoming`` update ``existing``?

    Yes (a :class:`Match`) for the same vCard UID, or for a shared personal (non-generic)
    e-mail together with compatible names (:func:`names_compatible`). Otherwise None: a
    shared phone, a shared generic mailbox, or a shared e-mail under a clearly different
    name never makes two records one.
    """
    uid_a, uid_b = normalise_uid(existing.uid), normalise_uid(incoming.uid)
    if uid_a and uid_a == uid_b:
        return Match("uid")
    shared = existing.personal_emails() & incoming.personal_emails()
    if shared and names_compatible(existing.names, incoming.names):
        return Match("email", min(shared))
    return None
