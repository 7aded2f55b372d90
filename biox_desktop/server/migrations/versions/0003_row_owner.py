"""Synced rows remember who created them (their owner for the authorisation table).

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: rows stored before this revision have no recorded owner; the server then falls
    # back to the user named by their created_by field.
    op.add_column("sync_rows", sa.Column("owner_user", sa.String(length=64), nullable=True))
    op.add_column("sync_rows", sa.Column("owner_org", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_rows") as batch:  # SQLite drops columns by copying
        batch.drop_column("owner_org")
        batch.drop_column("owner_user")
