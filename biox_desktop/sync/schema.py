"""The typed schema of every synced table, generated from the desktop's SQLAlchemy models.

One source of truth: :mod:`biox_desktop.db.models`. The server may not import the desktop's
database layer, so :mod:`biox_desktop.sync.schema_gen` writes the schema out as plain data
(:mod:`biox_desktop.sync.schema_data`; ``python -m biox_desktop.sync.schema_gen`` after a
migration) and ``tests/sync/test_schema.py`` fails when it no longer matches the models. The server checks every pushed write against
this schema (see "Typed schema" in :mod:`biox_desktop.sync.protocol`) so it never stores a row a
laptop could not store; the desktop client uses the same checks to quarantine a pulled row it
cannot store instead of stopping its sync.

Kinds of field, in their wire form (:mod:`biox_desktop.sync.codec`):

``text``     a JSON string, at most ``max_length`` characters when the column has a length
``int``      a JSON integer (not a boolean) that fits 64 bits
``float``    a finite JSON number
``bool``     ``true`` or ``false``
``date``     ``YYYY-MM-DD``
``instant``  ISO 8601 date and time (UTC offset optional, UTC assumed)
``blob``     base64 text
``list``     a JSON array (of strings for ``list[str]`` columns)
``dict``     a JSON object (of strings for ``dict[str, str]`` columns)

Enumerations are listed (``choices``) but not enforced: the models store them as plain strings so
that a value added by a newer client never stops an older one (see :mod:`biox_desktop.db.models`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from biox_desktop.core import enums
from biox_desktop.core.i18n import translate

#: Columns every synced row has that the op itself carries (never written as fields).
CARRIED = frozenset({"id", "scope", "deleted"})
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1

#: Enumerations of the domain, per (table, column): listed in the schema, never enforced.
ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("missions", "kind"): frozenset(enums.MISSION_KINDS),
    ("missions", "status"): frozenset(enums.MISSION_STATUSES),
    ("organisations", "kind"): frozenset(enums.ORGANISATION_KINDS),
    ("roster_entries", "role"): frozenset(enums.ROSTER_ROLES),
    ("roster_entries", "registration_status"): frozenset(enums.REGISTRATION_STATUSES),
    ("agenda_items", "kind"): frozenset(enums.AGENDA_KINDS),
    ("leads", "visibility"): frozenset(enums.LEAD_VISIBILITIES),
    ("agreements", "kind"): frozenset(enums.AGREEMENT_KINDS),
}


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One column of a synced table as it travels on the wire."""

    name: str
    kind: str
    #: Longest text the column takes (``None``: unlimited, or not text).
    max_length: int | None
    #: False for NOT NULL columns: ``null`` is never a valid value.
    nullable: bool
    #: A create (the first write of a row) must carry this field: NOT NULL and no default.
    required: bool
    #: The table a foreign key points to.
    references: str | None
    #: For ``list``/``dict``: the type of the items (``"str"``) or ``None`` for any JSON.
    items: str | None
    choices: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class TableSpec:
    """The fields of one synced table (``id``, ``scope`` and ``deleted`` excluded)."""

    name: str
    fields: Mapping[str, FieldSpec]
    #: Fields a create must carry, in column order.
    required: tuple[str, ...] = ()


@cache
def schema() -> Mapping[str, TableSpec]:
    """Every synced table's spec, parents first (from the generated :mod:`schema_data`)."""
    from biox_desktop.sync.schema_data import TABLES

    out: dict[str, TableSpec] = {}
    for name, rows in TABLES.items():
        specs = {f[0]: _field(name, *f) for f in rows}
        out[name] = TableSpec(name, specs, tuple(f.name for f in specs.values() if f.required))
    return out


def _field(table: str, name: str, kind: str, max_length: int | None, nullable: bool,
           required: bool, references: str | None, items: str | None) -> FieldSpec:  # fmt: skip
    return FieldSpec(name, kind, max_length, nullable, required, references, items,
                     ENUMS.get((table, name)))  # fmt: skip


