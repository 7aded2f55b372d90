"""Fitting a table's columns into the width it has: content first, then the long text columns
give way (their cells end in "…" and the tooltip holds the whole value)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QTableView


def fit_columns(view: QTableView, shrinkable: Sequence[int], width: int | None = None) -> None:
    """Size ``view``'s columns to their contents; when they are wider than ``width`` (the
    viewport's by default), narrow the ``shrinkable`` columns, widest first, never below their
    title, so every column is seen without scrolling sideways."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    model = view.model()
    available = (width if width is not None else view.viewport().width()) - 2
    total = sum(header.sectionSize(c) for c in range(model.columnCount())
                if not header.isSectionHidden(c))
    excess = total - available
    if excess <= 0:
        return
    style = view.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)

    def floor(c: int) -> int:
        title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        return header.fontMetrics().horizontalAdvance(title) + margin + arrow + 8

    # Each gives way in proportion to what it could give: long values lose most.
    room = {c: header.sectionSize(c) - floor(c) for c in shrinkable}
    room = {c: r for c, r in room.items() if r > 0}
    spare = sum(room.values())
    if not spare:
        return
    for c, r in room.items():
        cut = min(r, -(-excess * r // spare))  # rounded up, so the total fits
        header.resizeSection(c, header.sectionSize(c) - cut)


class _Refit(QObject):
    """Fits the columns again whenever the table's viewport changes width."""

    def __init__(self, view: QTableView, shrinkable: Sequence[int]) -> None:
        super().__init__(view)
        self.view, self.shrinkable, self.width = view, tuple(shrinkable), -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self.width:
            self.width = self.view.viewport().width()
            fit_columns(self.view, self.shrinkable)
        return False


def keep_fitted(view: QTableView, shrinkable: Sequence[int]) -> None:
    """:func:`fit_columns` now and each time the table is resized (a window made wider shows
    the cut values whole again)."""
    refit = _Refit(view, shrinkable)
    view.viewport().installEventFilter(refit)
    fit_columns(view, shrinkable)
