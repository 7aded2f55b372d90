from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from biox_desktop.db.engine import DB_FILENAME, Database
from biox_desktop.db.migrate import (
    current_revision,
    head_revision,
    include_name,
    packaged_head,
    upgrade_to_head,
)
from biox_desktop.db.models import Base, Organisation


def test_an_empty_file_is_migrated_to_exactly_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata
        )
    assert diff == [], f"models and migrations disagree: {diff}"
    engine.dispose()


def test_opening_runs_migrations_and_keeps_data_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    db = Database(path)
    device = db.device_id
    with db.session() as s:
        s.add(Organisation(scope="network", name="Biocat", kind="cluster", sector_tags=[]))
    db.close()
    again = Database(path)
    assert again.device_id == device  # one laptop, one clock node, forever
    with again.session() as s:
        assert s.query(Organisation).one().name == "Biocat"
    tables = set(inspect(again.engine).get_table_names())
    assert {"missions", "leads", "sync_outbox", "alembic_version"} <= tables
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    again.close()


def test_the_cheap_head_check_agrees_with_alembic() -> None:
    assert packaged_head() == head_revision() is not None
