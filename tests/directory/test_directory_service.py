"""The organisation directory service on a real (encrypted) database file."""

from __future__ import annotations

import pytest

from biox_desktop.core.organisations import OrganisationInput
from biox_desktop.core.validation import NotFoundError, ValidationError
from biox_desktop.db.models import Organisation
from biox_desktop.db.organisations import OrganisationService


def test_add_search_filter_and_edit(workspace) -> None:
    orgs = OrganisationService(workspace)
    cluster = orgs.create(OrganisationInput(name="Lyonbiopole", kind="cluster", country="FR",
                                            city="Lyon"))
    sme = orgs.create(OrganisationInput(
        name="Kansai Medical", name_native="関西メディカル株式会社", kind="sme",
        country="Japan", city="Ōsaka", website="kansai-med.example",
        home_cluster_id=cluster.id, description="Catheters.", sector_tags=("medtech", " ")))
    orgs.create(OrganisationInput(name="Société Générale de Biologie", kind="research_institute",
                                  country="fr"))
    assert sme.country == "JP" and sme.website == "https://kansai-med.example"
    assert sme.home_cluster_name == "Lyonbiopole" and sme.sector_tags == ("medtech",)

    def names(**kw: object) -> list[str]:
        return [o.name for o in orgs.list(**kw)]  # type: ignore[arg-type]

    assert names(search="関西") == ["Kansai Medical"]
    assert names(search="osaka") == ["Kansai Medical"]  # accents and case ignored
    assert names(search="societe") == ["Société Générale de Biologie"]
    assert names(kind="cluster") == ["Lyonbiopole"]
    assert names(country="FR") == ["Lyonbiopole", "Société Générale de Biologie"]

    edited = orgs.update(sme.id, OrganisationInput(
        **{**_fields(sme.to_input()), "city": "Kobe", "home_cluster_id": None}))
    assert edited.city == "Kobe" and edited.home_cluster_id is None
    assert orgs.find("kansai medical").id == sme.id
    assert orgs.find("関西メディカル株式会社").id == sme.id
    assert orgs.find(sme.id[:30]).id == sme.id


def _fields(data: OrganisationInput) -> dict[str, object]:
    return {f: getattr(data, f) for f in data.__slots__}  # type: ignore[attr-defined]


def test_bad_input_is_refused_field_by_field(workspace) -> None:
    orgs = OrganisationService(workspace)
    with pytest.raises(ValidationError) as caught:
        orgs.create(OrganisationInput(name=" ", kind="spaceship", country="Atlantis",
                                      website="a b"))
    assert {e.field for e in caught.value.errors} == {"name", "kind", "country", "website"}
    sme = orgs.create(OrganisationInput(name="Vaxiléa", kind="sme"))
    with pytest.raises(ValidationError) as caught:  # an SME is not a home cluster
        orgs.create(OrganisationInput(name="Other", kind="sme", home_cluster_id=sme.id))
    assert caught.value.for_field("home_cluster_id")
    with pytest.raises(NotFoundError):
        orgs.find("nobody")


def test_an_older_kind_stays_readable_and_editable(workspace) -> None:
    with workspace.db.session() as s:
        s.add(Organisation(id="old-1", scope="network", name="Kansai Medical",
                           kind="foreign_partner", sector_tags=[]))
    orgs = OrganisationService(workspace)
    old = orgs.get("old-1")
    assert old.kind == "foreign_partner"
    renamed = orgs.update("old-1", OrganisationInput(**{**_fields(old.to_input()),
                                                        "name": "Kansai Medical Co."}))
    assert renamed.kind == "foreign_partner" and renamed.name == "Kansai Medical Co."


def test_an_edit_journals_only_the_changed_fields(workspace) -> None:
    orgs = OrganisationService(workspace)
    sme = orgs.create(OrganisationInput(name="Rhône Diagnostics", kind="sme", city="Lyon"))
    before = workspace.db.pending_changes()
    orgs.update(sme.id, sme.to_input())  # nothing changed: nothing to sync
    assert workspace.db.pending_changes() == before
    orgs.update(sme.id, OrganisationInput(**{**_fields(sme.to_input()), "city": "Grenoble"}))
    assert workspace.db.pending_changes() > before
