"""vCard reading and writing: syntax cases, errors, and the write/read round trip."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from biox_desktop.core.contacts import (
    ContactCard,
    EmailAddress,
    MessagingId,
    PhoneNumber,
    Photo,
    PostalAddress,
    RawProperty,
    card_from_json,
    card_to_json,
    has_non_latin_letters,
)
from biox_desktop.core.leads import card_for_lead, input_from_card, validate_lead
from biox_desktop.core.phones import try_normalise
from biox_desktop.core.validation import ValidationError
from biox_desktop.reports.leads_io import export_leads, import_vcards
from biox_desktop.reports.vcard import CardError, ParsedCard, parse_vcards, write_vcard

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(200))


def one(data: bytes, region: str | None = None) -> ContactCard:
    results = parse_vcards(data, source_name="t.vcf", default_region=region)
    assert len(results) == 1, results
    assert isinstance(results[0], ParsedCard), results[0]
    return results[0].card


def test_v21_quoted_printable_charset_and_bare_params() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;;\r\n"
        "TEL;WORK;VOICE:030 1234567\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond =\r\nline\r\n"
        "END:VCARD\r\n"
    ).encode("ascii")
    card = one(data, "DE")
    assert (card.family_name, card.given_name) == ("Müller", "Jürgen")
    assert card.formatted_name == "Jürgen Müller"
    assert card.phones == (PhoneNumber("030 1234567", ("work", "voice"), "+49301234567"),)
    assert card.note == "first line\nsecond line"


def test_shift_jis_card_and_phonetic_name() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:山田 太郎\r\n"
        "N;CHARSET=SHIFT_JIS:山田;太郎;;;\r\nSOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾔﾏﾀﾞ;ﾀﾛｳ;;;\r\n"
        "X-PHONETIC-LAST-NAME:Yamada\r\nX-PHONETIC-FIRST-NAME:Taro\r\nEND:VCARD\r\n"
    )
    card = one(text.encode("shift_jis"))
    assert card.name_native == "山田 太郎"
    assert card.name_romanised == "Taro Yamada"
    assert card.name_phonetic == "Yamada Taro"
    assert any(r.name == "SOUND" and r.value.startswith("ﾔﾏﾀﾞ") for r in card.extra)


def test_folding_groups_escapes_and_v4_uris() -> None:
    photo = base64.b64encode(JPEG).decode()
    data = (
        "\ufeffBEGIN:VCARD\nVERSION:4.0\nFN:Anna\n  Schmidt\nN:Schmidt;Anna;;;\n"
        "ORG:Bio\\, Pharma GmbH;R&D\nitem1.EMAIL;TYPE=work:anna@example.de\n"
        "item1.X-ABLabel:Lab\nTEL;VALUE=uri;TYPE=\"voice,cell\";PREF=1:tel:+49-151-1234-5678\n"
        "ADR;LABEL=\"Hauptstr. 1\\n10115 Berlin\":;;Hauptstr. 1;Berlin;;10115;Germany\n"
        f"PHOTO:data:image/jpeg;base64,{photo}\nIMPP;X-SERVICE-TYPE=WeChat:x-apple:wx_anna\n"
        "X-KAKAOTALK:anna.k\nURL:https://www.linkedin.com/in/anna\nCATEGORIES:bio,pharma\\,med\n"
        "X-CUSTOM;FOO=bar:kept\\, as is\nEND:VCARD\n"
    ).encode()
    card = one(data)
    assert card.formatted_name == "Anna Schmidt"
    assert card.organisation == "Bio, Pharma GmbH" and card.org_units == ("R&D",)
    assert card.emails == (EmailAddress("anna@example.de", ("work",), "Lab"),)
    assert card.phones[0].value == "+49-151-1234-5678"
    assert card.phones[0].types == ("voice", "cell", "pref")
    assert card.phones[0].e164 == "+4915112345678"
    assert card.addresses[0].label == "Hauptstr. 1\n10115 Berlin"
    assert card.photo == Photo(JPEG, "image/jpeg")
    assert card.messaging_ids == {"wechat": "wx_anna", "kakaotalk": "anna.k"}
    assert card.linkedin == "https://www.linkedin.com/in/anna" and card.urls == ()
    assert card.categories == ("bio", "pharma,med")
    assert card.extra == (RawProperty("X-CUSTOM", "kept\\, as is", (("FOO", "bar"),)),)


def test_broken_card_is_refused_and_the_others_still_parse() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\r\n\x00\xff garbage without colon\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:5.0\r\nFN:Future\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good Two\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut short\r\n"
    )
    results = parse_vcards(data, source_name="mixed.vcf")
    assert [type(r).__name__ for r in results] == [
        "ParsedCard", "CardError", "CardError", "ParsedCard", "CardError"]
    bad, future, cut = results[1], results[2], results[4]
    assert isinstance(bad, CardError) and bad.index == 2 and bad.line == 8
    assert "not a vCard property" in bad.reason
    assert str(bad).startswith("mixed.vcf: card 2, line 8:")
    assert isinstance(future, CardError) and "version 5.0" in future.reason
    assert isinstance(cut, CardError) and "no END:VCARD" in cut.reason and cut.line == 18


def test_files_without_cards_are_refused() -> None:
    for data, reason in [(b"", "empty"), (b"hello\nworld", "no BEGIN:VCARD"),
                         (b"\xff\xfe\x00\x00garbage", "no BEGIN:VCARD")]:
        (err,) = parse_vcards(data, source_name="x.vcf")
        assert isinstance(err, CardError) and reason in err.reason


def test_utf16_file_with_bom() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:김민준\r\nEND:VCARD\r\n"
    card = one(text.encode("utf-16"))
    assert card.name_native == "김민준"


def test_writer_folds_at_75_octets_and_escapes() -> None:
    card = ContactCard(formatted_name="長い名前" * 20, note="a;b,c\\d\nnext", uid="u1")
    for version in ("3.0", "4.0"):
        text = write_vcard([card], version)
        assert text.endswith("\r\n")
        assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
        assert "NOTE:a\\;b\\,c\\\\d\\nnext" in text.replace("\r\n ", "")
        assert one(text.encode()) == card


# -- property-based round trip ---------------------------------------------------------------

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                           blacklist_characters="\ue000"),
    max_size=30,
).map(str.strip)
_type = st.sampled_from(["work", "home", "cell", "voice", "fax", "pref", "internet"])
_types = st.lists(_type, max_size=3).map(tuple)
_phone = st.builds(
    lambda value, types: PhoneNumber(value, types, try_normalise(value)),
    st.from_regex(r"\+?[0-9][0-9 \-]{3,14}[0-9]", fullmatch=True), _types)
_email = st.builds(EmailAddress, st.from_regex(r"[a-z0-9.]{1,10}@[a-z]{1,8}\.[a-z]{2,3}",
                                               fullmatch=True), _types, _text)
_address = st.builds(PostalAddress, _text, _text, _text, _text, _text, _text,
                     _text.filter(bool), _types)
_ident = st.from_regex(r"[A-Za-z0-9_.]{1,12}", fullmatch=True)
_messaging = st.builds(MessagingId, st.sampled_from(["wechat", "line", "kakaotalk", "skype"]),
                       _ident)


@st.composite
def cards(draw: st.DrawFn) -> ContactCard:
    name = draw(_text.filter(bool))
    return ContactCard(
        uid=draw(_ident),
        formatted_name=name,
        family_name=draw(_text),
        given_name=draw(_text),
        name_romanised=draw(st.sampled_from(["", "Taro Yamada"])),
        name_phonetic=draw(_text),
        nicknames=tuple(draw(st.lists(_text.filter(bool), max_size=2))),
        organisation=draw(_text.filter(bool)),
        org_units=tuple(draw(st.lists(_text.filter(bool), max_size=2))),
        title=draw(_text),
        emails=tuple(draw(st.lists(_email, max_size=2))),
        phones=tuple(draw(st.lists(_phone, max_size=2))),
        addresses=tuple(draw(st.lists(_address, max_size=2))),
        urls=tuple(draw(st.lists(st.just("https://example.org/a,b;c"), max_size=1))),
        messaging=tuple(draw(st.lists(_messaging, max_size=3))),
        note=draw(st.text(max_size=60).map(lambda s: s.replace("\r", "").strip())),
        categories=tuple(draw(st.lists(_text.filter(bool), max_size=3))),
        birthday=draw(st.sampled_from(["", "1980-04-01", "--0401"])),
        photo=draw(st.sampled_from([None, Photo(JPEG), Photo(uri="https://x.org/p.png")])),
        revision=draw(st.sampled_from(["", "2024-01-02T03:04:05Z"])),
        kind=draw(st.sampled_from(["", "org", "individual", "group"])),
        geo=draw(st.sampled_from(["", "51.5237,-0.1585", "-2.600000,3.400000"])),
        extra=tuple(draw(st.lists(st.builds(
            RawProperty, st.sampled_from(["X-FOO", "X-BAR"]), _ident,
            st.lists(st.tuples(st.just("TYPE"), _ident), max_size=1).map(tuple),
            st.sampled_from(["", "g1"])), max_size=2))),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards(), version=st.sampled_from(["3.0", "4.0"]))
def test_write_then_read_gives_back_the_card(card: ContactCard, version: str) -> None:
    text = write_vcard([card, card], version)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    results = parse_vcards(text.encode("utf-8"), source_name="rt.vcf")
    assert len(results) == 2
    for r in results:
        assert isinstance(r, ParsedCard), r
        assert r.card == card


def test_adr_components_types_and_label_land_in_their_fields() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n"
        b"ADR;TYPE=work;LABEL=\"Tower 1\\nTokyo\":PO 9;Floor 3;1-2-3 Marunouchi;Chiyoda;Tokyo;"
        b"100-0005;Japan\n"
        b"ADR;TYPE=home:;;Main St 1;Springfield\n"
        b"ADR:;;A;B;C;D;E;extra;more\n"
        b"END:VCARD\n"
    )
    work, home, long = one(data).addresses
    assert work == PostalAddress(
        po_box="PO 9", extended="Floor 3", street="1-2-3 Marunouchi", locality="Chiyoda",
        region="Tokyo", postal_code="100-0005", country="Japan", types=("work",),
        label="Tower 1\nTokyo",
    )
    assert home == PostalAddress(street="Main St 1", locality="Springfield", types=("home",))
    assert long.components() == ("", "", "A", "B", "C", "D", "E;extra;more")


# -- fidelity through a lead (issue 13, item 4): import -> store -> export -------------------

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3


def _import(workspace: Any, tmp_path: Path, text: str, name: str = "in.vcf") -> Any:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (result,) = import_vcards(workspace, [path])
    return result


def _export(workspace: Any, tmp_path: Path, version: str) -> str:
    path = tmp_path / f"out-{version}.vcf"
    export_leads(workspace, path, "vcf", version=version)
    return path.read_bytes().decode("utf-8").replace("\r\n ", "").replace("\r\n", "\n")


def _only_card(workspace: Any) -> ContactCard:
    (card,) = workspace.leads.cards()
    return card


FULL_CARD = """BEGIN:VCARD
VERSION:3.0
FN:Dr. Sherlock Scott Holmes Jr.
N:Holmes;Sherlock;Scott;Dr.;Jr.
NICKNAME:Sherl,The Detective
BDAY:1854-01-06
ORG:Baker Street Consulting;Investigations
TITLE:Consulting detective
EMAIL;TYPE=home,internet:sherlock@example.org
item1.EMAIL;TYPE=work:s.holmes@bakerstreet.example
item1.X-ABLabel:Clients
TEL;TYPE=home,voice:+44 20 7224 3688
TEL;TYPE=work,fax:+44 20 7946 0000
ADR;TYPE=home:;Flat B;221B Baker Street;London;;NW1 6XE;United Kingdom
GEO:51.5237;-0.1585
URL:https://bakerstreet.example/
URL:https://example.org/blog
NOTE:First line\\nSecond line\\, with a comma\\nThird
X-ABRelatedNames;TYPE=friend:John Watson
X-CUSTOM;FOO=bar:kept\\, as is
IMPP:myspace:sherlock
UID:urn:uuid:5e4a3b1c-0000-4000-8000-000000000221
END:VCARD
"""


def test_every_field_of_a_card_survives_a_lead_and_its_export(workspace: Any,
                                                              tmp_path: Path) -> None:
    result = _import(workspace, tmp_path, FULL_CARD)
    assert result.imported == 1 and not result.refused
    card = _only_card(workspace)
    assert (card.family_name, card.given_name, card.additional_names, card.prefixes,
            card.suffixes) == ("Holmes", "Sherlock", "Scott", "Dr.", "Jr.")
    assert card.formatted_name == "Dr. Sherlock Scott Holmes Jr."
    assert card.nicknames == ("Sherl", "The Detective")
    assert card.birthday == "1854-01-06"
    assert card.org_units == ("Investigations",)
    assert card.emails == (EmailAddress("sherlock@example.org", ("home", "internet")),
                           EmailAddress("s.holmes@bakerstreet.example", ("work",), "Clients"))
    assert [(p.value, p.types) for p in card.phones] == [
        ("+44 20 7224 3688", ("home", "voice")), ("+44 20 7946 0000", ("work", "fax"))]
    assert card.addresses == (PostalAddress(extended="Flat B", street="221B Baker Street",
                                            locality="London", postal_code="NW1 6XE",
                                            country="United Kingdom", types=("home",)),)
    assert card.geo == "51.5237,-0.1585"
    assert card.urls == ("https://bakerstreet.example/", "https://example.org/blog")
    assert card.note == "First line\nSecond line, with a comma\nThird"
    assert [r.name for r in card.extra] == ["X-ABRELATEDNAMES", "X-CUSTOM"]
    assert card.messaging == (MessagingId("myspace", "sherlock"),)
    assert card.uid == "urn:uuid:5e4a3b1c-0000-4000-8000-000000000221"

    v3 = _export(workspace, tmp_path, "3.0")
    assert "N:Holmes;Sherlock;Scott;Dr.;Jr.\n" in v3
    assert "NICKNAME:Sherl,The Detective\n" in v3
    assert "TEL;TYPE=home,voice:+44 20 7224 3688\n" in v3
    assert "EMAIL;TYPE=home,internet:sherlock@example.org\n" in v3
    assert "GEO:51.5237;-0.1585\n" in v3
    assert "NOTE:First line\\nSecond line\\, with a comma\\nThird\n" in v3
    assert "X-ABRELATEDNAMES;TYPE=friend:John Watson\n" in v3
    assert "X-CUSTOM;FOO=bar:kept\\, as is\n" in v3
    assert "TYPE=cell" not in v3 and "N:;;;;" not in v3
    v4 = _export(workspace, tmp_path, "4.0")
    assert "N:Holmes;Sherlock;Scott;Dr.;Jr.\n" in v4
    assert "GEO:geo:51.5237,-0.1585\n" in v4
    assert "TEL;VALUE=text;TYPE=work,fax:+44 20 7946 0000\n" in v4


def test_data_uri_photo_with_an_escaped_comma_keeps_its_bytes(workspace: Any,
                                                             tmp_path: Path) -> None:
    b64 = base64.b64encode(PNG).decode()
    text = f"BEGIN:VCARD\nVERSION:4.0\nFN:Ada Lovelace\nPHOTO:data:image/png;base64\\,{b64}\nEND:VCARD\n"
    parsed = one(text.encode())
    assert parsed.photo == Photo(PNG, "image/png")
    _import(workspace, tmp_path, text)
    assert _only_card(workspace).photo == Photo(PNG, "image/png")
    assert f"PHOTO:data:image/png;base64,{b64}\n" in _export(workspace, tmp_path, "4.0")
    assert f"PHOTO;ENCODING=b;TYPE=PNG:{b64}\n" in _export(workspace, tmp_path, "3.0")
    # Back in from each export: the very same bytes.
    for version in ("3.0", "4.0"):
        (card,) = [r.card for r in parse_vcards(
            _export(workspace, tmp_path, version).encode(), source_name="x")
            if isinstance(r, ParsedCard)]
        assert card.photo is not None and card.photo.data == PNG


def test_photo_type_that_is_no_image_type_is_read_from_the_bytes() -> None:
    b64 = base64.b64encode(PNG).decode()
    card = one(f"BEGIN:VCARD\nVERSION:3.0\nFN:A\nPHOTO;TYPE=HOME;ENCODING=b:{b64}\nEND:VCARD\n"
               .encode())
    assert card.photo == Photo(PNG, "image/png")


def test_a_photo_the_lead_cannot_hold_is_kept_and_the_warning_says_so(
        workspace: Any, tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nFN:Link Photo\nPHOTO;VALUE=uri:https://example.org/p.jpg\n"
            "END:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Broken Photo\n"
            "PHOTO;ENCODING=b;TYPE=JPEG:qgEPAAIAAAAHAAAAugEQAAIAAAAG:ASDF==\nEND:VCARD\n")
    result = _import(workspace, tmp_path, text)
    assert result.imported == 2
    assert any("the photo is a link" in w and "kept" in w for w in result.warnings)
    assert any("not valid base64; kept as is" in w for w in result.warnings)
    v3 = _export(workspace, tmp_path, "3.0")
    assert "PHOTO;VALUE=uri:https://example.org/p.jpg\n" in v3
    assert "PHOTO;ENCODING=b;TYPE=JPEG:qgEPAAIAAAAHAAAAugEQAAIAAAAG:ASDF==\n" in v3


def test_kind_org_is_an_organisation_lead_and_goes_back_as_kind_org(
        workspace: Any, tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Osaka Bio Headquarters\n"
            "ORG:Osaka Bio Headquarters\nTEL;TYPE=work:+81 6-6944-6111\nEND:VCARD\n")
    result = _import(workspace, tmp_path, text)
    assert result.imported == 1
    lead = workspace.leads.get(result.lead_ids[0])
    assert lead.is_organisation
    assert lead.name == "" and lead.organisation_name == "Osaka Bio Headquarters"
    assert "KIND:org\n" in _export(workspace, tmp_path, "4.0")
    v3 = _export(workspace, tmp_path, "3.0")
    assert "X-ABShowAs:COMPANY\n" in v3
    assert one(v3.encode()).is_organisation


def test_a_card_with_no_name_is_refused_naming_file_card_and_line(
        workspace: Any, tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nFN:Named One\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nEMAIL:info@example.org\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:2.1\nN:\nORG:Ximian, Inc.\nEND:VCARD\n")
    result = _import(workspace, tmp_path, text, "people.vcf")
    assert result.imported == 2
    (reason,) = result.refused
    assert reason.startswith("people.vcf: card 2 (line 5): ")
    assert "no name" in reason
    names = {(v.name, v.organisation_name, v.is_organisation)
             for v in map(workspace.leads.get, result.lead_ids)}
    assert names == {("Named One", "", False), ("", "Ximian, Inc.", True)}
    assert all(v.name != "info@example.org" for v in map(workspace.leads.get,
                                                          workspace.leads.ids()))


def test_what_the_lead_cannot_hold_is_kept_and_the_warning_is_truthful(
        workspace: Any, tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nFN:Pat Pending\nTEL;TYPE=pager:12\n"
            "EMAIL:\"Pat\" <pat@example.org>\nX-SKYPE:pat.one\nX-SKYPE:pat.two\nEND:VCARD\n")
    result = _import(workspace, tmp_path, text)
    warnings = "\n".join(result.warnings)
    assert "phone '12' is not a valid number" in warnings
    assert "e-mail '\"Pat\" <pat@example.org>' is not an e-mail address" in warnings
    assert "'pat.two' is kept on the card" in warnings
    assert "left out" not in warnings
    card = _only_card(workspace)
    assert [(p.value, p.types) for p in card.phones] == [("12", ("pager",))]
    assert [e.value for e in card.emails] == ['"Pat" <pat@example.org>']
    assert [m.value for m in card.messaging] == ["pat.one", "pat.two"]
    v3 = _export(workspace, tmp_path, "3.0")
    assert "TEL;TYPE=pager:12\n" in v3 and "pat.two" in v3


def test_an_edited_lead_exports_its_edits_and_drops_only_the_stale_detail(
        workspace: Any, tmp_path: Path) -> None:
    result = _import(workspace, tmp_path, FULL_CARD)
    view = workspace.leads.get(result.lead_ids[0])
    workspace.leads.update(view.id, view.to_input().with_changes(
        name="Mycroft Holmes", name_romanised="", emails=("s.holmes@bakerstreet.example", "new@example.org"),
        vcard=None))  # what the quick form sends: no card
    card = _only_card(workspace)
    assert card.formatted_name == "Mycroft Holmes"
    assert (card.family_name, card.prefixes) == ("", "")  # the old N is stale, not written
    assert card.emails == (EmailAddress("s.holmes@bakerstreet.example", ("work",), "Clients"),
                           EmailAddress("new@example.org"))
    assert card.birthday == "1854-01-06" and card.geo == "51.5237,-0.1585"  # not edited


def test_a_reimport_adds_to_the_kept_card_and_never_drops_from_it(
        workspace: Any, tmp_path: Path) -> None:
    _import(workspace, tmp_path, FULL_CARD, "a.vcf")
    later = ("BEGIN:VCARD\nVERSION:3.0\nFN:Dr. Sherlock Scott Holmes Jr.\n"
             "EMAIL:sherlock@example.org\nURL:https://new.example/\n"
             "UID:urn:uuid:5e4a3b1c-0000-4000-8000-000000000221\nEND:VCARD\n")
    result = _import(workspace, tmp_path, later, "b.vcf")
    assert result.updated == 1
    card = _only_card(workspace)
    assert card.birthday == "1854-01-06" and card.nicknames == ("Sherl", "The Detective")
    assert card.urls == ("https://new.example/", "https://bakerstreet.example/",
                         "https://example.org/blog")
    assert card.emails[0] == EmailAddress("sherlock@example.org", ("home", "internet"))
    assert {r.name for r in card.extra} == {"X-ABRELATEDNAMES", "X-CUSTOM"}


def test_properties_kept_verbatim_are_listed_and_written_back(workspace: Any,
                                                             tmp_path: Path) -> None:
    """What the card model has no field for is kept as written (name, parameters, group,
    escaped value) and comes back in both versions."""
    kept = [
        "X-ABRELATEDNAMES;TYPE=friend:John Watson",
        "X-CUSTOM;FOO=bar:kept\\, as is",
        "IMPP:no scheme here",
        "item7.X-ABDATE;TYPE=pref:1881-03-04",
        "item7.X-ABLABEL:_$!<Anniversary>!$_",
        "ANNIVERSARY:19810304",
        "GENDER:M",
        "LANG;TYPE=work:en",
        "TZ:Europe/London",
        "RELATED;TYPE=friend:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
        "KEY;ENCODING=b;TYPE=PGP:AAECAwQ=",
        "CLASS:PRIVATE",
        "X-PHONETIC-LAST-NAME:Hohmz",
    ]
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Sherlock Holmes\n" + "\n".join(kept) + "\nEND:VCARD\n"
    _import(workspace, tmp_path, text)
    card = _only_card(workspace)
    assert [r.name for r in card.extra] == [
        "X-ABRELATEDNAMES", "X-CUSTOM", "IMPP", "X-ABDATE", "ANNIVERSARY", "GENDER", "LANG",
        "TZ", "RELATED", "KEY", "CLASS", "X-PHONETIC-LAST-NAME", "X-ABLABEL"]
    for version in ("3.0", "4.0"):
        out = _export(workspace, tmp_path, version).upper()
        for line in kept:
            assert line.upper() + "\n" in out, (version, line)


def test_a_v21_quoted_printable_note_keeps_its_line_breaks_through_a_lead(
        workspace: Any, tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;Prof.;\n"
            "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond =\nline=0D=0A=0D=0Afourth\n"
            "END:VCARD\n")
    _import(workspace, tmp_path, text)
    lead = workspace.leads.get(workspace.leads.ids()[0])
    assert lead.notes == "first line\nsecond line\n\nfourth"
    for version in ("3.0", "4.0"):
        out = _export(workspace, tmp_path, version)
        assert "NOTE:first line\\nsecond line\\n\\nfourth\n" in out
        assert "N:Müller;Jürgen;;Prof.;\n" in out and "FN:Prof. Jürgen Müller\n" in out


def test_parameters_the_card_cannot_keep_are_named_in_a_warning() -> None:
    b64 = base64.b64encode(PNG).decode()
    data = ("BEGIN:VCARD\nVERSION:4.0\nFN:Irene Adler\nN;LANGUAGE=en:Adler;Irene;;;\n"
            "ADR;GEO=\"geo:51.5,0.1\";TYPE=home:;;1 Briony Lodge;London;;;\n"
            "item2.URL;TYPE=pref:http\\://www.example.org\nitem2.X-ABLabel:_$!<HomePage>!$_\n"
            f"PHOTO;TYPE=HOME;ENCODING=b:{b64}\nEND:VCARD\n").encode()
    (result,) = parse_vcards(data, source_name="t.vcf")
    assert isinstance(result, ParsedCard)
    warnings = "\n".join(result.warnings)
    assert "line 4: N was read without its parameter(s) LANGUAGE" in warnings
    assert "line 5: ADR was read without its parameter(s) GEO" in warnings
    assert "TYPE=HOME is not a picture type" in warnings
    assert "URL" not in warnings  # kept whole, with its type and its label
    assert [(r.group, r.name) for r in result.card.extra] == [("item2", "URL"),
                                                             ("item2", "X-ABLABEL")]


# -- the card kept with a lead: storage and reconciliation, as properties ---------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards())
def test_a_card_stored_as_json_comes_back_equal(card: ContactCard) -> None:
    stored = json.loads(json.dumps(card_to_json(card, photo_data=True)))
    assert card_from_json(stored) == card
    without_bytes = json.loads(json.dumps(card_to_json(card)))
    photo = card.photo.data if card.photo else None
    assert card_from_json(without_bytes, photo) == card


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards())
def test_an_unedited_lead_gives_back_the_card_it_was_read_from(card: ContactCard) -> None:
    """card_for_lead inverts input_from_card: the lead's fields as the service stores them,
    dressed with the stored card, are the card again (no field edited, nothing stale)."""
    data = input_from_card(card)
    try:
        clean = validate_lead(data, require_consent=False)
    except ValidationError:
        assume(False)
        return
    native = clean.name if has_non_latin_letters(clean.name) else ""
    romanised = clean.name_romanised or ("" if native else clean.name)
    messaging: dict[str, str] = {}
    for network, value in clean.messaging:
        messaging.setdefault(network, value)
    out = card_for_lead(
        data.vcard, uid=clean.vcard_uid or "urn:uuid:x", name=clean.name, name_native=native,
        name_romanised=romanised, organisation=clean.organisation_name, role=clean.role,
        emails=clean.emails, phones=clean.phones, messaging=tuple(sorted(messaging.items())),
        linkedin=clean.linkedin, notes=clean.notes, tags=clean.tags, photo=clean.photo)
    assert out == data.vcard.with_changes(uid=card.uid or "urn:uuid:x")


def test_geo_and_kind_in_every_version_and_what_is_not_read_is_kept() -> None:
    v21 = one(b"BEGIN:VCARD\nVERSION:2.1\nN:Doe;Jo;;;\nGEO:37.386013,-122.082932\nEND:VCARD\n")
    assert v21.geo == "37.386013,-122.082932"
    v30 = one(b"BEGIN:VCARD\nVERSION:3.0\nFN:Acme\nX-ABShowAs:COMPANY\nGEO:-2.6;3.4\nEND:VCARD\n")
    assert (v30.kind, v30.geo, v30.is_organisation) == ("org", "-2.6,3.4", True)
    v40 = one(b"BEGIN:VCARD\nVERSION:4.0\nKIND:Individual\nFN:Jo\n"
              b"GEO:geo:37.386013,-122.082932;u=20\nEND:VCARD\n")
    assert (v40.kind, v40.geo) == ("individual", "")
    assert v40.extra == (RawProperty("GEO", "geo:37.386013,-122.082932;u=20"),)
    assert "GEO:geo:37.386013,-122.082932;u=20\r\n" in write_vcard([v40], "4.0")
    assert "GEO:37.386013;-122.082932\r\n" in write_vcard([v21], "3.0")


def test_a_name_typed_as_one_line_gets_a_structured_name_in_the_export(workspace: Any,
                                                                        tmp_path: Path) -> None:
    """A lead typed at the booth has only its full name: a 3.0 card with ``N:;;;;`` shows as
    nameless on phones that list by N. Latin names end with the family name, CJK names
    begin with it; a one-word name is kept whole."""
    from biox_desktop.core.leads import LeadInput

    for name in ("Aiko Sato", "佐藤 愛子", "Madonna"):
        workspace.leads.capture(LeadInput(name=name, emails=(f"{len(name)}@example.org",),
                                          consent_given=True))
    v3 = _export(workspace, tmp_path, "3.0")
    assert "N:;;;;" not in v3
    assert "N:Sato;Aiko;;;\n" in v3
    assert "N:佐藤;愛子;;;\n" in v3
    assert "N:Madonna;;;;\n" in v3
    # Read back, the names are the same people.
    names = {c.card.formatted_name for c in parse_vcards(v3.encode(), source_name="out.vcf")
             if isinstance(c, ParsedCard)}
    assert {"Aiko Sato", "佐藤 愛子", "Madonna"} <= names
