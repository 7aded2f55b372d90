"""The database key for benchmarks: a keyring that works on a machine without one.

The desktop keeps its database key in the OS keyring (see ``biox_desktop/db/crypto.py``);
benchmark machines have none. :func:`install` gives this process an in-memory keyring and
returns the environment that gives child processes (the app started by a benchmark) a keyring
kept in a throwaway JSON file: the test-only backend of ``tests/support/keyring_file.py``.
Never used by the application itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUPPORT = ROOT / "tests" / "support"


def install() -> dict[str, str]:
    """Use a file keyring in this process and return the environment for children."""
    if str(SUPPORT) not in sys.path:
        sys.path.insert(0, str(SUPPORT))
    folder = Path(tempfile.mkdtemp(prefix="biox-bench-keyring-"))
    env = {
        "PYTHON_KEYRING_BACKEND": "keyring_file.FileKeyring",
        "BIOX_TEST_KEYRING_FILE": str(folder / "keyring.json"),
        "PYTHONPATH": os.pathsep.join(p for p in (str(SUPPORT), os.environ.get("PYTHONPATH"))
                                      if p),
    }
    os.environ.update(env)
    import keyring
    from keyring_file import FileKeyring  # type: ignore[import-not-found]

    keyring.set_keyring(FileKeyring())
    return env


#: Importing this module installs the keyring (benchmarks only need ``import benchkeys``).
CHILD_ENV = install()
