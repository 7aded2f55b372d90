"""The coordinator's merge queue on a real local database: 100,000 contacts.

Run: /work/venv/bin/python bench/bench_merge.py [--contacts N]

Fills a fresh workspace with the generated multilingual contact set of bench_dedupe.py
(names in several scripts, phones in several formats, work and private e-mails, known
duplicates), then times what the Merge screen and ``biox-desktop merge candidates`` do:
reading the people from SQLite, detecting candidates, and building the side-by-side views with
provenance. The reference, measured in the same run, is the bare detection on the same records
already in memory (bench_dedupe.py compares that one with recordlinkage). Also prints the
pairwise precision, recall and F1 of the service's groups against the known duplicates, and the
time of one merge with its journaled re-pointing. Prints figures; never asserts on time.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchkeys  # noqa: F401  (installs a keyring for the database key)
from bench_dedupe import generate_contacts, prf, truth_pairs

from biox_desktop.core import merge as mg
from biox_desktop.core import names as nm
from biox_desktop.core.dedupe import find_person_candidates
from biox_desktop.core.identity import NETWORK
from biox_desktop.core.ids import uuid7
from biox_desktop.db.models import Organisation, Person
from biox_desktop.db.workspace import Workspace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    recs, truth = generate_contacts(int(args.contacts / 1.52), seed=11)
    # Shared contacts: everything in the network scope, as the coordinator's laptop holds them.
    recs = [dataclasses.replace(r, scope=NETWORK) for r in recs[:args.contacts]]
    truth = {r.id: truth[r.id] for r in recs}
    org_ids = {name: uuid7() for name in sorted({r.organisation for r in recs if r.organisation})}
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp))
        ws.update_settings(role="coordinator")
        t = time.perf_counter()
        with ws.db.unjournaled() as s:  # set-up only: the benchmark's rows are not edits
            s.execute(insert(Organisation), [
                {"id": oid, "scope": NETWORK, "name": name, "kind": "foreign_partner",
                 "sector_tags": []} for name, oid in org_ids.items()])
            s.execute(insert(Person), [
                {"id": r.id, "scope": NETWORK, "name": r.names[0] if r.names else "?",
                 "name_native": r.names[1] if len(r.names) > 1 else None,
                 "emails": list(r.emails), "phones": list(r.phones),
                 "messaging": dict(r.messaging), "country": r.country or None,
                 "city": r.city or None, "languages": [],
                 "organisation_id": org_ids.get(r.organisation)}
                for r in recs])
        print(f"{len(recs):,} contacts written in {time.perf_counter() - t:.1f} s")

        find_person_candidates(recs[:500])  # load the romanisation dictionaries once
        service_times, cli_times, bare_times = [], [], []
        groups: list[mg.CandidateView] = []
        for _ in range(args.runs):
            nm.person_name_variants.cache_clear()
            nm.normalise_phone.cache_clear()
            t = time.perf_counter()
            groups = ws.merges.candidates(mg.PERSON, with_fields=False)
            service_times.append(time.perf_counter() - t)
            nm.person_name_variants.cache_clear()
            nm.normalise_phone.cache_clear()
            t = time.perf_counter()
            ws.merges.candidates(mg.PERSON)
            cli_times.append(time.perf_counter() - t)
            # The reference sees the same records the service read (names, e-mails, phones).
            nm.person_name_variants.cache_clear()
            nm.normalise_phone.cache_clear()
            t = time.perf_counter()
            bare_groups = find_person_candidates(recs, may_link=mg.may_link)
            bare_times.append(time.perf_counter() - t)
        ours, bare = statistics.median(service_times), statistics.median(bare_times)
        predicted = {frozenset(p) for g in groups
                     for p in itertools.combinations([m.id for m in g.members], 2)}
        print(f"merge candidates over {len(recs):,} contacts (median of {args.runs}):")
        print(f"    merge screen queue (SQLite read + detection + provenance): {ours:.2f} s "
              f"-> {len(groups):,} groups")
        print(f"    merge candidates --json (also every group's fields):        "
              f"{statistics.median(cli_times):.2f} s")
        print(f"    bare detection on the same records in memory:               {bare:.2f} s")
        print(f"    ratio queue / bare detection: {ours / bare:.2f}")
        p, r, f = prf(predicted, truth_pairs(truth))
        print(f"    queue groups vs known duplicates: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        bare_pairs = {frozenset(pair) for g in bare_groups
                      for pair in itertools.combinations(g.member_ids, 2)}
        print("    bare detection vs known duplicates: P {:.3f}  R {:.3f}  F1 {:.3f}".format(
            *prf(bare_pairs, truth_pairs(truth))))
        best = groups[0]
        t = time.perf_counter()
        view = ws.merges.apply(mg.MergeRequest(best.id))
        print(f"one merge ({len(view.merged_ids) + 1} records, {view.repointed} references, "
              f"journaled): {time.perf_counter() - t:.2f} s (group looked up from the queue)")
        ws.close()


if __name__ == "__main__":
    main()
