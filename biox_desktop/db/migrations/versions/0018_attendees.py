"""attendees: participant lists of events, imported from the organiser's export (local)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 16:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attendees",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("list_name", sa.String(length=200), nullable=False),
        sa.Column("mission_id", sa.String(length=36), nullable=True),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("badge_id", sa.String(length=200), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_romanised", sa.String(length=300), nullable=True),
        sa.Column("organisation", sa.String(length=300), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("profile", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendees")),
    )
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendees_list_name"), ["list_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendees_badge_id"), ["badge_id"], unique=False)


def downgrade() -> None:
    op.drop_table("attendees")
