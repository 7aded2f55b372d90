"""Leads in and out of files: vCard and CSV/XLSX import, vCard 3.0/4.0, CSV and XLSX export.

The file formats live here, the rules in the lead service: this module reads and parses the
files, hands the cards to :meth:`biox_desktop.db.leads.LeadService.card_import` one file at a
time (each file in one transaction), and writes what the service lists. Writes are atomic.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from biox_desktop.core.contacts import has_non_latin_letters
from biox_desktop.core.i18n import translate
from biox_desktop.core.leads import VISIBILITIES, CardRead, FileImport, LeadInput
from biox_desktop.core.progress import Progress
from biox_desktop.core.roster import parse_date
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.db.leads import EXPORT_COLUMNS, ImportedRow
from biox_desktop.reports.spreadsheet import read_table, write_table
from biox_desktop.reports.vcard import ParsedCard, parse_vcards, write_vcard

#: Files a folder import picks up.
VCARD_SUFFIXES = (".vcf", ".vcard")


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files named (vCards, or CSV/XLSX lead tables), plus every .vcf/.vcard file under
    folders named, sorted, without repeats."""
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
                  visibility: str | None = None, basis: str | None = None,
                  progress: Progress | None = None) -> list[FileImport]:
    """Import vCard files, folders of them, and CSV/XLSX files with the columns of the leads
    export, as leads; one result per file, in order.

    The whole run is one transaction and one batch: every result carries its ``batch_id``
    (for ``biox-desktop batches undo`` and the window's "Undo this import"); a cancel or an
    error leaves nothing of the run. A card or row updates an existing lead only when it is
    the same person (same UID, or a shared personal e-mail with a compatible name, see
    :mod:`biox_desktop.core.matching`), and then adds to it. A file that cannot be read is
    refused with the reason. ``basis`` is the legal basis of the whole batch ("consent",
    "legitimate_interest"); without one ("none") the leads are marked consent missing and each
    result counts them (``without_basis``).
    """
    files = expand_paths(paths)
    tables = [p for p in files if p.suffix.lower() in TABLE_SUFFIXES]
    kind = "lead_table_import" if files and len(tables) == len(files) else "vcard_import"
    results: list[FileImport] = []
    with ws.leads.card_import(mission_id=mission_id, visibility=visibility, kind=kind,
                              basis=basis) as run:
        for n, path in enumerate(files, start=1):
            if progress is not None:
                progress.step(
                    n - 1, len(files), translate("leads", "Importing {name}").format(name=path.name)
                )
            if path.suffix.lower() in TABLE_SUFFIXES:
                results.append(_import_table(run, path, progress))
                continue
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


#: Files read as lead tables (the columns of the leads export) rather than vCards.
TABLE_SUFFIXES = (".csv", ".xlsx")
_NETWORK_COLUMNS = ("wechat", "line", "kakaotalk", "whatsapp")
#: Export columns an import does not read back: where and when it was captured, and consent
#: (a file cannot prove consent; a person records it).
_NOT_READ = ("mission", "meeting", "source", "captured_at", "consent_basis",
             "consent_given_at", "consent_wording_version")


#: Other names of the import's columns: spreadsheets typed by people, in the app's languages,
#: and the contact exports of mail programs (Outlook, Google, Apple), keyed by the header
#: folded to ASCII letters and digits ("E-mail Address" -> "emailaddress"). Several columns may
#: fill ``emails`` or ``phones`` (work, home, mobile); the other fields take the first non-empty.
_LEAD_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "displayname", "contact", "contactname", "nom", "nomcomplet",
             "nombre", "nombrecompleto", "nome", "nomecompleto", "vollername"),
    "first_name": ("firstname", "givenname", "prenom", "vorname", "forename", "nomedibattesimo"),
    "middle_name": ("middlename", "additionalname", "secondname"),
    "last_name": ("lastname", "surname", "familyname", "nomdefamille", "nachname", "cognome",
                  "apellido", "apellidos"),
    "organisation": ("organisation", "organization", "company", "companyname",
                     "organizationname", "organization1name", "employer", "societe",
                     "entreprise", "firma", "unternehmen", "empresa", "azienda", "institution"),
    "role": ("role", "jobtitle", "position", "function", "fonction", "poste",
             "organization1title", "funktion", "cargo", "ruolo", "qualifica"),
    "emails": ("emails", "email", "emailaddress", "mail", "courriel", "email1value",
               "email2value", "email3value", "email2address", "email3address", "emailaddress2",
               "emailaddress3", "emailhome", "emailwork", "workemail", "homeemail",
               "adressecourriel", "correo", "correoelectronico", "posta", "postaelettronica"),
    "phones": ("phones", "phone", "telephone", "mobile", "mobilephone", "businessphone",
               "businessphone2", "homephone", "tel", "phonenumber", "cellphone", "phone1value",
               "phone2value", "phone3value", "primaryphone", "companymainphone", "workphone",
               "handy", "telefon", "telefono", "cellulare", "portable", "movil", "mobil"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "bemerkungen", "notizen",
              "commentaires", "notas", "commento"),
    "tags": ("tags", "labels", "categories", "kategorien", "etiquettes", "etichette"),
    "linkedin": ("linkedin", "linkedinurl", "linkedinprofile"),
    "next_action_due": ("nextactiondue", "duedate", "due", "echeance", "falligkeit",
                        "fechalimite", "scadenza"),
    "next_action": ("nextaction", "nextstep", "followup", "prochaineaction", "nachsterschritt"),
}
#: Columns whose values add up (several e-mail or phone columns of one contact export).
_MANY = ("emails", "phones")
_ALIAS_LOOKUP = {alias: field for field, aliases in _LEAD_ALIASES.items() for alias in aliases}


