"""coordinator merges, references forwarded after them, remembered "not a duplicate" pairs

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-21 20:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "merges",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("survivor_id", sa.String(length=36), nullable=False),
        sa.Column("merged_ids", sa.JSON(), nullable=False),
        sa.Column("group_id", sa.String(length=40), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("merged_values", sa.JSON(), nullable=False),
        sa.Column("survivor_before", sa.JSON(), nullable=False),
        sa.Column("snapshots", sa.JSON(), nullable=False),
        sa.Column("repointed", sa.JSON(), nullable=False),
        sa.Column("doubles", sa.JSON(), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=36), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merges")),
    )
    with op.batch_alter_table("merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merges_scope"), ["scope"], unique=False)
        batch_op.create_index(batch_op.f("ix_merges_survivor_id"), ["survivor_id"], unique=False)

    op.create_table(
        "not_duplicates",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("id_a", sa.String(length=36), nullable=False),
        sa.Column("id_b", sa.String(length=36), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_duplicates")),
    )
    with op.batch_alter_table("not_duplicates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_not_duplicates_id_a"), ["id_a"], unique=False)
        batch_op.create_index(batch_op.f("ix_not_duplicates_scope"), ["scope"], unique=False)

    op.create_table(
        "merge_forwards",
        sa.Column("merge_id", sa.String(length=36), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("col", sa.String(length=64), nullable=False),
        sa.Column("old_id", sa.String(length=36), nullable=False),
        sa.Column("new_id", sa.String(length=36), nullable=False),
        sa.Column("reverted", sa.Boolean(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_forwards")),
    )
    with op.batch_alter_table("merge_forwards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_forwards_merge_id"), ["merge_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_merge_forwards_scope"), ["scope"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("merge_forwards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_forwards_scope"))
        batch_op.drop_index(batch_op.f("ix_merge_forwards_merge_id"))
    op.drop_table("merge_forwards")
    with op.batch_alter_table("not_duplicates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_not_duplicates_scope"))
        batch_op.drop_index(batch_op.f("ix_not_duplicates_id_a"))
    op.drop_table("not_duplicates")
    with op.batch_alter_table("merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merges_survivor_id"))
        batch_op.drop_index(batch_op.f("ix_merges_scope"))
    op.drop_table("merges")
