"""batches: undo notes of imports and other batch changes (local, never synced)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 10:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "batches",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batches")),
    )
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_batches_created_at"), ["created_at"], unique=False)
    op.create_table(
        "batch_rows",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("created", sa.Boolean(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"],
                                name=op.f("fk_batch_rows_batch_id_batches")),
        sa.PrimaryKeyConstraint("batch_id", "tbl", "row_id", name=op.f("pk_batch_rows")),
    )
    with op.batch_alter_table("batch_rows", schema=None) as batch_op:
        batch_op.create_index("ix_batch_rows_record", ["tbl", "row_id"], unique=False)


def downgrade() -> None:
    op.drop_table("batch_rows")
    op.drop_table("batches")