def _alias_key(header: Any) -> str:
    folded = unicodedata.normalize("NFKD", str(header)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.casefold())


def _field_of(header: Any, known: set[str]) -> str | None:
    """The field a column fills: an export column by its own name, else a known other name."""
    key = _column_key(header)
    if key in known:
        return key
    return _ALIAS_LOOKUP.get(_alias_key(header))


def _row_cells(raw: Sequence[Any], fields: list[tuple[int, str]]) -> dict[str, str]:
    cells: dict[str, str] = {}
    for idx, field in fields:
        value = _cell(raw[idx]) if idx < len(raw) else ""
        if not value:
            continue
        if field in _MANY and cells.get(field):
            cells[field] += ";" + value
        else:
            cells.setdefault(field, value)
    if not (cells.get("name") or cells.get("name_native") or cells.get("name_romanised")):
        # "First name" and "Last name" columns: a CJK family name comes first, unspaced
        # readings stay as the person wrote them.
        first, middle, last = (cells.pop(k, "") for k in ("first_name", "middle_name",
                                                          "last_name"))
        if has_non_latin_letters(last + first):
            cells["name"] = " ".join(x for x in (last, first) if x)
        else:
            cells["name"] = " ".join(x for x in (first, middle, last) if x)
    for k in ("first_name", "middle_name", "last_name"):
        cells.pop(k, None)
    return cells


def _import_table(run: Any, path: Path, progress: Progress | None) -> FileImport:
    """One CSV/XLSX file of leads into the run: a column the file lacks changes nothing,
    columns it has that are not read are named in a note, the export's ``id`` is a UID.
    Besides the export's own columns, the usual names of spreadsheets and contact exports
    are read (``_LEAD_ALIASES``)."""
    try:
        table = read_table(path)
    except ValidationError as exc:
        return FileImport(str(path), refused=tuple(e.message for e in exc.errors))
    known = set(EXPORT_COLUMNS)
    fields: list[tuple[int, str]] = []
    unknown: list[str] = []
    for i, h in enumerate(table.headers):
        if not h:
            continue
        field = _field_of(h, known)
        if field is None:
            unknown.append(str(h))
        elif field not in _NOT_READ:
            fields.append((i, field))
    rows: list[ImportedRow | str] = []
    for i, raw in enumerate(table.rows):
        cells = _row_cells(raw, fields)
        if not any(cells.values()):
            continue
        where = translate("leads", "{name}: row {row}").format(name=path.name,
                                                                row=table.number(i))
        item = _row_input(cells, where)
        rows.append(item if isinstance(item, str) else ImportedRow(
            where, item[0], cells.get("id", ""), keep_visibility=item[1]))
    result = run.add_rows(str(path), path.name, rows, progress)
    if unknown:
        note = translate("leads", "{name}: columns not read: {columns}").format(
            name=path.name, columns=", ".join(unknown))
        result = replace(result, warnings=(note, *result.warnings))
    return result


def _column_key(header: Any) -> str:
    return "_".join(str(header).strip().lower().replace("-", " ").split())


def _cell(value: Any) -> str:
    """A cell as text: XLSX numbers without ".0", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.replace(",", ";").split(";") if x.strip())


def _row_input(cells: dict[str, str], where: str) -> tuple[LeadInput, bool] | str:
    """A spreadsheet row as the lead it describes, and whether it says who sees it; or why
    it is refused."""
    native, romanised, name = (cells.get(k, "") for k in ("name_native", "name_romanised",
                                                          "name"))
    if not (native or romanised) and name:
        # The export's display name is "native (romanised)".
        head, sep, tail = name.partition(" (")
        if sep and tail.endswith(")") and has_non_latin_letters(head):
            native, romanised = head, tail[:-1]
        elif has_non_latin_letters(name):
            native = name
        else:
            romanised = name
    rating: int | None = None
    if cells.get("rating"):
        try:
            rating = int(cells["rating"])
        except ValueError:
            return translate("leads", "{where}: the rating '{value}' is not a number "
                             "from 1 to 5").format(where=where, value=cells["rating"])
    due: dt.date | None = None
    if cells.get("next_action_due"):
        try:
            due = parse_date(cells["next_action_due"][:10])
        except ValueError:
            return translate("leads", "{where}: the due date '{value}' is not a date "
                             "(YYYY-MM-DD)").format(where=where, value=cells["next_action_due"])
    visibility = cells.get("visibility", "")
    data = LeadInput(
        name=native or romanised, name_romanised=romanised if native else "",
        organisation_name=cells.get("organisation", ""), role=cells.get("role", ""),
        emails=_split(cells.get("emails", "")),
        phones=tuple(p.strip() for p in cells.get("phones", "").split(";") if p.strip()),
        messaging=tuple((net, cells[net]) for net in _NETWORK_COLUMNS if cells.get(net)),
        linkedin=cells.get("linkedin", ""), tags=_split(cells.get("tags", "")),
        rating=rating, notes=cells.get("notes", ""), next_action=cells.get("next_action", ""),
        next_action_due=due, visibility=visibility if visibility in VISIBILITIES else "private",
        source="spreadsheet",
    )
    return data, visibility in VISIBILITIES


def export_leads(ws: Any, path: str | Path, fmt: str, *, version: str = "3.0",
                 ids: Sequence[str] | None = None) -> int:
    """Write leads to ``path`` as vcf (3.0 or 4.0), csv or xlsx, atomically; returns how many."""
    fmt = fmt.lower().lstrip(".")
    if fmt in ("vcf", "vcard"):
        cards = ws.leads.cards(ids, structured_names=True)
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
