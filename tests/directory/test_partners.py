"""Gateway partners per mission: the service, the command, the Missions screen's panel, the
roster booklet and the agreements register."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from biox_desktop.cli.main import main
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.organisations import OrganisationInput
from biox_desktop.core.validation import NotFoundError, ValidationError
from biox_desktop.db.organisations import OrganisationService


def setup(ws) -> tuple[str, str, str, str]:
    orgs = OrganisationService(ws)
    mission = ws.missions.create(MissionInput(
        name="Osaka Partnering Days", kind="partnering_event", country="JP",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 12), timezone="Asia/Tokyo"))
    hq = orgs.create(OrganisationInput(name="Osaka Bio Headquarters",
                                       name_native="大阪バイオ・ヘッドクオーター",
                                       kind="gateway_partner", country="JP", city="Osaka"))
    kobe = orgs.create(OrganisationInput(name="Kobe Agency", kind="agency", country="JP"))
    sme = orgs.create(OrganisationInput(name="Rhône Diagnostics", kind="sme", country="FR"))
    return mission.id, hq.id, kobe.id, sme.id


def test_add_list_remove(workspace) -> None:
    mission, hq, kobe, sme = setup(workspace)
    orgs = OrganisationService(workspace)
    orgs.add_partner(mission, hq)
    orgs.add_partner(mission, hq)  # twice: still one
    orgs.add_partner(mission, kobe)
    assert [p.name for p in orgs.partners(mission)] == ["Kobe Agency", "Osaka Bio Headquarters"]
    with pytest.raises(ValidationError):  # an SME is no gateway partner
        orgs.add_partner(mission, sme)
    orgs.remove_partner(mission, kobe)
    assert [p.organisation_id for p in orgs.partners(mission)] == [hq]
    with pytest.raises(NotFoundError):
        orgs.remove_partner(mission, kobe)
    shown = orgs.show(hq)
    assert [m.name for m in shown.partner_of] == ["Osaka Partnering Days"]


def test_the_command(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    from biox_desktop.db.workspace import Workspace

    ws = Workspace(data_dir)
    setup(ws)
    ws.close()
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "missions", "partners", "add", "Osaka Partnering Days",
                 "大阪バイオ・ヘッドクオーター"]) == 0
    assert main([*d, "missions", "partners", "add", "Osaka Partnering Days",
                 "Rhône Diagnostics"]) == 1
    capsys.readouterr()
    assert main([*d, "missions", "partners", "list", "Osaka Partnering Days", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in listed] == ["Osaka Bio Headquarters"]
    assert main([*d, "missions", "partners", "remove", "Osaka Partnering Days",
                 "Osaka Bio Headquarters", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_missions_screen_adds_and_removes_partners(qtbot, ops, workspace) -> None:
    from biox_desktop.ui.missions import MissionsScreen

    mission, _hq, _kobe, _sme = setup(workspace)
    screen = MissionsScreen(ops)
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    panel = screen.partners
    with qtbot.waitSignal(panel.loaded):
        screen.table.selectRow(0)
    # Only gateway partners and agencies are offered.
    offered = [panel.choice.itemText(i) for i in range(panel.choice.count())]
    assert offered == ["Kobe Agency (JP)",
                       "Osaka Bio Headquarters · 大阪バイオ・ヘッドクオーター (JP)"]
    panel.choice.setCurrentIndex(1)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.item(0).text().startswith("Osaka Bio Headquarters"))
    assert [p.name for p in OrganisationService(workspace).partners(mission)] == [
        "Osaka Bio Headquarters"]
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.item(0).text() == "No gateway partner yet.")
    assert OrganisationService(workspace).partners(mission) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_booklet_lists_the_partners_with_their_contacts(workspace, tmp_path: Path) -> None:
    from biox_desktop.reports.booklet import write_booklet

    workspace.seed_demo()
    osaka = workspace.missions.find("Osaka Partnering Days").id
    pdf = write_booklet(workspace, osaka, tmp_path / "booklet.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    part = text[text.index("Gateway partners"):]
    for expected in ("Osaka Bio Headquarters", "大阪バイオ・ヘッドクオーター",
                     "Kobe Biomedical Innovation Cluster", "鈴木一郎 (Suzuki Ichiro)"):
        assert expected in part


def test_the_agreement_dialog_makes_a_gateway_partner_a_gateway_party(qtbot, ops,
                                                                      workspace) -> None:
    from biox_desktop.core.outcomes import AgreementInput
    from biox_desktop.ui.agreements import AgreementDialog

    mission, hq, _kobe, _sme = setup(workspace)
    organisations = workspace.agreements.organisations()
    dialog = AgreementDialog(None, ops, organisations, [(mission, "Osaka")],
                             mission_id=mission)
    qtbot.addWidget(dialog)
    dialog.party_org.setCurrentIndex(dialog.party_org.findData(hq))
    assert dialog.party_role.currentData() == "gateway"
    dialog.add_party.click()
    dialog.title_edit.setText("Cooperation agreement with Osaka Bio HQ")
    dialog.kind.setCurrentIndex(dialog.kind.findData("cooperation"))
    data = dialog.collect()
    assert isinstance(data, AgreementInput)
    assert [(p.organisation_id, p.role) for p in data.parties] == [(hq, "gateway")]
    saved = workspace.agreements.create(data)
    assert saved.parties[0].role == "gateway"
    ops.wait_idle()
