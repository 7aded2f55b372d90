"""A mission's briefing pack: country reports (PDF, DOCX), partner contacts, practical notes,
kept in the database as attachments of the mission so every laptop of the delegation has them
offline after a sync.

Each document is content-hashed (SHA-256): adding a file the pack already holds (the same bytes,
whatever its name) changes nothing, so nothing is journaled and nothing is sent again; adding a
new version under the same name replaces the old one's bytes in place.
"""

from __future__ import annotations

import builtins
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from biox_desktop.core.i18n import translate
from biox_desktop.core.identity import mission_scope
from biox_desktop.core.ids import uuid7
from biox_desktop.core.outcomes import AttachmentInfo
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import Attachment, Mission

OWNER_TABLE = "missions"
#: Largest document of a briefing pack: it is copied to every laptop of the delegation.
MAX_BRIEFING_BYTES = 15 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class AddResult:
    """The document as stored, and whether anything changed (False: the pack already had it)."""

    document: AttachmentInfo
    changed: bool


def check_briefing_file(filename: str, size: int) -> None:
    """Refuse an empty or too large document, saying what to do instead."""
    name = filename.strip()
    if not name:
        raise ValidationError([FieldError("document", translate(
            "briefing", "The document has no file name."))])
    if size <= 0:
        raise ValidationError([FieldError("document", translate(
            "briefing", "'{name}' is empty.").format(name=name))])
    if size > MAX_BRIEFING_BYTES:
        raise ValidationError([FieldError("document", translate(
            "briefing", "'{name}' is {size:.1f} MB; a briefing document may be {limit} MB at "
            "most, because it is copied to every laptop of the delegation. Compress it or "
            "split it.").format(name=name, size=size / 1024 / 1024,
                                limit=MAX_BRIEFING_BYTES // 1024 // 1024))])


class BriefingService:
    """Add, list, save and remove a mission's briefing documents."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    def list(self, mission_id: str) -> builtins.list[AttachmentInfo]:
        with self.db.session() as s:
            return [_info(a) for a in s.scalars(
                select(Attachment).where(Attachment.owner_table == OWNER_TABLE,
                                         Attachment.owner_id == mission_id,
                                         Attachment.deleted.is_(False))
                .order_by(Attachment.filename))]

    def add(self, mission_id: str, filename: str, data: bytes,
            mime_type: str | None = None) -> AddResult:
        name = Path(filename).name
        check_briefing_file(name, len(data))
        digest = hashlib.sha256(data).hexdigest()
        mime = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.db.session() as s:
            mission = s.get(Mission, mission_id)
            if mission is None or mission.deleted:
                raise NotFoundError(translate("briefing", "no mission with id {id}")
                                    .format(id=mission_id))
            pack = builtins.list(s.scalars(select(Attachment).where(
                Attachment.owner_table == OWNER_TABLE, Attachment.owner_id == mission_id,
                Attachment.deleted.is_(False))))
            same = next((a for a in pack if a.sha256 == digest), None)
            if same is not None:  # unchanged: nothing to write, nothing to send
                return AddResult(_info(same), changed=False)
            older = next((a for a in pack if a.filename == name), None)
            if older is not None:  # a new version of the same document
                older.data, older.sha256, older.size, older.mime_type = (
                    data, digest, len(data), mime)
                return AddResult(_info(older), changed=True)
            row = Attachment(id=uuid7(), scope=mission_scope(mission_id),
                             created_by=self.ctx.identity.user_id, owner_table=OWNER_TABLE,
                             owner_id=mission_id, filename=name, mime_type=mime,
                             sha256=digest, size=len(data), data=data)
            s.add(row)
            return AddResult(_info(row), changed=True)

    def add_file(self, mission_id: str, path: Path) -> AddResult:
        """Add a file from disk, refusing a too large one before reading it."""
        check_briefing_file(path.name, path.stat().st_size)
        return self.add(mission_id, path.name, path.read_bytes())

    def remove(self, document_id: str) -> None:
        with self.db.session() as s:
            self._row(s, document_id).deleted = True

    def document(self, document_id: str) -> tuple[AttachmentInfo, bytes]:
        """A document's details and bytes, checked against its SHA-256."""
        with self.db.session() as s:
            row = self._row(s, document_id)
            data = bytes(row.data)
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise ValidationError([FieldError("document", translate(
                    "briefing", "'{name}' is damaged (its checksum does not match); add it "
                    "again.").format(name=row.filename))])
            return _info(row), data

    def save(self, document_id: str, target: Path) -> Path:
        """Write a document to ``target`` (a file, or a folder to put it in by name)."""
        info, data = self.document(document_id)
        path = target / info.filename if target.is_dir() else target
        temp = path.with_name(f".{path.name}.part")
        temp.write_bytes(data)
        temp.replace(path)
        return path

    @staticmethod
    def _row(s: Session, document_id: str) -> Attachment:
        row = s.get(Attachment, document_id)
        if row is None or row.deleted or row.owner_table != OWNER_TABLE:
            raise NotFoundError(translate("briefing", "no briefing document with id {id}")
                                .format(id=document_id))
        return row


def _info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(id=a.id, filename=a.filename, mime_type=a.mime_type, size=a.size,
                          sha256=a.sha256)
