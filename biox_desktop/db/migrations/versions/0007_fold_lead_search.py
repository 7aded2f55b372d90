"""lead search ignores accents: re-index every lead with folded text

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 23:10:00

The search index (0004) now holds ``biox_fold`` of each lead's text ("Müller" is indexed as
"muller") and searches fold what was typed, so "Muller", "müller" and "MÜLLER" find the same
leads. Nothing is rebuilt here: every lead is marked for re-indexing, which the lead service
does before its next search, in its own transaction (``REINDEX_SQL``).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("INSERT OR IGNORE INTO fts_leads_dirty (lead_id) SELECT id FROM leads")


def downgrade() -> None:
    op.execute("INSERT OR IGNORE INTO fts_leads_dirty (lead_id) SELECT id FROM leads")
