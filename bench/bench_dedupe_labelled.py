"""Duplicate detection on labelled address-book-like people, beside recordlinkage.

Run: .venv/bin/python bench/bench_dedupe_labelled.py [--people 250] [--seed 1] [--large]
(time it on one core: ``taskset -c 0 .venv/bin/python bench/bench_dedupe_labelled.py --large``)

The records look like a real address book, not like our own multilingual generator: each
person is captured 1-7 times (about 4 on average) with
- one-letter typos in first and last names, e-mails and cities;
- the first or the last name missing ("Dean" beside "Evie Dean"), initials ("E. Dean");
- work and private e-mails, phones in several formats, organisation sometimes;
- shared e-mails: a household address ("thedeans@...") held by two people of one family,
  an office address (info@...) held by a few colleagues;
- namesakes: different people with the same first and last name (other e-mail, phone,
  organisation, often another city).

Both engines see the same fields: ours gets ``PersonRecord`` values (the name as one
string, as typed), recordlinkage gets first name / last name / e-mail / phone / city /
organisation columns (a standard pipeline: blocks and sorted neighbourhoods, Jaro-Winkler
comparisons, ECM classifier). Printed for each: pairwise precision, recall and F1 of the
proposed groups (clustered: recordlinkage's pairs are closed into connected components
as a merge review would), and the time. ``--large`` also runs 100,000 records once
(speed, and quality at that size). Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biox_desktop.core import names as nm
from biox_desktop.core.dedupe import (
    CandidateGroup,
    PersonRecord,
    find_person_candidates,
)

Pair = frozenset[str]


def _words(text: str) -> list[str]:
    return text.split()


# Pools written for this benchmark.
FIRST = _words(
    "Evie Oliver Amelia Harry Isla Jack Ava George Mia Noah Grace Leo Freya Oscar Lily Arthur "
    "Ella Charlie Sophie Henry Chloe Thomas Emily William Ruby Alfie Poppy Joshua Daisy James "
    "Alice Lucas Sienna Finley Rosie Max Matilda Ethan Hannah Samuel Anna Daniel Lucy Adam "
    "Eleanor Benjamin Zara Joseph Layla Edward Imogen Archie Harriet Toby Martha Louis Clara "
    "Elliot Maya Rory Niamh Owen Megan Connor Erin Dylan Holly Callum Beth Aaron Ellie Jake "
    "Abigail Ryan Katie Nathan Laura Patrick Rachel Sean Sarah Michael Claire Peter Helen "
    "David Julia Simon Fiona Mark Karen Paul Susan Andrew Emma Stephen Joanne Richard Lisa "
    "Marco Giulia Pierre Camille Jonas Lena Mateo Lucia Sven Ingrid Pablo Elena Tomas Eva"
)
LAST = _words(
    "Dean Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
    "Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips "
    "Mason Mitchell Rose Davis Rodriguez Cox Alexander Garden Campbell Johnston Moore Smyth "
    "Oneill Doherty Stewart Quinn Murphy Graham Mclaughlin Hamilton Murray Hughes Robertson "
    "Thomson Scott Macdonald Reid Clark Ross Young Watson Paterson Morrison Fraser Kennedy "
    "Anderson Gray Harris Martin Cooper Ward Turner Hill Parker Morris Baker Carter Edwards "
    "Collins Bell Cook Richardson Marshall Bailey Bennett Chapman Ellis Fox Harrison Holmes "
    "Hunt Knight Lloyd Mills Owen Palmer Pearson Price Russell Shaw Simpson Spencer Stevens "
    "Webb Wells West Barker Foster Gibson Hart Holland Hudson Kelly Lawrence Lee Marsh "
    "Newman Nicholson Payne Porter Reynolds Saunders Sharp Slater Sutton Walsh Warren "
    "Bauer Keller Lindqvist Rossi Moreau Novak Horvat Jansen Dubois Fischer Santos Ferrari"
)
# More surnames from parts, so that 100,000 records hold about as many namesakes as a real
# address book rather than thousands per name.
LAST_PARTS = [
    a + b
    for a in ("Ash", "Black", "Brook", "Church", "Cole", "Dun", "Fair", "Good", "Hay", "Kings",
              "Long", "Mar", "New", "Old", "Red", "Ship", "Stan", "Sum", "Whit", "Win")
    for b in ("ford", "ley", "ton", "wood", "field", "well", "by", "ham", "more", "worth")
]  # fmt: skip
CITIES = _words(
    "London Manchester Birmingham Leeds Glasgow Edinburgh Bristol Liverpool Cardiff Belfast "
    "Sheffield Newcastle Nottingham Leicester Brighton Oxford Cambridge Aberdeen Dundee York"
)
ORG_WORDS = _words(
    "Apex Cedar Harbour Lumen Meridian Northgate Orbit Pioneer Quarry Riverside Summit Thistle "
    "Vantage Willow Beacon Crescent Granite Horizon Keystone Lantern"
)
ORG_KINDS = ["Biotech", "Diagnostics", "Labs", "Therapeutics", "Health", "Analytics"]
FREE_MAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"]


@dataclass(frozen=True, slots=True)
class Capture:
    """One record as typed, with its split fields for the recordlinkage reference."""

    id: str
    person: int
    first: str
    last: str
    name: str
    email: str
    phone: str
    city: str
    organisation: str


def typo(rnd: random.Random, s: str) -> str:
    """One-letter typo inside a word: deletion, swap of neighbours, or replacement."""
    if len(s) < 4:
        return s
    i = rnd.randrange(1, len(s) - 2)
    op = rnd.choice("dsr")
    if op == "d":
        return s[:i] + s[i + 1 :]
    if op == "s":
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    letter = rnd.choice([c for c in "aeiounrstlm" if c != s[i].lower()])
    return s[:i] + letter + s[i + 1 :]


def _email_typo(rnd: random.Random, email: str) -> str:
    local, _, domain = email.partition("@")
    return typo(rnd, local) + "@" + domain


@dataclass(slots=True)
class _Person:
    first: str
    last: str
    emails: list[str]
    phone: str
    city: str
    organisation: str
    shared: str = ""  # a household or office address this person also uses


def _org(rnd: random.Random) -> str:
    return f"{rnd.choice(ORG_WORDS)} {rnd.choice(ORG_KINDS)}"


def _domain(org: str) -> str:
    return org.lower().replace(" ", "") + ".co.uk"


def generate_people(n_people: int, seed: int) -> list[Capture]:
    """Captures of ``n_people`` people (about four each), shuffled; ids are "r<number>"."""
    rnd = random.Random(seed)
    surnames = LAST + (LAST_PARTS if n_people > 2000 else [])
    people: list[_Person] = []
    used: set[str] = set()
    for _ in range(n_people):
        if people and rnd.random() < 0.08:
            # A namesake: another person with exactly the same name, nothing else shared.
            twin = rnd.choice(people)
            first, last = twin.first, twin.last
        else:
            first, last = rnd.choice(FIRST), rnd.choice(surnames)
        org = _org(rnd) if rnd.random() < 0.7 else ""
        local = f"{first}.{last}".lower()
        private = f"{local}@{rnd.choice(FREE_MAIL)}"
        while private in used:  # a namesake's address carries a number
            private = f"{local}{rnd.randrange(1, 99)}@{rnd.choice(FREE_MAIL)}"
        used.add(private)
        emails = [private]
        if org:
            work = f"{first[0]}{last}".lower() + "@" + _domain(org)
            while work in used:
                work = f"{first[0]}{last}{rnd.randrange(2, 9)}".lower() + "@" + _domain(org)
            used.add(work)
            emails.append(work)
        phone = "7" + "".join(rnd.choice("0123456789") for _ in range(9))
        people.append(_Person(first, last, emails, phone, rnd.choice(CITIES), org))
    # Shared addresses: households (same surname, one address) and small offices (info@).
    for p in rnd.sample(people, len(people) // 10):
        partner = rnd.choice(people)
        if partner is not p:
            household = f"the{p.last.lower()}s{rnd.randrange(1, 999)}@{rnd.choice(FREE_MAIL)}"
            p.shared = partner.shared = household
            partner.city = p.city
    for p in people:
        if p.organisation and rnd.random() < 0.15:
            p.shared = "info@" + _domain(p.organisation)

    captures: list[Capture] = []
    for k, p in enumerate(people):
        count = rnd.choices([1, 2, 3, 4, 5, 6, 7], weights=[12, 14, 18, 18, 16, 12, 10])[0]
        for _ in range(count):
            first, last = p.first, p.last
            if rnd.random() < 0.15:
                first = typo(rnd, first)
            if rnd.random() < 0.15:
                last = typo(rnd, last)
            r = rnd.random()
            if r < 0.10:
                first = ""  # "Dean"
            elif r < 0.17:
                last = ""  # "Evie"
            elif r < 0.22:
                first = first[:1] + "."
            order = rnd.random()
            if not first or not last:
                name = first or last
            elif order < 0.1:
                name = f"{last.upper()} {first}"
            elif order < 0.2:
                name = f"{last}, {first}"
            else:
                name = f"{first} {last}"
            email = ""
            r = rnd.random()
            if r < 0.65:
                email = rnd.choice(p.emails)
                if rnd.random() < 0.15:
                    email = _email_typo(rnd, email)
            elif r < 0.75 and p.shared:
                email = p.shared
            phone = ""
            r = rnd.random()
            if r < 0.2:
                phone = f"+44 {p.phone[:4]} {p.phone[4:]}"
            elif r < 0.35:
                phone = f"0{p.phone}"
            city = ""
            if rnd.random() < 0.6:
                city = typo(rnd, p.city) if rnd.random() < 0.15 else p.city
            org = p.organisation if rnd.random() < 0.6 else ""
            captures.append(
                Capture(
                    id=f"r{len(captures):06d}",
                    person=k,
                    first=first.rstrip("."),
                    last=last,
                    name=name,
                    email=email,
                    phone=phone,
                    city=city,
                    organisation=org,
                )
            )
    rnd.shuffle(captures)
    return captures


def person_records(captures: Iterable[Capture]) -> list[PersonRecord]:
    return [
        PersonRecord(
            id=c.id,
            scope="m1",
            names=(c.name,) if c.name else (),
            emails=(c.email,) if c.email else (),
            phones=(c.phone,) if c.phone else (),
            organisation=c.organisation,
            country="GB",
            city=c.city,
        )
        for c in captures
    ]


# --- scoring -------------------------------------------------------------------------------


def truth_pairs(captures: Iterable[Capture]) -> set[Pair]:
    by_person: dict[int, list[str]] = {}
    for c in captures:
        by_person.setdefault(c.person, []).append(c.id)
    return {frozenset(p) for ids in by_person.values() for p in itertools.combinations(ids, 2)}


def cluster_pairs(clusters: Iterable[Iterable[str]]) -> set[Pair]:
    return {frozenset(p) for ids in clusters for p in itertools.combinations(sorted(ids), 2)}


def close_pairs(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components of linked pairs: what a merge review of them would propose."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[str, list[str]] = {}
    for x in parent:
        groups.setdefault(find(x), []).append(x)
    return [g for g in groups.values() if len(g) > 1]


def prf(predicted: set[Pair], truth: set[Pair]) -> tuple[float, float, float]:
    tp = len(predicted & truth)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(truth) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(v: tuple[float, float, float]) -> str:
    return "P {:.3f}  R {:.3f}  clustered F1 {:.3f}".format(*v)


# --- recordlinkage reference ---------------------------------------------------------------


def recordlinkage_groups(captures: list[Capture], large: bool = False) -> list[list[str]]:
    """A standard recordlinkage pipeline on the split fields, closed into clusters.

    ``large``: blocks on first name and on last name alone hold tens of millions of pairs
    at 100,000 records; a sorted neighbourhood on "last first" stands in for them there.
    """
    import pandas as pd
    import recordlinkage

    def norm_email(e: str) -> str | None:
        return nm.normalise_email(e) or None

    df = pd.DataFrame(
        {
            "first": [nm.fold(c.first) or None for c in captures],
            "last": [nm.fold(c.last) or None for c in captures],
            "email": [norm_email(c.email) for c in captures],
            "phone": [nm.normalise_phone(c.phone, "GB") or None for c in captures],
            "city": [nm.fold(c.city) or None for c in captures],
            "org": [nm.fold(c.organisation) or None for c in captures],
        },
        index=[c.id for c in captures],
    )
    indexer = recordlinkage.Index()
    if large:
        df["full"] = (df["last"].fillna("") + " " + df["first"].fillna("")).str.strip()
        indexer.sortedneighbourhood("full", window=9)
    else:
        indexer.block("last")
        indexer.block("first")
        indexer.sortedneighbourhood("last", window=5)
    indexer.block("email")
    indexer.block("phone")
    pairs = indexer.index(df)
    comp = recordlinkage.Compare()
    comp.string("first", "first", method="jarowinkler", threshold=0.85, label="first")
    comp.string("last", "last", method="jarowinkler", threshold=0.85, label="last")
    comp.string("email", "email", method="jarowinkler", threshold=0.95, label="email")
    comp.exact("phone", "phone", label="phone")
    comp.string("city", "city", method="jarowinkler", threshold=0.9, label="city")
    comp.exact("org", "org", label="org")
    features = comp.compute(pairs, df)
    matches = recordlinkage.ECMClassifier(binarize=None).fit_predict(features)
    return close_pairs((str(a), str(b)) for a, b in matches)


# --- runs ----------------------------------------------------------------------------------


def run(n_people: int, seed: int, large: bool = False) -> None:
    captures = generate_people(n_people, seed)
    truth = truth_pairs(captures)
    recs = person_records(captures)
    missing = sum(1 for c in captures if not c.first or not c.last)
    print(
        f"{len(recs)} records of {n_people} people (seed {seed}), {len(truth)} true pairs, "
        f"{missing} records lacking a first or last name"
    )
    t, cpu = time.perf_counter(), time.process_time()
    groups: list[CandidateGroup] = find_person_candidates(recs)
    ours_t, ours_cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"    bioX dedupe           {fmt(prf(cluster_pairs(g.member_ids for g in groups), truth))}"
          f"   {ours_t:.2f} s (CPU {ours_cpu:.2f} s)")  # fmt: skip
    t, cpu = time.perf_counter(), time.process_time()
    ref = recordlinkage_groups(captures, large)
    ref_t, ref_cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"    recordlinkage ECM     {fmt(prf(cluster_pairs(ref), truth))}   {ref_t:.2f} s"
          f" (CPU {ref_cpu:.2f} s)")  # fmt: skip
    print(f"    CPU ratio ours / recordlinkage: {ours_cpu / ref_cpu:.2f}"
          f"   (load: {Path('/proc/loadavg').read_text().split()[:3]})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=250)
    parser.add_argument("--seed", type=int, action="append")
    parser.add_argument("--large", action="store_true", help="also 100,000 records, once")
    parser.add_argument("--only-large", action="store_true", help="only the 100,000 records")
    args = parser.parse_args()
    if not args.only_large:
        for seed in args.seed or [1, 2, 3]:
            run(args.people, seed)
    if args.large or args.only_large:
        run(25_000, 11, large=True)


if __name__ == "__main__":
    main()
