"""Leads in and out of files: vCard import (files and folders), vCard 3.0/4.0, CSV and XLSX export.

The file formats live here, the rules in the lead service: this module reads and parses the
files, hands the cards to :meth:`biox_desktop.db.leads.LeadService.card_import` one file at a
time (each file in one transaction), and writes what the service lists. Writes are atomic.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from biox_desktop.core.i18n import translate
from biox_desktop.core.leads import CardRead, FileImport
from biox_desktop.core.progress import Progress
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.db.leads import EXPORT_COLUMNS
from biox_desktop.reports.spreadsheet import write_table
from biox_desktop.reports.vcard import ParsedCard, parse_vcards, write_vcard

#: Files a folder import picks up.
VCARD_SUFFIXES = (".vcf", ".vcard")


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files named, plus every .vcf/.vcard file under folders named, sorted, without repeats."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in VCARD_SUFFIXES))
        else:
            out.append(path)
    return list(dict.fromkeys(out))


def import_vcards(ws: Any, paths: Sequence[str | Path], *, mission_id: str | None = None,
                  visibility: str | None = None,
                  progress: Progress | None = None) -> list[FileImport]:
    """Import vCard files and folders as leads; one result per file, in order.

    The whole run is one transaction and one batch: every result carries its ``batch_id``
    (for ``biox-desktop batches undo`` and the window's "Undo this import"); a cancel or an
    error leaves nothing of the run. A card updates an existing lead only when it is the same
    person (same UID, or a shared personal e-mail with a compatible name, see
    :mod:`biox_desktop.core.matching`), and then adds to it. A file that cannot be read is
    refused with the reason.
    """
    files = expand_paths(paths)
    results: list[FileImport] = []
    with ws.leads.card_import(mission_id=mission_id, visibility=visibility) as run:
        for n, path in enumerate(files, start=1):
            if progress is not None:
                progress.step(
                    n - 1, len(files), translate("leads", "Importing {name}").format(name=path.name)
                )
            try:
                data = path.read_bytes()
            except OSError as exc:
                reason = exc.strerror or str(exc)
                results.append(FileImport(str(path), refused=(
                    translate("leads", "{name}: the file cannot be read: {reason}").format(
                        name=path.name, reason=reason),)))
                continue
            parsed = parse_vcards(data, source_name=path.name, default_region=run.region,
                                  progress=progress)
            items: list[CardRead | str] = [
                CardRead(p.card, p.index, p.line, p.warnings) if isinstance(p, ParsedCard)
                else str(p) for p in parsed
            ]
            results.append(run.add_file(str(path), path.name, items, progress))
    if progress is not None:
        progress.step(len(files), len(files), translate("leads", "Imported"))
    return [replace(r, batch_id=run.batch_id) for r in results]


def export_leads(ws: Any, path: str | Path, fmt: str, *, version: str = "3.0",
                 ids: Sequence[str] | None = None) -> int:
    """Write leads to ``path`` as vcf (3.0 or 4.0), csv or xlsx, atomically; returns how many."""
    fmt = fmt.lower().lstrip(".")
    if fmt in ("vcf", "vcard"):
        cards = ws.leads.cards(ids)
        _atomic_write(Path(path), write_vcard(cards, version).encode("utf-8"))
        return len(cards)
    if fmt not in ("csv", "xlsx"):
        raise ValidationError(
            [
                FieldError(
                    "format", translate("leads", "'{fmt}' is not vcf, csv or xlsx.").format(fmt=fmt)
                )
            ]
        )
    table = ws.leads.table(ids)
    write_table(path, EXPORT_COLUMNS, table, sheet_name="Leads")
    return len(table)


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
