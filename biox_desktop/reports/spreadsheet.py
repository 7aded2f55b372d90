"""Read and write simple tables as CSV (UTF-8) or XLSX, with file-level errors people act on.

Reading never guesses an encoding: a CSV that is not UTF-8 (or UTF-16 with a byte-order mark)
is refused with the line it failed on, because a wrong guess silently garbles accented and
Asian names. Writing is atomic (temporary file, then rename).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from biox_desktop.core.i18n import translate
from biox_desktop.core.roster import ImportTable
from biox_desktop.core.validation import FieldError, ValidationError

#: Refuse files larger than this (a registration export is a few hundred KB).
MAX_BYTES = 50 * 1024 * 1024


def _refuse(message: str) -> ValidationError:
    return ValidationError([FieldError("file", message)])


def read_table(path: str | os.PathLike[str]) -> ImportTable:
    """Headers and rows of a .csv or .xlsx file; raise ValidationError(field 'file')."""
    file = Path(path)
    if not file.is_file():
        raise _refuse(translate("spreadsheet", "{file}: no such file.").format(file=file))
    if file.stat().st_size > MAX_BYTES:
        raise _refuse(
            translate(
                "spreadsheet", "{name}: the file is too large for a registration export."
            ).format(name=file.name)
        )
    suffix = file.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        headers, rows, numbers = _read_xlsx(file)
    elif suffix in (".csv", ".txt", ".tsv"):
        headers, rows, numbers = _read_csv(file)
    else:
        raise _refuse(
            translate(
                "spreadsheet", "{name}: choose a .csv or .xlsx file (this one is '{suffix}')."
            ).format(name=file.name, suffix=suffix)
        )
    if not headers or not any(h for h in headers):
        raise _refuse(
            translate("spreadsheet", "{name}: the file is empty (no header row).").format(
                name=file.name
            )
        )
    return ImportTable(source=file.name, headers=tuple(headers), rows=tuple(rows),
                       row_numbers=tuple(numbers))


def _read_csv(file: Path) -> tuple[list[str], list[tuple[Any, ...]], list[int]]:
    raw = file.read_bytes()
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _refuse(
            translate(
                "spreadsheet",
                "{name}: line {line} is not UTF-8 text (byte 0x{byte:02x}). Save the "
                "export as 'CSV UTF-8' and import it again.",
            ).format(name=file.name, line=line, byte=raw[exc.start])
        ) from None
    if "\x00" in text:
        raise _refuse(
            translate(
                "spreadsheet", "{name}: this is not a text file (it holds binary data)."
            ).format(name=file.name)
        )
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    headers: list[str] = []
    rows: list[tuple[Any, ...]] = []
    numbers: list[int] = []
    try:
        for record in reader:
            if not headers:
                if not any(c.strip() for c in record):
                    continue
                headers = [c.strip() for c in record]
                continue
            if not any(c.strip() for c in record):
                continue
            rows.append(tuple(_unquote(c) for c in record))
            numbers.append(reader.line_num)
    except csv.Error as exc:
        raise _refuse(
            translate("spreadsheet", "{name}: line {line_num}: {exc}.").format(
                name=file.name, line_num=reader.line_num, exc=exc
            )
        ) from None
    return headers, rows, numbers


def _read_xlsx(file: Path) -> tuple[list[str], list[tuple[Any, ...]], list[int]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(file, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise _refuse(
            translate(
                "spreadsheet",
                "{name}: not a readable Excel workbook ({kind}: {exc}). Open it in "
                "Excel or LibreOffice and save it again as .xlsx.",
            ).format(name=file.name, kind=type(exc).__name__, exc=exc)
        ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise _refuse(
                translate("spreadsheet", "{name}: the workbook has no sheet.").format(
                    name=file.name
                )
            )
        headers: list[str] = []
        rows: list[tuple[Any, ...]] = []
        numbers: list[int] = []
        try:
            for number, record in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = ["" if c is None else c for c in record]
                if not any(str(c).strip() for c in cells):
                    continue
                if not headers:
                    headers = [str(c).strip() for c in cells]
                    continue
                rows.append(tuple(cells))
                numbers.append(number)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise _refuse(
                translate("spreadsheet", "{name}: the workbook is damaged ({exc}).").format(
                    name=file.name, exc=exc
                )
            ) from None
    finally:
        book.close()
    while headers and not headers[-1]:
        headers.pop()
    return headers, rows, numbers


_FORMULA_START = re.compile(r"^(?:[=@]|[+-](?![\d ]))")


def cell_safe(value: Any) -> Any:
    """A CSV cell that no spreadsheet program runs as a formula: text starting with =, @, or
    a + or - that does not begin a number gets a leading ' (phones keep their +). What
    people typed (a name such as "=1+1" in a registration file) stays data on export."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def _xlsx_value(sheet: Any, value: Any) -> Any:
    """A value to append; text openpyxl would store as a formula ("=...") is stored as text."""
    if isinstance(value, str) and value[:1] == "=":
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _unquote(cell: str) -> str:
    """Undo :func:`cell_safe` (the ' written before what would look like a formula)."""
    return cell[1:] if cell[:1] == "'" and _FORMULA_START.match(cell[1:]) else cell


def write_table(path: str | os.PathLike[str], headers: Sequence[str],
                rows: Sequence[Sequence[Any]], sheet_name: str = "Roster") -> Path:
    """Write a .csv (UTF-8 with BOM, so Excel shows accents) or .xlsx file atomically.

    No cell is ever written as a formula: CSV cells go through :func:`cell_safe`, XLSX cells
    that look like one are stored as text. :func:`read_table` reads both back as written."""
    final = Path(path)
    suffix = final.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise _refuse(
            translate("spreadsheet", "{name}: export to a .csv or .xlsx file.").format(
                name=final.name
            )
        )
    handle, temp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part",
                                    dir=final.parent if str(final.parent) else ".")
    try:
        if suffix == ".csv":
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(headers)
                writer.writerows([cell_safe(c) for c in row] for row in rows)
        else:
            os.close(handle)
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.styles import Font

            # Write-only: an export of 100,000 leads streams instead of building every cell.
            book = Workbook(write_only=True)
            sheet = book.create_sheet(sheet_name)
            sheet.freeze_panes = "A2"
            bold = Font(bold=True)
            header = []
            for title in headers:
                cell = WriteOnlyCell(sheet, value=title)
                cell.font = bold
                header.append(cell)
            sheet.append(header)
            for row in rows:
                sheet.append([_xlsx_value(sheet, v) for v in row])
            book.save(temp)
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return final
