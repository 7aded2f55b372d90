"""The Organisations screen, driven as a person would: search, add, open a journey."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from biox_desktop.db.organisations import OrganisationService
from biox_desktop.ui.organisations import OrganisationsScreen

SHOTS = Path(os.environ.get("BIOX_SCREENSHOTS", "")) if os.environ.get("BIOX_SCREENSHOTS") \
    else None


def type_text(qtbot, widget, text: str) -> None:
    """keyClicks aborts on non-ASCII: send each character as a key event carrying it."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def names(screen: OrganisationsScreen) -> list[str]:
    return [o.name for o in screen.model.rows]


def test_search_add_with_a_japanese_name_and_open_the_journey(qtbot, ops, workspace) -> None:
    workspace.seed_demo()
    screen = OrganisationsScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: len(screen.model.rows) > 40)

    # Search as you type, in Japanese.
    type_text(qtbot, screen.search, "関西")
    qtbot.waitUntil(lambda: names(screen) == ["Kansai Medical Co., Ltd.", "Kansai-Medical K.K."])
    assert "Foreign partner" in screen.model.data(screen.model.index(0, 2))  # an older kind
    screen.search.clear()

    # Only clusters.
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData("cluster"))
    qtbot.waitUntil(lambda: names(screen) == ["Biocat", "BioM", "BioPmed", "Lyonbiopole"])
    screen.kind_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(screen.model.rows) > 40)
    # Only Korea's, then everyone again.
    qtbot.waitUntil(lambda: screen.country_filter.findData("KR") > 0)
    screen.country_filter.setCurrentIndex(screen.country_filter.findData("KR"))
    qtbot.waitUntil(lambda: len(screen.model.rows) == 5
                    and all(o.country == "KR" for o in screen.model.rows))
    screen.country_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(screen.model.rows) > 40)

    # Add an SME with a Japanese name and its home cluster.
    dialog = screen.create()
    qtbot.keyClicks(dialog.name, "Naniwa Bio")
    type_text(qtbot, dialog.name_native, "なにわバイオ株式会社")
    dialog.kind.setCurrentIndex(dialog.kind.findData("sme"))
    dialog.country.setCurrentIndex(dialog.country.findData("JP"))
    qtbot.keyClicks(dialog.city, "Osaka")
    dialog.home_cluster.setCurrentIndex(dialog.home_cluster.findText("BioM"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: screen.selected() is not None
                    and screen.selected().name == "Naniwa Bio")
    saved = OrganisationService(workspace).find("なにわバイオ株式会社")
    assert saved.home_cluster_name == "BioM" and saved.country == "JP" and saved.kind == "sme"
    qtbot.waitUntil(lambda: "なにわバイオ株式会社" in screen.detail.toPlainText())

    # An SME's journey: its missions, delegates, meetings and agreements, on its page.
    type_text(qtbot, screen.search, "Rhône")
    qtbot.waitUntil(lambda: names(screen) == ["Rhône Diagnostics SAS"])
    with qtbot.waitSignal(screen.detail_shown):
        screen.table.selectRow(0)
    page = screen.detail.toPlainText()
    for text in ("Seoul Bio Partnering Week", "Osaka Partnering Days", "Élodie Marchand",
                 "Home cluster: Lyonbiopole", "Agreement: R&D collaboration",
                 "2 missions in 2 countries"):
        assert text in page, text
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        screen.grab().save(str(SHOTS / "organisations.png"))


def test_an_invalid_form_stays_open_and_says_why(qtbot, ops, workspace) -> None:
    screen = OrganisationsScreen(ops)
    qtbot.addWidget(screen)
    screen.reload()
    dialog = screen.create()
    dialog.country.setEditText("Atlantis")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisibleTo(dialog)
    assert "Atlantis" in dialog.errors["country"].text()
    dialog.reject()
