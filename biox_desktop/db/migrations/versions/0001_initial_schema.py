"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 19:49:42.214535
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "attachments",
        sa.Column("owner_table", sa.String(length=40), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_scope"), ["scope"], unique=False)

    op.create_table(
        "local_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_meta")),
    )
    op.create_table(
        "organisations",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_native", sa.String(length=300), nullable=True),
        sa.Column("name_romanised", sa.String(length=300), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("sector_tags", sa.JSON(), nullable=False),
        sa.Column("home_cluster_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["home_cluster_id"],
            ["organisations.id"],
            name=op.f("fk_organisations_home_cluster_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_scope"), ["scope"], unique=False)

    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=True),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_row", ["tbl", "row_id"], unique=False)

    op.create_table(
        "missions",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("cities", sa.JSON(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("home_timezone", sa.String(length=64), nullable=False),
        sa.Column("lead_cluster_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_cluster_id"],
            ["organisations.id"],
            name=op.f("fk_missions_lead_cluster_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_missions")),
    )
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_missions_scope"), ["scope"], unique=False)

    op.create_table(
        "people",
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_native", sa.String(length=300), nullable=True),
        sa.Column("name_romanised", sa.String(length=300), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("emails", sa.JSON(), nullable=False),
        sa.Column("phones", sa.JSON(), nullable=False),
        sa.Column("messaging", sa.JSON(), nullable=False),
        sa.Column("linkedin", sa.String(length=300), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("vcard_uid", sa.String(length=200), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_people_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_people_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_people_scope"), ["scope"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_vcard_uid"), ["vcard_uid"], unique=False)

    op.create_table(
        "agreements",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("mission_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_agreements_mission_id_missions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_scope"), ["scope"], unique=False)

    op.create_table(
        "meeting_requests",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("requester_person_id", sa.String(length=36), nullable=True),
        sa.Column("requester_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("target_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("target_person_id", sa.String(length=36), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_meeting_requests_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["requester_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_meeting_requests_requester_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["requester_person_id"],
            ["people.id"],
            name=op.f("fk_meeting_requests_requester_person_id_people"),
        ),
        sa.ForeignKeyConstraint(
            ["target_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_meeting_requests_target_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["target_person_id"],
            ["people.id"],
            name=op.f("fk_meeting_requests_target_person_id_people"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_requests")),
    )
    with op.batch_alter_table("meeting_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_requests_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_requests_scope"), ["scope"], unique=False)

    op.create_table(
        "mission_companies",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("profile", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_mission_companies_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_mission_companies_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission_companies")),
    )
    with op.batch_alter_table("mission_companies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mission_companies_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mission_companies_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mission_companies_scope"), ["scope"], unique=False)

    op.create_table(
        "mission_partners",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_mission_partners_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_mission_partners_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission_partners")),
    )
    with op.batch_alter_table("mission_partners", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mission_partners_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mission_partners_scope"), ["scope"], unique=False)

    op.create_table(
        "roster_entries",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("registration_status", sa.String(length=20), nullable=False),
        sa.Column("arrival_flight", sa.String(length=40), nullable=True),
        sa.Column("arrival_at", sa.DateTime(), nullable=True),
        sa.Column("departure_flight", sa.String(length=40), nullable=True),
        sa.Column("departure_at", sa.DateTime(), nullable=True),
        sa.Column("hotel", sa.String(length=200), nullable=True),
        sa.Column("hotel_check_in", sa.Date(), nullable=True),
        sa.Column("hotel_check_out", sa.Date(), nullable=True),
        sa.Column("passport_expiry", sa.Date(), nullable=True),
        sa.Column("visa_status", sa.String(length=20), nullable=True),
        sa.Column("dietary", sa.String(length=200), nullable=True),
        sa.Column("accessibility", sa.String(length=200), nullable=True),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("emergency_contact_name", sa.String(length=200), nullable=True),
        sa.Column("emergency_contact_phone", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_roster_entries_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_roster_entries_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_roster_entries_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_entries")),
    )
    with op.batch_alter_table("roster_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_roster_entries_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_roster_entries_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_roster_entries_scope"), ["scope"], unique=False)

    op.create_table(
        "venues",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_venues_mission_id_missions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venues")),
    )
    with op.batch_alter_table("venues", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_venues_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_venues_scope"), ["scope"], unique=False)

    op.create_table(
        "agenda_items",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("venue_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("whole_delegation", sa.Boolean(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=True),
        sa.Column("table_count", sa.Integer(), nullable=True),
        sa.Column("breaks", sa.JSON(), nullable=False),
        sa.Column("ics_uid", sa.String(length=300), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_agenda_items_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venues.id"], name=op.f("fk_agenda_items_venue_id_venues")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_items_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agenda_items_scope"), ["scope"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_items_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "agreement_parties",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_parties_agreement_id_agreements"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_agreement_parties_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_parties")),
    )
    with op.batch_alter_table("agreement_parties", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_parties_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_parties_scope"), ["scope"], unique=False)

    op.create_table(
        "travel_times",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("from_venue_id", sa.String(length=36), nullable=False),
        sa.Column("to_venue_id", sa.String(length=36), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_venue_id"], ["venues.id"], name=op.f("fk_travel_times_from_venue_id_venues")
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_travel_times_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["to_venue_id"], ["venues.id"], name=op.f("fk_travel_times_to_venue_id_venues")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_times")),
    )
    with op.batch_alter_table("travel_times", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_travel_times_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_travel_times_scope"), ["scope"], unique=False)

    op.create_table(
        "agenda_participants",
        sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_agenda_participants_agenda_item_id_agenda_items"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_agenda_participants_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_participants")),
    )
    with op.batch_alter_table("agenda_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_participants_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agenda_participants_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agenda_participants_scope"), ["scope"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=True),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("venue_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("table_number", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.Column("changed_since_publish", sa.Boolean(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_meetings_agenda_item_id_agenda_items"),
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_meetings_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["meeting_requests.id"],
            name=op.f("fk_meetings_request_id_meeting_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venues.id"], name=op.f("fk_meetings_venue_id_venues")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_scope"), ["scope"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "leads",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("mission_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("owner_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("captured_by_person_id", sa.String(length=36), nullable=True),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("next_action", sa.String(length=300), nullable=True),
        sa.Column("next_action_due", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["captured_by_person_id"],
            ["people.id"],
            name=op.f("fk_leads_captured_by_person_id_people"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_leads_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_leads_mission_id_missions")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_leads_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_leads_owner_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_leads_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leads_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_leads_next_action_due"), ["next_action_due"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_leads_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_scope"), ["scope"], unique=False)

    op.create_table(
        "meeting_participants",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_participants_meeting_id_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_meeting_participants_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participants")),
    )
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participants_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participants_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_participants_scope"), ["scope"], unique=False)

    op.create_table(
        "agreement_links",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("lead_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_links_agreement_id_agreements"),
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_agreement_links_lead_id_leads")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_agreement_links_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_links")),
    )
    with op.batch_alter_table("agreement_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_links_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_links_scope"), ["scope"], unique=False)

    op.create_table(
        "consents",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=True),
        sa.Column("basis", sa.String(length=30), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("wording_version", sa.String(length=40), nullable=True),
        sa.Column("wording", sa.Text(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], name=op.f("fk_consents_lead_id_leads")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_consents_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consents_scope"), ["scope"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("lead_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=40), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_follow_ups_lead_id_leads")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_follow_ups_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_lead_id"), ["lead_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_scope"), ["scope"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_scope"))
        batch_op.drop_index(batch_op.f("ix_follow_ups_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_follow_ups_lead_id"))

    op.drop_table("follow_ups")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_scope"))
        batch_op.drop_index(batch_op.f("ix_consents_person_id"))

    op.drop_table("consents")
    with op.batch_alter_table("agreement_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_links_scope"))
        batch_op.drop_index(batch_op.f("ix_agreement_links_agreement_id"))

    op.drop_table("agreement_links")
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participants_scope"))
        batch_op.drop_index(batch_op.f("ix_meeting_participants_person_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participants_meeting_id"))

    op.drop_table("meeting_participants")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leads_scope"))
        batch_op.drop_index(batch_op.f("ix_leads_person_id"))
        batch_op.drop_index(batch_op.f("ix_leads_next_action_due"))
        batch_op.drop_index(batch_op.f("ix_leads_mission_id"))

    op.drop_table("leads")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meetings_scope"))
        batch_op.drop_index(batch_op.f("ix_meetings_mission_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("agenda_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_participants_scope"))
        batch_op.drop_index(batch_op.f("ix_agenda_participants_person_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_participants_agenda_item_id"))

    op.drop_table("agenda_participants")
    with op.batch_alter_table("travel_times", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_times_scope"))
        batch_op.drop_index(batch_op.f("ix_travel_times_mission_id"))

    op.drop_table("travel_times")
    with op.batch_alter_table("agreement_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_parties_scope"))
        batch_op.drop_index(batch_op.f("ix_agreement_parties_agreement_id"))

    op.drop_table("agreement_parties")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_items_starts_at"))
        batch_op.drop_index(batch_op.f("ix_agenda_items_scope"))
        batch_op.drop_index(batch_op.f("ix_agenda_items_mission_id"))

    op.drop_table("agenda_items")
    with op.batch_alter_table("venues", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_venues_scope"))
        batch_op.drop_index(batch_op.f("ix_venues_mission_id"))

    op.drop_table("venues")
    with op.batch_alter_table("roster_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_entries_scope"))
        batch_op.drop_index(batch_op.f("ix_roster_entries_person_id"))
        batch_op.drop_index(batch_op.f("ix_roster_entries_mission_id"))

    op.drop_table("roster_entries")
    with op.batch_alter_table("mission_partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_partners_scope"))
        batch_op.drop_index(batch_op.f("ix_mission_partners_mission_id"))

    op.drop_table("mission_partners")
    with op.batch_alter_table("mission_companies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_companies_scope"))
        batch_op.drop_index(batch_op.f("ix_mission_companies_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_mission_companies_mission_id"))

    op.drop_table("mission_companies")
    with op.batch_alter_table("meeting_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_requests_scope"))
        batch_op.drop_index(batch_op.f("ix_meeting_requests_mission_id"))

    op.drop_table("meeting_requests")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_scope"))
        batch_op.drop_index(batch_op.f("ix_agreements_mission_id"))

    op.drop_table("agreements")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_vcard_uid"))
        batch_op.drop_index(batch_op.f("ix_people_scope"))
        batch_op.drop_index(batch_op.f("ix_people_organisation_id"))

    op.drop_table("people")
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_missions_scope"))

    op.drop_table("missions")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_outbox_row")

    op.drop_table("sync_outbox")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_scope"))

    op.drop_table("organisations")
    op.drop_table("local_meta")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_scope"))
        batch_op.drop_index(batch_op.f("ix_attachments_owner_id"))

    op.drop_table("attachments")
