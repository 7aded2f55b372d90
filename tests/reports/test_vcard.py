"""vCard reading and writing: syntax cases, errors, and the write/read round trip."""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biox_desktop.core.contacts import (
    ContactCard,
    EmailAddress,
    MessagingId,
    PhoneNumber,
    Photo,
    PostalAddress,
    RawProperty,
)
from biox_desktop.core.phones import try_normalise
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
