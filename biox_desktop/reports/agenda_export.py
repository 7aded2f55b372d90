"""Export all agendas: one PDF and one ICS per delegate and per counterpart, into a folder.

Files are named after the person (``Chloé Fontaine.pdf``, ``佐々木恵美 (Sasaki Emi).ics``):
characters no common file system accepts are replaced, accents and CJK are kept (or spelt in
ASCII where the file system's encoding cannot hold them), Windows' reserved names are avoided
and two people of the same name get ``(2)``, ``(3)``. Optionally a mail draft per person
(``.eml``, the PDF and the ICS attached, To: the person's address when known) for the user's
mail program to open and send. A draft also carries each of the person's published meetings
as an invitation (iTIP, ``text/calendar; method=REQUEST``, or ``method=CANCEL`` for a cancelled
one, with the meeting's UID and SEQUENCE), which mail programs offer to add to (or remove from)
the calendar; drafts of the scheduler are not sent as invitations until they are published.

Each file is written whole or not at all (a temporary file renamed into place), and a cancel
(through :class:`~biox_desktop.core.progress.Progress`) is seen between two people, so a
cancelled export leaves only whole files, every person's set complete. No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sys
import tempfile
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

from biox_desktop.core.i18n import translate
from biox_desktop.core.progress import Progress
from biox_desktop.db.agenda import AgendaService
from biox_desktop.reports.agenda_feed import AgendaRows, calendar_name, person_events
from biox_desktop.reports.agenda_ics import agenda_rows
from biox_desktop.reports.ics import CalendarPerson, build_invitation, event_uid

#: Characters Windows, macOS or Linux refuse in a file name (and control characters).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
#: Names Windows reserves whatever the extension.
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                       *(f"LPT{i}" for i in range(1, 10))})
#: Most file systems allow 255 bytes per name; room is left for " (12)" and ".pdf".
_MAX_STEM_BYTES = 200


@dataclass(frozen=True)
class AgendaRecipient:
    """Someone who gets an agenda: a delegate on the roster or a counterpart they meet."""

    person_id: str
    name: str
    organisation_name: str
    email: str | None
    role: str  # "delegate" or "counterpart"


@dataclass(frozen=True)
class Invitation:
    """One meeting as an iTIP invitation to attach to a mail."""

    filename: str
    method: str  # "REQUEST" or "CANCEL"
    data: bytes


@dataclass(frozen=True)
class ExportedAgenda:
    person_id: str
    name: str
    pdf: Path
    ics: Path
    eml: Path | None = None


@dataclass(frozen=True)
class ExportAllSummary:
    folder: Path
    agendas: tuple[ExportedAgenda, ...]

    @property
    def files(self) -> tuple[Path, ...]:
        out: list[Path] = []
        for a in self.agendas:
            out.extend(p for p in (a.pdf, a.ics, a.eml) if p is not None)
        return tuple(out)


def recipients(agenda: AgendaService, mission_id: str) -> list[AgendaRecipient]:
    """Every delegate (by name), then every counterpart with an active meeting (by name)."""
    out = [AgendaRecipient(d.person_id, d.name, d.organisation_name, d.email, "delegate")
           for d in agenda.delegates(mission_id)]
    seen = {r.person_id for r in out}
    guests: dict[str, AgendaRecipient] = {}
    for meeting in agenda.meetings(mission_id):
        for p in meeting.participants:
            if p.person_id not in seen and p.person_id not in guests:
                guests[p.person_id] = AgendaRecipient(p.person_id, p.name, p.organisation_name,
                                                      p.email, "counterpart")
    out.extend(sorted(guests.values(), key=lambda r: r.name.casefold()))
    return out


def _encodable(text: str) -> bool:
    try:
        text.encode(sys.getfilesystemencoding(), errors="strict")
    except UnicodeEncodeError:
        return False
    return True


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode(
        "ascii", "ignore").decode("ascii")


def _cut(text: str, max_bytes: int) -> str:
    while len(text.encode("utf-8")) > max_bytes:
        text = text[:-1]
    return text


def safe_stem(name: str) -> str:
    """A file name (without extension) for ``name`` that every common file system accepts."""
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub("_", text)
    text = " ".join(text.split())
    if not _encodable(text):
        text = _ascii(text)
    text = _cut(text, _MAX_STEM_BYTES).strip(" .")
    if not text.strip("_ "):
        return "agenda"
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return text


def unique_stems(names: Iterable[str]) -> list[str]:
    """:func:`safe_stem` of each name; a name met again gets " (2)", " (3)" (compared
    case-blind, as Windows and macOS compare names)."""
    taken: set[str] = set()
    out = []
    for name in names:
        stem = base = safe_stem(name)
        n = 1
        while stem.casefold() in taken:
            n += 1
            stem = f"{base} ({n})"
        taken.add(stem.casefold())
        out.append(stem)
    return out


def _write_atomic(path: Path, data: bytes) -> Path:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


def invitations(rows: AgendaRows, person_id: str, *, organizer: CalendarPerson | None = None,
                now: dt.datetime | None = None) -> list[Invitation]:
    """The person's published meetings (and cancelled ones) as invitations, in time order:
    METHOD:REQUEST, or METHOD:CANCEL for a cancelled meeting (see
    :func:`biox_desktop.reports.ics.build_invitation`)."""
    meeting_uids = {event_uid(str(m["id"])) for m in rows.meetings}
    tzid = str(rows.mission.get("timezone") or "UTC")
    name = calendar_name(rows, person_id)
    zone = ZoneInfo(tzid)
    out = []
    stems: list[str] = []
    chosen = [e for e in person_events(rows, person_id, published_only=True)
              if e.event_uid in meeting_uids]
    for event in chosen:
        local = event.start_utc.astimezone(zone)
        stems.append(f"{local:%Y-%m-%d %H%M} {event.title}")
    for event, stem in zip(chosen, unique_stems(stems), strict=True):
        if organizer is not None:
            event = replace(event, organizer=organizer)
        data = build_invitation(event, calendar_name=name, tzid=tzid, now=now)
        out.append(Invitation(f"{stem}.ics", "CANCEL" if event.status == "CANCELLED"
                              else "REQUEST", data))
    return out


def mail_draft(recipient: AgendaRecipient, mission_name: str, pdf: Path, ics: Path,
               *, sender: str = "", invites: Sequence[Invitation] = ()) -> bytes:
    """A mail draft (RFC 5322) with the agenda attached, for the user's mail program."""
    msg = EmailMessage()
    msg["Subject"] = translate("agenda_export", "Your agenda: {mission}").format(
        mission=mission_name)
    if recipient.email:
        # An unusable address is left out: the user fills it in in the draft.
        with contextlib.suppress(ValueError, IndexError, HeaderParseError):
            msg["To"] = Address(display_name=recipient.name, addr_spec=recipient.email)
    if sender:
        msg["From"] = sender
    # Outlook opens a message marked unsent as a draft to send (others ignore the header).
    msg["X-Unsent"] = "1"
    msg.set_content(translate(
        "agenda_export",
        "Hello {name},\n\nplease find attached your agenda for {mission}: a PDF to read or "
        "print, and a calendar file (.ics) to open in your calendar.\n").format(
        name=recipient.name, mission=mission_name))
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                       filename=pdf.name)
    msg.add_attachment(ics.read_bytes(), maintype="text", subtype="calendar",
                       filename=ics.name)
    for invite in invites:
        # The method parameter is what makes a mail program treat the part as an invitation.
        msg.add_attachment(invite.data, maintype="text", subtype="calendar",
                           filename=invite.filename, params={"method": invite.method})
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n"))


