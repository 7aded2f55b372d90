"""Leads handed to a CRM: HubSpot and Salesforce import files with their standard columns.

The headers are the labels of each CRM's default properties, so that its import wizard maps
every column by itself (no re-mapping by hand):

* **HubSpot** (Contacts › Import › "File from computer", two objects in one file: contacts and
  companies, associated by the company's name and domain; then a second file of notes
  associated to the contacts by e-mail): :data:`HUBSPOT_CONTACT_COLUMNS` and
  :data:`HUBSPOT_NOTE_COLUMNS`.
* **Salesforce** (Setup › Data Import Wizard › Leads, the object for people met at an event;
  the notes go into the lead's Description): :data:`SALESFORCE_LEAD_COLUMNS`.

Files are CSV in UTF-8 with a byte-order mark (both wizards read it, and Excel shows the
accents and Asian scripts right); cells that a spreadsheet would run as formulas are escaped.
Names are split into first and last name by :func:`split_name`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from biox_desktop.core.contacts import has_non_latin_letters
from biox_desktop.core.leads import LeadView
from biox_desktop.core.validation import NotFoundError
from biox_desktop.reports.spreadsheet import cell_safe

__all__ = ["CRM_FORMATS", "HUBSPOT_CONTACT_COLUMNS", "HUBSPOT_NOTE_COLUMNS",
           "SALESFORCE_LEAD_COLUMNS", "export_crm", "split_name"]

HUBSPOT_CONTACT_COLUMNS = (
    "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Job Title",
    "Company Name", "Company Domain Name", "Website URL", "City", "Country/Region",
    "LinkedIn URL", "Lead Status", "Message",
)
HUBSPOT_NOTE_COLUMNS = ("Email", "Note body", "Activity date")
SALESFORCE_LEAD_COLUMNS = (
    "First Name", "Last Name", "Company", "Title", "Email", "Phone", "Mobile", "Website",
    "City", "Country", "Lead Source", "Rating", "Lead Status", "Description",
)
#: ``format`` of :func:`export_crm`, and the files each writes (suffixes to the path's stem).
CRM_FORMATS = {"hubspot": ("-contacts.csv", "-notes.csv"), "salesforce": ("-leads.csv",)}

#: Public mail domains: never a company's domain.
_PUBLIC_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
    "yahoo.co.jp", "icloud.com", "me.com", "qq.com", "163.com", "126.com", "sina.com",
    "naver.com", "daum.net", "hanmail.net", "gmx.de", "gmx.net", "web.de", "orange.fr",
    "free.fr", "libero.it", "protonmail.com", "proton.me", "aol.com", "mail.ru",
})


@dataclass(frozen=True, slots=True)
class CrmLead:
    """What the CRM files need of one lead (plain data, read in the service's session)."""

    view: LeadView
    family_name: str = ""  # from the card the lead was read from, when it had one
    given_name: str = ""
    website: str = ""
    city: str = ""
    country: str = ""


def split_name(native: str, romanised: str, family: str = "", given: str = "") -> tuple[str,
                                                                                       str]:
    """(first name, last name) for a CRM, in Latin letters when the lead has them.

    A structured name from the person's card wins. A romanised name next to a name in Asian
    script is written family name first (as the app asks: "Yamada Taro"); a Latin name alone
    is written given name first ("Anna Müller"). A name in Asian script alone keeps its
    first word (or first character, unspaced) as the family name."""
    if family or given:
        if has_non_latin_letters(family + given) and romanised:
            pass  # the card's parts are in Asian script: use the reading below
        else:
            return given.strip(), family.strip()
    if romanised and has_non_latin_letters(native):
        words = romanised.split()
        return (" ".join(words[1:]), words[0]) if len(words) > 1 else ("", romanised)
    name = (native or romanised).strip()
    if has_non_latin_letters(name):
        words = name.split()
        if len(words) > 1:
            return " ".join(words[1:]), words[0]
        return name[1:], name[:1]
    words = name.split()
    return (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", name)


def _domain(emails: Sequence[str], website: str) -> str:
    if website:
        host = website.split("//", 1)[-1].split("/", 1)[0].lower()
        return host.removeprefix("www.")
    for email in emails:
        domain = email.rpartition("@")[2].lower()
        if domain and domain not in _PUBLIC_MAIL:
            return domain
    return ""


def _phones(view: LeadView) -> tuple[str, str]:
    """(phone, mobile): the first number, and a second one as the mobile."""
    phones = list(view.phones)
    return (phones[0] if phones else "", phones[1] if len(phones) > 1 else "")


def _notes(lead: CrmLead, *, with_names: bool) -> str:
    """The lead's notes with what the CRM has no column for, one fact a line."""
    v = lead.view
    lines = []
    if with_names and v.name_native and has_non_latin_letters(v.name_native):
        lines.append(f"Name as written: {v.name_native}")
    if v.notes:
        lines.append(v.notes)
    if v.next_action:
        due = f" (due {v.next_action_due.isoformat()})" if v.next_action_due else ""
        lines.append(f"Next action: {v.next_action}{due}")
    if v.rating:
        lines.append(f"Interest: {v.rating}/5")
    if v.tags:
        lines.append("Tags: " + ", ".join(v.tags))
    for network, value in v.messaging:
        lines.append(f"{network}: {value}")
    if v.mission_name:
        lines.append(f"Met at: {v.mission_name}" + (f", {v.meeting_title}"
                                                     if v.meeting_title else ""))
    return "\n".join(lines)


def _rating(rating: int | None) -> str:
    """Salesforce's standard Rating picklist."""
    if rating is None:
        return ""
    return "Hot" if rating >= 4 else "Warm" if rating == 3 else "Cold"


def hubspot_rows(leads: Sequence[CrmLead]) -> tuple[list[list[str]], list[list[str]]]:
    """Rows of the HubSpot contacts file and of its notes file."""
    contacts, notes = [], []
    for lead in leads:
        v = lead.view
        first, last = split_name(v.name_native, v.name_romanised, lead.family_name,
                                 lead.given_name)
        phone, mobile = _phones(v)
        email = v.emails[0] if v.emails else ""
        contacts.append([
            first, last, email, phone, mobile, v.role, v.organisation_name,
            _domain(v.emails, lead.website), lead.website, lead.city, lead.country,
            v.linkedin, "NEW", _notes(lead, with_names=True),
        ])
        body = _notes(lead, with_names=False)
        if email and body:
            notes.append([email, body, v.created_at.strftime("%Y-%m-%d %H:%M")])
    return contacts, notes


def salesforce_rows(leads: Sequence[CrmLead]) -> list[list[str]]:
    """Rows of the Salesforce leads file. Salesforce requires Last Name and Company: a lead
    without an organisation gets its own name as the company, as Salesforce advises for
    individuals."""
    rows = []
    for lead in leads:
        v = lead.view
        first, last = split_name(v.name_native, v.name_romanised, lead.family_name,
                                 lead.given_name)
        phone, mobile = _phones(v)
        company = v.organisation_name or " ".join(x for x in (first, last) if x)
        source = "Trade Show" if v.mission_name else "Other"
        rows.append([
            first, last, company, v.role, v.emails[0] if v.emails else "", phone, mobile,
            lead.website, lead.city, lead.country, source, _rating(v.rating), "Open - Not Contacted",
            _notes(lead, with_names=True),
        ])
    return rows


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from biox_desktop.reports.leads_io import _atomic_write

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([cell_safe(c) for c in row])
    _atomic_write(path, ("\ufeff" + out.getvalue()).encode("utf-8"))


def crm_paths(path: str | Path, fmt: str) -> list[Path]:
    """The files ``export_crm`` writes for ``path`` (``leads.csv`` -> ``leads-contacts.csv``
    and ``leads-notes.csv`` for HubSpot, ``leads-leads.csv`` for Salesforce)."""
    base = Path(path)
    stem = base.stem if base.suffix.lower() == ".csv" else base.name
    return [base.with_name(stem + suffix) for suffix in CRM_FORMATS[fmt]]


def crm_leads(ws: Any, ids: Sequence[str] | None = None) -> list[CrmLead]:
    """The leads (all, or ``ids`` in this order) with what their cards add: the structured
    name, the website and the first address's city and country."""
    out = []
    for lead_id in (list(ids) if ids is not None else ws.leads.ids()):
        try:
            view = ws.leads.get(lead_id)
        except NotFoundError:
            continue  # deleted since the list was shown
        cards = ws.leads.cards([lead_id])
        card = cards[0] if cards else None
        if card is None:
            out.append(CrmLead(view))
            continue
        address = card.addresses[0] if card.addresses else None
        website = next((u for u in card.urls if u.lower().startswith(("http://", "https://"))),
                       "")
        out.append(CrmLead(view, family_name=card.family_name, given_name=card.given_name,
                           website=website, city=address.locality if address else "",
                           country=address.country if address else ""))
    return out


def export_crm(ws: Any, path: str | Path, fmt: str, ids: Sequence[str] | None = None) -> list[
        Path]:
    """Write the leads (all, or ``ids`` in this order) as ``fmt`` (``hubspot`` or
    ``salesforce``) import files next to ``path``; returns the files written."""
    leads = crm_leads(ws, ids)
    paths = crm_paths(path, fmt)
    if fmt == "hubspot":
        contacts, notes = hubspot_rows(leads)
        _write_csv(paths[0], HUBSPOT_CONTACT_COLUMNS, contacts)
        _write_csv(paths[1], HUBSPOT_NOTE_COLUMNS, notes)
    else:
        _write_csv(paths[0], SALESFORCE_LEAD_COLUMNS, salesforce_rows(leads))
    return paths
