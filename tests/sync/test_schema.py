"""The typed sync schema: generated from the models, and what it accepts and refuses."""

from __future__ import annotations

import pytest

from biox_desktop.sync import schema
from biox_desktop.sync.schema_data import TABLES
from biox_desktop.sync.schema_gen import render, tables_from_models


def test_the_generated_schema_matches_the_models() -> None:
    """Fails after a model change until ``python -m biox_desktop.sync.schema_gen`` is run."""
    assert {k: [tuple(f) for f in v] for k, v in TABLES.items()} == tables_from_models()
    assert render() == schema_data_text()
    from biox_desktop.db.models import synced_tables

    assert list(schema.schema()) == synced_tables()


def schema_data_text() -> str:
    from pathlib import Path

    from biox_desktop.sync import schema_data

    return Path(schema_data.__file__).read_text(encoding="utf-8")


def test_required_fields_are_the_not_null_columns_without_a_default() -> None:
    assert schema.table_spec("leads").required == ("person_id",)  # type: ignore[union-attr]
    assert schema.table_spec("missions").required == (  # type: ignore[union-attr]
        "name", "kind", "country", "start_date", "end_date", "timezone")
    lead = schema.table_spec("leads")
    assert lead is not None and lead.fields["person_id"].references == "people"
    assert lead.fields["visibility"].choices and "network" in lead.fields["visibility"].choices


@pytest.mark.parametrize(("table", "fields", "creating", "wanted"), [
    ("leads", {"person_id": "p1"}, True, None),
    ("leads", {"notes": "x"}, True, "person_id"),
    ("leads", {"notes": "x"}, False, None),
    ("leads", {"person_id": None}, False, "may not be empty"),
    ("leads", {"person_id": "p1", "next_action_due": "not-a-date"}, True, "takes date"),
    ("leads", {"person_id": "p1", "next_action_due": "2027-03-09"}, True, None),
    ("leads", {"person_id": "p1", "notes": {"a": 1}}, True, "takes text"),
    ("leads", {"person_id": "p1", "rating": "5"}, True, "takes int"),
    ("leads", {"person_id": "p1", "rating": True}, True, "takes int"),
    ("leads", {"person_id": "p1", "tags": ["a", 1]}, True, "takes list"),
    ("leads", {"person_id": "p1", "colour": "red"}, True, "unknown field"),
    ("leads", {"person_id": "p" * 37}, True, "longer than 36"),
    ("people", {"name": "Li", "photo": "not base64!"}, True, "takes blob"),
    ("people", {"name": "Li", "messaging": {"wechat": 5}}, True, "takes dict"),
    ("venues", {"latitude": float("inf")}, False, "takes float"),
    ("venues", {"latitude": 3}, False, None),
    ("meetings", {"starts_at": "2027-03-09T10:00:00+09:00"}, False, None),
    ("meetings", {"starts_at": "soon"}, False, "takes instant"),
    ("meetings", {"locked": 1}, False, "takes bool"),
    ("spaceships", {"name": "x"}, True, "unknown table"),
])  # fmt: skip
def test_writes_a_laptop_cannot_store_are_refused(table: str, fields: dict[str, object],
                                                  creating: bool, wanted: str | None) -> None:
    reason = schema.check_write(table, fields, creating=creating)
    if wanted is None:
        assert reason is None
    else:
        assert reason is not None and wanted in reason, reason


def test_a_pulled_row_with_a_newer_clients_field_is_storable() -> None:
    assert schema.check_pulled("leads", {"person_id": "p", "colour": "red"}, creating=True) is None
    assert schema.check_pulled("leads", {"colour": "red"}, creating=True) is not None
