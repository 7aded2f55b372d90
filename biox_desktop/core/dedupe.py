"""Duplicate candidates among people and organisations, for the coordinator's merge review.

Pure Python, no Qt, no database: callers pass frozen records and get back
:class:`CandidateGroup` values, best first. Nothing is merged here.

How it works
============
1. **Prepare** each record once: name spellings in Latin letters across scripts
   (:func:`biox_desktop.core.names.person_name_variants`), normalised emails, E.164 phones,
   messaging ids, organisation keys.
2. **Block**: every record emits a few keys; only records sharing a key are ever compared,
   never all pairs. Strong keys: email, phone (last 8 digits, so "+81 90..." meets
   "090-..." when no country was known), messaging id. Name keys: sound-alike code of each
   name word plus the first letter of each other word ("yamada|t" serves "Taro Yamada",
   "Yamada Taro" and "T. Yamada" alike), the words joined in both orders, and sound-alike
   name word plus city. Postal keys: exact address, postcode, postcode with house number.
   A name block is screened with a vectorised rapidfuzz pass (``screen``; looser for names
   with initials, one-word names and name-plus-city blocks, and for names of one word or
   with initials also their best alignment inside the other name, so "Dean" meets "Evie
   Dean") before any pair reaches Python; every personal e-mail with one letter of its
   mailbox name left out is a key too, so addresses one typo apart meet;
   postal blocks of at most ``max_place_block`` records are compared whole. Bigger blocks
   are skipped as not discriminating (``max_block`` names, an office address) or not
   identifying (an email or phone shared by more than ``max_shared``, such as a
   switchboard), and shared values of that kind count as no evidence at all.
3. **Score** each candidate pair, Fellegi-Sunter style: each field (name, email, phone,
   messaging id, organisation, country, city, address, postcode) shows one level of
   agreement or none, each level has a weight in log2 odds, and
   ``score = 1 / (1 + 2 ** -(prior + sum(weights)))``: +1 doubles the odds of "same person".
   A one-letter typo in an e-mail ("email similar") or a city (spelt as its more frequent
   near-twin) is near agreement, a missing first or last name a level of its own ("name
   part"), two different one-word names no evidence (a first and a last name), and a desk
   mailbox (info@) never counts against. Weights come from one of two places:

   * **fitted** (the default with at least :data:`MIN_RECORDS_TO_FIT` records): u, how
     often *different* people show a level, is counted on :data:`RANDOM_PAIRS` random
     pairs (less the duplicates among them, at the fitted share), so agreement on
     something common (a big city) weighs little and on something rare (a postcode) much; m, how often *duplicates* show it, and the prior are fitted by
     EM on the candidate pairs, starting from and pulled toward the reasoned
     :data:`PERSON_M`; weight = log2(m / u), monotone within a field (:func:`fit_weights`).
   * **reasoned** (:data:`PERSON_WEIGHTS`), for small inputs, or with ``fit=False``.

   A shared name weighs less when many records carry it ("Wang Wei"): a name held by f of
   n records (about f / c people, c captures a person) gets at most log2(m * n * c / f)
   (fitted) or loses 1 per doubling of f beyond 2
   (reasoned), and never turns into evidence against. Fields that are not independent of
   the name are not counted twice: a name mostly tells its country, so name and country
   share that cap, and a shared city weighs by the share of the country's contacts who live
   there. "T. Yamada" counts every record it fits (Taro, Takashi...), and a different
   initial is a different first name. Two different addresses at one organisation's own
   e-mail domain count against (a company gives each person one mailbox).
   Pairs are compared column by column with numpy (:func:`_compare_many`): two-word names
   through rapidfuzz's pairwise ``cpdist``, each distinct pair of name spellings and of
   organisations once; pairs sharing a strong key, messaging ids or several company
   domains go through :func:`_compare_person_pair`, the readable definition, which also
   writes the reasons of the pairs that link (a test holds the two to the same levels).
4. **Group** links scoring at least ``threshold`` greedily, strongest first (Kruskal with
   union-find). A union is refused if it would put into one group two records the
   coordinator marked as not duplicates, two scopes ``may_link`` does not allow together, or
   two records whose evidence says two people (:data:`CLASH_EVIDENCE`: namesakes with other
   phones, e-mails or employers; "Thomas Wood" and "P. Wood" through a bare "Wood") unless
   those two are linked themselves.
   A group's score is its weakest spanning link: the group holds together at least that
   strongly. A pair that was never linked directly may sit in a group through a third record;
   :attr:`CandidateGroup.links` shows which links hold the group.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import random
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from biox_desktop.core import names as nm
from biox_desktop.core.i18n import translate
from biox_desktop.core.matching import is_generic_mailbox
from biox_desktop.core.progress import Progress

__all__ = [
    "ORG_WEIGHTS",
    "PERSON_WEIGHTS",
    "CandidateGroup",
    "Link",
    "OrgRecord",
    "PersonRecord",
    "find_org_candidates",
    "find_person_candidates",
    "name_from_mailbox",
    "name_similarity",
]

ScopePredicate = Callable[[str, str], bool]


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person as captured by one delegate. Any field may be empty.

    ``phones`` should be E.164; other forms are parsed with ``country`` as the region.
    ``messaging`` holds (network, id) pairs such as ("wechat", "yamada_t"). ``address`` and
    ``postcode`` are optional postal details, used when both sides have them.
    """

    id: str
    scope: str = ""
    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    messaging: tuple[tuple[str, str], ...] = ()
    organisation: str = ""
    country: str = ""
    city: str = ""
    address: str = ""
    postcode: str = ""


@dataclass(frozen=True, slots=True)
class OrgRecord:
    """An organisation as captured by one delegate; ``website`` may be a URL or a domain."""

    id: str
    scope: str = ""
    names: tuple[str, ...] = ()
    website: str = ""
    country: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    """Evidence that two records are the same, with ``id_a < id_b``."""

    id_a: str
    id_b: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CandidateGroup:
    """Records proposed as one person or organisation.

    ``id`` is derived from the sorted member ids, so the same group gets the same id on every
    run and every laptop. ``score`` is the weakest of ``links``, the links that hold the group
    together; ``reasons`` gathers theirs in plain language.
    """

    id: str
    member_ids: tuple[str, ...]
    score: float
    reasons: tuple[str, ...]
    links: tuple[Link, ...] = field(default=(), compare=False)


# --- scoring model -------------------------------------------------------------------------

#: Evidence weights in log2 odds for people. Agreement on a strong identifier is rare between
#: two different people even inside a block (m ~ 0.5, u < 0.005); names carry most of the
#: rest. Disagreement weights are mild where people legitimately have several values (work
#: and private email, mobile and office phone, the city where they were met).
PERSON_WEIGHTS: dict[str, float] = {
    "prior": -4.5,  # odds of "same" for a pair that merely shares a block key
    "name>=0.97": 5.0,
    "name>=0.92": 4.0,
    "name>=0.85": 3.0,
    # Every word of one name is in the other, which has more ("Dean" and "Evie Dean", "Anna
    # Rossi" and "Anna Maria Rossi"): a missing word is not a different one.
    "name part": 3.0,
    "name>=0.75": 1.0,
    "name>=0.60": -1.5,  # one word agrees, another does not (a married name, a typo'd one)
    "name<0.60": -6.0,
    "common name": -1.0,  # per doubling of the name's frequency beyond 2 records
    "email same": 9.0,
    # One letter apart in the same mailbox name ("clara.porter@" and "clara.poter@"): a typo,
    # near agreement, not disagreement. Digits apart ("john.smith2@") are two accounts.
    "email similar": 6.0,
    "email differ": -0.5,
    # Added to "email differ" when the two addresses are at one organisation's own domain: a
    # company gives each person one mailbox, so these are two people (an alias such as
    # t.yamada@ beside taro.yamada@ is rare). Never fitted: among random pairs a shared
    # domain is rare and would look like evidence *for* a match, but among pairs that
    # already share a name it is evidence against (the fields are not independent there).
    "other mailbox": -4.0,
    "phone same": 7.0,
    "phone same tail": 6.0,
    "phone differ": -2.5,
    "messaging same": 8.0,
    "messaging differ": -1.0,
    "org same": 2.0,
    "org similar": 1.0,
    "org differ": -1.0,
    "country same": 0.5,
    "country differ": -2.0,
    "city same": 1.0,
    "city differ": -0.5,
    "address same": 3.5,
    "address similar": 2.0,
    "address differ": -0.5,  # people move, and a contact's address is often the office's
    "postcode same": 1.5,
    "postcode differ": -0.5,
}

#: Below this many records the reasoned weights are used as they are: too few to learn from.
MIN_RECORDS_TO_FIT = 500
#: A field seen on both sides of fewer random pairs than this keeps its reasoned weights.
MIN_FIELD_OBSERVATIONS = 200
#: Random pairs drawn to learn how often different people agree on each field.
RANDOM_PAIRS = 20000

#: Evidence weights in log2 odds for organisations.
ORG_WEIGHTS: dict[str, float] = {
    "prior": -4.0,
    "name same": 6.0,
    # The same words in another order ("Tokyo University", "University of Tokyo"), one typo
    # apart, or one name in katakana and the other in Latin letters with one outline.
    "name variant": 5.0,
    # "Department of Medicine, University of Tokyo" and "University of Tokyo": the
    # coordinator decides whether the department is a contact of its own.
    "name department": 4.5,
    "name>=0.90": 1.0,  # alike as strings, yet a word that tells which one differs
    "name>=0.80": -1.0,
    "name<0.80": -4.0,
    "domain same": 6.0,
    "domain differ": -2.0,
    "country same": 0.5,
    "country differ": -2.0,
    "city same": 0.5,
    "city differ": -0.5,
}


#: Which evidence keys belong to one field: at most one per field applies to a pair.
PERSON_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name>=0.97", "name>=0.92", "name>=0.85", "name part", "name>=0.75", "name>=0.60",
             "name<0.60"),
    "email": ("email same", "email similar", "email differ"),
    "phone": ("phone same", "phone same tail", "phone differ"),
    "messaging": ("messaging same", "messaging differ"),
    "org": ("org same", "org similar", "org differ"),
    "country": ("country same", "country differ"),
    "city": ("city same", "city differ"),
    "address": ("address same", "address similar", "address differ"),
    "postcode": ("postcode same", "postcode differ"),
}


#: m probabilities: how often two captures of the same person show each level of a field
#: (given that both have the field). Reasoned, not fitted: work and private emails differ
#: half the time, people carry two phones, captures typo a name about one time in five.
PERSON_M: dict[str, float] = {
    "name>=0.97": 0.60,
    "name>=0.92": 0.20,
    "name>=0.85": 0.10,
    "name part": 0.10,
    "name>=0.75": 0.05,
    "name>=0.60": 0.03,
    "name<0.60": 0.02,
    "email same": 0.50,
    "email similar": 0.05,
    "email differ": 0.45,
    "phone same": 0.60,
    "phone same tail": 0.15,
    "phone differ": 0.25,
    "messaging same": 0.80,
    "messaging differ": 0.20,
    "org same": 0.70,
    "org similar": 0.15,
    "org differ": 0.15,
    "country same": 0.95,
    "country differ": 0.05,
    "city same": 0.80,
    "city differ": 0.20,
    "address same": 0.70,
    "address similar": 0.20,
    "address differ": 0.10,
    "postcode same": 0.85,
    "postcode differ": 0.15,
}