def table_spec(table: str) -> TableSpec | None:
    """The spec of a synced table, or ``None`` for a table the schema does not know."""
    return schema().get(table)


# --------------------------------------------------------------------------------------------
# Checking values


def _t(text: str, **values: Any) -> str:
    return translate("sync", text).format(**values)


def _wrong(spec: FieldSpec, value: Any) -> str:
    return _t("field {field!r} takes {kind}, not {value}", field=spec.name, kind=spec.kind,
              value=repr(value)[:60])  # fmt: skip


def _fits(spec: FieldSpec, value: Any) -> bool:
    """Whether a non-null wire value fits the field's kind (the text length aside)."""
    kind = spec.kind
    if kind == "text":
        return isinstance(value, str)
    if kind == "int":
        return (isinstance(value, int) and not isinstance(value, bool)
                and _INT_MIN <= value <= _INT_MAX)  # fmt: skip
    if kind == "float":
        return (isinstance(value, int | float) and not isinstance(value, bool)
                and math.isfinite(value))  # fmt: skip
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list":
        return isinstance(value, list) and (
            spec.items != "str" or all(isinstance(v, str) for v in value))
    if kind == "dict":
        return isinstance(value, dict) and (
            spec.items != "str" or all(isinstance(v, str) for v in value.values()))
    if not isinstance(value, str):
        return False
    try:
        if kind == "date":
            dt.date.fromisoformat(value)
            return len(value) == 10
        if kind == "instant":
            dt.datetime.fromisoformat(value)
        elif kind == "blob":
            base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error):
        return False
    return True


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """Why ``value`` (a wire value) cannot be stored in this field, or ``None`` when it can."""
    if value is None:
        return None if spec.nullable else _t("field {field!r} may not be empty", field=spec.name)
    if not _fits(spec, value):
        return _wrong(spec, value)
    if spec.max_length is not None and spec.kind == "text" and len(value) > spec.max_length:
        return _t("field {field!r} is longer than {n} characters", field=spec.name,
                  n=spec.max_length)  # fmt: skip
    return None


def check_write(table: str, fields: Mapping[str, Any], *, creating: bool) -> str | None:
    """Why a write of ``fields`` to a ``table`` row cannot be stored on a laptop, or ``None``.

    ``creating``: the write is the row's first (the server holds nothing of it), so it must
    carry every required field. ``id``, ``scope`` and ``deleted`` are carried by the op.
    """
    spec = table_spec(table)
    if spec is None:
        return _t("unknown table {table!r}", table=table[:70])
    for name, value in fields.items():
        if name in CARRIED:
            continue
        field = spec.fields.get(name)
        if field is None:
            return _t("unknown field {field!r} of {table}", field=str(name)[:70], table=table)
        reason = check_value(field, value)
        if reason:
            return reason
    if creating:
        missing = [name for name in spec.required if name not in fields]
        if missing:
            return _t("a new {table} row needs {fields}", table=table,
                      fields=", ".join(missing))  # fmt: skip
    return None


def check_pulled(table: str, fields: Mapping[str, Any], *, creating: bool) -> str | None:
    """Why a pulled row cannot be stored on this laptop, or ``None``.

    Fields this client does not know (a newer client's columns) are skipped, as the codec does.
    On the path of every pulled row: one pass, no message built unless something is wrong.
    """
    spec = table_spec(table)
    if spec is None:
        return None
    specs = spec.fields
    for name, value in fields.items():
        field = specs.get(name)
        if field is None or (value is None and field.nullable):
            continue
        if value is None or not _fits(field, value) or (
                field.max_length is not None and len(value) > field.max_length):
            return check_value(field, value)
    if creating:
        for name in spec.required:
            if name not in fields:
                known = {k: v for k, v in fields.items() if k in specs}
                return check_write(table, known, creating=True)
    return None
