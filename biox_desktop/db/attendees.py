"""Participant lists of events on this laptop: imported from the organiser's export, found by
a badge scan or by a typed name (see :class:`biox_desktop.db.models.Attendee`)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from biox_desktop.core.attendees import AttendeeInput, AttendeeView, search_text
from biox_desktop.core.text import fold
from biox_desktop.db.models import Attendee

if TYPE_CHECKING:
    from biox_desktop.db.context import ServiceContext
    from biox_desktop.db.engine import Database


def _view(a: Attendee) -> AttendeeView:
    return AttendeeView(
        id=a.id, list_name=a.list_name, name=a.name, name_romanised=a.name_romanised or "",
        organisation=a.organisation or "", role=a.role or "", country=a.country or "",
        badge_id=a.badge_id or "", email=a.email or "", phone=a.phone or "",
        profile=a.profile or "")


class AttendeeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    def replace_list(self, list_name: str, rows: Sequence[AttendeeInput],
                     mission_id: str | None = None) -> int:
        """Store a participant list, replacing the list of the same name (the organiser's
        newer export of the same event), in one transaction; returns how many rows."""
        with self.db.session() as s:
            s.execute(delete(Attendee).where(Attendee.list_name == list_name))
            s.add_all(Attendee(
                list_name=list_name, mission_id=mission_id, row=r.row,
                badge_id=r.badge_id.strip() or None, name=r.name,
                name_romanised=r.name_romanised or None, organisation=r.organisation or None,
                role=r.role or None, country=r.country or None, email=r.email or None,
                phone=r.phone or None, profile=r.profile or None,
                search_text=search_text(r.name, r.name_romanised, r.organisation))
                for r in rows)
        return len(rows)

    def remove_list(self, list_name: str) -> int:
        """Forget a participant list; returns how many rows it had."""
        with self.db.session() as s:
            result = s.execute(delete(Attendee).where(Attendee.list_name == list_name))
            return int(getattr(result, "rowcount", 0) or 0)

    def lists(self) -> builtins.list[tuple[str, int]]:
        """The lists on this laptop with their number of participants."""
        with self.db.session() as s:
            return [(name, n) for name, n in s.execute(
                select(Attendee.list_name, func.count()).group_by(Attendee.list_name)
                .order_by(Attendee.list_name))]

    def find_badge(self, candidates: Sequence[str]) -> AttendeeView | None:
        """The participant whose badge id is the first of ``candidates`` found (the badge
        code's whole text, then its fields); exact first, then ignoring case."""
        wanted = [c.strip() for c in candidates if c.strip()]
        if not wanted:
            return None
        with self.db.session() as s:
            for text in wanted:
                hit = s.scalars(select(Attendee).where(Attendee.badge_id == text)
                                .order_by(Attendee.imported_at.desc()).limit(1)).first()
                if hit is None:
                    hit = s.scalars(select(Attendee).where(
                        func.lower(Attendee.badge_id) == text.lower()).limit(1)).first()
                if hit is not None:
                    return _view(hit)
        return None

    def search(self, text: str, limit: int = 8) -> builtins.list[AttendeeView]:
        """Participants whose name, romanised name or organisation holds every typed word."""
        words = fold(text).split()
        if not words:
            return []
        with self.db.session() as s:
            query = select(Attendee)
            for word in words:
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                query = query.where(Attendee.search_text.like(f"%{escaped}%", escape="\\"))
            query = query.order_by(Attendee.name).limit(limit)
            return [_view(a) for a in s.scalars(query)]
