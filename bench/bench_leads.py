"""Leads at scale: search-as-you-type latency over 100,000 leads, and the vCard import rate.

Run: /work/venv/bin/python bench/bench_leads.py [leads]

* Search as you type: every prefix of a set of queries (Latin, Japanese, Chinese, Korean, an
  e-mail domain, phone digits) goes through ``LeadService.ids`` (the FTS5 trigram index,
  newest first, 200 at most) and then ``rows`` for the first page the table shows, as the
  Leads screen does on each key. Reference in the same run: the raw FTS5 query
  (``SELECT rowid FROM fts_leads WHERE fts_leads MATCH ? ORDER BY rowid DESC LIMIT 200``) on
  the same file, for the prefixes the index answers (three characters or more). Median and
  p95 are printed; the goal is under 50 ms.
* vCard import: a generated 3.0 file imported through ``reports.leads_io.import_vcards`` into the
  100,000-lead database (matching on UID/e-mail/phone included), against parsing the same
  bytes with ``parse_vcards`` alone.

Prints figures only; timing is never asserted.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchkeys  # noqa: F401  (installs a keyring for the database key)
from sqlalchemy import insert

from biox_desktop.core.contacts import ContactCard, EmailAddress, PhoneNumber
from biox_desktop.core.ids import uuid7
from biox_desktop.core.leads import LeadFilter
from biox_desktop.db.models import Lead, Organisation, Person, utcnow
from biox_desktop.db.workspace import Workspace
from biox_desktop.reports.leads_io import import_vcards
from biox_desktop.reports.vcard import parse_vcards, write_vcard

FAMILY_LATIN = ["Müller", "Rossi", "Dubois", "García", "Schmidt", "Carter", "Nguyen", "Silva",
                "Moore", "Walker", "Ferrari", "Lefèvre", "Novak", "Jensen", "Kowalski"]
GIVEN_LATIN = ["Anna", "Luca", "Camille", "Lucía", "Jonas", "Emily", "Sarah", "João", "David",
               "Priya", "Olivia", "Marco", "Chloé", "Lars", "Zofia"]
JP = [("山田", "Yamada"), ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"),
      ("田中", "Tanaka"), ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("中村", "Nakamura")]
JP_GIVEN = [("太郎", "Taro"), ("花子", "Hanako"), ("一郎", "Ichiro"), ("美咲", "Misaki"),
            ("健", "Ken"), ("直樹", "Naoki")]
CN = [("王伟", "Wang Wei"), ("李娜", "Li Na"), ("张强", "Zhang Qiang"), ("陈静", "Chen Jing"),
      ("刘洋", "Liu Yang"), ("杨磊", "Yang Lei")]
KR = [("김민준", "Kim Minjun"), ("이서연", "Lee Seoyeon"), ("박지훈", "Park Jihoon"),
      ("최수빈", "Choi Subin"), ("정우진", "Jung Woojin")]
ORG_WORDS = ["Bio", "Pharma", "Medical", "Genomics", "Cell", "Diagnostics", "Therapeutics",
             "Devices", "Capital", "Institute"]
ORG_JP = ["関西", "大阪", "京都", "神戸", "横浜", "名古屋"]
TAGS = ["licensing", "distribution", "R&D", "investor", "clinical", "CDMO", "AI"]
NOTES = ["Interested in a distribution agreement; send the product sheet.",
         "Wants pilot data before the summer.", "Met at the reception; looking for EU partners.",
         "Potential licensing of the assay; NDA first.", "Asked for a lab visit in the autumn.",
         "臨床試験のパートナーを探している。", "对细胞治疗合作感兴趣。", "투자 유치에 관심이 있음."]

QUERIES = ["yamada taro", "山田太郎", "李娜", "김민준", "garcía", "pharma", "diagnostics",
           "example.org", "+8190", "licensing", "大阪メディカル", "camille dubois"]


def person_name(rng: random.Random, i: int) -> tuple[str, str | None, str | None]:
    kind = i % 5
    if kind == 0:
        fam, fam_r = rng.choice(JP)
        giv, giv_r = rng.choice(JP_GIVEN)
        return f"{fam}{giv} ({fam_r} {giv_r})", fam + giv, f"{fam_r} {giv_r}"
    if kind == 1:
        native, roman = rng.choice(CN)
        return f"{native} ({roman})", native, roman
    if kind == 2:
        native, roman = rng.choice(KR)
        return f"{native} ({roman})", native, roman
    name = f"{rng.choice(GIVEN_LATIN)} {rng.choice(FAMILY_LATIN)}"
    return name, None, name


def populate(ws: Workspace, count: int) -> float:
    """Insert ``count`` leads (with people and 1,000 organisations) journaled, as captures are."""
    rng = random.Random(7)
    now = utcnow()
    scope = "network"
    orgs = []
    for i in range(1000):
        if i % 4 == 0:
            name = f"{rng.choice(ORG_JP)}{rng.choice(['メディカル', 'バイオ', '製薬'])} {i}"
        else:
            name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {i} Ltd."
        orgs.append({"id": uuid7(), "scope": scope, "name": name, "kind": "foreign_partner",
                     "sector_tags": [], "deleted": False, "created_at": now})
    start = time.perf_counter()
    with ws.db.session() as s:
        s.execute(insert(Organisation), orgs)
    batch = 5000
    for first in range(0, count, batch):
        people, leads = [], []
        for i in range(first, min(count, first + batch)):
            name, native, roman = person_name(rng, i)
            pid, org = uuid7(), rng.choice(orgs)
            local = (roman or "p").split()[0].lower()
            people.append({
                "id": pid, "scope": scope, "name": name, "name_native": native,
                "name_romanised": roman, "organisation_id": org["id"],
                "job_title": rng.choice(["CEO", "CSO", "Head of BD", "Director", "Partner"]),
                "emails": [f"{local}.{i}@{rng.choice(['example.org', 'bio.example'])}"],
                "phones": [f"+8190{i:08d}" if i % 3 == 0 else f"+4930{i:07d}"],
                "messaging": {"wechat": f"wx{i}"} if i % 7 == 0 else {}, "languages": [],
                "deleted": False, "created_at": now,
            })
            leads.append({
                "id": uuid7(), "scope": scope, "person_id": pid, "organisation_id": org["id"],
                "visibility": "network", "rating": rng.randint(1, 5),
                "tags": rng.sample(TAGS, 2), "notes": rng.choice(NOTES),
                "next_action": "Send follow-up e-mail", "source": "typed", "deleted": False,
                "created_at": now,
            })
        with ws.db.session() as s:
            s.execute(insert(Person), people)
            s.execute(insert(Lead), leads)
    return time.perf_counter() - start


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def bench_search(ws: Workspace) -> None:
    service_ms: list[float] = []
    raw_ms: list[float] = []
    worst = ("", 0.0)
    raw = ws.db.raw_connection()  # the same (encrypted) file, without the ORM
    for _round in range(3):
        for query in QUERIES:
            for n in range(1, len(query) + 1):
                prefix = query[:n]
                if not prefix.strip():
                    continue
                t0 = time.perf_counter()
                ids = ws.leads.ids(LeadFilter(text=prefix))
                ws.leads.rows(ids[:50])  # the page the table shows first
                elapsed = (time.perf_counter() - t0) * 1000
                service_ms.append(elapsed)
                if elapsed > worst[1]:
                    worst = (prefix, elapsed)
                words = prefix.split()
                if words and all(len(w) >= 3 for w in words):
                    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
                    t0 = time.perf_counter()
                    raw.execute("SELECT rowid FROM fts_leads WHERE fts_leads MATCH ? "
                                "ORDER BY rowid DESC LIMIT 200",
                                (match,)).fetchall()
                    raw_ms.append((time.perf_counter() - t0) * 1000)
    raw.close()
    med, p95 = statistics.median(service_ms), percentile(service_ms, 0.95)
    rmed, rp95 = statistics.median(raw_ms), percentile(raw_ms, 0.95)
    print(f"search as you type ({len(service_ms)} keystrokes): median {med:.1f} ms, "
          f"p95 {p95:.1f} ms, worst {worst[1]:.1f} ms on {worst[0]!r} (goal < 50 ms)")
    print(f"raw FTS5 MATCH reference ({len(raw_ms)} queries): median {rmed:.2f} ms, "
          f"p95 {rp95:.2f} ms")
    print(f"ratio service / raw FTS5: median {med / rmed:.1f}x, p95 {p95 / rp95:.1f}x")


def bench_import(ws: Workspace, tmp: Path, cards: int) -> None:
    data = write_vcard([
        ContactCard(uid=f"urn:uuid:bench-{i}", formatted_name=f"Import Person {i}",
                    organisation=f"Import Org {i % 50}", title="Head of R&D",
                    emails=(EmailAddress(f"import{i}@import.example", ("work",)),),
                    phones=(PhoneNumber(f"+49 30 {2000000 + i}", ("cell",)),),
                    categories=("import",), note="Met at the booth.")
        for i in range(cards)], "3.0").encode("utf-8")
    path = tmp / "import.vcf"
    path.write_bytes(data)
    t0 = time.perf_counter()
    parse_vcards(data, source_name="import.vcf")
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    [result] = import_vcards(ws, [path])
    first_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    [again] = import_vcards(ws, [path])
    second_s = time.perf_counter() - t0
    assert result.imported == cards and again.updated == cards, (result.status, again.status)
    print(f"vCard import of {cards:,} new cards into {ws.leads.count() - cards:,} leads: "
          f"{cards / first_s:,.0f} cards/s ({first_s:.2f} s); re-import (all updated): "
          f"{cards / second_s:,.0f} cards/s")
    print(f"parse only (reference): {cards / parse_s:,.0f} cards/s; "
          f"import / parse time ratio {first_s / parse_s:.1f}x")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data")
        elapsed = populate(ws, count)
        print(f"inserted {count:,} leads (journal and search triggers on) in {elapsed:.1f} s: "
              f"{count / elapsed:,.0f} leads/s")
        t0 = time.perf_counter()
        ws.leads.refresh_index()
        took = time.perf_counter() - t0
        print(f"indexed them for search in {took:.1f} s: {count / took:,.0f} leads/s")
        bench_search(ws)
        bench_import(ws, Path(tmp), 5000)
        ws.close()


if __name__ == "__main__":
    main()
