"""The "same person" rule of every import (core.matching)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biox_desktop.core.matching import (
    Match,
    PersonKeys,
    is_generic_mailbox,
    names_compatible,
    normalise_uid,
    same_person,
)


@pytest.mark.parametrize(
    "email",
    [
        "info@osaka-bio.jp",
        "INFO@Osaka-Bio.JP",
        "mailto:contact@example.com",
        "office@example.com",
        "sales@example.com",
        "hello@example.com",
        "admin@example.com",
        "noreply@example.com",
        "no-reply@example.com",
        "do.not.reply@example.com",
        "team@example.com",
        "event@example.com",
        "events@example.com",
        "events2026@example.com",
        "info+osaka@example.com",
        "info.tokyo@example.jp",
        "sales-europe@example.com",
        "jp-info@example.jp",
        "eu.sales@example.com",
        "kontakt@example.de",
        "buero@example.de",
        "zentrale@example.de",
        "bureau@example.fr",
        "accueil@example.fr",
        "contacto@example.es",
        "informacion@example.es",
        "segreteria@example.it",
        "informazioni@example.it",
        "toiawase@example.jp",
    ],
)
def test_generic_mailboxes(email: str) -> None:
    assert is_generic_mailbox(email)


@pytest.mark.parametrize(
    "email",
    [
        "t.yamada@osaka-bio.jp",
        "hanako@example.jp",
        "hanako.yamada+events@example.jp",
        "ito@example.jp",
        "itoh@example.jp",
        "sato.info@example.jp",  # a person's name first: the person's own address
        "m.rossi@example.it",
        "minjun.kim@example.kr",
        "jp.dupont@example.fr",
    ],
)
def test_personal_mailboxes(email: str) -> None:
    assert not is_generic_mailbox(email)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Japanese: native script, kana, romanised, order, titles, long vowels, Kunrei.
        (["山田 花子"], ["Hanako Yamada"]),
        (["山田花子"], ["YAMADA Hanako"]),
        (["やまだ はなこ"], ["Hanako Yamada"]),
        (["ヤマダ ハナコ"], ["山田 花子"]),
        (["Dr. Yamada Taro 様"], ["taro yamada"]),
        (["Tarō Ōno"], ["Taro Ohno"]),
        (["Tsuchiya Jun"], ["Tutiya Zyun"]),
        (["Fujita Shinji"], ["Huzita Sinzi"]),
        (["Homma Kenji"], ["Honma Kenji"]),
        (["山田 花子 (Hanako Yamada)"], ["H. Yamada"]),
        # Initials and subsets.
        (["T. Yamada"], ["Taro Yamada"]),
        (["Yamada"], ["Hanako Yamada"]),
        (["Hanako"], ["Hanako Yamada"]),
        (["J.-P. Dupont"], ["Jean-Pierre Dupont"]),
        (["Jürgen Schmidt"], ["J. Schmidt"]),
        (["Anna Maria Rossi"], ["Anna Rossi"]),
        # Accents and transliterations.
        (["José Müller"], ["Jose Mueller"]),
        (["Hélène Çelik"], ["helene celik"]),
        (["Mme Hélène Dubois"], ["Helene DUBOIS"]),
        (["Hannah Schmitt"], ["Hanna Schmitt"]),
        # Korean: native, RR, hyphenated, split given name, surname spellings.
        (["김민준"], ["Kim Min-jun"]),
        (["김민준"], ["Minjun Kim"]),
        (["김민준"], ["Min Jun Kim"]),
        (["이서연"], ["Lee Seo-yeon"]),
        (["이서연"], ["Yi Soyeon"]),
        (["박지훈"], ["Park Ji-hoon"]),
        # Chinese: hanzi and pinyin, given name split or joined.
        (["王小明"], ["Xiaoming Wang"]),
        (["王小明"], ["Xiao Ming Wang"]),
        (["张伟女士"], ["Zhang Wei"]),
        # Any of the names one person is known by.
        (["山田 花子", "Hanako Yamada"], ["Yamada H."]),
        (["", "Hanako Yamada"], ["山田 花子"]),
    ],
)
def test_compatible_names(a: list[str], b: list[str]) -> None:
    assert names_compatible(a, b)
    assert names_compatible(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (["Taro Yamada"], ["Hanako Yamada"]),
        (["山田 太郎"], ["Hanako Yamada"]),
        (["山田 花子"], ["Taro Yamada"]),
        (["T. Yamada"], ["Hanako Yamada"]),
        (["Hanako Suzuki"], ["Taro Yamada"]),
        (["Maria Rossi"], ["Mario Rossi"]),
        (["Daniel Weber"], ["Daniela Weber"]),
        (["김민준"], ["Kim Seo-yeon"]),
        (["王小明"], ["Wang Wei"]),
        (["T."], ["Taro Yamada"]),  # an initial alone says nothing
        ([], ["Taro Yamada"]),
        ([""], ["Taro Yamada"]),
        (["Taro Yamada"], []),
        ([" "], [" "]),
    ],
)
def test_incompatible_names(a: list[str], b: list[str]) -> None:
    assert not names_compatible(a, b)
    assert not names_compatible(b, a)


def test_uids_compare_without_urn_prefix_or_case() -> None:
    uid = "0190A2B4-1C2D-7E3F-8A9B-0C1D2E3F4A5B"
    assert normalise_uid(f"urn:uuid:{uid}") == uid.lower()
    assert normalise_uid("  abc-123@phone ") == "abc-123@phone"


TARO = PersonKeys(uid="card-taro", names=("Taro Yamada",), emails=("t.yamada@osaka-bio.jp",))


def test_same_uid_is_the_same_person_whatever_the_name() -> None:
    renamed = PersonKeys(uid="card-taro", names=("Tarou YAMADA",), emails=())
    assert same_person(TARO, renamed) == Match("uid")
    assert same_person(
        PersonKeys(uid="urn:uuid:0190a2b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b"),
        PersonKeys(uid="0190A2B4-1C2D-7E3F-8A9B-0C1D2E3F4A5B"),
    ) == Match("uid")


def test_shared_personal_email_and_compatible_name() -> None:
    incoming = PersonKeys(names=["山田 太郎"], emails=["T.Yamada@Osaka-Bio.jp"])
    assert same_person(TARO, incoming) == Match("email", "t.yamada@osaka-bio.jp")


def test_shared_email_with_a_clearly_different_name_is_not_enough() -> None:
    hanako = PersonKeys(names=("Hanako Suzuki",), emails=("t.yamada@osaka-bio.jp",))
    assert same_person(TARO, hanako) is None


def test_shared_generic_mailbox_is_not_enough_even_with_the_same_name() -> None:
    a = PersonKeys(names=("Taro Yamada",), emails=("info@osaka-bio.jp",))
    b = PersonKeys(names=("Taro Yamada",), emails=("info@osaka-bio.jp",))
    assert same_person(a, b) is None


def test_no_shared_key_is_not_the_same_person() -> None:
    # A phone is not among the keys at all: the office switchboard is shared by everyone.
    hanako = PersonKeys(names=("Hanako Suzuki",), emails=("h.suzuki@osaka-bio.jp",))
    assert same_person(TARO, hanako) is None
    assert same_person(PersonKeys(), PersonKeys()) is None
    assert same_person(PersonKeys(uid=" "), PersonKeys(uid="")) is None


def test_romanised_card_with_same_email_is_the_native_lead() -> None:
    native = PersonKeys(names=("山田 花子",), emails=("hanako@osaka-bio.jp",))
    romanised = PersonKeys(names=("Hanako Yamada",), emails=("hanako@osaka-bio.jp", "info@x.jp"))
    assert same_person(native, romanised) == Match("email", "hanako@osaka-bio.jp")


def test_keys_are_immutable_tuples() -> None:
    keys = PersonKeys(names=["a", ""], emails=["x@y.z"])
    assert keys.names == ("a",)
    assert keys.emails == ("x@y.z",)
    with pytest.raises(AttributeError):
        keys.uid = "x"  # type: ignore[misc]


def test_long_names_full_of_initials_are_answered_at_once() -> None:
    # Eight initials against nine: without memory the search tries every assignment (8!).
    assert not names_compatible(["J. J. J. J. J. J. J. J. Smith"], ["J J J J J J J J J Jones"])
    assert names_compatible(["J. J. J. Smith"], ["John Jacob Jingleheimer Smith"])


# --- invariants --------------------------------------------------------------------------

_NAME_PARTS = st.sampled_from([
    "Taro", "Hanako", "Yamada", "Suzuki", "T.", "H.", "Anna", "Müller", "Mueller", "Kim",
    "Min-jun", "Lee", "山田", "花子", "太郎", "김민준", "王小明", "Dr.", "Jean-Pierre", "Dupont",
])
_NAMES = st.lists(_NAME_PARTS, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(a=st.lists(_NAMES, max_size=2), b=st.lists(_NAMES, max_size=2))
def test_compatibility_is_symmetric(a: list[str], b: list[str]) -> None:
    assert names_compatible(a, b) == names_compatible(b, a)


@settings(max_examples=200, deadline=None)
@given(name=_NAMES)
def test_a_name_with_a_whole_word_fits_itself(name: str) -> None:
    words = [w for w in name.split() if w != "Dr."]
    if any(len(w.strip(".")) > 1 for w in words):
        assert names_compatible([name], [name])
    elif words:  # initials only ("T. H."): they say too little to prove anything
        assert not names_compatible([name], [name])


@settings(max_examples=200, deadline=None)
@given(a=_NAMES, b=_NAMES, mailbox=st.sampled_from(["info", "contact", "kontakt", "bureau"]))
def test_a_generic_mailbox_never_makes_one_person(a: str, b: str, mailbox: str) -> None:
    shared = f"{mailbox}@osaka-bio.example"
    assert same_person(PersonKeys(names=(a,), emails=(shared,)),
                       PersonKeys(names=(b,), emails=(shared,))) is None
