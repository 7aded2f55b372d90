"""Spreadsheet exports: never a formula, and they read back as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_never_holds_a_formula_and_reads_back_as_written(tmp_path, suffix) -> None:
    # Names come from outside registration files: "=HYPERLINK(...)" must stay text.
    from openpyxl import load_workbook

    from biox_desktop.reports.spreadsheet import read_table, write_table

    values = ("=1+1", "@SUM(A1)", "-cmd", "+819012345678", "-3", "Ana")
    path = write_table(tmp_path / f"out{suffix}", ["name"], [(v,) for v in values])
    if suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig").splitlines()[1:]
        assert text == ["'=1+1", "'@SUM(A1)", "'-cmd", "+819012345678", "-3", "Ana"]
    else:
        sheet = load_workbook(path).active
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    table = read_table(path)
    assert table.headers == ("name",) and [r[0] for r in table.rows] == list(values)
