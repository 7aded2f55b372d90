"""A company's journey as PDF: the text pdftotext finds in it names the right missions."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from biox_desktop.db.organisations import OrganisationService
from biox_desktop.reports.journey import write_journey

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_journey_pdf_lists_every_mission_and_outcome(workspace, tmp_path: Path) -> None:
    workspace.seed_demo()
    orgs = OrganisationService(workspace)
    # Isar Antibodies went to Shanghai last year and is going to Osaka and Boston: not Seoul.
    isar = orgs.show(orgs.find("Isar Antibodies GmbH").id)
    assert isar.missions[0].name == "Shanghai & Suzhou Discovery Trip"
    assert {m.name for m in isar.missions} == {"Shanghai & Suzhou Discovery Trip",
                                               "Osaka Partnering Days", "Boston Trade Mission"}
    pdf = write_journey(isar, tmp_path / "isar.pdf")
    text = text_of(pdf)
    assert "Isar Antibodies GmbH" in text and "Home cluster: BioM" in text
    for mission in isar.missions:
        assert mission.name in text
    assert "Seoul Bio Partnering Week" not in text
    for delegate in ("Katharina Müller", "Lukas Weiß"):
        assert delegate in text
    # The Shanghai meetings' counterparts are Chinese companies, named in the PDF.
    counterparts = {m.counterpart for m in isar.meetings}
    assert counterparts and any(c in text for c in counterparts)
    for agreement in isar.agreements:
        assert agreement.title.split(":")[0] in text


def test_cjk_names_are_embedded(workspace, tmp_path: Path) -> None:
    from biox_desktop.core.organisations import OrganisationInput

    orgs = OrganisationService(workspace)
    org = orgs.create(OrganisationInput(name="Naniwa Bio", name_native="なにわバイオ株式会社",
                                        kind="sme", country="JP"))
    pdf = write_journey(orgs.show(org.id), tmp_path / "naniwa.pdf")
    assert "なにわバイオ株式会社" in text_of(pdf)
    assert "Not on any mission yet." in text_of(pdf)
