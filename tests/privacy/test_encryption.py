"""Encryption at rest: the local database and its backups are SQLCipher files whose key lives
only in the OS keyring (or comes from a passphrase); old plain folders convert losslessly."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from biox_desktop.cli.main import main
from biox_desktop.core.missions import MissionInput
from biox_desktop.db import crypto
from biox_desktop.db.engine import DB_FILENAME, Database, DatabaseError
from biox_desktop.db.models import Mission, Person
from biox_desktop.db.workspace import Workspace


def _mission(ws: Workspace, name: str) -> None:
    ws.missions.create(MissionInput(
        name=name, kind="trade_mission", country="JP", timezone="Asia/Tokyo",
        start_date=dt.date(2027, 6, 14), end_date=dt.date(2027, 6, 18)))


def _names(ws: Workspace) -> set[str]:
    return {m.name for m in ws.missions.list()}


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def test_a_new_folder_is_encrypted_and_its_key_is_only_in_the_keyring(
        tmp_path: Path, memory_keyring: dict) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    _mission(ws, "Osaka Müller 山田 Partnering")
    ws.backups.backup()
    ws.close()
    raw = (data / DB_FILENAME).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for needle in ("Müller".encode(), "山田".encode(), b"Osaka", b"Partnering", b"missions"):
        assert needle not in raw
    for backup in (data / "backups").glob("*.sqlite3"):
        assert not crypto.is_plain_sqlite(backup) and b"Osaka" not in backup.read_bytes()
    info = json.loads((data / crypto.KEY_FILENAME).read_text())
    assert info["mode"] == "keyring" and set(info) <= {"version", "mode", "key_id"}
    [(service, account)] = list(memory_keyring)
    assert service == crypto.KEYRING_SERVICE and info["key_id"] in account
    key = crypto.keyring_get(info["key_id"])
    assert key is not None and key.hex() not in "".join(p.read_text(errors="replace")
                                                        for p in data.glob("*.json"))
    again = Workspace(data)
    assert _names(again) == {"Osaka Müller 山田 Partnering"}
    again.close()


def test_a_wrong_key_is_said_plainly_and_nothing_is_overwritten(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    _mission(ws, "Kept")
    ws.close()
    before = (data / DB_FILENAME).read_bytes()
    with pytest.raises(DatabaseError, match=r"cannot be opened with this key.*Nothing was changed"):
        Database(data / DB_FILENAME, key=b"\x01" * 32)
    assert (data / DB_FILENAME).read_bytes() == before


def test_a_plain_database_from_before_converts_without_losing_a_row(tmp_path: Path) -> None:
    data = tmp_path / "data"
    plain = Database(data / DB_FILENAME)  # as the previous version wrote it
    with plain.session() as s:
        for i in range(300):
            s.add(Person(scope="network", name=f"Person {i} Ærø 김", emails=[f"p{i}@x.kr"],
                         phones=[], messaging={"wechat": f"w{i}"}, languages=[]))
    device = plain.device_id
    pending = plain.pending_changes()
    plain.close()
    (data / "backups").mkdir()
    shutil.copy(data / DB_FILENAME, data / "backups" / "auto-20261201-090000.sqlite3")

    ws = Workspace(data)
    assert not crypto.is_plain_sqlite(data / DB_FILENAME)
    assert not crypto.is_plain_sqlite(data / "backups" / "auto-20261201-090000.sqlite3")
    assert not list(data.glob("*.plain-old")) and not list(data.glob("*.encrypting"))
    assert ws.db.device_id == device and ws.db.pending_changes() == pending
    with ws.db.session() as s:
        people = s.query(Person).order_by(Person.name).all()
        assert len(people) == 300 and people[0].messaging == {"wechat": "w0"}
    assert b"Person 1" not in (data / DB_FILENAME).read_bytes()
    ws.close()


def test_without_a_keyring_a_passphrase_protects_the_folder(tmp_path: Path, no_keyring) -> None:
    data = tmp_path / "data"
    with pytest.raises(crypto.NoKeyringForKey, match="passphrase"):
        Workspace(data)
    assert not (data / DB_FILENAME).exists()
    ws = Workspace(data, passphrase="correct horse battery")
    _mission(ws, "Seoul")
    ws.close()
    assert not crypto.is_plain_sqlite(data / DB_FILENAME)
    assert json.loads((data / crypto.KEY_FILENAME).read_text())["mode"] == "passphrase"
    with pytest.raises(crypto.PassphraseNeeded):
        Workspace(data)
    with pytest.raises(crypto.PassphraseNeeded, match="not the one"):
        Workspace(data, passphrase="wrong horse")
    again = Workspace(data, passphrase="correct horse battery")
    assert _names(again) == {"Seoul"}
    again.close()


def test_a_demo_may_stay_plain_without_a_keyring_and_says_so(tmp_path: Path, no_keyring,
                                                            capsys) -> None:
    data = tmp_path / "demo"
    assert main(["--data-dir", str(data), "demo", "seed"]) == 0
    assert crypto.is_plain_sqlite(data / DB_FILENAME)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "key", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["encrypted"] is False
    # A real folder is never silently left plain.
    assert main(["--data-dir", str(tmp_path / "real"), "missions", "list"]) == 3
    assert "passphrase" in capsys.readouterr().err


def test_a_backup_from_a_lost_laptop_restores_with_its_recovery_code(tmp_path: Path,
                                                                     capsys) -> None:
    old = tmp_path / "old-laptop"
    ws = Workspace(old)
    _mission(ws, "From the old laptop")
    backup = ws.backups.backup(tmp_path / "offsite.sqlite3").path
    ws.close()
    assert main(["--data-dir", str(old), "key", "recovery-code", "--json"]) == 0
    code = json.loads(capsys.readouterr().out)["recovery_code"]
    assert crypto.key_from_recovery_code(code.lower().replace("-", " ")) is not None
    with pytest.raises(ValueError, match="typing error"):
        crypto.key_from_recovery_code(code[:-1] + ("A" if code[-1] != "A" else "B"))

    new = tmp_path / "new-laptop"
    fresh = Workspace(new)
    _mission(fresh, "New laptop")
    fresh.close()
    assert main(["--data-dir", str(new), "restore", str(backup)]) == 1
    assert "recovery code" in capsys.readouterr().err
    assert main(["--data-dir", str(new), "restore", str(backup), "--recovery-code", code]) == 0
    capsys.readouterr()
    again = Workspace(new)
    assert _names(again) == {"From the old laptop"}  # re-keyed to this folder's own key
    again.close()


def test_a_data_folder_copied_to_a_new_computer_opens_with_its_recovery_code(
        tmp_path: Path, memory_keyring: dict, capsys) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    _mission(ws, "Carried over")
    code = crypto.recovery_code(ws.db.key)
    ws.close()
    moved = tmp_path / "on-the-new-computer"
    shutil.copytree(data, moved)
    memory_keyring.clear()  # the new computer's keyring knows nothing
    assert main(["--data-dir", str(moved), "missions", "list"]) == 3
    assert "recovery code" in capsys.readouterr().err
    assert main(["--data-dir", str(moved), "key", "restore", "--recovery-code",
                 "AAAAA-" + code[6:]]) == 1
    assert main(["--data-dir", str(moved), "key", "restore", "--recovery-code", code]) == 0
    assert main(["--data-dir", str(moved), "missions", "list", "--json"]) == 0
    assert "Carried over" in capsys.readouterr().out
    with Database(moved / DB_FILENAME, key=crypto.key_from_recovery_code(code)).session() as s:
        assert s.query(Mission).count() == 1
