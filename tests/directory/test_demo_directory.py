"""The demo is built through the directory: every organisation in it is one the
Organisations screen could have made."""

from __future__ import annotations

import ast
from pathlib import Path

from sqlalchemy import select

import biox_desktop.db.demo as demo
from biox_desktop.core.enums import ORGANISATION_KIND_CHOICES, PARTNER_KINDS
from biox_desktop.core.organisations import OrganisationInput, validate_organisation
from biox_desktop.db.models import MissionPartner, Organisation


def test_the_demo_makes_no_organisation_row_by_hand() -> None:
    tree = ast.parse(Path(demo.__file__).read_text(encoding="utf-8"))
    made = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == "Organisation"]
    assert made == [], f"Organisation(...) built by hand at lines {made}"


def test_every_demo_organisation_is_valid_directory_input(workspace) -> None:
    workspace.seed_demo()
    with workspace.db.session() as s:
        orgs = list(s.scalars(select(Organisation)))
        partners = list(s.scalars(select(MissionPartner)))
    assert len(orgs) == 63
    for o in orgs:
        data = OrganisationInput(
            name=o.name, kind=o.kind, name_native=o.name_native or "", country=o.country or "",
            city=o.city or "", website=o.website or "", home_cluster_id=o.home_cluster_id,
            description=o.description or "", sector_tags=tuple(o.sector_tags))
        assert validate_organisation(data) == data, o.name
        # The directory's kinds, or the one lead capture gives a company met abroad.
        assert o.kind in ORGANISATION_KIND_CHOICES or o.kind == "foreign_partner", o.kind
    kinds = {o.id: o.kind for o in orgs}
    assert len(partners) == 5 and all(kinds[p.organisation_id] in PARTNER_KINDS
                                      for p in partners)
