"""The column-by-column comparison of candidate pairs agrees with the one-pair reference.

``find_person_candidates`` scores millions of pairs with numpy (``_compare_many``); the
readable per-pair ``_compare_person_pair`` is the definition. Every evidence level and every
common-name frequency must be the same for every pair, on contacts made to reach each
branch: names in several scripts, initials, one-word and three-word names, shared and
switchboard phones, short numbers, several company domains, messaging ids, postal addresses.
"""

from __future__ import annotations

import itertools
import random

import numpy as np

from biox_desktop.core import dedupe as dd
from biox_desktop.core.dedupe import PersonRecord

GIVEN = ["Taro", "Takashi", "T.", "Min-jun", "Minjun", "Jean-Pierre", "J.-P.", "Ana", "Anna", "Li"]
FAMILY = ["Yamada", "Yamadda", "Kim", "Martin", "Martín", "Wang", "Müller", "Mueller", "Lee"]
NATIVE = ["Yamada Y.", "Kim K.", "山田太郎", "山田たろう", "김민준", "王伟", "王小明", "吴辉明", "鈴木智子先生", "ヤマダ"]
DOMAINS = ["mojo.co.jp", "bionova.fr", "gmail.com", "helix.de"]


def _contacts(count: int, seed: int) -> list[PersonRecord]:
    rnd = random.Random(seed)
    out = []
    for k in range(count):
        shape = rnd.random()
        if shape < 0.25:
            name = rnd.choice(NATIVE)
        elif shape < 0.35:
            name = rnd.choice(FAMILY)  # one word
        elif shape < 0.45:
            name = f"{rnd.choice(GIVEN)} {rnd.choice(GIVEN)} {rnd.choice(FAMILY)}"
        else:
            name = f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)}"
        local = rnd.choice(["taro", "t.yamada", "mj.kim", "ana", "jp.martin", "jp.matrin"])
        emails = tuple(
            f"{local}{rnd.randrange(3)}@{rnd.choice(DOMAINS)}" for _ in range(rnd.choice([0, 1, 1, 2]))
        )
        phones = tuple(
            rnd.choice(["+81 90 1234 5678", "+33 6 12 34 56 78", "112", "+81 3 0000 0000",
                        f"+81 90 {rnd.randrange(80):04d} 5678", f"090-{rnd.randrange(80):04d}-5678",
                        f"+49 151 {rnd.randrange(10**7):07d}"])
            for _ in range(rnd.choice([0, 0, 1, 2]))
        )  # fmt: skip
        out.append(
            PersonRecord(
                id=f"p{k:04d}",
                scope=rnd.choice(["network", "org:a", "org:b"]),
                names=(name,) if rnd.random() < 0.97 else (),
                emails=emails,
                phones=phones,
                messaging=(("wechat", f"wx{rnd.randrange(15)}"),) if rnd.random() < 0.1 else (),
                organisation=rnd.choice(["", "Meeting Mojo, Inc.", "MeetingMojo", "株式会社ミーティングモジョ",
                                         "BioNova SAS", "Bio Nova", "Helix GmbH"]),
                country=rnd.choice(["", "JP", "KR", "FR", "DE"]),
                city=rnd.choice(["", "Tokyo", "Osaka", "Lyon", "Berlin"]),
                address=rnd.choice(["", "", "1-2-3 Marunouchi", "1-2-3 Marunouchi Chiyoda", "1-2-4 Marunouchi",
                                    "12 rue Garibaldi"]),
                postcode=rnd.choice(["", "", "100-0005", "69007"]),
            )
        )  # fmt: skip
    return out


def test_every_pair_gets_the_levels_of_the_reference() -> None:
    recs = _contacts(400, seed=8)
    index = dd._index_people(recs, None)
    prepared = index.prepared
    n = len(prepared)
    shared, strong_codes = dd._strong_pairs(index.strong, max_shared=4, n=n)
    assert shared and len(strong_codes)  # both branches are reached
    cols = dd._Columns(prepared)
    pairs = list(itertools.combinations(range(n), 2))
    left = np.array([i if prepared[i].rec.id < prepared[j].rec.id else j for i, j in pairs])
    right = np.array([j if prepared[i].rec.id < prepared[j].rec.id else i for i, j in pairs])
    rows, common = dd._compare_many(left, right, cols, shared, strong_codes, {})

    mismatches = []
    for k, (i, j) in enumerate(zip(left.tolist(), right.tolist(), strict=True)):
        keys, freq, _ = dd._compare_person_pair(prepared[i], prepared[j], shared)
        if dd._pattern_row(keys) != rows[k].tolist() or freq != common[k]:
            mismatches.append((prepared[i].rec, prepared[j].rec, keys, dd._row_keys(rows[k])))
    assert not mismatches[:3], f"{len(mismatches)} of {len(pairs)} pairs differ"
    # The test reaches the interesting levels, not only "no evidence".
    seen = {key for row in np.unique(rows, axis=0).tolist() for key in dd._row_keys(row)}
    for key in ("name>=0.97", "name>=0.92", "name<0.60", "other mailbox", "phone same",
                "phone same tail", "phone differ", "messaging same", "org same", "org differ",
                "address same", "address similar", "postcode differ", "country same",
                "email similar", "name part"):  # fmt: skip
        assert key in seen, key
    assert (common > 0).any()