def _organizer(agenda: AgendaService, sender: str) -> CalendarPerson:
    """Who sends the invitations: the user, with the sender's address when one is given."""
    identity = agenda.ctx.identity
    email = parseaddr(sender)[1] if sender else ""
    return CalendarPerson(uuid.uuid5(uuid.NAMESPACE_URL, f"biox:user:{identity.user_id}"),
                          identity.display_name, email or None)


def export_all_agendas(agenda: AgendaService, mission_id: str, folder: str | Path, *,
                       mail_drafts: bool = False, sender: str = "",
                       progress: Progress | None = None) -> ExportAllSummary:
    """Write every delegate's and counterpart's agenda into ``folder`` (see the module
    docstring). Files of an earlier export with the same names are replaced."""
    from biox_desktop.reports.agenda_ics import write_delegate_calendar
    from biox_desktop.reports.agenda_pdf import write_personal_agenda

    progress = progress or Progress()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    mission_name = agenda.zones(mission_id).name
    people = recipients(agenda, mission_id)
    rows = agenda_rows(agenda, mission_id) if mail_drafts else None
    organizer = _organizer(agenda, sender)
    stems = unique_stems(p.name for p in people)
    done: list[ExportedAgenda] = []
    for n, (person, stem) in enumerate(zip(people, stems, strict=True)):
        # The one place a cancel stops the work: between two people, whose files are whole.
        progress.step(n, len(people), translate("agenda_export", "Agenda of {name}").format(
            name=person.name))
        pdf = write_personal_agenda(agenda, mission_id, person.person_id,
                                    target / f"{stem}.pdf")
        ics = write_delegate_calendar(agenda, mission_id, person.person_id,
                                      target / f"{stem}.ics")
        eml = None
        if rows is not None:
            invites = invitations(rows, person.person_id, organizer=organizer)
            eml = _write_atomic(target / f"{stem}.eml",
                                mail_draft(person, mission_name, pdf, ics, sender=sender,
                                           invites=invites))
        done.append(ExportedAgenda(person.person_id, person.name, pdf, ics, eml))
    return ExportAllSummary(target, tuple(done))
