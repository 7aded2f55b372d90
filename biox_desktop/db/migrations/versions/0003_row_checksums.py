"""row checksums kept in sync_row_state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 21:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: rows pulled before this version get their checksum on the next sync.
    with op.batch_alter_table("sync_row_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ck_hi", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("ck_lo", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_row_state", schema=None) as batch_op:
        batch_op.drop_column("ck_lo")
        batch_op.drop_column("ck_hi")
