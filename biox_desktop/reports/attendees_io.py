"""Participant exports of event organisers (b2match and other registration tools), CSV or XLSX.

Columns are found by their usual names in the tools' exports and in the app's languages
(``_ALIASES``, headers folded to ASCII letters and digits as the lead import does); a file
without a name column is refused as a whole, a row without a name is refused with its row
number, and what was read replaces the earlier import of the same file name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from biox_desktop.core.attendees import AttendeeInput
from biox_desktop.core.contacts import has_non_latin_letters
from biox_desktop.core.i18n import translate
from biox_desktop.core.places import normalise_country
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.reports.spreadsheet import read_table

#: Other names of each column, folded ("Badge ID" -> "badgeid").
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "participant", "participantname", "attendee", "attendeename",
             "displayname", "nom", "nomcomplet", "nombre", "nome", "vollername"),
    "first_name": ("firstname", "givenname", "prenom", "vorname", "nomedibattesimo"),
    "last_name": ("lastname", "surname", "familyname", "nachname", "cognome", "apellido",
                  "apellidos", "nomdefamille"),
    "name_romanised": ("romanised", "romanized", "nameromanised", "nameromanized",
                       "nameinlatinletters", "latinname", "englishname", "nameenglish"),
    "organisation": ("organisation", "organization", "organisationname", "organizationname",
                     "company", "companyname", "institution", "employer", "societe",
                     "entreprise", "firma", "unternehmen", "empresa", "azienda"),
    "role": ("role", "jobtitle", "position", "function", "fonction", "poste",
             "funktion", "cargo", "ruolo"),
    "country": ("country", "countryname", "organisationcountry", "organizationcountry",
                "pays", "land", "pais", "paese"),
    "badge_id": ("badgeid", "badge", "badgenumber", "badgeno", "badgecode", "barcode",
                 "registrationid", "registrationnumber", "participantid", "attendeeid",
                 "ticketid", "ticketnumber", "ticketcode", "qrcode"),
    "email": ("email", "emailaddress", "mail", "courriel", "correo", "posta"),
    "phone": ("phone", "phonenumber", "mobile", "mobilephone", "telephone", "tel", "telefon",
              "telefono", "cellphone"),
    "profile": ("profile", "profiletext", "description", "organisationdescription",
                "organizationdescription", "about", "bio", "biography", "lookingfor",
                "offering", "interests", "expertise", "keywords", "marketplace"),
}
#: Columns whose cells are joined (a profile spread over "Description", "Looking for" ...).
_JOINED = ("profile",)
_LOOKUP = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}


@dataclass(frozen=True, slots=True)
class AttendeeFile:
    """A participant export as read: the rows kept and the rows refused (with why)."""

    path: str
    rows: tuple[AttendeeInput, ...]
    refused: tuple[str, ...] = ()
    unread_columns: tuple[str, ...] = ()


def _key(header: Any) -> str:
    folded = unicodedata.normalize("NFKD", str(header)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.casefold())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a badge number in an XLSX cell
    return " ".join(str(value).split())


def read_attendees(path: str | Path) -> AttendeeFile:
    """Read a participant export; raises ValidationError (field ``file``) for a file that is
    not a table or has no name column."""
    file = Path(path)
    table = read_table(file)
    columns: list[tuple[int, str]] = []
    unread: list[str] = []
    for i, header in enumerate(table.headers):
        field = _LOOKUP.get(_key(header))
        if field is None:
            if str(header).strip():
                unread.append(str(header).strip())
            continue
        columns.append((i, field))
    fields = {f for _i, f in columns}
    if "name" not in fields and not ({"first_name", "last_name"} & fields):
        raise ValidationError([FieldError("file", translate(
            "attendees", "{name}: no column with the participants' names (Name, Full name, or "
            "First name and Last name).").format(name=file.name))])
    rows: list[AttendeeInput] = []
    refused: list[str] = []
    for index, raw in enumerate(table.rows):
        cells: dict[str, str] = {}
        for i, field in columns:
            value = _cell(raw[i]) if i < len(raw) else ""
            if not value:
                continue
            if field in _JOINED and cells.get(field):
                cells[field] += "\n" + value
            else:
                cells.setdefault(field, value)
        if not any(cells.values()):
            continue
        number = table.number(index)
        name = cells.get("name", "")
        if not name:
            first, last = cells.get("first_name", ""), cells.get("last_name", "")
            # A CJK family name comes first.
            order = (last, first) if has_non_latin_letters(last + first) else (first, last)
            name = " ".join(x for x in order if x)
        if not name:
            refused.append(translate("attendees", "{name}: row {row} has no participant name")
                           .format(name=file.name, row=number))
            continue
        country = cells.get("country", "")
        rows.append(AttendeeInput(
            row=number, name=name, name_romanised=cells.get("name_romanised", ""),
            organisation=cells.get("organisation", ""), role=cells.get("role", ""),
            country=(normalise_country(country) or "") if country else "",
            badge_id=cells.get("badge_id", ""), email=cells.get("email", ""),
            phone=cells.get("phone", ""), profile=cells.get("profile", "")))
    return AttendeeFile(str(file), tuple(rows), tuple(refused), tuple(unread))


def import_attendees(ws: Any, path: str | Path, mission_id: str | None = None) -> AttendeeFile:
    """Read a participant export and store it on this laptop (replacing the earlier import of
    the same file name). Nothing is stored when the file is refused."""
    result = read_attendees(path)
    ws.attendees.replace_list(Path(path).name, result.rows, mission_id)
    return result
