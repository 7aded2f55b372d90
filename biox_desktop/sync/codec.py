"""Between SQLite's stored values and the wire's JSON values, per column type.

The journal triggers capture values as SQLite stores them (booleans as 0/1, datetimes as
``YYYY-MM-DD HH:MM:SS.ffffff`` UTC text, blobs as hex). On the wire every client and the server
agree on one form: booleans as JSON booleans, instants as ISO 8601 with ``+00:00``, dates as
``YYYY-MM-DD``, blobs as base64, JSON columns as JSON. Values of columns this client does not know
(written by a newer client) are passed through untouched.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, Table

from biox_desktop.db.models import Base, UTCDateTime


class CodecError(ValueError):
    """A value from the server does not fit the column it is for."""


def _kind(table: Table, field: str) -> str:
    return _kind_of(table.name, field)


@functools.lru_cache(maxsize=4096)
def _kind_of(table_name: str, field: str) -> str:
    """The wire kind of a column (memoised: the models never change while the app runs)."""
    table = Base.metadata.tables[table_name]
    column = table.c.get(field)
    if column is None:
        return "unknown"
    t = column.type
    if isinstance(t, UTCDateTime):
        return "instant"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, LargeBinary):
        return "blob"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, Float):
        return "float"
    return "text"


def table_of(name: str) -> Table | None:
    return Base.metadata.tables.get(name)


def stored_to_wire(table: str, field: str, value: Any) -> Any:
    """A value as the journal captured it -> its wire form."""
    t = table_of(table)
    if t is None or value is None:
        return value
    kind = _kind(t, field)
    if kind == "bool":
        return bool(value)
    if kind == "instant" and isinstance(value, str):
        return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC).isoformat()
    if kind == "blob" and isinstance(value, str):
        return base64.b64encode(bytes.fromhex(value)).decode("ascii")
    return value


def wire_to_python(table: str, field: str, value: Any) -> Any:
    """A wire value -> the Python value for the column (for a typed SQLAlchemy statement)."""
    t = table_of(table)
    if t is None or value is None:
        return value
    kind = _kind(t, field)
    try:
        if kind == "bool":
            return bool(value)
        if kind == "instant":
            parsed = dt.datetime.fromisoformat(str(value))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        if kind == "date":
            return dt.date.fromisoformat(str(value)[:10])
        if kind == "blob":
            return base64.b64decode(str(value), validate=True)
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise CodecError(f"{table}.{field}: {value!r} is not a valid value ({exc})") from exc
    return value


def known_fields(table: str) -> frozenset[str]:
    t = table_of(table)
    return frozenset(t.c.keys()) if t is not None else frozenset()
