"""lead search: an FTS5 trigram index over leads, their people and organisations

Revision ID: 0004
Revises: 0003 (re-chained after main added 0003)

The index is local to this laptop (never synced). Triggers on ``leads``, ``people`` and
``organisations`` mark the leads to re-index on every write path: the services, bulk statements
and the sync client applying pulled rows (the journal switch does not affect these triggers).

* ``fts_leads`` (FTS5, trigram tokenizer so Chinese, Japanese and Korean names match on any
  three characters): column ``names`` (person and organisation names, role) and ``body``
  (e-mails, phones, messaging ids, LinkedIn, tags, notes, next action).
* ``fts_leads_dirty`` lists leads whose text changed; the lead service re-indexes them before
  a search (so rows the sync client wrote are found too).
* ``fts_leads_rows`` gives each lead a stable integer row id in the index, so re-indexing one
  lead is a lookup, not a scan (FTS5 in SQLite 3.40 has no contentless delete).

Tables named ``fts_*`` are kept out of the models on purpose (see ``db.migrate.is_local_index``).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # An organisation renamed (or pulled) marks its leads: look them up, not scan.
    op.create_index(op.f("ix_leads_organisation_id"), "leads", ["organisation_id"], unique=False)
    op.execute(
        "CREATE TABLE fts_leads_rows (n INTEGER PRIMARY KEY, lead_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    op.execute("CREATE TABLE fts_leads_dirty (lead_id VARCHAR(36) PRIMARY KEY)")
    op.execute("CREATE VIRTUAL TABLE fts_leads USING fts5(names, body, tokenize='trigram')")
    # The triggers only mark leads whose text changed; the lead service re-indexes the marked
    # ones before it searches. (Writing FTS5 from inside these triggers made SQLite check a
    # deferred foreign key at once when a lead was inserted before its person, found by the
    # randomised sync test; plain-table writes do not.)
    for event in ("INSERT", "UPDATE", "DELETE"):
        row = "OLD" if event == "DELETE" else "NEW"
        op.execute(f"""CREATE TRIGGER fts_leads_lead_{event.lower()[:3]} AFTER {event} ON leads
BEGIN
  INSERT OR IGNORE INTO fts_leads_dirty (lead_id) VALUES ({row}.id);
END""")
    for table, column in (("people", "person_id"), ("organisations", "organisation_id")):
        for event in ("INSERT", "UPDATE"):
            op.execute(f"""CREATE TRIGGER fts_leads_{table}_{event.lower()[:3]}
AFTER {event} ON {table} BEGIN
  INSERT OR IGNORE INTO fts_leads_dirty (lead_id)
  SELECT id FROM leads WHERE {column} = NEW.id;
END""")
    # Leads already in the file (an upgraded laptop) are indexed at the first search.
    op.execute("INSERT INTO fts_leads_dirty (lead_id) SELECT id FROM leads")


def downgrade() -> None:
    for table in ("leads", "people", "organisations"):
        for event in ("ins", "upd", "del"):
            name = f"fts_leads_{'lead' if table == 'leads' else table}_{event}"
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS fts_leads")
    op.execute("DROP TABLE IF EXISTS fts_leads_rows")
    op.execute("DROP TABLE IF EXISTS fts_leads_dirty")
    op.drop_index(op.f("ix_leads_organisation_id"), table_name="leads")
