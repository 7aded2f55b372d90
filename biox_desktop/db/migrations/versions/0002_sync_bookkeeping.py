"""sync bookkeeping

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 20:03:19.427324
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "sync_rejections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rejected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_rejections")),
    )
    op.create_table(
        "sync_row_state",
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("max_clock", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", name=op.f("pk_sync_row_state")),
    )
    with op.batch_alter_table("sync_row_state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_row_state_scope"), ["scope"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("sync_row_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_row_state_scope"))

    op.drop_table("sync_row_state")
    op.drop_table("sync_rejections")
