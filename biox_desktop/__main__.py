"""``python -m biox_desktop``: the same as the ``biox-desktop`` command."""

import sys

from biox_desktop.cli.main import main

sys.exit(main())
