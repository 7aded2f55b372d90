"""Conformance run over real exports (ez-vcard, Android, KDE kcontacts test files).

The files live outside the repository, in ``../shared/corpora/vcard`` next to the repository
root, and are read in place (never copied). A file passes when parsing does not raise and every
card in it either

* is read, survives ``write_vcard`` -> ``parse_vcards`` in 3.0 and 4.0 unchanged, and (for
  kcontacts) agrees field by field with the project's own ``.ref`` re-serialisation; or
* is refused with a :class:`CardError` that names the file and line and gives a reason.

Deliberate difference from the kcontacts ``.ref`` files: kcontacts drops the ``INTERNET`` e-mail
type when it writes vCard 4.0 (RFC 6350 no longer has it); we keep the type as read, so the
comparison ignores ``internet``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biox_desktop.core.contacts import ContactCard
from biox_desktop.reports.vcard import CardError, ParsedCard, parse_vcards, write_vcard

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "vcard"
FOLDERS = ("ezvcard", "android", "kcontacts")

if not CORPORA.is_dir():
    pytest.skip(f"vCard corpora not found at {CORPORA} (../shared/corpora next to the "
                "repository); the conformance run needs them", allow_module_level=True)

FILES = sorted(p for folder in FOLDERS for p in (CORPORA / folder).iterdir()
               if p.suffix.lower() in (".vcf", ".vcard"))
REF_FILES = sorted((CORPORA / "kcontacts").glob("*.ref"))
#: Measured: 72 of 72 card files and 27 of 27 .ref comparisons pass (100%).
MIN_PASS_RATE = 0.97

SEMANTIC_FIELDS = (
    "uid", "formatted_name", "family_name", "given_name", "additional_names", "prefixes",
    "suffixes", "organisation", "org_units", "title", "emails", "phones", "addresses", "urls",
    "note", "categories", "birthday",
)


def _parse(path: Path) -> list[ParsedCard | CardError]:
    return parse_vcards(path.read_bytes(), source_name=path.name)


def _semantic(card: ContactCard, name: str) -> object:
    value = getattr(card, name)
    if name == "emails":
        return sorted((e.value, tuple(sorted(set(e.types) - {"internet"}))) for e in value)
    if name == "phones":
        return sorted((p.value, tuple(sorted(p.types))) for p in value)
    if name == "addresses":
        return sorted((a.components(), tuple(sorted(a.types))) for a in value)
    return value


def file_problems(path: Path) -> list[str]:
    """Why ``path`` fails the conformance bar (empty when it passes)."""
    try:
        results = _parse(path)
    except Exception as exc:
        return [f"crashed: {type(exc).__name__}: {exc}"]
    problems: list[str] = []
    if not results:
        problems.append("no card and no error")
    for r in results:
        if isinstance(r, CardError):
            if not (r.reason and r.line >= 1 and str(r).startswith(path.name)):
                problems.append(f"unclear error: {r!r}")
            continue
        for version in ("3.0", "4.0"):
            back = parse_vcards(write_vcard([r.card], version).encode(), source_name="rt")
            if len(back) != 1 or not isinstance(back[0], ParsedCard) or back[0].card != r.card:
                problems.append(f"card {r.index} changes when written as {version} and read")
    return problems


def ref_problems(ref: Path) -> list[str]:
    """Field differences between a kcontacts card and its expected re-serialisation."""
    source = ref.name.removesuffix(".ref").removeprefix("v4_0.")
    ours, theirs = _parse(CORPORA / "kcontacts" / source), _parse(ref)
    if len(ours) != len(theirs):
        return [f"{len(ours)} cards, .ref has {len(theirs)}"]
    problems = []
    for a, b in zip(ours, theirs, strict=True):
        if not (isinstance(a, ParsedCard) and isinstance(b, ParsedCard)):
            problems.append(f"not both read: {a} / {b}")
            continue
        for name in SEMANTIC_FIELDS:
            if _semantic(a.card, name) != _semantic(b.card, name):
                problems.append(f"{name}: {_semantic(a.card, name)!r} != "
                                f"{_semantic(b.card, name)!r}")
    return problems


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_file_is_read_or_refused_clearly(path: Path) -> None:
    assert file_problems(path) == []


@pytest.mark.parametrize("ref", REF_FILES, ids=lambda p: p.name)
def test_kcontacts_card_matches_its_ref(ref: Path) -> None:
    assert ref_problems(ref) == []


def test_pass_rate(capsys: pytest.CaptureFixture[str]) -> None:
    files_ok = sum(not file_problems(p) for p in FILES)
    refs_ok = sum(not ref_problems(r) for r in REF_FILES)
    total = len(FILES) + len(REF_FILES)
    rate = (files_ok + refs_ok) / total
    cards = [r for p in FILES for r in _parse(p)]
    refused = sum(isinstance(r, CardError) for r in cards)
    line = (f"vCard corpus: {files_ok}/{len(FILES)} files, {refs_ok}/{len(REF_FILES)} kcontacts "
            f".ref comparisons, pass rate {rate:.1%}; {len(cards) - refused} cards read, "
            f"{refused} refused with a reason")
    with capsys.disabled():  # shown in a plain `pytest -q` run, not only with -s
        print(f"\n{line}")
    assert len(FILES) > 60 and len(REF_FILES) > 20
    assert rate >= MIN_PASS_RATE


# -- spot checks -----------------------------------------------------------------------------


def _card(folder: str, name: str, index: int = 0) -> ContactCard:
    result = _parse(CORPORA / folder / name)[index]
    assert isinstance(result, ParsedCard), result
    return result.card


def test_shift_jis_android_card_has_its_japanese_name() -> None:
    card = _card("android", "v21_japanese_2.vcf")
    assert card.formatted_name == "安藤 ロイド 1"
    assert (card.family_name, card.given_name) == ("安藤", "ロイド1")
    assert card.name_native == "安藤 ロイド 1"
    assert card.name_phonetic == "ｱﾝﾄﾞｳ ﾛｲﾄﾞ1"  # half-width kana reading, not romanised
    assert card.name_romanised == ""
    assert card.addresses[0].extended == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert card.note == "メモ"
    assert _card("android", "v30_japanese.vcf").name_native == "伊能 圭一 伊予"


def test_quoted_printable_multi_line_notes() -> None:
    card = _card("ezvcard", "outlook-2007.vcf")
    assert card.note.startswith("This is the NOTE field\t\nI assume it encodes this text")
    assert card.note.count("\n") == 3
    soft = _card("android", "v21_complicated.vcf")
    # Two NOTE properties, the second with "=" soft line breaks, one of them before a space.
    assert soft.note == ("The following note is the example from RFC 2045.\n"
                         "Now's the time for all folk to come to the aid of their country.")
    sharp = _card("android", "v21_invalid_comment_line.vcf")
    assert sharp.note == "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."


def test_photos_are_decoded_to_jpeg_bytes() -> None:
    for folder, name in [("ezvcard", "John_Doe_IPHONE.vcf"), ("android", "v21_base64_no_2_crlf.vcf"),
                         ("ezvcard", "outlook-2007.vcf")]:
        photo = _card(folder, name).photo
        assert photo is not None and photo.data[:3] == b"\xff\xd8\xff", name
        assert photo.mime == "image/jpeg"


def test_broken_photo_is_kept_and_reported() -> None:
    (result,) = _parse(CORPORA / "android" / "v21_malformed_photo.vcf")
    assert isinstance(result, ParsedCard)
    assert result.card.photo is None
    assert any("photo is not valid base64" in w for w in result.warnings)
    assert [r.name for r in result.card.extra] == ["PHOTO"]


def test_messaging_and_grouped_labels() -> None:
    legacy = _card("kcontacts", "vcard_legacy_messaging_fields.vcf")
    assert [(m.network, m.value) for m in legacy.messaging] == [
        ("twitter", "kdecommunity"), ("irc", "konqui"), ("xmpp", "one@test.org"),
        ("xmpp", "two@test.org")]
    iphone = _card("ezvcard", "John_Doe_IPHONE.vcf")
    assert [p.label for p in iphone.phones if p.label] == ["_$!<AssistantPhone>!$_"]
