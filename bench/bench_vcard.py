"""Parse rate of a generated 10,000-card vCard file, against a raw line pass of the same bytes.

Run: /work/venv/bin/python bench/bench_vcard.py [cards]

The reference is the least any reader must do: split the bytes into lines and group them into
cards at BEGIN/END, without decoding anything. The ratio says how much the full reader
(unfolding, quoted-printable, charsets, escapes, phone normalisation, the frozen model) costs
on top of that. Prints figures only; timing is never asserted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biox_desktop.core.contacts import (
    ContactCard,
    EmailAddress,
    MessagingId,
    PhoneNumber,
    Photo,
    PostalAddress,
)
from biox_desktop.reports.vcard import ParsedCard, parse_vcards, write_vcard

FAMILY = ["Müller", "山田", "김", "Rossi", "Dubois", "王", "García", "Schmidt"]
GIVEN = ["Anna", "太郎", "민준", "Luca", "Camille", "伟", "Lucía", "Jonas"]


def make_file(count: int) -> bytes:
    photo = Photo(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    cards = []
    for i in range(count):
        fam, giv = FAMILY[i % len(FAMILY)], GIVEN[i % len(GIVEN)]
        cards.append(ContactCard(
            uid=f"urn:uuid:00000000-0000-0000-0000-{i:012d}",
            formatted_name=f"{giv} {fam}", family_name=fam, given_name=giv,
            organisation=f"Bio Cluster {i % 97}; Research", title="Head of R&D, EU",
            emails=(EmailAddress(f"person{i}@example.org", ("work", "pref")),),
            phones=(PhoneNumber(f"+49 30 {1000000 + i}", ("work", "voice")),),
            addresses=(PostalAddress(street=f"Hauptstraße {i}", locality="Berlin",
                                     postal_code="10115", country="Germany", types=("work",)),),
            messaging=(MessagingId("wechat", f"wx{i}"),),
            note="Met at the booth;\nfollow up about the trial, next week.",
            categories=("bio", "mission-2025"),
            photo=photo if i % 10 == 0 else None,
        ))
    return write_vcard(cards, "3.0").encode("utf-8")


def raw_pass(data: bytes) -> int:
    cards = 0
    current: list[bytes] | None = None
    for line in data.splitlines():
        if line.startswith(b"BEGIN:VCARD"):
            current = []
        elif line.startswith(b"END:VCARD"):
            cards += 1
            current = None
        elif current is not None:
            current.append(line)
    return cards


def best_of(runs: int, fn, *args):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    data = make_file(count)
    t_ref, n_ref = best_of(5, raw_pass, data)
    t_ours, results = best_of(3, lambda d: parse_vcards(d, source_name="bench.vcf",
                                                        default_region="DE"), data)
    assert n_ref == count and len(results) == count
    assert all(isinstance(r, ParsedCard) for r in results)
    print(f"file: {count} cards, {len(data) / 1e6:.1f} MB")
    print(f"raw line pass (reference): {count / t_ref:,.0f} cards/s ({t_ref * 1000:.0f} ms)")
    print(f"parse_vcards:              {count / t_ours:,.0f} cards/s ({t_ours * 1000:.0f} ms)")
    print(f"ratio: parse_vcards takes {t_ours / t_ref:.1f}x the reference's time")
    t_write, _ = best_of(3, write_vcard, [r.card for r in results if isinstance(r, ParsedCard)])
    print(f"write_vcard:               {count / t_write:,.0f} cards/s ({t_write * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
