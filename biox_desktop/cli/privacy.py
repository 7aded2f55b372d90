"""``biox-desktop privacy …``: personal data (the erasure engineer's module replaces this one).

Only here so that the verbs of :mod:`biox_desktop.cli.privacy_export` (``export``, ``due``)
run on this branch; the real module registers ``erase`` and calls the same ``add_verbs``.
"""

from __future__ import annotations

import importlib
from typing import Any


def register(sub: Any) -> None:
    area = sub.add_parser("privacy", help="personal data: access export, retention review")
    verbs = area.add_subparsers(dest="verb", metavar="VERB", required=True)
    try:
        module = importlib.import_module("biox_desktop.cli.privacy_export")
    except ImportError:
        return
    module.add_verbs(verbs)
