"""lead search: an FTS5 trigram index over leads, their people and organisations

Revision ID: 0004
Revises: 0002

The index is local to this laptop (never synced) and kept in step by triggers on ``leads``,
``people`` and ``organisations``, so every write path indexes: the services, bulk statements and
the sync client applying pulled rows (the journal switch does not affect these triggers).

* ``fts_leads`` (FTS5, trigram tokenizer so Chinese, Japanese and Korean names match on any
  three characters): column ``names`` (person and organisation names, role) and ``body``
  (e-mails, phones, messaging ids, LinkedIn, tags, notes, next action).
* ``fts_leads_rows`` gives each lead a stable integer row id in the index, so re-indexing one
  lead is a lookup, not a scan (FTS5 in SQLite 3.40 has no contentless delete).

Tables named ``fts_*`` are kept out of the models on purpose (see ``db.migrate.is_local_index``).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _values(json_column: str) -> str:
    # json_each decodes the JSON escapes (SQLAlchemy stores non-ASCII as \uXXXX).
    return f"coalesce((SELECT group_concat(value, ' ') FROM json_each({json_column})), '')"


def _text(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)


NAMES = _text("p.name", "p.name_native", "p.name_romanised", "o.name", "o.name_native",
              "o.name_romanised", "l.role", "p.job_title")
BODY = " || ' ' || ".join([
    _values("p.emails"), _values("p.phones"), _values("p.messaging"),
    _text("p.linkedin"), _values("l.tags"), _text("l.notes", "l.next_action", "p.notes"),
])


def _index(where: str) -> str:
    return (
        "INSERT INTO fts_leads (rowid, names, body) "
        f"SELECT r.n, {NAMES}, {BODY} FROM leads l "
        "JOIN fts_leads_rows r ON r.lead_id = l.id "
        "LEFT JOIN people p ON p.id = l.person_id "
        "LEFT JOIN organisations o ON o.id = l.organisation_id "
        f"WHERE l.deleted = 0 AND {where};"
    )


def _unindex(where: str) -> str:
    return (
        "DELETE FROM fts_leads WHERE rowid IN (SELECT r.n FROM leads l "
        f"JOIN fts_leads_rows r ON r.lead_id = l.id WHERE {where});"
    )


def _reindex(where: str) -> str:
    return _unindex(where) + "\n  " + _index(where)


def upgrade() -> None:
    # An organisation renamed (or pulled) re-indexes its leads: look them up, not scan.
    op.create_index(op.f("ix_leads_organisation_id"), "leads", ["organisation_id"], unique=False)
    op.execute(
        "CREATE TABLE fts_leads_rows (n INTEGER PRIMARY KEY, lead_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    op.execute("CREATE VIRTUAL TABLE fts_leads USING fts5(names, body, tokenize='trigram')")
    # Names weigh more than notes when ranking.
    op.execute("INSERT INTO fts_leads (fts_leads, rank) VALUES ('rank', 'bm25(4.0, 1.0)')")
    lead = "l.id = NEW.id"
    op.execute(f"""CREATE TRIGGER fts_leads_lead_ins AFTER INSERT ON leads BEGIN
  INSERT OR IGNORE INTO fts_leads_rows (lead_id) VALUES (NEW.id);
  {_reindex(lead)}
END""")
    op.execute(f"""CREATE TRIGGER fts_leads_lead_upd AFTER UPDATE ON leads BEGIN
  {_reindex(lead)}
END""")
    op.execute("""CREATE TRIGGER fts_leads_lead_del AFTER DELETE ON leads BEGIN
  DELETE FROM fts_leads WHERE rowid = (SELECT n FROM fts_leads_rows WHERE lead_id = OLD.id);
  DELETE FROM fts_leads_rows WHERE lead_id = OLD.id;
END""")
    for table, column in (("people", "person_id"), ("organisations", "organisation_id")):
        # A pulled lead may arrive before its person or organisation: index again when they do.
        for event, when in (("ins", "INSERT"), ("upd", "UPDATE")):
            op.execute(f"""CREATE TRIGGER fts_leads_{table}_{event} AFTER {when} ON {table} BEGIN
  {_reindex(f"l.{column} = NEW.id")}
END""")
    # Leads already in the file (an upgraded laptop).
    op.execute("INSERT INTO fts_leads_rows (lead_id) SELECT id FROM leads")
    op.execute(_index("1 = 1"))


def downgrade() -> None:
    for table in ("leads", "people", "organisations"):
        for event in ("ins", "upd", "del"):
            name = f"fts_leads_{'lead' if table == 'leads' else table}_{event}"
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS fts_leads")
    op.execute("DROP TABLE IF EXISTS fts_leads_rows")
    op.drop_index(op.f("ix_leads_organisation_id"), table_name="leads")
