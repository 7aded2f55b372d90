"""Duplicate organisations on real-looking affiliation strings, beside recordlinkage.

Run: .venv/bin/python bench/bench_dedupe_orgs.py [--orgs 600] [--seed 1]
     BIOX_SRC=/path/to/other/checkout .venv/bin/python bench/bench_dedupe_orgs.py
     (the second runs another checkout's detector on the same strings, e.g. main's)

A few thousand affiliation strings of a few hundred organisations (universities, institutes,
hospitals, companies in Europe, the Americas and Japan), each organisation written several
ways as delegates and lead lists write them:
- legal forms changed, added or dropped (GmbH, Co., Ltd., K.K., S.p.A., SAS, 株式会社 ...);
- "&" for "and", a leading "The", "Univ." for "University", "Inst." for "Institute";
- accents and punctuation dropped, upper case;
- the kind word in the local language ("Université de Lyon"), the other word order
  ("Tokyo University");
- a department before it ("Department of Surgery, University of Tokyo, Tokyo, Japan"), or
  its city and country after it;
- Japanese companies in katakana/kanji ("関西メディカル株式会社" for Kansai Medical Co., Ltd.);
- a one-letter typo in a long word;
- in a second run per seed (``--unfriendly``, 40% of strings), variants the normaliser was
  not written against: legal forms spelt out ("Kabushiki Kaisha", "Aktiengesellschaft"),
  exonyms and transliterations ("Munich", "Toukyou"), abbreviations it does not list
  ("Technol.", "Hosp", "Dx"), acronyms ("OIT"), typos of any kind.
Different organisations share words (University of Kyoto and of Tokyo, Osaka Medical and
Osaka Pharma). Printed: pairwise precision of the proposed groups, recall of the variant
pairs (two different strings of one organisation), and time; the same for a recordlinkage
pipeline (sorted neighbourhood on the folded name, Jaro-Winkler, ECM). Never asserts.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import sys
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, os.environ.get("BIOX_SRC") or str(Path(__file__).resolve().parents[1]))

from biox_desktop.core.dedupe import OrgRecord, find_org_candidates

Pair = frozenset[str]


def _words(text: str) -> list[str]:
    return text.split()


# Pools written for this benchmark: (city, country, local kind word and "of").
CITIES = [
    ("Tokyo", "JP", ""), ("Kyoto", "JP", ""), ("Osaka", "JP", ""), ("Nagoya", "JP", ""),
    ("Kobe", "JP", ""), ("Sendai", "JP", ""), ("Lyon", "FR", "Université de"),
    ("Paris", "FR", "Université de"), ("Lille", "FR", "Université de"),
    ("Nantes", "FR", "Université de"), ("Bordeaux", "FR", "Université de"),
    ("München", "DE", "Universität"), ("Köln", "DE", "Universität"), ("Bonn", "DE", "Universität"),
    ("Heidelberg", "DE", "Universität"), ("Freiburg", "DE", "Universität"),
    ("Milano", "IT", "Università di"), ("Torino", "IT", "Università di"),
    ("Padova", "IT", "Università di"), ("Bologna", "IT", "Università di"),
    ("Madrid", "ES", "Universidad de"), ("Sevilla", "ES", "Universidad de"),
    ("Valencia", "ES", "Universidad de"), ("Granada", "ES", "Universidad de"),
    ("Boston", "US", ""), ("Chicago", "US", ""), ("Houston", "US", ""), ("Denver", "US", ""),
    ("Austin", "US", ""), ("Toronto", "CA", ""), ("Montréal", "CA", "Université de"),
    ("Leeds", "GB", ""), ("Bristol", "GB", ""), ("Glasgow", "GB", ""), ("York", "GB", ""),
    ("Oslo", "NO", ""), ("Bergen", "NO", ""), ("Uppsala", "SE", ""), ("Lund", "SE", ""),
    ("Aarhus", "DK", ""), ("Zürich", "CH", ""), ("Basel", "CH", ""), ("Bern", "CH", ""),
    ("Wien", "AT", "Universität"), ("Graz", "AT", "Universität"), ("Porto", "PT", ""),
]  # fmt: skip
COUNTRY_NAMES = {
    "JP": "Japan", "FR": "France", "DE": "Germany", "IT": "Italy", "ES": "Spain", "US": "USA",
    "CA": "Canada", "GB": "UK", "NO": "Norway", "SE": "Sweden", "DK": "Denmark",
    "CH": "Switzerland", "AT": "Austria", "PT": "Portugal",
}  # fmt: skip
FIELDS = _words(
    "Medicine Surgery Pharmacology Biochemistry Immunology Genetics Neuroscience Oncology "
    "Microbiology Physiology Pathology Chemistry Bioengineering Epidemiology Cardiology"
)
COMPANY_WORDS = _words(
    "Helix Nova Lumen Apex Cedar Meridian Orbit Summit Vantage Granite Horizon Keystone "
    "Lantern Beacon Crescent Willow Thistle Pioneer Harbour Northgate Quantum Vertex Zenith "
    "Atlas Aurora Boreal Cobalt Delta Ember Fjord Galaxy Halo Iris Juniper Kestrel Lotus"
)
COMPANY_KINDS = _words(
    "Therapeutics Diagnostics Biotech Pharma Biosciences Genomics Medical Analytics Labs"
)
LEGAL = {
    "JP": ["Co., Ltd.", "K.K.", "Corporation"], "FR": ["SAS", "S.A.", "SARL"],
    "DE": ["GmbH", "AG", "GmbH & Co. KG"], "IT": ["S.p.A.", "S.r.l."], "ES": ["S.L.", "S.A."],
    "US": ["Inc.", "LLC", "Corp."], "CA": ["Inc.", "Ltd."], "GB": ["Ltd", "Limited", "plc"],
    "NO": ["AS", "ASA"], "SE": ["AB"], "DK": ["A/S", "ApS"], "CH": ["AG", "SA"], "AT": ["GmbH"],
    "PT": ["Lda.", "S.A."],
}  # fmt: skip
# Japanese companies with their Japanese names, written for this benchmark.
JAPANESE = [
    ("Kansai Medical", "関西メディカル"), ("Osaka Pharma", "大阪ファーマ"),
    ("Kyoto Cell Science", "京都セルサイエンス"), ("Tokyo Genomics", "東京ゲノミクス"),
    ("Fuji Medical", "富士メディカル"), ("Hokkaido Bio", "北海道バイオ"),
    ("Nagoya Medical Systems", "名古屋メディカルシステムズ"), ("Kobe Clinical", "神戸クリニカル"),
    ("Mirai Therapeutics", "ミライセラピューティクス"), ("Sakura Diagnostics", "サクラダイアグノスティクス"),
    ("Asahi Biomedical", "朝日バイオメディカル"), ("Sendai Lab", "仙台ラボ"),
    ("Yamato Life Science", "ヤマトライフサイエンス"), ("Chiba Medical Device", "千葉メディカルデバイス"),
    ("Nippon Biotech", "日本バイオテック"), ("Meeting Mojo", "ミーティングモジョ"),
]  # fmt: skip
ABBREVIATIONS = {"University": "Univ.", "Institute": "Inst.", "Department": "Dept.",
                 "Laboratory": "Lab.", "International": "Intl.", "National": "Natl."}  # fmt: skip


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _typo(rnd: random.Random, text: str) -> str:
    words = text.split()
    long_ = [k for k, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not long_:
        return text
    k = rnd.choice(long_)
    w = words[k]
    i = rnd.randrange(2, len(w) - 2)
    words[k] = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if rnd.random() < 0.5 else w[:i] + w[i + 1 :]
    return " ".join(words)


class _Org:
    def __init__(self, name: str, country: str, city: str, kind: str, **extra: str) -> None:
        self.name, self.country, self.city, self.kind = name, country, city, kind
        self.extra = extra


def _organisations(rnd: random.Random, count: int) -> list[_Org]:
    orgs: list[_Org] = []
    seen: set[str] = set()

    def add(org: _Org) -> None:
        if org.name not in seen:
            seen.add(org.name)
            orgs.append(org)

    for latin, native in JAPANESE:
        add(_Org(latin, "JP", "Tokyo", "company", native=native))
    for city, country, local in CITIES:
        add(_Org(f"University of {city}", country, city, "university", local=local))
        if rnd.random() < 0.4:
            add(_Org(f"{city} Institute of Technology", country, city, "institute"))
        if rnd.random() < 0.4:
            add(_Org(f"{city} General Hospital", country, city, "hospital"))
        if rnd.random() < 0.3:
            add(_Org(f"{city} Medical University", country, city, "university"))
    while len(orgs) < count:
        city, country, _ = rnd.choice(CITIES)
        shape = rnd.random()
        if shape < 0.7:
            words = (
                rnd.sample(COMPANY_WORDS, 2) if rnd.random() < 0.3 else [rnd.choice(COMPANY_WORDS)]
            )
            name = " ".join([*words, rnd.choice(COMPANY_KINDS)])
            if rnd.random() < 0.1:
                name = f"{rnd.choice(COMPANY_WORDS)} & {rnd.choice(COMPANY_WORDS)} {rnd.choice(COMPANY_KINDS)}"
            add(_Org(name, country, city, "company"))
        elif shape < 0.85:
            add(_Org(f"{rnd.choice(COMPANY_WORDS)} Institute for {rnd.choice(FIELDS)}", country,
                     city, "institute"))  # fmt: skip
        else:
            add(_Org(f"National Institute of {rnd.choice(FIELDS)}", country, city, "institute"))
    return orgs


# Variants our normaliser was not written against (issue 22: an honest figure): legal forms
# spelt out in full, exonyms and transliterations of city names, abbreviations it does not
# list, acronyms, and typos of any kind in any word of five letters or more.
LEGAL_SPELT_OUT = {
    "JP": ["Kabushiki Kaisha", "Godo Kaisha"], "FR": ["Société par actions simplifiée"],
    "DE": ["Aktiengesellschaft", "Gesellschaft mbH"], "IT": ["Società per Azioni"],
    "ES": ["Sociedad Limitada"], "US": ["Incorporated Co"], "CA": ["Limited Partnership"],
    "GB": ["Public Limited Company"], "NO": ["Aksjeselskap"], "SE": ["Aktiebolag"],
    "DK": ["Anpartsselskab"], "CH": ["Aktiengesellschaft"], "AT": ["Gesellschaft mbH"],
    "PT": ["Sociedade Anónima"],
}  # fmt: skip
EXONYMS = {
    "München": ["Munich", "Muenchen"], "Köln": ["Cologne", "Koeln"], "Wien": ["Vienna"],
    "Zürich": ["Zurich", "Zuerich"], "Milano": ["Milan"], "Torino": ["Turin"],
    "Padova": ["Padua"], "Sevilla": ["Seville"], "Lyon": ["Lyons"], "Tokyo": ["Tōkyō", "Toukyou"],
    "Kyoto": ["Kyōto", "Kyouto"], "Osaka": ["Ōsaka", "Oosaka"], "Kobe": ["Kōbe"],
    "Aarhus": ["Århus"], "Göteborg": ["Gothenburg"],
}  # fmt: skip
MORE_ABBREVIATIONS = {"Technology": "Technol.", "Hospital": "Hosp", "University": "Uni",
                      "Therapeutics": "Thera.", "Diagnostics": "Dx", "Biosciences": "Bio-Sci.",
                      "Pharma": "Pharm.", "General": "Gen."}  # fmt: skip


def _acronym(name: str) -> str:
    """"Osaka Institute of Technology" as "OIT" (words of three letters or more)."""
    return "".join(w[0].upper() for w in name.split() if len(w) >= 3)


def _unfriendly(rnd: random.Random, org: _Org, name: str) -> str:
    shape = rnd.random()
    if shape < 0.25 and org.kind == "company":
        return f"{name} {rnd.choice(LEGAL_SPELT_OUT[org.country])}"
    if shape < 0.5:
        for city, others in EXONYMS.items():
            if city in name:
                return name.replace(city, rnd.choice(others))
    if shape < 0.7:
        for long_word, short in MORE_ABBREVIATIONS.items():
            name = name.replace(long_word, short)
        return name
    if shape < 0.75 and org.kind == "institute" and " of " in name and "," not in name:
        return _acronym(name)
    words = name.split()
    long_ = [k for k, w in enumerate(words) if len(w) >= 5 and w.isascii() and w.isalpha()]
    if long_:
        k = rnd.choice(long_)
        w = words[k]
        i = rnd.randrange(1, len(w) - 1)
        op = rnd.random()
        if op < 0.4:
            w = w[:i] + rnd.choice("aeioulnrst") + w[i + 1 :]  # a letter replaced
        elif op < 0.7:
            w = w[:i] + rnd.choice("aeioulnrst") + w[i:]  # a letter added
        else:
            w = w[:i] + w[i + 1 :]  # a letter dropped
        words[k] = w
    return " ".join(words)


def _variant(rnd: random.Random, org: _Org, unfriendly: float = 0.0) -> str:
    name = _friendly_variant(rnd, org)
    if unfriendly and rnd.random() < unfriendly:
        name = _unfriendly(rnd, org, name)
    return name


def _friendly_variant(rnd: random.Random, org: _Org) -> str:
    name = org.name
    shape = rnd.random()
    if org.kind == "company":
        if "native" in org.extra and shape < 0.35:
            return org.extra["native"] + rnd.choice(["株式会社", "", "（株）"])
        if shape < 0.6:
            name = f"{name} {rnd.choice(LEGAL[org.country])}"
            if org.country == "JP" and rnd.random() < 0.3:
                name = "株式会社" + (org.extra.get("native") or name)
    elif org.kind == "university" and name.startswith("University of "):
        city = name.removeprefix("University of ")
        if shape < 0.2 and org.extra.get("local"):
            local = org.extra["local"]  # "Université de", "Universität"
            name = f"{local} {city}"
        elif shape < 0.35:
            name = f"{city} University"
    if "&" in name and rnd.random() < 0.5:
        name = name.replace("&", "and")
    r = rnd.random()
    if r < 0.12:
        name = f"The {name}"
    elif r < 0.3:
        for long_word, short in ABBREVIATIONS.items():
            name = name.replace(long_word, short)
    r = rnd.random()
    if r < 0.2 and org.kind != "company":
        name = f"Department of {rnd.choice(FIELDS)}, {name}"
    if rnd.random() < 0.25:
        name = f"{name}, {org.city}, {COUNTRY_NAMES[org.country]}"
    r = rnd.random()
    if r < 0.15:
        name = _fold(name)
    elif r < 0.22:
        name = name.upper()
    elif r < 0.3:
        name = name.replace(".", "").replace(",", "")
    if rnd.random() < 0.1:
        name = _typo(rnd, name)
    return name


def generate_affiliations(
    n_orgs: int, seed: int, unfriendly: float = 0.0
) -> list[tuple[OrgRecord, int]]:
    """About five strings per organisation (1-10), with their organisation's number.

    ``unfriendly``: the share of strings that also get one variant the normaliser was not
    written against (:func:`_unfriendly`).
    """
    rnd = random.Random(seed)
    orgs = _organisations(rnd, n_orgs)
    out: list[tuple[OrgRecord, int]] = []
    for k, org in enumerate(orgs):
        for _ in range(rnd.randint(1, 10)):
            rid = f"a{len(out):05d}"
            # Country and city are often missing from an affiliation typed in a hurry.
            country = org.country if rnd.random() < 0.5 else ""
            name = _variant(rnd, org, unfriendly)
            out.append((OrgRecord(id=rid, names=(name,), country=country), k))
    rnd.shuffle(out)
    return out


def _pairs(clusters: Iterable[Iterable[str]]) -> set[Pair]:
    return {frozenset(p) for ids in clusters for p in itertools.combinations(sorted(ids), 2)}


def _truth(labelled: list[tuple[OrgRecord, int]]) -> tuple[set[Pair], set[Pair]]:
    by_org: dict[int, list[OrgRecord]] = {}
    for rec, org in labelled:
        by_org.setdefault(org, []).append(rec)
    truth, variants = set(), set()
    for recs in by_org.values():
        for a, b in itertools.combinations(recs, 2):
            truth.add(frozenset((a.id, b.id)))
            if a.names != b.names:
                variants.add(frozenset((a.id, b.id)))
    return truth, variants


def _close(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for x in parent:
        groups.setdefault(find(x), []).append(x)
    return list(groups.values())


def recordlinkage_clusters(records: list[OrgRecord]) -> list[list[str]]:
    import pandas as pd
    import recordlinkage

    df = pd.DataFrame(
        {
            "name": [" ".join(_fold(r.names[0]).lower().split()) for r in records],
            "country": [r.country or None for r in records],
        },
        index=[r.id for r in records],
    )
    indexer = recordlinkage.Index()
    indexer.sortedneighbourhood("name", window=9)
    pairs = indexer.index(df)
    comp = recordlinkage.Compare()
    comp.string("name", "name", method="jarowinkler", threshold=0.9, label="name")
    comp.exact("country", "country", label="country")
    features = comp.compute(pairs, df)
    matches = recordlinkage.ECMClassifier(binarize=None).fit_predict(features)
    return _close((str(a), str(b)) for a, b in matches)


def report(label: str, clusters: list[list[str]], truth: set[Pair], variants: set[Pair],
           seconds: float) -> None:  # fmt: skip
    predicted = _pairs(clusters)
    tp = len(predicted & truth)
    precision = tp / len(predicted) if predicted else 0.0
    recall = len(predicted & variants) / len(variants) if variants else 0.0
    print(f"    {label:<22} P {precision:.3f}  R(variants) {recall:.3f}  "
          f"({len(predicted)} pairs proposed)   {seconds:.2f} s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--orgs", type=int, default=600)
    parser.add_argument("--seed", type=int, action="append")
    parser.add_argument("--show", type=int, default=0, help="print N wrong and N missed pairs")
    parser.add_argument("--unfriendly", type=float, default=0.4,
                        help="share of strings with an unforeseen variant (second run per seed)")
    args = parser.parse_args()
    for seed, unfriendly in itertools.product(args.seed or [1, 2], (0.0, args.unfriendly)):
        labelled = generate_affiliations(args.orgs, seed, unfriendly)
        records = [r for r, _ in labelled]
        truth, variants = _truth(labelled)
        print(f"{len(records)} affiliation strings of {args.orgs} organisations (seed {seed}), "
              f"{len(variants)} variant pairs, {unfriendly:.0%} with a variant the normaliser "
              "was not written against")  # fmt: skip
        t = time.perf_counter()
        groups = find_org_candidates(records)
        report("bioX dedupe", [list(g.member_ids) for g in groups], truth, variants,
               time.perf_counter() - t)  # fmt: skip
        t = time.perf_counter()
        ref = recordlinkage_clusters(records)
        report("recordlinkage ECM", ref, truth, variants, time.perf_counter() - t)
        if args.show:
            name = {r.id: r.names[0] for r in records}
            predicted = _pairs(g.member_ids for g in groups)
            reasons = {frozenset((lk.id_a, lk.id_b)): lk.reasons for g in groups for lk in g.links}
            print("  wrong:")
            for p in sorted(map(sorted, predicted - truth))[: args.show]:
                print("     ", " || ".join(name[x] for x in p), reasons.get(frozenset(p), ""))
            print("  missed:")
            missed = sorted(map(sorted, variants - predicted))
            for p in random.Random(0).sample(missed, min(args.show, len(missed))):
                print("     ", " || ".join(name[x] for x in p))


if __name__ == "__main__":
    main()
