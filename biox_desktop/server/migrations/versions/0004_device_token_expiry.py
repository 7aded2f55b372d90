"""Device tokens expire and rotate: expiry and the replaced token of a renewal.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("token_expires_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("previous_token_hash", sa.String(length=64), nullable=True))
        batch.create_index(
            "ix_devices_previous_token_hash", ["previous_token_hash"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_index("ix_devices_previous_token_hash")
        batch.drop_column("previous_token_hash")
        batch.drop_column("token_expires_at")
