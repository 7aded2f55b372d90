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

    @property
    def required(self) -> tuple[str, ...]:
        """Fields a create must carry, in column order."""
        return tuple(f.name for f in self.fields.values() if f.required)


@cache
def schema() -> Mapping[str, TableSpec]:
    """Every synced table's spec, parents first (from the generated :mod:`schema_data`)."""
    from biox_desktop.sync.schema_data import TABLES

    return {
        name: TableSpec(name, {f[0]: _field(name, *f) for f in fields})
        for name, fields in TABLES.items()
    }


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


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """Why ``value`` (a wire value) cannot be stored in this field, or ``None`` when it can."""
    if value is None:
        return None if spec.nullable else _t("field {field!r} may not be empty", field=spec.name)
    kind = spec.kind
    wrong = _t("field {field!r} takes {kind}, not {value}", field=spec.name, kind=kind,
               value=repr(value)[:60])  # fmt: skip
    if kind == "text":
        if not isinstance(value, str):
            return wrong
        if spec.max_length is not None and len(value) > spec.max_length:
            return _t("field {field!r} is longer than {n} characters", field=spec.name,
                      n=spec.max_length)  # fmt: skip
        return None
    if kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool) and _INT_MIN <= value <= _INT_MAX
        return None if ok else wrong
    if kind == "float":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok and math.isfinite(value) else wrong
    if kind == "bool":
        return None if isinstance(value, bool) else wrong
    if kind in ("date", "instant", "blob") and not isinstance(value, str):
        return wrong
    try:
        if kind == "date":
            dt.date.fromisoformat(value)
            if len(value) != 10:
                return wrong
        elif kind == "instant":
            dt.datetime.fromisoformat(value)
        elif kind == "blob":
            base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error):
        return wrong
    if kind == "list":
        if not isinstance(value, list):
            return wrong
        if spec.items == "str" and not all(isinstance(v, str) for v in value):
            return wrong
    if kind == "dict":
        if not isinstance(value, dict):
            return wrong
        if spec.items == "str" and not all(isinstance(v, str) for v in value.values()):
            return wrong
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
    """
    spec = table_spec(table)
    if spec is None:
        return None
    known = {k: v for k, v in fields.items() if k in spec.fields}
    return check_write(table, known, creating=creating)
