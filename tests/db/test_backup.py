"""Backups while the database is being written, restore checks, the laptop's own facts kept."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from biox_desktop.core.backup import auto_backup_due
from biox_desktop.core.missions import MissionInput
from biox_desktop.db import crypto
from biox_desktop.db.backup import LOCK_FILENAME, BackupError, app_lock, lock_holder
from biox_desktop.db.workspace import Workspace


def _mission(ws: Workspace, name: str):
    return ws.missions.create(MissionInput(
        name=name, kind="trade_mission", country="KR", timezone="Asia/Seoul",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14)))


def _names(ws: Workspace) -> set[str]:
    return {m.name for m in ws.missions.list()}


def _integrity(path: Path, key: bytes | None) -> str:
    conn = crypto.connect(path, key)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_backup_while_another_thread_writes_is_a_consistent_snapshot(workspace, tmp_path) -> None:
    ws = workspace
    _mission(ws, "Before the backup")
    stop = threading.Event()
    written: list[str] = []

    def writer() -> None:
        i = 0
        while not stop.is_set():
            _mission(ws, f"Written meanwhile {i}")
            written.append(f"Written meanwhile {i}")
            i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 3:
            pass
        copies = [ws.backups.backup(tmp_path / f"copy{i}.sqlite3") for i in range(3)]
        while len(written) < len(copies) + 6:
            pass
    finally:
        stop.set()
        thread.join()
    for copy in copies:
        assert _integrity(copy.path, ws.db.key) == "ok"
        assert not crypto.is_plain_sqlite(copy.path)  # backups are encrypted too
        assert not Path(f"{copy.path}-wal").exists()  # a single self-contained file
        other = Workspace(tmp_path / f"check-{copy.path.stem}")
        try:
            other.backups.restore(copy.path, recovery_key=ws.db.key)  # from another folder
            names = _names(other)
        finally:
            other.close()
        assert "Before the backup" in names
        # A prefix of what was written: a snapshot, never a torn copy.
        meanwhile = sorted((n for n in names if n.startswith("Written")),
                           key=lambda n: int(n.rsplit(" ", 1)[1]))
        assert meanwhile == written[: len(meanwhile)]
    assert ws.settings.last_backup_at


def test_restore_round_trip_keeps_a_safety_copy_and_the_laptop_facts(workspace, tmp_path) -> None:
    ws = workspace
    _mission(ws, "Kept")
    made = ws.backups.backup(tmp_path / "b.sqlite3")
    _mission(ws, "Added after the backup")
    device = ws.db.device_id
    ws.db.set_meta("sync_device_id", "server-device-1")
    with ws.db.session() as s:
        seq_before = s.connection().exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'").scalar()
    result = ws.backups.restore(made.path)
    assert _names(ws) == {"Kept"}  # the workspace is usable at once, on the restored data
    assert result.safety_copy.exists() and result.safety_copy.parent == ws.backups.folder
    assert ws.db.device_id == device
    assert ws.db.meta("sync_device_id") == "server-device-1"
    # Journal sequence numbers are never reused (the server would skip them as duplicates).
    _mission(ws, "After the restore")
    with ws.db.session() as s:
        newest = s.connection().exec_driver_sql("SELECT max(seq) FROM sync_outbox").scalar()
    assert newest > seq_before
    # The safety copy holds what the restore replaced.
    other = Workspace(tmp_path / "other")
    try:
        other.backups.restore(result.safety_copy, recovery_key=ws.db.key)
        assert _names(other) == {"Kept", "Added after the backup"}
    finally:
        other.close()


def test_restore_refuses_what_is_not_a_sound_backup(workspace, tmp_path) -> None:
    ws = workspace
    _mission(ws, "Mine")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="it is not a database, or it is encrypted with another"):
        ws.backups.restore(junk)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="not a bioX Missions backup"):
        ws.backups.restore(foreign)
    with pytest.raises(BackupError, match="There is no file"):
        ws.backups.restore(tmp_path / "missing.sqlite3")
    newer = ws.backups.backup(tmp_path / "newer.sqlite3").path
    conn = crypto.connect(newer, ws.db.key)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match=r"newer version of bioX Missions.*9999") as err:
        ws.backups.restore(newer)
    assert str(newer) in err.value.message  # the user's file is named, not a staged copy
    damaged = ws.backups.backup(tmp_path / "damaged.sqlite3").path
    data = bytearray(damaged.read_bytes())
    page = 4096
    for offset in range(page, len(data) - page, page):  # scribble over every page but the first
        data[offset + 100: offset + 900] = b"\xff" * 800
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        ws.backups.restore(damaged)
    assert _names(ws) == {"Mine"}  # nothing was replaced
    assert not list(ws.backups.folder.glob("before-restore-*"))


def test_older_schema_is_upgraded_on_restore(workspace, tmp_path, monkeypatch) -> None:
    # A backup whose schema is one migration behind: opening upgrades it.
    ws = workspace
    _mission(ws, "Old")
    old = ws.backups.backup(tmp_path / "old.sqlite3").path
    conn = crypto.connect(old, ws.db.key)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    from biox_desktop.db import migrate

    upgraded: list[str] = []
    real = migrate.upgrade_to_head

    def spy(engine):
        upgraded.append(migrate.current_revision(engine))
        # 0002 only adds; pretend it ran by setting the head (its tables already exist).
        with engine.begin() as c:
            c.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{migrate.packaged_head()}'")
        return real(engine)

    monkeypatch.setattr(migrate, "upgrade_to_head", spy)
    ws.backups.restore(old)
    assert upgraded == ["0001"]
    assert _names(ws) == {"Old"}


def test_daily_automatic_backups_are_pruned_after_keep_days(workspace) -> None:
    ws = workspace
    start = dt.datetime(2027, 1, 1, 9, tzinfo=dt.UTC)
    for day in range(20):
        now = start + dt.timedelta(days=day)
        assert ws.backups.auto_backup(now) is not None
        assert ws.backups.auto_backup(now + dt.timedelta(hours=3)) is None  # once a day
    autos = sorted(p.name for p in ws.backups.folder.glob("auto-*"))
    # Three hours into day 20: the backups of the last 14 days remain.
    assert len(autos) == 14
    assert autos[0] == "auto-20270107-090000.sqlite3"
    ws.update_settings(auto_backup=False)
    assert ws.backups.auto_backup(start + dt.timedelta(days=40)) is None


def test_auto_backup_due() -> None:
    now = dt.datetime(2027, 1, 2, 12, tzinfo=dt.UTC)
    assert auto_backup_due("", now)
    assert auto_backup_due("garbage", now)
    assert not auto_backup_due("2027-01-02T01:00:00+00:00", now)
    assert auto_backup_due("2027-01-01T12:00:00+00:00", now)
    assert auto_backup_due("2027-03-01T12:00:00+00:00", now)  # clock was set back


def test_headless_restore_refuses_while_the_window_holds_the_folder(workspace, tmp_path) -> None:
    ws = workspace
    made = ws.backups.backup(tmp_path / "b.sqlite3")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (ws.data_dir / LOCK_FILENAME).write_text(str(other.pid))
        assert lock_holder(ws.data_dir) == other.pid
        with pytest.raises(BackupError, match=f"process {other.pid}"):
            ws.backups.restore(made.path, check_lock=True)
    finally:
        other.kill()
        other.wait()
    # The process is gone: its lock is stale and ignored.
    assert lock_holder(ws.data_dir) is None
    ws.backups.restore(made.path, check_lock=True)
    # Our own lock never blocks ourselves, and is removed on exit.
    with app_lock(ws.data_dir):
        assert lock_holder(ws.data_dir) is None
    assert not (ws.data_dir / LOCK_FILENAME).exists()


def test_backup_refuses_to_overwrite_the_database(workspace) -> None:
    before = workspace.backups.list()
    size = workspace.db.path.stat().st_size
    with pytest.raises(BackupError):
        workspace.backups.backup(workspace.db.path)
    assert workspace.backups.list() == before
    assert workspace.db.path.stat().st_size == size
