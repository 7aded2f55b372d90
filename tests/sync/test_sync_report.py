"""A sync that runs a second round (after forwarding merges) reports both rounds whole."""

from __future__ import annotations

from biox_desktop.sync.client import SyncReport


def test_a_second_round_adds_every_field() -> None:
    first = SyncReport(pushed=1, pulled=5, evicted=2, redownloaded_scopes=["org:a"],
                       rejections=["bad row"])
    first.add(SyncReport(pushed=3, conflicts=1, rejected=1, requeued=4,
                         redownloaded_scopes=["network"], rejections=["late row"]))
    # evicted, requeued and re-downloaded scopes of the second round were once dropped.
    assert first == SyncReport(pushed=4, pulled=5, evicted=2, conflicts=1, rejected=1,
                               requeued=4, redownloaded_scopes=["org:a", "network"],
                               rejections=["bad row", "late row"])
