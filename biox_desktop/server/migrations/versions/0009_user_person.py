"""Each user is a synced person: the user's ``people`` row id.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("person_id", sa.String(length=64), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite >= 3.35): batch mode would copy and drop ``users``, which
    # devices and other tables reference, and SQLite refuses that with foreign keys on.
    op.drop_column("users", "person_id")
