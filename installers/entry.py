"""Entry point of the frozen application (PyInstaller): the same as ``biox-desktop``."""

import sys

from biox_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
