"""Counterpart pages: one token (hashed) per foreign person and mission, revocable, expiring.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counterpart_links",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("mission_id", sa.String(length=100), nullable=False),
        sa.Column("person_id", sa.String(length=100), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counterpart_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_counterpart_links_token_hash")),
    )
    op.create_index(op.f("ix_counterpart_links_mission_id"), "counterpart_links", ["mission_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_counterpart_links_mission_id"), table_name="counterpart_links")
    op.drop_table("counterpart_links")
