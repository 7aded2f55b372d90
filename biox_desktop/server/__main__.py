"""``python -m biox_desktop.server`` is ``biox-server``."""

import sys

from biox_desktop.server.cli import main

sys.exit(main())
