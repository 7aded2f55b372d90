"""Encryption at rest: the local database and its backups are SQLCipher files.

**Why SQLCipher through ``sqlcipher3``.** SQLCipher encrypts every page of the file (tables, the
full-text index, the WAL) with AES-256 and authenticates it with an HMAC, so nothing of a
person's data is readable without the key, and a tampered page is refused. The ``sqlcipher3``
package ships wheels with SQLCipher 4 and a recent SQLite (FTS5 with the trigram tokenizer, JSON
functions) built in, so nothing compiles on install; its DB-API module is a drop-in for the
standard ``sqlite3`` one, which SQLAlchemy's pysqlite dialect drives unchanged.

**Where the key lives.** A random 256-bit key is made when a data folder is first used and kept
in the OS keyring (Keychain, Windows Credential Locker, Secret Service), like the sync token. The
data folder holds only a small, non-secret description of how to find it, ``biox.key.json``:

* ``{"mode": "keyring", "key_id": ...}``: the key is the keyring entry named by ``key_id``; the
  description travels with the folder, so a moved data folder still finds its key.
* ``{"mode": "passphrase", "salt": ..., "argon2": {...}}``: where no OS keyring works (a headless
  Linux box), the key is derived from a passphrase the person types, with argon2id; nothing
  secret is written anywhere.
* ``{"mode": "plain"}``: only for the demo folder on a computer without a keyring; the window
  title says the demo is not encrypted.

**Recovery.** :func:`recovery_code` turns the key into a code a person can write down (shown on
request, once per asking); :func:`key_from_recovery_code` reads it back. With it a backup made on
a lost laptop can be restored on a new one (``biox-desktop restore FILE --recovery-code ...``).

Keys are given to SQLCipher as raw 32-byte keys (``PRAGMA key = "x'...'"``), so opening a file
costs no key derivation.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from biox_desktop.core.i18n import translate

KEY_FILENAME = "biox.key.json"
KEYRING_SERVICE = "bioX Missions database"
KEY_BYTES = 32
_SQLITE_HEADER = b"SQLite format 3\x00"
#: Environment variable a script may set on a computer without a keyring (never logged).
PASSPHRASE_ENV = "BIOX_PASSPHRASE"
#: argon2id parameters for passphrase-derived keys (about 0.3 s on a 2-core laptop).
ARGON2 = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}

MODE_KEYRING, MODE_PASSPHRASE, MODE_PLAIN = "keyring", "passphrase", "plain"


class DatabaseKeyError(RuntimeError):
    """The database key cannot be had; the message says why and what to do."""


class NoKeyringForKey(DatabaseKeyError):
    """No usable OS keyring: the person must choose a passphrase (or the demo stays plain)."""


class PassphraseNeeded(DatabaseKeyError):
    """The data folder is protected by a passphrase and none (or a wrong one) was given."""


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """How a data folder's database is protected (the content of ``biox.key.json``)."""

    mode: str
    key_id: str | None = None
    salt: str | None = None
    #: For passphrase folders: a short fingerprint of the derived key, so a mistyped passphrase
    #: is told at once (it reveals nothing the encrypted file does not: both test a guess).
    check: str | None = None

    @property
    def encrypted(self) -> bool:
        return self.mode != MODE_PLAIN


# -- the DB-API module ------------------------------------------------------------------------------

