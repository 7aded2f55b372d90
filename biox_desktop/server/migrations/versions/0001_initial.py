"""Initial server schema: accounts, devices, synced rows, feed, conflicts, access index.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON_VALUE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    op.create_index("ix_login_failures_key_at", "login_failures", ["key", "at"], unique=False)
    op.create_table(
        "mission_links",
        sa.Column("tbl", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("mission_id", sa.String(length=100), nullable=True),
        sa.Column("organisation_id", sa.String(length=100), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", name=op.f("pk_mission_links")),
    )
    op.create_index(
        op.f("ix_mission_links_mission_id"), "mission_links", ["mission_id"], unique=False
    )
    op.create_index(
        "ix_mission_links_org", "mission_links", ["organisation_id", "active"], unique=False
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("name", name=op.f("uq_organisations_name")),
    )
    op.create_table(
        "scope_stats",
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("row_count", sa.BigInteger(), nullable=False),
        sa.Column("checksum", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_scope_stats")),
    )
    op.create_table(
        "server_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_settings")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=63), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("winner_value", JSON_VALUE, nullable=True),
        sa.Column("winner_clock", sa.String(length=100), nullable=True),
        sa.Column("winner_user", sa.String(length=64), nullable=True),
        sa.Column("winner_device", sa.String(length=64), nullable=True),
        sa.Column("loser_value", JSON_VALUE, nullable=True),
        sa.Column("loser_clock", sa.String(length=100), nullable=True),
        sa.Column("loser_user", sa.String(length=64), nullable=True),
        sa.Column("loser_device", sa.String(length=64), nullable=True),
        sa.Column("created_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(
        op.f("ix_sync_conflicts_resolved"), "sync_conflicts", ["resolved"], unique=False
    )
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_counter")),
    )
    op.create_table(
        "sync_evictions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("tbl", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("old_scope", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_evictions")),
    )
    op.create_index(
        "ix_sync_evictions_old_scope_seq", "sync_evictions", ["old_scope", "seq"], unique=False
    )
    op.create_index("ix_sync_evictions_row", "sync_evictions", ["tbl", "row_id"], unique=False)
    op.create_index(op.f("ix_sync_evictions_seq"), "sync_evictions", ["seq"], unique=False)
    op.create_table(
        "sync_rows",
        sa.Column("tbl", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("fields", JSON_VALUE, nullable=False),
        sa.Column("clocks", JSON_VALUE, nullable=False),
        sa.Column("authors", JSON_VALUE, nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("scope_clock", sa.String(length=100), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", name=op.f("pk_sync_rows")),
        sa.UniqueConstraint("seq", name=op.f("uq_sync_rows_seq")),
    )
    op.create_index("ix_sync_rows_scope_seq", "sync_rows", ["scope", "seq"], unique=False)
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=150), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("organisation_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_users_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_index(op.f("ix_users_organisation_id"), "users", ["organisation_id"], unique=False)
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("pulled_cursor", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_devices_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_devices_token_hash")),
    )
    op.create_index(op.f("ix_devices_user_id"), "devices", ["user_id"], unique=False)
    # The change-feed counter starts at zero.
    op.bulk_insert(
        sa.table("sync_counter", sa.column("id", sa.Integer), sa.column("seq", sa.BigInteger)),
        [{"id": 1, "seq": 0}],
    )


def downgrade() -> None:
    # Migrations only add: there is no way back.
    raise NotImplementedError
