"""The vCard corpus (ez-vcard, Android, kcontacts) imported through the lead service.

Every file must be imported (each readable card becomes or updates a lead whose modelled fields
match the card) or refused with a message naming the file; nothing crashes. The pass rate is
printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from biox_desktop.core.leads import validate_lead
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.leads import input_from_card
from biox_desktop.reports.leads_io import import_vcards
from biox_desktop.reports.vcard import ParsedCard, parse_vcards

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "vcard"
if not CORPORA.is_dir():
    pytest.skip(f"vCard corpora not found at {CORPORA}", allow_module_level=True)

FILES = sorted(p for folder in ("ezvcard", "android", "kcontacts")
               for p in (CORPORA / folder).iterdir() if p.suffix.lower() in (".vcf", ".vcard"))


def _expected(path: Path) -> list[Any]:
    """The cleaned lead input of every card the service should accept, in file order."""
    out = []
    for r in parse_vcards(path.read_bytes(), source_name=path.name):
        if not isinstance(r, ParsedCard):
            continue
        try:
            out.append(validate_lead(input_from_card(r.card), require_consent=False))
        except ValidationError:
            continue
    return out


def _problems(ws: Any, path: Path) -> list[str]:
    try:
        result = import_vcards(ws, [path])[0]
    except Exception as exc:  # the bar: nothing crashes
        return [f"crashed: {type(exc).__name__}: {exc}"]
    problems = []
    for reason in result.refused:
        if not reason.startswith(path.name) or len(reason) <= len(path.name) + 5:
            problems.append(f"unclear refusal: {reason!r}")
    expected = _expected(path)
    if len(result.lead_ids) != len(expected):
        problems.append(f"{len(result.lead_ids)} leads for {len(expected)} readable cards")
        return problems
    for lead_id, want in zip(result.lead_ids, expected, strict=True):
        got = ws.leads.get(lead_id)
        if want.name not in (got.name_native, got.name_romanised, got.name):
            problems.append(f"name {want.name!r} became {got.name!r}")
        if want.organisation_name and got.organisation_name.casefold() != \
                want.organisation_name.casefold():
            problems.append(f"organisation {want.organisation_name!r} != "
                            f"{got.organisation_name!r}")
        if want.role and got.role != want.role:
            problems.append(f"role {want.role!r} != {got.role!r}")
        lowered = {e.casefold() for e in got.emails}
        if any(e.casefold() not in lowered for e in want.emails):
            problems.append(f"e-mails {want.emails} not all in {got.emails}")
        if not set(want.phones) <= set(got.phones):
            problems.append(f"phones {want.phones} not all in {got.phones}")
        if not set(want.tags) <= set(got.tags):
            problems.append(f"tags {want.tags} not all in {got.tags}")
        if not set(want.messaging) <= set(got.messaging):
            problems.append(f"messaging {want.messaging} not all in {got.messaging}")
    return problems


def test_corpus_imports_through_the_service(workspace: Any,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    failures = {p.name: probs for p in FILES if (probs := _problems(workspace, p))}
    ok = len(FILES) - len(failures)
    totals = workspace.leads.count()
    with capsys.disabled():
        print(f"\nvCard corpus through the lead service: {ok}/{len(FILES)} files pass "
              f"({ok / len(FILES):.1%}); {totals} leads after importing every file once")
    assert len(FILES) > 60
    assert not failures, failures
    # Importing everything again updates, never duplicates.
    again = import_vcards(workspace, FILES)
    assert sum(r.imported for r in again) == 0
    assert workspace.leads.count() == totals
