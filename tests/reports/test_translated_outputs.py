"""With the German catalogue installed, errors made below the UI and the funder PDF are German.

The translator is the application's own (``ui.i18n.CatalogueTranslator`` over the committed
``biox_de.qm``), routed to ``core.i18n.translate`` as the desktop does at start-up; the fixture
puts English back whatever happens.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from biox_desktop.core import i18n as core_i18n
from biox_desktop.core.outcomes import AgreementInput, PartyInput, validate_agreement
from biox_desktop.core.roster import DelegateInput, validate_delegate
from biox_desktop.core.validation import ValidationError


@pytest.fixture
def german():
    from biox_desktop.ui.i18n import CatalogueTranslator, catalogue

    translator = CatalogueTranslator()
    assert translator.load(str(catalogue("de")))
    core_i18n.set_translator(lambda context, text: translator.translate(context, text) or "")
    try:
        yield translator
    finally:
        core_i18n.set_translator(None)


def _refused(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    return err.value


def test_roster_errors_and_warnings_in_german(german) -> None:
    error = _refused(validate_delegate, DelegateInput(
        name="", email="not-an-address", hotel_check_in=dt.date(2027, 5, 12),
        hotel_check_out=dt.date(2027, 5, 10), hotel="Hotel Granvia"))
    assert error.for_field("name") == "Geben Sie den Namen der delegierten Person an."
    # The template is translated first, the value filled in afterwards.
    assert error.for_field("email") == "„not-an-address“ ist keine E-Mail-Adresse."
    assert error.for_field("hotel_check_out") == (
        "Der Check-out im Hotel muss nach dem Check-in liegen.")


def test_outcomes_errors_in_german(german) -> None:
    error = _refused(validate_agreement, AgreementInput(
        kind="nda", title="", status="signed", signed_on=None,
        parties=(PartyInput("org-1", "sme"),)), today=dt.date(2027, 1, 1))
    assert error.for_field("title") == "Geben Sie der Vereinbarung einen Titel."
    assert error.for_field("signed_on") == (
        "Eine unterzeichnete Vereinbarung braucht ihr Unterzeichnungsdatum.")
    assert error.for_field("parties") == (
        "Eine unterzeichnete Vereinbarung hat mindestens zwei Parteien.")


def test_english_again_without_the_translator() -> None:
    error = _refused(validate_delegate, DelegateInput(name=""))
    assert error.for_field("name") == "Give the delegate's name."


def test_the_funder_pdf_in_german(german, workspace, tmp_path: Path) -> None:
    from biox_desktop.core.kpis import KpiFilter
    from biox_desktop.reports.funder import write_funder_report

    workspace.seed_demo()
    report = workspace.kpis.report(KpiFilter())
    pdf = write_funder_report(tmp_path / "bericht.pdf", report,
                              generated=dt.datetime(2027, 6, 1, 9, 0, tzinfo=dt.UTC))
    reader = PdfReader(str(pdf))
    assert reader.metadata.title == "Ergebnisse der Missionen"
    pages = [page.extract_text() for page in reader.pages]
    flat = " ".join(" ".join(pages).split())
    for german_text in ("Bericht für Geldgeber", "Kennzahlen", "Alle Zahlen", "Diagramme",
                        "Je Cluster", "Je Zielland", "Vereinbarungen und Absichtserklärungen",
                        "Methodik", "Gelöschte Datensätze werden nie gezählt",
                        "Erstellt am 2027-06-01 09:00 UTC", f"Seite 2 von {len(pages)}"):
        assert german_text in flat, german_text
    for english in ("Headline figures", "Methodology", "Page 2 of", "Per target country"):
        assert english not in flat, english
    # Shared figure names come from the screens' catalogue ("shared" context).
    assert "Unterzeichnete KMU-Vereinbarungen" in flat
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "4", str(pdf),
                        str(tmp_path / "seite")], check=True)
        assert list(tmp_path.glob("seite*.png"))


def test_duplicate_reasons_are_stored_in_english_and_shown_in_german(german) -> None:
    from biox_desktop.core.dedupe import PersonRecord, find_person_candidates
    from biox_desktop.core.merge import describe_reasons

    (group,) = find_person_candidates([
        PersonRecord(id="x", names=("Dr. Yamada Taro",), phones=("+819012345678",)),
        PersonRecord(id="y", names=("山田太郎",), phones=("090-1234-5678",), country="JP"),
    ])
    # Reasons are data (they travel in synced merge records), so they stay English...
    assert "same phone" in group.reasons
    # ...and read in the user's language where they are shown, numbers filled in.
    shown = describe_reasons(group.reasons)
    assert "gleiche Telefonnummer" in shown and "same" not in shown
    assert describe_reasons(["similar name (0.89)", "common name (4 records)"]) == (
        "ähnlicher Name (0.89), häufiger Name (4 Einträge)")
    assert describe_reasons(["same wechat id"]) == "gleiche wechat-ID"