def fit_weights(
    random_patterns: dict[tuple[str, ...], int],
    candidate_patterns: dict[tuple[str, ...], int],
    n_records: int,
    fields: dict[str, tuple[str, ...]],
    m: dict[str, float],
    start: dict[str, float],
    *,
    iterations: int = 30,
    pseudo_count: float = 100.0,
) -> dict[str, float]:
    """Fellegi-Sunter weights for this data: u from random pairs; m and the prior by EM.

    ``random_patterns`` counts the evidence keys of pairs drawn at random (almost all
    different people), so each level's u is its share there: agreeing on a city shared by
    half the contacts is weak evidence, agreeing on a rare postcode strong. With u fixed,
    EM on ``candidate_patterns`` (the blocked pairs) fits m, how often duplicates show
    each level, and the prior, the share of all pairs that are duplicates. m is pulled
    toward the reasoned ``m`` by ``pseudo_count`` imagined duplicates per field. The weight
    of a level is log2(m / u), never above that of a stronger level of its field. A field
    seen on both sides of fewer than :data:`MIN_FIELD_OBSERVATIONS` random pairs keeps its
    weights from ``start``, as do keys outside ``fields`` (such as "common name").
    """
    u_seen: dict[str, float] = {}
    u_floor: dict[str, float] = {}
    learnt = []
    for name, keys in fields.items():
        counts = dict.fromkeys(keys, 0)
        for pattern, c in random_patterns.items():
            for key in pattern:
                if key in counts:
                    counts[key] += c
        total = sum(counts.values())
        if total >= MIN_FIELD_OBSERVATIONS:
            learnt.append(name)
            for key in keys:
                u_seen[key] = (counts[key] + 0.5) / (total + 0.5 * len(keys))
                u_floor[key] = 0.5 / (total + 0.5 * len(keys))
    rows = sorted(candidate_patterns.items())
    weight_of_row = np.array([c for _, c in rows], dtype=float)
    rows_with: dict[str, np.ndarray] = {
        key: np.array([r for r, (pattern, _) in enumerate(rows) if key in pattern], dtype=np.int64)
        for name in learnt
        for key in fields[name]
    }
    m_now = dict(m)
    all_pairs = max(1, n_records * (n_records - 1) // 2)
    share = max(1.0 / all_pairs, min(0.5, 1.0 / max(1, n_records)))

    def current() -> dict[str, float]:
        w = dict(start)
        for name in learnt:
            previous = math.inf
            for key in fields[name]:
                # Random pairs hold duplicates too, at the fitted share: where each person
                # was captured several times, "same name" among random pairs is mostly the
                # same person, so take them out of u (u_seen = share*m + (1-share)*u).
                u = max(u_floor[key], (u_seen[key] - share * m_now[key]) / (1 - share))
                # Levels run from strongest agreement down: a weaker level never outweighs
                # a stronger one, however rare it was among random pairs.
                w[key] = previous = min(math.log2(m_now[key] / u), previous)
        return w

    for _ in range(iterations):
        w = current()
        prior = math.log2(share / (1 - share))
        log_odds = np.array([prior + sum(w[k] for k in keys) for keys, _ in rows])
        g = 1.0 / (1.0 + np.exp2(-np.clip(log_odds, -60, 60)))
        gm = weight_of_row * g
        share = min(0.5, max(float(gm.sum()), 1.0) / all_pairs)
        for name in learnt:
            num = {
                key: pseudo_count * m[key] + float(gm[rows_with[key]].sum()) for key in fields[name]
            }
            denominator = sum(num.values())
            for key in fields[name]:
                m_now[key] = num[key] / denominator
    fitted = current()
    fitted["prior"] = math.log2(share / (1 - share))
    return fitted


def _random_pairs(n: int, k: int, seed: int = 20240) -> list[tuple[int, int]]:
    """``k`` distinct index pairs drawn with a fixed seed (all pairs when there are fewer)."""
    if n * (n - 1) // 2 <= k:
        return list(itertools.combinations(range(n), 2))
    rnd = random.Random(seed)
    out: set[tuple[int, int]] = set()
    while len(out) < k:
        i, j = rnd.randrange(n), rnd.randrange(n)
        if i != j:
            out.add((i, j) if i < j else (j, i))
    return sorted(out)


def _logistic2(log2_odds: float) -> float:
    return 1.0 / (1.0 + 2.0 ** (-log2_odds))


# --- name similarity -----------------------------------------------------------------------


#: Weight of an initial in :func:`name_similarity`, about a given name's length: "L. Svensson"
#: and "E. Svensson" disagree on a whole first name, not on one letter of fifteen.
INITIAL_WEIGHT = 4.0


def _token_sim(a: str, b: str) -> tuple[float, bool]:
    """Similarity of two name words; an initial matches a word with that first letter."""
    if len(a) == 1 or len(b) == 1:
        return (1.0 if a[0] == b[0] else 0.0), True
    return Levenshtein.normalized_similarity(a, b), False


@lru_cache(maxsize=1 << 17)
def name_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[float, bool]:
    """Similarity 0..1 of two names given as folded Latin tokens, in any order.

    Words are paired greedily, best first; the score is the length-weighted mean of the
    pairs, where a word left over counts half its length as a miss (a missing middle name
    costs less than a wrong one). A name matched through an initial ("T. Yamada" against
    "Taro Yamada") is capped at 0.92. The joined words are also compared in every order, so
    "Minjun" meets "Min Jun". An initial weighs as much as a short word
    (:data:`INITIAL_WEIGHT`), so a different initial is a different first name.
    Returns (score, matched through an initial).
    """
    if not a or not b:
        return 0.0, False
    pairs = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            s, initial = _token_sim(x, y)
            pairs.append((s, not initial, i, j, initial))
    pairs.sort(reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    num = den = 0.0
    via_initial = False
    for s, _, i, j, initial in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        w = (len(a[i]) + len(b[j])) / 2.0
        if initial:
            w = max(w, INITIAL_WEIGHT)
        num += s * w
        den += w
        via_initial |= initial and s > 0
    den += 0.5 * sum(len(a[i]) for i in range(len(a)) if i not in used_a)
    den += 0.5 * sum(len(b[j]) for j in range(len(b)) if j not in used_b)
    score = num / den if den else 0.0
    if via_initial:
        score = min(score, 0.92)
    whole_words = min(map(len, a)) > 1 and min(map(len, b)) > 1
    if whole_words and (len(a) != len(b) or score < 0.97) and len(a) <= 3 and len(b) <= 3:
        joined = "".join(a)
        for perm in itertools.permutations(b):
            score = max(score, fuzz.ratio(joined, "".join(perm)) / 100.0)
    return score, via_initial


# --- prepared records ----------------------------------------------------------------------


@dataclass(slots=True)
class _Person:
    rec: PersonRecord
    variants: list[tuple[tuple[str, ...], bool]]
    emails: frozenset[str]
    personal: frozenset[str]  # the emails that are not a desk's (info@, contact@...)
    own_domains: frozenset[str]  # domains of personal emails that are not free mail services
    phones: frozenset[str]
    tails: frozenset[str]
    messaging: frozenset[tuple[str, str]]
    org_keys: tuple[str, ...]
    country: str
    city: str
    address: str
    postcode: str
    non_latin_names: frozenset[str]
    org_non_latin: bool
    name_freq: int = 1
    completed: bool = False  # a word of the name was read from the person's own address
    several_words: bool = False  # every spelling of the name has two words or more
    one_word: bool = False  # every spelling of the name is one word
    name_id: int = 0  # the same for records whose names compare alike
    initial_freq: int = 1  # names with initials: records whose name fits them ("T. Yamada")


@lru_cache(maxsize=1 << 16)
def _clean_place(text: str) -> str:
    return " ".join(nm.name_tokens(text)) if text else ""


def _phone_tail(phone: str) -> str:
    digits = phone.lstrip("+")
    return digits[-8:] if len(digits) >= 8 else ""


@lru_cache(maxsize=1 << 17)
def _is_desk(email: str) -> bool:
    return is_generic_mailbox(email)


_MAILBOX_SPLIT = re.compile(r"[._\-+\d]+")
#: Mailbox words that are no one's name ("the.deans@", a household's address).
_NOT_NAMES = frozenset(["the", "and", "mr", "mrs", "ms", "dr", "family", "home", "mail"])


@lru_cache(maxsize=1 << 16)
def _mailbox_words(email: str) -> tuple[str, ...]:
    """The words of an address's mailbox name, folded as name words: "Toby.Murphy2@"
    gives ("toby", "murphy"); () for a desk's address."""
    local = email.strip().lower().rpartition("@")[0]
    if not local or _is_desk(email.strip().lower()):
        return ()
    return tuple(
        t for part in _MAILBOX_SPLIT.split(local.split("+", 1)[0]) if part
        for t in nm.name_tokens(part)
    )  # fmt: skip


def _word_alike(x: str, y: str) -> bool:
    return x == y or (min(len(x), len(y)) >= 3 and OSA.normalized_similarity(x, y) >= 0.75)


def _is_name_word(word: str) -> bool:
    return len(word) >= 2 and word not in _NOT_NAMES and not _is_desk(word + "@example.org")


@lru_cache(maxsize=1 << 16)
def name_from_mailbox(tokens: tuple[str, ...], email: str) -> tuple[str, ...] | None:
    """A name with a missing or cut word completed from a mailbox name that spells it,
    or None: "Toby" with "toby.murphy@" is Toby Murphy, "Murphy" with "tmurphy@" T. Murphy,
    "Peter" with "pscott@" Peter Scott, "J. Price" with "jack.price@" Jack Price.

    Address books often hold a hurried "Toby" beside a full address; the mailbox name is
    then the best evidence of the surname, and compared as a name it tells Toby Murphy
    from Toby Smith, which "Toby" alone cannot.
    """
    words = _mailbox_words(email)
    if not words or len(words) > 2:
        return None
    if len(tokens) == 1:
        (w,) = tokens
        if len(w) < 2:
            return None
        if len(words) == 2:
            x, y = words
            if _word_alike(w, x) and not _word_alike(w, y) and _is_name_word(y):
                return (w, y)
            if _word_alike(w, y) and not _word_alike(w, x) and (len(x) == 1 or _is_name_word(x)):
                return (x, w)
            return None
        (z,) = words
        if z.startswith(w) and _is_name_word(rest := z[len(w) :]) and len(rest) >= 3:
            return (w, rest)  # "samuelporter@"
        if z.endswith(w) and (len(rest := z[: -len(w)]) == 1 or _is_name_word(rest)):
            return (rest, w)  # "tmurphy@", "tobymurphy@"
        if _word_alike(w, z):
            return None
        if z[0] == w[0] and len(z) >= 5 and _is_name_word(z[1:]) and not _word_alike(w, z[1:]):
            return (w, z[1:])  # "pscott@" for Peter
        return None
    if len(tokens) == 2 and len(words) == 2 and min(map(len, tokens)) == 1 < max(map(len, tokens)):
        initial, whole = sorted(tokens, key=len)
        for x, y in (words, words[::-1]):
            if _word_alike(whole, y) and x[0] == initial and len(x) >= 2 and _is_name_word(x):
                return tuple(x if t == initial else t for t in tokens)
    return None


def _complete_names(
    variants: list[tuple[tuple[str, ...], bool]], emails: Sequence[str]
) -> list[tuple[tuple[str, ...], bool]]:
    """Latin names of one word or with an initial, completed from the record's own
    mailbox names where they spell the name (:func:`name_from_mailbox`)."""
    if not emails or not variants or any(romanised for _, romanised in variants):
        return variants
    out: list[tuple[tuple[str, ...], bool]] = []
    for tokens, romanised in variants:
        completed = (
            [c for e in emails if (c := name_from_mailbox(tokens, e))]
            if len(tokens) == 1 or (len(tokens) == 2 and min(map(len, tokens)) == 1)
            else []
        )
        for v in [(c, romanised) for c in completed] or [(tokens, romanised)]:
            if v not in out:
                out.append(v)
    return out


def _prepare_person(rec: PersonRecord) -> _Person:
    variants: list[tuple[tuple[str, ...], bool]] = []
    for name in rec.names:
        for v in nm.person_name_variants(name):
            if v not in variants:
                variants.append(v)
    typed = variants
    variants = _complete_names(variants, rec.emails)
    country = rec.country.strip().upper()
    phones = frozenset(p for p in (nm.normalise_phone(x, country) for x in rec.phones) if p)
    messaging = frozenset(
        (net.strip().casefold(), ident.strip().lstrip("@").casefold())
        for net, ident in rec.messaging
        if net.strip() and ident.strip()
    )
    emails = frozenset(e for e in map(nm.normalise_email, rec.emails) if e)
    # A desk's mailbox says nothing against a match: colleagues and the person share it.
    personal = frozenset(e for e in emails if not _is_desk(e))
    return _Person(
        rec=rec,
        variants=variants,
        several_words=bool(variants) and all(len(t) >= 2 for t, _ in variants),
        one_word=bool(variants) and all(len(t) == 1 for t, _ in variants),
        emails=emails,
        personal=personal,
        own_domains=frozenset(
            d for d in (e.rpartition("@")[2] for e in personal) if d and d not in _PUBLIC_DOMAINS
        ),
        phones=phones,
        tails=frozenset(t for t in map(_phone_tail, phones) if t),
        messaging=messaging,
        org_keys=nm.org_key_variants(rec.organisation) if rec.organisation else (),
        country=country,
        city=_clean_place(rec.city),
        address=_clean_place(rec.address),
        postcode=rec.postcode.strip().replace(" ", "").upper(),
        non_latin_names=frozenset(n for n in rec.names if nm.has_non_latin(n)),
        org_non_latin=nm.has_non_latin(rec.organisation),
        completed=variants != typed,
    )


_ALPHABET = tuple("abcdefghijklmnopqrstuvwxyz0123456789")


def _name_text(tokens: Sequence[str]) -> str:
    return " ".join(sorted(tokens))


def _initial_forms(tokens: tuple[str, ...]) -> list[str]:
    """How a name would look with one of its words cut to an initial ("t yamada" for Taro
    Yamada, "taro y" too), for counting the records a name with initials fits."""
    if len(tokens) < 2 or len(tokens) > 3:
        return []
    return [
        _name_text((*tokens[:k], t[0], *tokens[k + 1 :]))
        for k, t in enumerate(tokens)
        if len(t) > 1
    ]


def _city_shares(prepared: Sequence[_Person]) -> dict[str, float]:
    """For each city, the share of its country's contacts (with a city) who are there."""
    per_country: dict[str, int] = defaultdict(int)
    per_city: dict[tuple[str, str], int] = defaultdict(int)
    for p in prepared:
        if p.city and p.country:
            per_country[p.country] += 1
            per_city[(p.country, p.city)] += 1
    shares: dict[str, float] = {}
    for (country, city), count in per_city.items():
        shares[city] = max(shares.get(city, 0.0), count / per_country[country])
    return shares


def _name_keys(p: _Person) -> list[tuple[str, str]]:
    """Name blocking keys, each with the name string screened within that block."""
    keys: list[tuple[str, str]] = []
    for tokens, _ in p.variants:
        fixed, words = _spelling_keys(tokens)
        keys.extend(fixed)
        for code, keyed in words:
            if p.city:
                keys.append((f"c:{code}|{p.city}", keyed))
            if p.org_keys:
                keys.append((f"g:{code}|{p.org_keys[0]}", keyed))
    if p.variants:
        text = _name_text(p.variants[0][0])
        for e in p.personal:
            letters = "".join(_mailbox_words(e))
            if len(letters) >= 5:
                keys.append(("j:" + letters, text))
    return list(dict.fromkeys(keys))


@lru_cache(maxsize=1 << 17)
def _spelling_keys(
    tokens: tuple[str, ...],
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The keys of one spelling of a name that depend on it alone, and (sound-alike code,
    screened text) of each of its words for the keys it forms with a city or an
    organisation. Many contacts share a spelling: computed once for each."""
    keys: list[tuple[str, str]] = []
    words: list[tuple[str, str]] = []
    text = _name_text(tokens)
    for i, t in enumerate(tokens):
        if len(t) < 2:
            continue
        code = nm.phonetic_key(t)
        others = [o for j, o in enumerate(tokens) if j != i]
        # Screened with the keyed word first: sorted words put a typo'd name in
        # another order ("mason megan" and "megan mson").
        keyed = " ".join([t, *sorted(others)])
        for o in others:
            keys.append((f"n:{code}|{o[:1]}", keyed))
        if not others:
            # A one-word name ("Stirling", "Yamada-san") meets other one-word names;
            # a fuller name only with a second key in common (a city, an
            # organisation, an address, a phone): "Dean" alone fits every Dean, and
            # comparing it with each was most of the work on big address books.
            keys.append((f"w:{code}", keyed))
        words.append((code, keyed))
    if len(tokens) <= 2:
        keys.append(("j:" + "".join(tokens), text))
        if len(tokens) == 2:
            keys.append(("j:" + tokens[1] + tokens[0], text))
            # As a mailbox would spell it ("ephillips@"), so that a name with both
            # words typo'd still meets a record whose address spells it.
            for x, y in (tokens, tokens[::-1]):
                if len(x) > 1 and len(y) > 1:
                    keys.append(("j:" + x[0] + y, text))
    return tuple(keys), tuple(words)


def _place_keys(p: _Person) -> list[tuple[str, str]]:
    """Postal blocking keys (exact address; postcode with house number)."""
    if not p.address:
        return []
    text = _name_text(p.variants[0][0]) if p.variants else ""
    number = p.address.split()[0]
    keys = [("a:" + p.address, text)]
    if p.postcode:
        keys.append((f"z:{p.postcode}|{number}", text))
        keys.append((f"z:{p.postcode}", text))
    return keys


def _email_typo_keys(p: _Person) -> list[str]:
    """Each personal address with one letter of its mailbox name left out: two addresses
    one typo apart (a letter added, dropped, replaced, two swapped) share one of them."""
    keys = []
    for e in p.personal:
        local, _, domain = e.rpartition("@")
        if len(local) >= 5:
            keys.extend(f"t:{local[:k]}{local[k + 1 :]}@{domain}" for k in range(len(local)))
    return keys


def _strong_keys(p: _Person) -> list[str]:
    keys = [f"e:{e}" for e in p.emails]
    keys += [f"p:{t}" for t in p.tails]
    keys += [f"m:{n}:{i}" for n, i in p.messaging]
    return keys


# --- scoring a pair ------------------------------------------------------------------------


def _best_name(a: _Person, b: _Person) -> tuple[float, bool, bool, bool]:
    """Best name similarity over all spellings: (score, via initial, across scripts, one
    name is part of the other)."""
    best = (-1.0, False, False)
    part = False
    for ta, ra in a.variants:
        for tb, rb in b.variants:
            s, initial = name_similarity(ta, tb)
            cand = (s, initial, ra != rb or (ra and rb and _scripts_differ(a, b)))
            if cand[0] > best[0]:
                best = cand
            part = part or name_part(ta, tb)
    if a.completed or b.completed:
        # A word read from an address is known less well than a typed one, as an initial.
        best = (min(best[0], COMPLETED_CAP), *best[1:])
    return (*best, part)


#: Highest name similarity when a word of either name was read from its address.
COMPLETED_CAP = 0.92


#: Evidence (log2 odds, without the prior) at or below which two records are two people,
#: for grouping: they share a group only through a link of their own (a shared e-mail, say),
#: never through a third record.
CLASH_EVIDENCE = -3.0

#: Screen for names of one word or with initials: the best alignment of the shorter name
#: inside the other (rapidfuzz partial_ratio, 0..1).
PART_SCREEN = 0.8

#: How alike a word of the shorter name must be to one of the longer (a typo is allowed).
PART_WORD_SIMILARITY = 0.75


@lru_cache(maxsize=1 << 16)
def name_part(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether every word of the shorter name is (nearly) a distinct word of the longer one:
    "Dean" and "Evie Dean", "Anna Rossi" and "Anna Maria Rossi". A missing first or last
    name is common on a hurried capture; a name cut to an initial is not a part."""
    if len(a) == len(b) or not a or not b:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if min(map(len, short)) < 2:
        return False
    free = list(long_)
    for word in sorted(short, key=len, reverse=True):
        # OSA: two swapped letters ("Palbo") are one typo.
        best = max(range(len(free)), key=lambda k: OSA.normalized_similarity(word, free[k]))
        if OSA.normalized_similarity(word, free[best]) < PART_WORD_SIMILARITY:
            return False
        free.pop(best)
    return True


def _two_halves(a: _Person, b: _Person) -> bool:
    """Whether both names are one word and tell nothing about each other: "Finley" and
    "Lewis" may be the first and the last name of one person."""
    if not (a.one_word and b.one_word):
        return False
    return all(
        Levenshtein.normalized_similarity(ta[0], tb[0]) < PART_WORD_SIMILARITY
        for ta, _ in a.variants
        for tb, _ in b.variants
    )


def _scripts_differ(a: _Person, b: _Person) -> bool:
    return a.non_latin_names != b.non_latin_names


def _org_scripts_differ(a: _Person, b: _Person) -> bool:
    return a.org_non_latin != b.org_non_latin


def _name_level(s: float, initial: bool, part: bool = False) -> str:
    if s >= 0.97:
        return "name>=0.97"
    if s >= 0.92 or (initial and s >= 0.9):
        return "name>=0.92"
    if s >= 0.85:
        return "name>=0.85"
    if part:
        return "name part"
    if s >= 0.75:
        return "name>=0.75"
    if s >= 0.60:
        return "name>=0.60"
    return "name<0.60"


def _name_reason(s: float, initial: bool, cross: bool, part: bool = False) -> str:
    if part and s < 0.85 and not (initial and s >= 0.9):
        return "one name is part of the other"
    if s >= 0.97:
        return "same name in another script" if cross else "same name"
    if s >= 0.92 or (initial and s >= 0.9):
        if initial:
            return "initials match the name"
        return f"similar name ({s:.2f})" + (" in another script" if cross else "")
    if s >= 0.85:
        return f"similar name ({s:.2f})" + (" in another script" if cross else "")
    if s >= 0.75:
        return f"somewhat similar name ({s:.2f})"
    return f"different names ({s:.2f})"


_ORG_REASONS = {
    "org same": "same organisation",
    "org similar": "similar organisation",
    "org differ": "different organisations",
}


def _org_level(a: _Person, b: _Person) -> str | None:
    """How two people's organisations agree (both must have one); None: no evidence."""
    if set(a.org_keys) & set(b.org_keys):
        return "org same"
    o = max(fuzz.ratio(x, y) for x in a.org_keys for y in b.org_keys) / 100.0
    if o >= 0.85:
        return "org similar"
    if _org_scripts_differ(a, b):
        return None  # katakana loanwords romanise loosely: no evidence either way
    return "org differ"


def _email_near(x: str, y: str) -> bool:
    local_x, _, domain_x = x.rpartition("@")
    local_y, _, domain_y = y.rpartition("@")
    if local_x == local_y:
        # "gmial.com": a typo in a domain of some length, not "gmx.de" against "gmx.at".
        return min(len(domain_x), len(domain_y)) >= 8 and OSA.distance(domain_x, domain_y) <= 1
    if domain_x != domain_y or min(len(local_x), len(local_y)) < 5:
        return False
    if _DIGITS.sub("", local_x) == _DIGITS.sub("", local_y):
        return False  # "j.smith" and "j.smith2": two accounts of two namesakes
    return OSA.distance(local_x, local_y) <= 1


_DIGITS = re.compile(r"\d+")


def _fits_name(email: str, p: _Person) -> bool:
    """Whether every word of the mailbox name is a word of the person's name
    ("minjae.cho@" for Min-jae Cho): such an address was not typo'd."""
    words = {t for tokens, _ in p.variants for t in tokens}
    local = [w for w in _NON_LETTERS.split(email.rpartition("@")[0]) if len(w) > 1]
    return bool(words) and bool(local) and all(w in words for w in local)


_NON_LETTERS = re.compile(r"[^a-z]+")


def emails_near(a: _Person, b: _Person) -> bool:
    """Whether two people's addresses hold two that are one typo apart: one letter added,
    dropped, replaced or two swapped, in the mailbox name or in the domain. Not when each
    address spells its own person's name: "minjae.cho@" and "minjae.choi@" belong to Min-jae
    Cho and Min-jae Choi, two people whose names differ by a letter."""
    return any(
        _email_near(x, y) and not (_fits_name(x, a) and _fits_name(y, b))
        for x in a.personal
        for y in b.personal
    )


def _compare_person_pair(
    a: _Person,
    b: _Person,
    shared: frozenset[str],
    names: dict[int, tuple[float, bool, bool, bool]] | None = None,
    explain: bool = True,
) -> tuple[tuple[str, ...], float, tuple[str, ...]]:
    """Evidence keys (one per field at most), how many records share the name when that
    weakens the name's evidence (0: it does not), and reasons.

    This is the reference the vectorised :func:`_compare_many` must agree with (tested),
    and the one that writes reasons. ``names`` caches name comparisons by the pair's name ids (many contacts share a
    spelling); ``explain=False`` skips writing the reasons (most pairs never link).
    """
    keys: list[str] = []
    reasons: list[str] = []
    common = 0

    def add(key: str, reason: str = "") -> None:
        keys.append(key)
        if reason and explain:
            reasons.append(reason)

    emails: Collection[str] = a.emails & b.emails
    if emails and shared:  # an address held by many records (info@...) identifies no one
        emails = {e for e in emails if "e:" + e not in shared}
    if emails:
        add("email same", "same email")
    elif a.personal and b.personal and emails_near(a, b):
        add("email similar", "e-mail addresses one letter apart")
    elif a.personal and b.personal:
        add("email differ")
        if a.own_domains & b.own_domains:
            add("other mailbox", "different addresses at the same organisation")
    phones: Collection[str] = a.phones & b.phones
    if phones and shared:
        phones = {p for p in phones if "p:" + _phone_tail(p) not in shared}
    tails: Collection[str] = a.tails & b.tails
    if tails and shared:
        tails = {t for t in tails if "p:" + t not in shared}
    if phones:
        add("phone same", "same phone")
    elif tails:
        add("phone same tail", "same phone number, written differently")
    elif a.phones and b.phones:
        add("phone differ", "different phones")
    msg = {m for m in a.messaging & b.messaging if f"m:{m[0]}:{m[1]}" not in shared}
    if msg:
        add("messaging same", "same " + sorted(msg)[0][0] + " id")
    elif {n for n, _ in a.messaging} & {n for n, _ in b.messaging}:
        add("messaging differ")

    if a.variants and b.variants and not _two_halves(a, b):
        if names is None:
            s, initial, cross, part = _best_name(a, b)
        else:
            pair = (a.name_id << 32) | b.name_id
            found = names.get(pair)
            if found is None:
                found = names[pair] = _best_name(a, b)
            s, initial, cross, part = found
        level = _name_level(s, initial, part)
        freq = max(a.name_freq, b.name_freq)
        if initial or level == "name part" or a.one_word or b.one_word:
            # "T. Yamada" or "Yamada" alone fits every Taro and Takashi Yamada: count them.
            freq = max(freq, a.initial_freq, b.initial_freq)
        if (s >= 0.85 or level == "name part") and freq > 2:
            common = freq
            if explain:
                reasons.append(f"common name ({freq} records)")
        keys.append(level)
        if explain:
            reasons.append(_name_reason(s, initial, cross, part))
            if (a.completed or b.completed) and s >= 0.85:
                reasons.append("name completed from the e-mail address")

    if a.org_keys and b.org_keys:
        org = _org_level(a, b)
        if org:
            add(org, _ORG_REASONS[org])
    same_city = bool(a.city) and a.city == b.city
    # A city lies in one country: agreeing on both would count the same evidence twice.
    if a.country and b.country and not (same_city and a.country == b.country):
        if a.country == b.country:
            add("country same")
        else:
            add("country differ", "different countries")
    if a.city and b.city:
        if a.city == b.city:
            add("city same", "same city")
        else:
            add("city differ")
    if a.address and b.address:
        s = fuzz.ratio(a.address, b.address) / 100.0
        if s >= 0.95:
            add("address same", "same address")
        elif s >= 0.8:
            add("address similar", f"similar address ({s:.2f})")
        else:
            add("address differ", "different addresses")
    if a.postcode and b.postcode:
        add("postcode same" if a.postcode == b.postcode else "postcode differ")
    return tuple(keys), common, tuple(reasons)


# --- candidate pairs -----------------------------------------------------------------------


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values, as ``np.unique``; numpy 2's hashing path for a plain
    ``np.unique`` took 20 times as long as sorting on millions of pair codes."""
    if not len(values):
        return values
    values = np.sort(values)
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


class _Pairs:
    """Candidate pairs of record indexes, collected as arrays and deduplicated once.

    100,000 contacts give millions of (mostly repeated) pairs: a Python set of tuples spent
    more time hashing them than the comparisons that follow.
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self._chunks: list[np.ndarray] = []
        self._single: list[int] = []

    def add(self, i: int, j: int) -> None:
        if i != j:
            self._single.append(min(i, j) * self.n + max(i, j))

    def add_arrays(self, rows: np.ndarray, cols: np.ndarray) -> None:
        rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
        keep = rows != cols
        low, high = np.minimum(rows, cols)[keep], np.maximum(rows, cols)[keep]
        self._chunks.append(low * self.n + high)

    def add_codes(self, codes: np.ndarray) -> None:
        self._chunks.append(codes)

    def codes(self) -> np.ndarray:
        """Distinct pairs as sorted codes ``i * n + j`` with i < j."""
        codes = _distinct(np.concatenate([*self._chunks, np.array(self._single, dtype=np.int64)]))
        self._chunks, self._single = [codes], []
        return codes

    def ordered(self) -> list[tuple[int, int]]:
        """Distinct pairs (i < j), sorted."""
        codes = self.codes()
        return list(zip((codes // self.n).tolist(), (codes % self.n).tolist(), strict=True))


def _screen_block(
    members: list[tuple[int, str]],
    floor: float,
    out: _Pairs,
    loose: frozenset[int] = frozenset(),
    loose_floor: float = 0.0,
    partial: frozenset[int] = frozenset(),
) -> None:
    """Add pairs of a block whose name strings are at least ``floor`` alike (rapidfuzz ratio).

    A pair with a member in ``loose`` (a name with initials, or of one word, which a plain
    string ratio underrates) needs only ``loose_floor``; a pair with a member in ``partial``
    (a one-word name) passes also on the best alignment of that name inside the other's
    (:data:`PART_SCREEN`).
    """
    low = min(floor, loose_floor) if loose else floor
    if len(members) == 2:
        (i, si), (j, sj) = members
        if i != j:
            need = low if (i in loose or j in loose) else floor
            if fuzz.ratio(si, sj) >= need * 100:
                out.add(i, j)
            elif partial and (i in partial or j in partial):
                short, other = (si, sj) if i in partial else (sj, si)
                if fuzz.partial_ratio(short, other) >= PART_SCREEN * 100:
                    out.add(i, j)
        return
    idx = [m[0] for m in members]
    strings = [m[1] for m in members]
    matrix = process.cdist(
        strings, strings, scorer=fuzz.ratio, score_cutoff=low * 100, dtype=np.uint8
    )
    keep = np.triu(matrix, 1) >= max(1, math.ceil(floor * 100))
    if loose and low < floor:
        flag = np.array([i in loose for i in idx])
        either = flag[:, None] | flag[None, :]
        keep |= np.triu(matrix, 1).astype(bool) & either
    rows, cols = np.nonzero(keep)
    index = np.asarray(idx, dtype=np.int64)
    out.add_arrays(index[rows], index[cols])
    if partial:
        # "Dean" against "dean evie": a plain ratio is 0.62, yet the one word is all there
        # is to compare. Names with a missing or cut word are screened on their best
        # alignment inside the other name instead.
        short = np.array([k for k, i in enumerate(idx) if i in partial], dtype=np.int64)
        if len(short):
            partial = process.cdist(
                [strings[k] for k in short.tolist()], strings, scorer=fuzz.partial_ratio,
                score_cutoff=PART_SCREEN * 100, dtype=np.uint8,
            )
            rows, cols = np.nonzero(partial)
            out.add_arrays(index[short[rows]], index[cols])


def _all_pairs(members: list[int], out: _Pairs) -> None:
    if len(members) == 2:  # most blocks: an address or a phone held by two records
        out.add(members[0], members[1])
        return
    index = np.asarray(members, dtype=np.int64)
    rows, cols = _upper_triangle(len(index))
    out.add_arrays(index[rows], index[cols])


@lru_cache(maxsize=256)
def _upper_triangle(k: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(k, 1)


# --- comparing many pairs at once -------------------------------------------------------------

#: The levels of each field, in the order :func:`_compare_person_pair` emits its keys;
#: level 0 means the field gives no key.
_FIELD_LEVELS: tuple[tuple[str, ...], ...] = (
    ("", "email same", "email similar", "email differ"),
    ("", "other mailbox"),
    ("", "phone same", "phone same tail", "phone differ"),
    ("", "messaging same", "messaging differ"),
    ("", "name>=0.97", "name>=0.92", "name>=0.85", "name part", "name>=0.75", "name>=0.60",
     "name<0.60"),
    ("", "org same", "org similar", "org differ"),
    ("", "country same", "country differ"),
    ("", "city same", "city differ"),
    ("", "address same", "address similar", "address differ"),
    ("", "postcode same", "postcode differ"),
)
_EMAIL, _MAILBOX, _PHONE, _MSG, _NAME, _ORG, _COUNTRY, _CITY, _ADDRESS, _POSTCODE = range(10)
_LEVEL_OF = {
    key: (f, level) for f, levels in enumerate(_FIELD_LEVELS) for level, key in enumerate(levels)
}
_PART_LEVEL = _LEVEL_OF["name part"][1]


def _pattern_row(keys: tuple[str, ...]) -> list[int]:
    row = [0] * len(_FIELD_LEVELS)
    for key in keys:
        f, level = _LEVEL_OF[key]
        row[f] = level
    return row


def _row_keys(row: Sequence[int]) -> tuple[str, ...]:
    return tuple(_FIELD_LEVELS[f][level] for f, level in enumerate(row) if level)


_RADIX = 8  # more than the levels of any field
_PLACES = _RADIX ** np.arange(len(_FIELD_LEVELS), dtype=np.int64)


def _row_codes(rows: np.ndarray) -> np.ndarray:
    """One integer per evidence row (sorting rows of ints is much slower than ints)."""
    return rows @ _PLACES


def _code_keys(code: int) -> tuple[str, ...]:
    return _row_keys([(code // int(place)) % _RADIX for place in _PLACES])


class _Columns:
    """The fields of every prepared record as arrays, for comparing pairs with numpy."""

    def __init__(self, prepared: Sequence[_Person]) -> None:
        def interned(values: Iterable[object]) -> np.ndarray:
            table: dict[object, int] = {}
            return np.array(
                [table.setdefault(v, len(table)) if v else -1 for v in values], dtype=np.int64
            )

        self.prepared = prepared
        self.rank = np.empty(len(prepared), dtype=np.int64)
        order = sorted(range(len(prepared)), key=lambda i: prepared[i].rec.id)
        self.rank[np.array(order, dtype=np.int64)] = np.arange(len(prepared), dtype=np.int64)
        # E-mail evidence against (and near agreement) comes from personal addresses only;
        # a shared address, desk or not, is a strong key and compared one by one.
        self.has_email = np.array([bool(p.personal) for p in prepared], dtype=bool)
        self.several_emails = np.array([len(p.personal) > 1 for p in prepared], dtype=bool)
        self.has_phone = np.array([bool(p.phones) for p in prepared], dtype=bool)
        # A number too short for a tail key is compared one by one (no block found it).
        self.short_phone = np.array([len(p.tails) < len(p.phones) for p in prepared], dtype=bool)
        self.has_msg = np.array([bool(p.messaging) for p in prepared], dtype=bool)
        # One own domain as an id; -2 when a record has several (compared one by one).
        self.domain = interned(next(iter(p.own_domains)) if len(p.own_domains) == 1 else ""
                               for p in prepared)  # fmt: skip
        self.domain[np.array([len(p.own_domains) > 1 for p in prepared], dtype=bool)] = -2
        self.has_name = np.array([bool(p.variants) for p in prepared], dtype=bool)
        self.one_word = np.array([p.one_word for p in prepared], dtype=bool)
        self.name_id = np.array([p.name_id for p in prepared], dtype=np.int64)
        self.name_freq = np.array([p.name_freq for p in prepared], dtype=np.int64)
        self.initial_freq = np.array([p.initial_freq for p in prepared], dtype=np.int64)
        self.org = interned((p.org_keys, p.org_non_latin) if p.org_keys else "" for p in prepared)
        self.country = interned(p.country for p in prepared)
        self.city = interned(p.city for p in prepared)
        self.postcode = interned(p.postcode for p in prepared)
        self.has_address = np.array([bool(p.address) for p in prepared], dtype=bool)
        self.scope = interned(p.rec.scope or "\x00" for p in prepared)
        # Any record of each name id / org id stands for all records that share it.
        self.by_name_id: dict[int, _Person] = {}
        self.by_org_id: dict[int, _Person] = {}
        for k, p in enumerate(prepared):
            self.by_name_id.setdefault(p.name_id, p)
            if self.org[k] >= 0:
                self.by_org_id.setdefault(int(self.org[k]), p)
        # By name id: a word of the name was read from an address.
        self.completed = np.zeros(len(self.by_name_id), dtype=bool)
        for name_id, p in self.by_name_id.items():
            self.completed[name_id] = p.completed


def _two_word_names(
    pairs: np.ndarray, cols: _Columns
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_best_name` for name-id pairs whose spellings all have two words (most
    names, with or without an initial), computed with rapidfuzz over all pairs at once.

    Returns (which pairs were computed, their scores, matched through an initial); the
    others go through :func:`_best_name` one by one. The same arithmetic as
    :func:`name_similarity`, in the same order, so the same floats.
    """
    # Every two-word spelling once, in arrays; each name id points at its first one.
    first = np.full(len(cols.by_name_id), -1, dtype=np.int64)
    count = np.zeros(len(cols.by_name_id), dtype=np.int64)
    words0: list[str] = []
    words1: list[str] = []
    for name_id, p in cols.by_name_id.items():
        if p.variants and all(len(tokens) == 2 for tokens, _ in p.variants):
            first[name_id], count[name_id] = len(words0), len(p.variants)
            words0.extend(tokens[0] for tokens, _ in p.variants)
            words1.extend(tokens[1] for tokens, _ in p.variants)
    x, y = pairs[:, 0], pairs[:, 1]
    is_simple = (count[x] > 0) & (count[y] > 0)
    chosen = np.nonzero(is_simple)[0]
    if not len(chosen):
        return is_simple, np.zeros(0), np.zeros(0, dtype=bool)
    # One row per pair of spellings, a's spellings outer and b's inner, as _best_name loops.
    cx, cy = count[x[chosen]], count[y[chosen]]
    per = cx * cy
    owner = np.repeat(np.arange(len(chosen)), per)
    start = np.cumsum(per) - per
    within = np.arange(len(owner)) - start[owner]
    ia = first[x[chosen]][owner] + within // cy[owner]
    ib = first[y[chosen]][owner] + within % cy[owner]
    w0, w1 = np.array(words0, dtype=object), np.array(words1, dtype=object)
    score, initial = _two_word_similarity(
        w0[ia].tolist(), w1[ia].tolist(), w0[ib].tolist(), w1[ib].tolist()
    )
    # _best_name keeps the first spelling pair with the best score.
    best = np.maximum.reduceat(score, start)
    position = np.where(score == best[owner], np.arange(len(owner)), len(owner))
    first_best = np.minimum.reduceat(position, start)
    return is_simple, best, initial[first_best]


def _two_word_similarity(
    a0: list[str], a1: list[str], b0: list[str], b1: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`name_similarity` of ((a0, a1), (b0, b1)) row by row, vectorised."""
    la0, la1 = np.array([len(t) for t in a0]), np.array([len(t) for t in a1])
    lb0, lb1 = np.array([len(t) for t in b0]), np.array([len(t) for t in b1])

    def token_sim(x: list[str], y: list[str], lx: np.ndarray, ly: np.ndarray):
        sim = process.cpdist(x, y, scorer=Levenshtein.normalized_similarity, dtype=np.float64)
        initial = (lx == 1) | (ly == 1)
        if initial.any():
            first = np.array([p[:1] == q[:1] for p, q in zip(x, y, strict=True)], dtype=bool)
            sim = np.where(initial, np.where(first, 1.0, 0.0), sim)
        weight = (lx + ly) / 2.0
        weight = np.where(initial, np.maximum(weight, INITIAL_WEIGHT), weight)
        return sim, initial, weight

    # Word pairs in the order (0,0), (0,1), (1,0), (1,1).
    sims, inits, weights = zip(
        token_sim(a0, b0, la0, lb0),
        token_sim(a0, b1, la0, lb1),
        token_sim(a1, b0, la1, lb0),
        token_sim(a1, b1, la1, lb1),
        strict=True,
    )
    s = np.stack(sims, axis=1)
    whole = ~np.stack(inits, axis=1)
    w = np.stack(weights, axis=1)
    # The greedy pairing takes the best word pair first: highest similarity, then a whole
    # word before an initial, then the later words. That pair decides the other one.
    top = s == s.max(axis=1, keepdims=True)
    top &= whole | ~(top & whole).any(axis=1, keepdims=True)
    first = 3 - np.argmax(top[:, ::-1], axis=1)  # the last of the tied candidates
    straight = (first == 0) | (first == 3)
    pick_a = np.where(straight, 0, 1)  # (0,0) or (0,1)
    pick_b = np.where(straight, 3, 2)  # (1,1) or (1,0)
    rows = np.arange(len(a0))
    sa, sb = s[rows, pick_a], s[rows, pick_b]
    wa, wb = w[rows, pick_a], w[rows, pick_b]
    score = (sa * wa + sb * wb) / (wa + wb)
    via_initial = ((~whole[rows, pick_a]) & (sa > 0)) | ((~whole[rows, pick_b]) & (sb > 0))
    score = np.where(via_initial, np.minimum(score, 0.92), score)
    all_whole = (la0 > 1) & (la1 > 1) & (lb0 > 1) & (lb1 > 1)
    low = np.nonzero(all_whole & (score < 0.97))[0]
    if len(low):
        joined = [a0[k] + a1[k] for k in low]
        forward = process.cpdist(
            joined, [b0[k] + b1[k] for k in low], scorer=fuzz.ratio, dtype=np.float64
        )
        backward = process.cpdist(
            joined, [b1[k] + b0[k] for k in low], scorer=fuzz.ratio, dtype=np.float64
        )
        score[low] = np.maximum(score[low], np.maximum(forward / 100.0, backward / 100.0))
    return score, via_initial


def _name_levels(
    left: np.ndarray,
    right: np.ndarray,
    cols: _Columns,
    cache: dict[int, tuple[float, bool, bool, bool]],
    progress: Progress | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Name level (index into the name field) and "matched through an initial" per pair."""
    codes = (left << 32) | right
    unique, inverse = np.unique(codes, return_inverse=True)
    pairs = np.stack([unique >> 32, unique & 0xFFFFFFFF], axis=1)
    level = np.zeros(len(unique), dtype=np.int64)
    initial = np.zeros(len(unique), dtype=bool)
    done, scores, via = _two_word_names(pairs, cols)
    if len(scores):
        chosen = pairs[done]
        completed = cols.completed[chosen[:, 0]] | cols.completed[chosen[:, 1]]
        scores = np.where(completed, np.minimum(scores, COMPLETED_CAP), scores)
    if len(scores):
        level[done] = np.select(
            [
                scores >= 0.97,
                (scores >= 0.92) | (via & (scores >= 0.9)),
                scores >= 0.85,
                scores >= 0.75,
                scores >= 0.60,
            ],
            [1, 2, 3, 5, 6],  # two two-word names are never one part of the other (4)
            7,
        )
        initial[done] = via
    others = np.nonzero(~done)[0].tolist()
    for step, k in enumerate(others):
        if step % 5000 == 0:
            _step(progress, step, len(others), translate("dedupe", "Comparing names"))
        code = int(unique[k])
        found = cache.get(code)
        if found is None:
            a = cols.by_name_id[code >> 32]
            b = cols.by_name_id[code & 0xFFFFFFFF]
            found = cache[code] = _best_name(a, b)
        level[k] = _LEVEL_OF[_name_level(found[0], found[1], found[3])][1]
        # Counted like a name with initials: every record it fits.
        initial[k] = found[1] or level[k] == _PART_LEVEL
    return level[inverse], initial[inverse]


def _compare_many(
    left: np.ndarray,
    right: np.ndarray,
    cols: _Columns,
    shared: frozenset[str],
    strong_codes: np.ndarray,
    names: dict[int, tuple[float, bool, bool, bool]],
    progress: Progress | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Evidence levels (one row of :data:`_FIELD_LEVELS` per pair) and the common-name
    frequency (0: none) of pairs of record indexes, ``left`` being the smaller record id.

    Pairs that share a strong key (``strong_codes``), both carry messaging ids or several
    own mail domains go through :func:`_compare_person_pair` one by one (a few); the rest,
    nearly all of them, are compared column by column.
    """
    n_pairs = len(left)
    rows = np.zeros((n_pairs, len(_FIELD_LEVELS)), dtype=np.int64)
    common = np.zeros(n_pairs, dtype=np.int64)
    n = len(cols.prepared)
    codes = np.minimum(left, right) * n + np.maximum(left, right)
    one_by_one = np.isin(codes, strong_codes)
    one_by_one |= cols.has_msg[left] & cols.has_msg[right]
    both_email = cols.has_email[left] & cols.has_email[right]
    one_by_one |= both_email & ((cols.domain[left] == -2) | (cols.domain[right] == -2))
    one_by_one |= both_email & (cols.several_emails[left] | cols.several_emails[right])
    both_phone = cols.has_phone[left] & cols.has_phone[right]
    one_by_one |= both_phone & (cols.short_phone[left] | cols.short_phone[right])
    for step, k in enumerate(np.nonzero(one_by_one)[0].tolist()):
        if step % 5000 == 0:
            _step(progress, step, n_pairs, translate("dedupe", "Comparing candidates"))
        keys, found, _ = _compare_person_pair(cols.prepared[int(left[k])],
                                              cols.prepared[int(right[k])], shared, names,
                                              explain=False)
        rows[k] = _pattern_row(keys)
        common[k] = found

    v = np.nonzero(~one_by_one)[0]
    a, b = left[v], right[v]
    out = np.zeros((len(v), len(_FIELD_LEVELS)), dtype=np.int64)
    emails = both_email[v]
    out[:, _EMAIL] = np.where(emails, 3, 0)  # a shared address would be a strong key
    with_emails = np.nonzero(emails)[0]
    if len(with_emails):
        # One typo apart is at most two edits between the whole addresses ("gmial.com"
        # counts one); the few that pass are checked one by one.
        first_email = [next(iter(p.personal)) if p.personal else "" for p in cols.prepared]
        edits = process.cpdist(
            [first_email[int(i)] for i in a[with_emails]],
            [first_email[int(j)] for j in b[with_emails]],
            scorer=OSA.distance,
            score_cutoff=2,
            dtype=np.int64,
        )
        for k in with_emails[edits <= 2].tolist():
            if emails_near(cols.prepared[int(a[k])], cols.prepared[int(b[k])]):
                out[k, _EMAIL] = 2
    da, db = cols.domain[a], cols.domain[b]
    out[:, _MAILBOX] = (out[:, _EMAIL] == 3) & (da >= 0) & (da == db)
    out[:, _PHONE] = np.where(both_phone[v], 3, 0)

    with_names = cols.has_name[a] & cols.has_name[b]
    both_one = np.nonzero(with_names & cols.one_word[a] & cols.one_word[b])[0]
    if len(both_one):
        # Two one-word names that differ may be one person's first and last name.
        codes = (cols.name_id[a[both_one]] << 32) | cols.name_id[b[both_one]]
        unique, inverse = np.unique(codes, return_inverse=True)
        halves = np.array([
            _two_halves(cols.by_name_id[int(c) >> 32], cols.by_name_id[int(c) & 0xFFFFFFFF])
            for c in unique.tolist()
        ], dtype=bool)  # fmt: skip
        with_names[both_one[halves[inverse.reshape(-1)]]] = False
    named = np.nonzero(with_names)[0]
    if len(named):
        level, initial = _name_levels(
            cols.name_id[a[named]], cols.name_id[b[named]], cols, names, progress
        )
        out[named, _NAME] = level
        freq = np.maximum(cols.name_freq[a[named]], cols.name_freq[b[named]])
        fits = initial | cols.one_word[a[named]] | cols.one_word[b[named]]
        freq = np.where(
            fits,
            np.maximum(freq, np.maximum(cols.initial_freq[a[named]], cols.initial_freq[b[named]])),
            freq,
        )
        common_v = np.zeros(len(v), dtype=np.int64)
        common_v[named] = np.where((level <= _PART_LEVEL) & (freq > 2), freq, 0)
        common[v] = common_v

    oa, ob = cols.org[a], cols.org[b]
    with_org = np.nonzero((oa >= 0) & (ob >= 0))[0]
    if len(with_org):
        org_codes = (oa[with_org] << 32) | ob[with_org]
        unique, inverse = np.unique(org_codes, return_inverse=True)
        org_levels = np.array([
            _LEVEL_OF[_org_level(cols.by_org_id[int(c) >> 32],
                                 cols.by_org_id[int(c) & 0xFFFFFFFF]) or ""][1]
            for c in unique.tolist()
        ], dtype=np.int64)  # fmt: skip
        out[with_org, _ORG] = org_levels[inverse]

    ca, cb = cols.country[a], cols.country[b]
    ta, tb = cols.city[a], cols.city[b]
    same_city = (ta >= 0) & (ta == tb)
    countries = (ca >= 0) & (cb >= 0) & ~(same_city & (ca == cb))
    out[:, _COUNTRY] = np.where(countries, np.where(ca == cb, 1, 2), 0)
    out[:, _CITY] = np.where((ta >= 0) & (tb >= 0), np.where(same_city, 1, 2), 0)
    pa, pb = cols.postcode[a], cols.postcode[b]
    out[:, _POSTCODE] = np.where((pa >= 0) & (pb >= 0), np.where(pa == pb, 1, 2), 0)
    addressed = np.nonzero(cols.has_address[a] & cols.has_address[b])[0]
    if len(addressed):
        ratio = process.cpdist(
            [cols.prepared[int(i)].address for i in a[addressed]],
            [cols.prepared[int(j)].address for j in b[addressed]],
            scorer=fuzz.ratio,
            dtype=np.float64,
        ) / 100.0
        out[addressed, _ADDRESS] = np.where(ratio >= 0.95, 1, np.where(ratio >= 0.8, 2, 3))
    rows[v] = out
    return rows, common


def _score_many(
    rows: np.ndarray,
    row_codes: np.ndarray,
    common: np.ndarray,
    city_share: np.ndarray,
    weights: dict[str, float],
    n_records: int,
) -> np.ndarray:
    """Scores 0..1 of pairs from their evidence rows, common-name frequencies and the share
    of its country's contacts living in the first record's city (0: unknown)."""
    unique, inverse = np.unique(row_codes, return_inverse=True)
    base = np.array([
        weights["prior"] + sum(weights[key] for key in _code_keys(code))
        for code in unique.tolist()
    ])  # fmt: skip
    total = base[inverse]
    adjust = np.nonzero(common > 0)[0]
    if len(adjust):
        level = rows[adjust, _NAME]
        name_keys = np.array(_FIELD_LEVELS[_NAME], dtype=object)[level]
        name_w = np.array([weights[key] for key in name_keys])
        tf = np.log2(common[adjust] / 2.0)
        if weights is PERSON_WEIGHTS:
            total[adjust] += np.maximum(weights["common name"] * tf, -np.maximum(name_w, 0.0))
        else:
            # A common name weakens a name match, never below no evidence at all. Fitted
            # weights know the data's size: a name held by f of n records is shared by a
            # random other record with odds about f/n, so its weight is at most log2(m*n/f).
            m = np.array([PERSON_M[key] for key in name_keys])
            # The f records are fewer people: each person was captured about c times (c
            # from the fitted share of duplicate pairs), and their own captures are no
            # namesakes of each other.
            share = 1.0 / (1.0 + 2.0 ** -weights["prior"])
            captures = min(10.0, max(1.0, 1.0 + share * (n_records - 1)))
            cap = np.log2(m * n_records * captures / common[adjust])
            # f counts the name in every country, and a name mostly tells its country
            # ("Yamada Taro" is Japanese): agreeing on both is one piece of evidence.
            joint = name_w + np.where(rows[adjust, _COUNTRY] == 1, weights["country same"], 0.0)
            total[adjust] += np.maximum(np.minimum(cap, joint), 0.0) - joint
            # ...and within that country the city is one of a few: weigh it by how many of
            # the country's contacts live there, not by all contacts.
            share = city_share[adjust]
            shown = np.nonzero((rows[adjust, _CITY] == 1) & (share > 0))[0]
            if len(shown):
                city_w = np.log2(PERSON_M["city same"] / share[shown])
                w_city = weights["city same"]
                total[adjust[shown]] += np.minimum(city_w, w_city) - w_city
    return 1.0 / (1.0 + np.exp2(-total))


# --- grouping ------------------------------------------------------------------------------


def _scope_checker(may_link: ScopePredicate | None) -> Callable[[str, str], bool]:
    if may_link is None:
        return lambda a, b: True
    cache: dict[tuple[str, str], bool] = {}

    def check(a: str, b: str) -> bool:
        key = (a, b) if a <= b else (b, a)
        if key not in cache:
            # Both directions must agree: a one-sided rule must not leak a group.
            cache[key] = bool(may_link(a, b)) and bool(may_link(b, a))
        return cache[key]

    return check


def _group_id(member_ids: Iterable[str], kind: str) -> str:
    digest = hashlib.sha1("\x1f".join(sorted(member_ids)).encode("utf-8")).hexdigest()[:20]
    return f"{kind}-{digest}"


def _group(
    ids: list[str],
    scopes: list[str],
    links: list[Link],
    not_duplicates: Collection[tuple[str, str]],
    scope_ok: Callable[[str, str], bool],
    kind: str,
    clash: Callable[[str, str], bool] | None = None,
) -> list[CandidateGroup]:
    forbidden: dict[str, set[str]] = defaultdict(set)
    for x, y in not_duplicates:
        forbidden[x].add(y)
        forbidden[y].add(x)
    scope_of = dict(zip(ids, scopes, strict=True))
    direct = {(lk.id_a, lk.id_b) for lk in links} if clash is not None else set()
    parent: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    comp_scopes: dict[str, set[str]] = {}
    tree: dict[str, list[Link]] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for link in sorted(links, key=lambda lk: (-lk.score, lk.id_a, lk.id_b)):
        ra, rb = find(link.id_a), find(link.id_b)
        if ra == rb:
            continue
        ma, mb = members.get(ra, [ra]), members.get(rb, [rb])
        sa, sb = comp_scopes.get(ra, {scope_of[ra]}), comp_scopes.get(rb, {scope_of[rb]})
        if not all(scope_ok(x, y) for x in sa for y in sb):
            continue
        if any(forbidden.get(m) and not forbidden[m].isdisjoint(mb) for m in ma):
            continue
        if clash is not None and any(
            (min(x, y), max(x, y)) not in direct and clash(x, y) for x in ma for y in mb
        ):
            # "Wood" alone links to Thomas Wood and to P. Wood: two people, not one group.
            # Records whose names clash share a group only through a link of their own.
            continue
        if len(ma) < len(mb):  # merge the smaller into the larger
            ra, rb, ma, mb, sa, sb = rb, ra, mb, ma, sb, sa
        parent[rb] = ra
        members[ra] = ma + mb
        comp_scopes[ra] = sa | sb
        tree[ra] = tree.get(ra, []) + tree.pop(rb, []) + [link]
        members.pop(rb, None)
        comp_scopes.pop(rb, None)

    groups = []
    for root, held_by in tree.items():
        member_ids = tuple(sorted(members[root]))
        held_by.sort(key=lambda lk: (-lk.score, lk.id_a, lk.id_b))
        reasons: list[str] = []
        for lk in held_by:
            reasons.extend(r for r in lk.reasons if r not in reasons)
        groups.append(
            CandidateGroup(
                id=_group_id(member_ids, kind),
                member_ids=member_ids,
                score=min(lk.score for lk in held_by),
                reasons=tuple(reasons),
                links=tuple(held_by),
            )
        )
    groups.sort(key=lambda g: (-g.score, g.id))
    return groups


def _visible(records: Sequence, allowed: Collection[str] | None) -> list:
    seen: set[str] = set()
    out = []
    for r in records:
        if r.id in seen:
            raise ValueError(f"duplicate record id {r.id!r}")
        seen.add(r.id)
        if allowed is None or r.scope in allowed:
            out.append(r)
    return out


def _step(progress: Progress | None, done: int, total: int, message: str) -> None:
    if progress is not None:
        progress.step(done, total, message)


# --- people --------------------------------------------------------------------------------


@dataclass(slots=True)
class _PeopleIndex:
    prepared: list[_Person]
    strong: dict[str, list[int]]
    typos: dict[str, list[int]]
    by_name: dict[str, list[tuple[int, str]]]
    by_place: dict[str, list[tuple[int, str]]]
    loose: frozenset[int]


def _mend_city_typos(prepared: Sequence[_Person]) -> None:
    """Spell a city as its more frequent near-twin ("Edinurgh" as "Edinburgh"): a typo'd
    city is the same city, near agreement rather than disagreement. Only toward a spelling
    of four letters or more that more records use, one typo apart ("Yrk" for "York")."""
    counts: dict[str, int] = defaultdict(int)
    for p in prepared:
        if p.city:
            counts[p.city] += 1
    spellings = sorted(counts, key=lambda c: (-counts[c], c))
    if len(spellings) < 2:
        return
    edits = process.cdist(
        spellings, spellings, scorer=OSA.distance, score_cutoff=1, dtype=np.uint8,
        workers=1,
    )
    mended: dict[str, str] = {}
    for k, city in enumerate(spellings):
        if len(city) < 3:
            continue
        near = np.nonzero(edits[k, :k] <= 1)[0]  # more frequent (or equal, earlier) spellings
        for j in near.tolist():
            target = spellings[j]
            if counts[target] > counts[city] and len(target) >= 4:
                mended[city] = mended.get(target, target)
                break
    if mended:
        for p in prepared:
            if p.city in mended:
                p.city = mended[p.city]


def _index_people(recs: Sequence[PersonRecord], progress: Progress | None) -> _PeopleIndex:
    """Prepare every record and collect its blocking keys, name frequencies and name id."""
    n = len(recs)
    prepared: list[_Person] = []
    for k, rec in enumerate(recs):
        prepared.append(_prepare_person(rec))
        if k % 2000 == 0:
            _step(progress, k, n, translate("dedupe", "Reading contacts"))

    _mend_city_typos(prepared)
    strong: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    by_place: dict[str, list[tuple[int, str]]] = defaultdict(list)
    name_count: dict[str, set[int]] = defaultdict(set)
    initial_count: dict[str, set[int]] = defaultdict(set)
    word_count: dict[str, int] = defaultdict(int)
    loose_ids: set[int] = set()
    typos: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(prepared):
        for key in _strong_keys(p):
            strong[key].append(i)
        for key in _email_typo_keys(p):
            typos[key].append(i)
        for key, text in _name_keys(p):
            by_name[key].append((i, text))
        if any(len(t) == 1 or min(map(len, t)) == 1 for t, _ in p.variants):
            loose_ids.add(i)  # one word, or initials
        for key, text in _place_keys(p):
            by_place[key].append((i, text))
        for tokens, _ in p.variants:
            name_count[_name_text(tokens)].add(i)
            for form in _initial_forms(tokens):
                initial_count[form].add(i)
        for word in {t for tokens, _ in p.variants for t in tokens}:
            word_count[word] += 1
    # How many records carry each person's most common spelling: a shared common name
    # ("Wang Wei") is weaker evidence than a shared rare one (term-frequency adjustment).
    for p in prepared:
        p.name_freq = max((len(name_count[_name_text(t)]) for t, _ in p.variants), default=1)
        # "T. Yamada" fits every Taro, Takashi and Tomoko Yamada: count them all.
        p.initial_freq = max(
            (len(initial_count[_name_text(t)]) for t, _ in p.variants if min(map(len, t)) == 1),
            default=1,
        )
        # "Dean" alone fits every record with that word ("Evie Dean", "Dean Smith").
        p.initial_freq = max(
            p.initial_freq,
            max((word_count[t[0]] for t, _ in p.variants if len(t) == 1), default=1),
        )
    del name_count, initial_count, word_count
    name_ids: dict[tuple, int] = {}
    for p in prepared:
        p.name_id = name_ids.setdefault(
            (tuple(p.variants), p.non_latin_names, p.completed), len(name_ids)
        )
    del name_ids
    return _PeopleIndex(prepared, strong, typos, by_name, by_place, frozenset(loose_ids))


def _strong_pairs(
    strong: dict[str, list[int]], max_shared: int, n: int
) -> tuple[frozenset[str], np.ndarray]:
    """Strong keys held by too many records to identify anyone, and the pair codes of
    records that share one of the others."""
    shared = frozenset(k for k, v in strong.items() if len(v) > max_shared)
    pairs = _Pairs(n)
    for ids in strong.values():
        if 2 <= len(ids) <= max_shared:
            _all_pairs(ids, pairs)
    return shared, pairs.codes()


def find_person_candidates(
    records: Sequence[PersonRecord],
    *,
    progress: Progress | None = None,
    allowed: Collection[str] | None = None,
    may_link: ScopePredicate | None = None,
    not_duplicates: Collection[tuple[str, str]] = (),
    threshold: float = 0.5,
    max_block: int = 1000,
    max_place_block: int = 50,
    max_shared: int = 20,
    screen: float = 0.85,
    loose_screen: float = 0.7,
    big_block: int = 100,
    big_screen: float = 0.85,
    fit: bool = True,
    weights: dict[str, float] | None = None,
) -> list[CandidateGroup]:
    """Groups of people that look like one person, best first.

    ``allowed``: scopes the caller may see (None: all); records outside are ignored.
    ``may_link(scope_a, scope_b)``: whether records of two scopes may be proposed together;
    no group ever holds two scopes it rejects. ``not_duplicates``: id pairs the coordinator
    said are different people; they are never put in one group. ``threshold``: minimum pair
    score to link. ``max_block``: name blocks larger than this are skipped; ``max_shared``:
    an email, phone or messaging id held by more records than this is treated as shared
    (an office line) and counts for nothing. ``screen``: minimum rapidfuzz ratio (0..1) of
    the name strings for a pair found only through a name block to be scored;
    ``loose_screen``: the same for names with initials or of one word; ``big_screen``: the
    same in name blocks of more than ``big_block`` records (a speed trade-off).
    ``fit``: with at least :data:`MIN_RECORDS_TO_FIT` records, fit the weights to this
    data (:func:`fit_weights`) instead of using :data:`PERSON_WEIGHTS`; ``weights``: use
    these weights as they are.
    Raises :class:`~biox_desktop.core.progress.Cancelled` if ``progress`` is cancelled.
    """
    recs = _visible(records, allowed)
    n = len(recs)
    scope_ok = _scope_checker(may_link)
    index = _index_people(recs, progress)
    prepared, strong, by_name, by_place = (
        index.prepared, index.strong, index.by_name, index.by_place
    )
    names: dict[int, tuple[float, bool, bool, bool]] = {}

    shared, strong_codes = _strong_pairs(strong, max_shared, n)
    city_share = _city_shares(prepared)
    loose = index.loose
    one_word = frozenset(i for i, p in enumerate(prepared) if p.one_word)
    pairs = _Pairs(n)
    pairs.add_codes(strong_codes)
    total_blocks = len(by_name)
    for block_no, (key, members) in enumerate(by_name.items()):
        if 2 <= len(members) <= max_block:
            # A name word in the same city, in a small block, is already specific: screen
            # it loosely, so a changed or badly typed other word still reaches scoring.
            small = len(members) <= max_place_block
            if key.startswith(("c:", "g:")) and small:
                floor = loose_screen
            elif len(members) > big_block:
                # A common name word: only near-identical names are worth scoring here; a
                # typo'd or reordered name still passes, and rarer keys catch the rest.
                floor = max(screen, big_screen)
            else:
                floor = screen
            # Aligning short names inside long ones costs the block's size squared: only
            # in blocks that are not a common name word.
            _screen_block(
                members, floor, pairs, loose, loose_screen,
                partial=one_word if len(members) <= big_block else frozenset(),
            )
        if block_no % 5000 == 0:
            _step(progress, block_no, total_blocks, translate("dedupe", "Finding candidate pairs"))
    # Nearly every typo block holds two records: pairs gathered in lists, not per block.
    firsts: list[int] = []
    seconds: list[int] = []
    for ids in index.typos.values():
        if len(ids) == 2:
            firsts.append(ids[0])
            seconds.append(ids[1])
        elif 2 < len(ids) <= max_shared:
            _all_pairs(list(dict.fromkeys(ids)), pairs)
    pairs.add_arrays(np.array(firsts, dtype=np.int64), np.array(seconds, dtype=np.int64))
    for members in by_place.values():
        # Same address: any name goes, except a wholly different one; offices hold many
        # people, so big address blocks are skipped.
        if 2 <= len(members) <= max_place_block:
            _screen_block(members, 0.0, pairs)

    codes = pairs.codes()
    left, right = codes // n, codes % n
    cols = _Columns(prepared)
    # The smaller record id first, as in every Link.
    swap = cols.rank[left] > cols.rank[right]
    left, right = np.where(swap, right, left), np.where(swap, left, right)
    if may_link is not None:
        scope_codes = (cols.scope[left] << 32) | cols.scope[right]
        unique, inverse = np.unique(scope_codes, return_inverse=True)
        scope_of = {int(cols.scope[k]): prepared[k].rec.scope for k in range(n)}
        ok = np.array([scope_ok(scope_of[int(c) >> 32], scope_of[int(c) & 0xFFFFFFFF])
                       for c in unique.tolist()], dtype=bool)  # fmt: skip
        keep = ok[inverse.reshape(-1)]
        left, right = left[keep], right[keep]
    _step(progress, 0, len(left), translate("dedupe", "Comparing candidates"))
    rows, common = _compare_many(left, right, cols, shared, strong_codes, names, progress)
    row_codes = _row_codes(rows)
    unique_codes, counts = np.unique(row_codes, return_counts=True)
    patterns = {
        _code_keys(code): int(c)
        for code, c in zip(unique_codes.tolist(), counts.tolist(), strict=True)
    }

    if weights is None:
        weights = PERSON_WEIGHTS
        if fit and n >= MIN_RECORDS_TO_FIT:
            # Sample in id order, so the fit does not depend on the input order.
            by_id = sorted(prepared, key=lambda q: q.rec.id)
            random_patterns: dict[tuple[str, ...], int] = defaultdict(int)
            for i, j in _random_pairs(n, RANDOM_PAIRS):
                pattern = _compare_person_pair(by_id[i], by_id[j], shared, names, explain=False)[0]
                random_patterns[pattern] += 1
            weights = fit_weights(
                random_patterns, patterns, n, PERSON_FIELDS, PERSON_M, PERSON_WEIGHTS
            )
    share_of = np.array([city_share.get(p.city, 0.0) if p.city else 0.0 for p in prepared])
    scores = _score_many(rows, row_codes, common, share_of[left], weights, n)
    links: list[Link] = []
    for k in np.nonzero(scores >= threshold)[0].tolist():
        a, b = prepared[int(left[k])], prepared[int(right[k])]
        _, _, reasons = _compare_person_pair(a, b, shared, names)
        links.append(Link(a.rec.id, b.rec.id, float(scores[k]), reasons))

    _step(progress, len(left), len(left), translate("dedupe", "Grouping"))
    by_id = {p.rec.id: p for p in prepared}
    clashes: dict[tuple[str, str], bool] = {}

    def clash(x: str, y: str) -> bool:
        """Whether two records show two people, by their evidence without the prior:
        everything but the name firmly against (different organisations, two mailboxes at
        one domain, different phones and e-mails: namesakes), or names that count against
        ("Thomas Wood" and "P. Wood") with nothing outweighing them."""
        key = (x, y) if x < y else (y, x)
        found = clashes.get(key)
        if found is None:
            a, b = by_id[x], by_id[y]
            if a.rec.id > b.rec.id:
                a, b = b, a  # the name cache is keyed in that order
            keys = _compare_person_pair(a, b, shared, names, explain=False)[0]
            other = sum(weights[k] for k in keys if not k.startswith("name"))
            name = sum(weights[k] for k in keys if k.startswith("name"))
            # Names that count against ("Thomas Wood", "P. Wood") clash unless the rest
            # outweighs them (FEBRL's replaced given names at the same address).
            names_clash = name < 0 and name + other <= CLASH_EVIDENCE
            found = clashes[key] = names_clash or other <= CLASH_EVIDENCE
        return found

    return _group(
        [r.id for r in recs], [r.scope for r in recs], links, not_duplicates, scope_ok, "person",
        clash,
    )


# --- organisations -------------------------------------------------------------------------

# Free and consumer mail domains say nothing about an organisation.
_PUBLIC_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.jp",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "qq.com",
        "163.com",
        "126.com",
        "naver.com",
        "daum.net",
        "hanmail.net",
        "proton.me",
        "protonmail.com",
    ]
)


@dataclass(slots=True)
class _Org:
    rec: OrgRecord
    keys: tuple[str, ...]
    domain: str
    country: str
    city: str
    mains: tuple[tuple[str, bool], ...] = ()  # (key of the organisation named, as a unit)
    bags: tuple[tuple[str, ...], ...] = ()  # each name's words, sorted
    outlines: frozenset[str] = frozenset()  # consonant outlines of Latin keys
    non_latin: bool = False


def _prepare_org(rec: OrgRecord) -> _Org:
    keys: list[str] = []
    for name in rec.names:
        for k in nm.org_key_variants(name):
            if k not in keys:
                keys.append(k)
    domain = nm.normalise_domain(rec.website) if rec.website else ""
    return _Org(
        rec=rec,
        keys=tuple(keys),
        domain="" if domain in _PUBLIC_DOMAINS else domain,
        country=rec.country.strip().upper(),
        city=_clean_place(rec.city),
        mains=tuple(dict.fromkeys(nm.org_main(name) for name in rec.names)),
        bags=tuple(dict.fromkeys(
            tuple(sorted(w for w in nm.org_words(name) if w != "of")) for name in rec.names
        )),
        outlines=frozenset(
            o for o in (nm.loanword_outline(k) for k in keys if not nm.has_non_latin(k))
            if len(o) >= _MIN_OUTLINE
        ),
        non_latin=any(nm.has_non_latin(x) for x in rec.names),
    )  # fmt: skip


#: Shortest consonant outline that may tie a katakana name to a Latin one.
_MIN_OUTLINE = 5


def _one_word_typo(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two word bags that differ in one word, by one typo in a word of five letters or more
    ("Helix Theraputics" and "Helix Therapeutics")."""
    if len(x) != len(y):
        return False
    left = [w for w in x if w not in y]
    right = [w for w in y if w not in x]
    return (
        len(left) == len(right) == 1
        and min(len(left[0]), len(right[0])) >= 5
        and OSA.distance(left[0], right[0]) <= 1
    )


def _org_name_level(a: _Org, b: _Org) -> tuple[str, str]:
    """How two organisations' names agree: an evidence key and its reason in words."""
    if set(a.keys) & set(b.keys):
        if a.non_latin != b.non_latin:
            return "name same", "same name in another script"
        return "name same", "same name"
    whole_a = {k for k, unit in a.mains if not unit} | set(a.keys)
    whole_b = {k for k, unit in b.mains if not unit} | set(b.keys)
    if whole_a & whole_b:
        return "name same", "same organisation named with its address"
    units_a = {k for k, unit in a.mains if unit}
    units_b = {k for k, unit in b.mains if unit}
    if units_a & whole_b or units_b & whole_a:
        return "name department", "one is a department of the other"
    if set(a.bags) & set(b.bags):
        return "name variant", "same words in another order"
    if a.non_latin != b.non_latin and a.outlines & b.outlines:
        return "name variant", "same name in another script, spelt by ear"
    if any(_one_word_typo(x, y) for x in a.bags for y in b.bags):
        return "name variant", "names one letter apart"
    s = max(fuzz.ratio(x, y) for x in a.keys for y in b.keys) / 100.0
    if s >= 0.9:
        return "name>=0.90", f"similar name ({s:.2f})"
    if s >= 0.8:
        return "name>=0.80", f"somewhat similar name ({s:.2f})"
    return "name<0.80", f"different names ({s:.2f})"


def _score_org_pair(a: _Org, b: _Org, w: dict[str, float]) -> tuple[float, tuple[str, ...]]:
    total = w["prior"]
    reasons: list[str] = []
    if a.keys and b.keys:
        level, reason = _org_name_level(a, b)
        total += w[level]
        reasons.append(reason)
    if a.domain and b.domain:
        if a.domain == b.domain:
            total += w["domain same"]
            reasons.append("same website")
        else:
            total += w["domain differ"]
            reasons.append("different websites")
    same_city = bool(a.city) and a.city == b.city
    # A city lies in one country: agreeing on both would count the same evidence twice.
    if a.country and b.country and not (same_city and a.country == b.country):
        if a.country == b.country:
            total += w["country same"]
        else:
            total += w["country differ"]
            reasons.append("different countries")
    if a.city and b.city:
        if a.city == b.city:
            total += w["city same"]
            reasons.append("same city")
        else:
            total += w["city differ"]
    return _logistic2(total), tuple(reasons)


def find_org_candidates(
    records: Sequence[OrgRecord],
    *,
    progress: Progress | None = None,
    allowed: Collection[str] | None = None,
    may_link: ScopePredicate | None = None,
    not_duplicates: Collection[tuple[str, str]] = (),
    threshold: float = 0.5,
    max_block: int = 1000,
    screen: float = 0.6,
) -> list[CandidateGroup]:
    """Groups of organisations that look like one, best first; arguments as for people.

    Blocks on the organisation key (legal forms, "and"/"&", "the" dropped, abbreviations
    and other languages' kind words spelt one way: :func:`~biox_desktop.core.names.org_key`),
    its first and last five letters, the website domain, and, compared whole: the
    organisation an affiliation names ("Department of X, University of Y, City" names
    University of Y), its words in any order, and the consonant outline that a katakana
    name shares with its Latin spelling. Reasons say in words which of these agreed.
    """
    recs = _visible(records, allowed)
    scope_ok = _scope_checker(may_link)
    prepared = [_prepare_org(r) for r in recs]
    _step(progress, len(recs), len(recs), translate("dedupe", "Reading organisations"))
    blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
    domains: dict[str, list[int]] = defaultdict(list)
    exact: dict[str, list[int]] = defaultdict(list)
    for i, o in enumerate(prepared):
        for k in o.keys:
            blocks["k:" + k].append((i, k))
            if len(k) > 5:
                blocks["s:" + k[:5]].append((i, k))
                blocks["e:" + k[-5:]].append((i, k))
        # Keys that name the same organisation however alike their strings: compared whole.
        for k, _ in o.mains:
            exact["m:" + k].append(i)
        for bag in o.bags:
            exact["w:" + " ".join(bag)].append(i)
        for outline in o.outlines:
            exact["o:" + outline].append(i)
        if o.non_latin:
            for k in o.keys:
                if not nm.has_non_latin(k):
                    exact["o:" + nm.loanword_outline(k)].append(i)
        if o.domain:
            domains[o.domain].append(i)
    pairs = _Pairs(len(prepared))
    for ids in [*domains.values(), *exact.values()]:
        if 2 <= len(ids) <= max_block:
            _all_pairs(list(dict.fromkeys(ids)), pairs)
    for members in blocks.values():
        if 2 <= len(members) <= max_block:
            _screen_block(members, screen, pairs)
    ordered = pairs.ordered()
    _step(progress, 0, len(ordered), translate("dedupe", "Comparing candidates"))
    links: list[Link] = []
    for i, j in ordered:
        a, b = prepared[i], prepared[j]
        if a.rec.id > b.rec.id:
            a, b = b, a
        if not scope_ok(a.rec.scope, b.rec.scope):
            continue
        score, reasons = _score_org_pair(a, b, ORG_WEIGHTS)
        if score >= threshold:
            links.append(Link(a.rec.id, b.rec.id, score, reasons))
    _step(progress, len(ordered), len(ordered), translate("dedupe", "Grouping"))
    return _group(
        [r.id for r in recs], [r.scope for r in recs], links, not_duplicates, scope_ok, "org"
    )