def dbapi() -> Any:
    """The SQLCipher DB-API module (same interface as ``sqlite3``)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: str | Path, key: bytes | None, *, uri: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection to ``path``, unlocked with ``key`` (None: a plain SQLite file)."""
    conn = dbapi().connect(str(path), uri=uri, **kwargs)
    # A wrong key is reported by our own message; SQLCipher would also print to stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(key_pragma(key))
    return conn


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` is an unencrypted SQLite file (its header is readable)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def can_open(path: Path, key: bytes | None) -> bool:
    """True when ``key`` (None: no key) opens the database file ``path``."""
    errors = dbapi().DatabaseError
    try:
        conn = connect(f"file:{path}?mode=ro", key, uri=True)
    except errors:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except errors:
        return False
    finally:
        conn.close()


# -- the key file and the keyring -------------------------------------------------------------------

def read_key_info(data_dir: Path) -> KeyInfo | None:
    """The folder's ``biox.key.json``, or None when there is none (a new or pre-encryption folder)."""
    path = data_dir / KEY_FILENAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DatabaseKeyError(translate("crypto", "{path} cannot be read: {why}").format(
            path=path, why=exc)) from exc
    mode = raw.get("mode")
    if mode not in (MODE_KEYRING, MODE_PASSPHRASE, MODE_PLAIN):
        raise DatabaseKeyError(translate("crypto", "{path} names an unknown protection '{mode}'.")
                        .format(path=path, mode=mode))
    return KeyInfo(mode=mode, key_id=raw.get("key_id"), salt=raw.get("salt"),
                   check=raw.get("check"))


def write_key_info(data_dir: Path, info: KeyInfo) -> None:
    data: dict[str, Any] = {"version": 1, "mode": info.mode}
    if info.key_id:
        data["key_id"] = info.key_id
    if info.salt:
        data["salt"] = info.salt
        data["argon2"] = ARGON2
    if info.check:
        data["check"] = info.check
    path = data_dir / KEY_FILENAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _account(key_id: str) -> str:
    return f"database-key:{key_id}"


def keyring_get(key_id: str) -> bytes | None:
    """The key stored under ``key_id``; None when the keyring has none (or no keyring works)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        text = keyring.get_password(KEYRING_SERVICE, _account(key_id))
    except KeyringError:
        return None
    if not text:
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def keyring_put(key_id: str, key: bytes) -> None:
    """Store ``key`` in the OS keyring; :class:`NoKeyringForKey` when it cannot be kept."""
    import keyring
    from keyring.errors import KeyringError

    text = base64.b64encode(key).decode("ascii")
    try:
        keyring.set_password(KEYRING_SERVICE, _account(key_id), text)
    except KeyringError as exc:
        raise NoKeyringForKey(str(exc)) from exc
    # A dummy keyring (headless machines) accepts secrets and drops them.
    if keyring_get(key_id) != key:
        raise NoKeyringForKey(translate("crypto", "the OS keyring did not keep the key"))


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """A 256-bit key from a passphrase (argon2id)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, hash_len=KEY_BYTES, type=Type.ID,
                           **ARGON2)


def fingerprint(key: bytes) -> str:
    """A short, one-way fingerprint of a key (to recognise a mistyped passphrase)."""
    import hashlib

    return hashlib.sha256(b"biox-key-check:" + key).hexdigest()[:16]


# -- choosing and finding a folder's key -----------------------------------------------------------

def new_key(data_dir: Path, *, passphrase: str | None = None,
            allow_plain: bool = False) -> tuple[KeyInfo, bytes | None]:
    """Make the key of a data folder that has none yet, and write its ``biox.key.json``.

    The OS keyring first; a passphrase when no keyring works and one is given; a plain (demo)
    folder when ``allow_plain``; otherwise :class:`NoKeyringForKey`.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    if passphrase:
        salt = secrets.token_bytes(16)
        key: bytes | None = derive_key(passphrase, salt)
        info = KeyInfo(MODE_PASSPHRASE, salt=base64.b64encode(salt).decode("ascii"),
                       check=fingerprint(key or b""))
    else:
        key = secrets.token_bytes(KEY_BYTES)
        info = KeyInfo(MODE_KEYRING, key_id=secrets.token_hex(16))
        try:
            keyring_put(info.key_id or "", key)
        except NoKeyringForKey:
            if not allow_plain:
                raise NoKeyringForKey(translate(
                    "crypto", "No password store (OS keyring) works on this computer, so the "
                    "database key cannot be kept in it. Choose a passphrase instead (set {env} "
                    "for scripts), or install and unlock GNOME Keyring or KWallet."
                ).format(env=PASSPHRASE_ENV)) from None
            info, key = KeyInfo(MODE_PLAIN), None
    write_key_info(data_dir, info)
    return info, key


def find_key(data_dir: Path, info: KeyInfo, *, passphrase: str | None = None) -> bytes | None:
    """The key of a folder described by ``info`` (None for a plain folder)."""
    if info.mode == MODE_PLAIN:
        return None
    if info.mode == MODE_PASSPHRASE:
        if not passphrase:
            raise PassphraseNeeded(translate(
                "crypto", "This data folder is protected by a passphrase; type it (or set {env}).")
                .format(env=PASSPHRASE_ENV))
        key = derive_key(passphrase, base64.b64decode(info.salt or ""))
        if info.check and fingerprint(key) != info.check:
            raise PassphraseNeeded(translate("crypto", "This passphrase is not the one of this "
                                                       "data folder."))
        return key
    key = keyring_get(info.key_id or "")
    if key is None:
        raise DatabaseKeyError(translate(
            "crypto", "The key of the database in {folder} is not in this computer's keyring. "
            "If this folder comes from another computer, enter its recovery code "
            "(biox-desktop key restore --recovery-code CODE)."
        ).format(folder=data_dir))
    return key


# -- recovery codes --------------------------------------------------------------------------------

def recovery_code(key: bytes) -> str:
    """The key as a code to write down: base32 in groups of five, with a 2-letter check."""
    body = base64.b32encode(key).decode("ascii").rstrip("=")
    check = base64.b32encode(bytes([sum(key) % 256]))[:2].decode("ascii")
    text = body + check
    return "-".join(text[i:i + 5] for i in range(0, len(text), 5))


def key_from_recovery_code(code: str) -> bytes:
    """The key a :func:`recovery_code` stands for; ValueError when mistyped."""
    text = "".join(ch for ch in code.upper() if ch.isalnum()).replace("0", "O").replace("1", "I")
    body, check = text[:-2], text[-2:]
    try:
        key = base64.b32decode(body + "=" * (-len(body) % 8))
    except ValueError as exc:
        raise ValueError(translate("crypto", "This is not a recovery code.")) from exc
    if len(key) != KEY_BYTES or base64.b32encode(bytes([sum(key) % 256]))[:2].decode() != check:
        raise ValueError(translate("crypto", "This recovery code has a typing error."))
    return key


# -- converting a plain database ------------------------------------------------------------------

def _table_sums(conn: Any) -> dict[str, tuple[int, int]]:
    """Per table: row count and a checksum of every value (to compare two copies)."""
    out: dict[str, tuple[int, int]] = {}
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for name in names:
        count, total = 0, 0
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            count += 1
            total = (total + hash(repr(row))) % (1 << 61)
        out[name] = (count, total)
    return out


def encrypt_copy(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database ``plain`` to ``target`` and verify it row
    for row (ValueError when the copy differs; ``target`` is then removed)."""
    target.unlink(missing_ok=True)
    src = connect(plain, None)
    try:
        src.isolation_level = None
        src.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(target),))
        src.execute("SELECT sqlcipher_export('enc')")
        version = src.execute("PRAGMA main.user_version").fetchone()[0]
        src.execute(f"PRAGMA enc.user_version = {int(version)}")
        src.execute("DETACH DATABASE enc")
        before = _table_sums(src)
    finally:
        src.close()
    dst = connect(target, key)
    try:
        after = _table_sums(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
    if before != after:
        target.unlink(missing_ok=True)
        differ = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        raise ValueError(translate("crypto", "the encrypted copy differs in: {tables}")
                         .format(tables=", ".join(differ)))


def secure_remove(path: Path) -> None:
    """Overwrite a file with zeros, then delete it (best effort on SSDs and copy-on-write file
    systems, where only full-disk encryption truly erases; the file is gone either way)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                fh.write(chunk[:min(left, len(chunk))])
                left -= len(chunk)
            fh.flush()
            os.fsync(fh.fileno())
    path.unlink(missing_ok=True)


def encrypt_in_place(db_path: Path, key: bytes) -> None:
    """Convert the plain database ``db_path`` (and its WAL) to SQLCipher in one safe step:
    the encrypted copy is written and verified first, then replaces the file; the plain file
    is overwritten and removed. A failure leaves the plain database as it was."""
    conn = connect(db_path, None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    staged = db_path.with_name(db_path.name + ".encrypting")
    encrypt_copy(db_path, staged, key)
    with open(staged, "rb+") as fh:
        os.fsync(fh.fileno())
    old = db_path.with_name(db_path.name + ".plain-old")
    os.replace(db_path, old)
    os.replace(staged, db_path)
    for suffix in ("-wal", "-shm", "-journal"):
        secure_remove(Path(f"{db_path}{suffix}"))
    secure_remove(old)


__all__ = ["KEY_FILENAME", "DatabaseKeyError", "KeyInfo", "NoKeyringForKey", "PassphraseNeeded",
           "can_open", "connect", "dbapi", "derive_key", "encrypt_copy", "encrypt_in_place",
           "find_key", "is_plain_sqlite", "key_from_recovery_code", "new_key", "read_key_info",
           "recovery_code", "secure_remove"]
