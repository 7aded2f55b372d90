"""Fixtures of the organisation directory's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def ops(qtbot: object, workspace: object) -> Iterator[object]:
    from biox_desktop.ui.operations import Operations

    operations = Operations(workspace)  # type: ignore[arg-type]
    yield operations
    operations.wait_idle()
