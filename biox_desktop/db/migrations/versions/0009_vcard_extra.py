"""people.vcard_extra: what a lead's vCard holds beyond the lead model, written back on export

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Only adds a nullable column: an older client that syncs without it keeps working.
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vcard_extra", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("vcard_extra")
