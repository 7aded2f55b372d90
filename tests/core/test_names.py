"""Name, organisation, email and phone keys across scripts."""

from __future__ import annotations

import pytest

from biox_desktop.core import names as nm
from biox_desktop.core.dedupe import name_similarity


def tokens(name: str) -> set[tuple[str, ...]]:
    return {v for v, _ in nm.person_name_variants(name)}


def best(a: str, b: str) -> float:
    return max(name_similarity(x, y)[0] for x in tokens(a) for y in tokens(b))


def test_fold_removes_accents_and_case_but_keeps_kana_voicing() -> None:
    assert nm.fold("Müller Ångström ŁUKASZ Øre straße") == "muller angstrom lukasz ore strasse"
    assert nm.fold("Ｙａｍａｄａ") == "yamada"
    assert nm.fold("グ") == "グ"  # dakuten must survive
    assert nm.fold("김") == "김"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Dr. Yamada Taro", ("yamada", "taro")),
        ("Prof. Dr. Jürgen Müller-Lüdenscheidt", ("jurgen", "mullerludenscheidt")),
        ("Mme Hélène Çelik", ("helene", "celik")),
        ("Yamada-san", ("yamada",)),
        ("J.-P. Dupont", ("j", "p", "dupont")),
        ("Ōno Tarō", ("ono", "taro")),
        ("Ohno Taro", ("ono", "taro")),
    ],
)
def test_latin_names_are_cleaned(raw: str, expected: tuple[str, ...]) -> None:
    assert expected in tokens(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("山田太郎", ("yamada", "taro")),
        ("山田 太郎様", ("yamada", "taro")),
        ("やまだ たろう", ("yamada", "taro")),
        ("ヤマダ タロウ さん", ("yamada", "taro")),
        ("佐藤花子先生", ("sato", "hanako")),
    ],
)
def test_japanese_to_hepburn(raw: str, expected: tuple[str, ...]) -> None:
    assert expected in tokens(raw)


def test_chinese_to_pinyin_without_tones() -> None:
    assert ("wang", "xiaoming") in tokens("王小明")
    assert ("zhang", "wei") in tokens("张伟女士")
    assert ("oyang", "nana") in tokens("欧阳娜娜")  # compound surname; "ou" folds like "Ouyang"
    assert ("oyang", "nana") in tokens("Ouyang Nana")


def test_hangul_revised_romanization() -> None:
    assert nm.romanise_hangul("한국") == "hanguk"
    assert nm.romanise_hangul("서울") == "seoul"
    assert nm.romanise_hangul("김민준") == "gimminjun"
    # Popular surname spellings meet the RR form.
    assert tokens("김민준") == tokens("Kim Min-jun") == {("kim", "minjun")}
    assert tokens("이민호 님") == tokens("Lee Min-ho") == tokens("Yi Minho")
    assert tokens("박지성") == tokens("Park Ji-sung".replace("sung", "seong"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("山田太郎", "Yamada Taro"),
        ("山田太郎", "Taro Yamada"),
        ("Dr. Yamada Taro", "Yamada Tarō"),
        ("王小明", "Xiaoming Wang"),
        ("김민준", "Minjun Kim"),
        ("José García", "Jose Garcia"),
    ],
)
def test_same_name_across_scripts_and_orders(a: str, b: str) -> None:
    assert best(a, b) >= 0.97


def test_initials() -> None:
    s, via_initial = name_similarity(("t", "yamada"), ("yamada", "taro"))
    assert via_initial and 0.9 <= s <= 0.92
    assert best("T. Yamada", "山田太郎") >= 0.9
    assert best("H. Yamada", "Taro Yamada") < 0.85  # wrong initial
    assert best("J.-P. Dupont", "Jean Pierre Dupont") >= 0.9


def test_different_names_score_low() -> None:
    assert best("John Smith", "Jane Smith") < 0.85
    assert best("Yamada Taro", "Suzuki Ichiro") < 0.6


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Meeting Mojo, Inc.", "meetingmojo"),
        ("Meeting Mojo Inc", "meetingmojo"),
        ("MeetingMojo", "meetingmojo"),
        ("Ｍｅｅｔｉｎｇ　Ｍｏｊｏ（株）", "meetingmojo"),
        ("Foo GmbH & Co. KG", "foo"),
        ("Bar S.p.A.", "bar"),
        ("Baz K.K.", "baz"),
        ("Société Générale S.A.S.", "societegenerale"),
        ("Grupo Bimbo S.A. de C.V.", "grupobimbo"),
        ("Acme sp. z o.o.", "acme"),
        ("Empresa Ltda.", "empresa"),
        ("The Acme Company", "acme"),
        ("De Beers SA", "debeers"),
        ("Philips N.V.", "philips"),
        ("Volvo AB", "volvo"),
        ("AG", "ag"),  # never stripped to nothing
    ],
)
def test_org_keys_drop_legal_forms(name: str, key: str) -> None:
    assert nm.org_key(name) == key


def test_org_keys_in_cjk_scripts() -> None:
    assert nm.org_key("株式会社ミーティングモジョ") == "ミーティングモジョ"
    assert nm.org_key("ミーティングモジョ株式会社") == "ミーティングモジョ"
    assert "huaweijishu" in nm.org_key_variants("华为技术有限公司")
    assert nm.org_key("삼성전자 주식회사") == nm.org_key("삼성전자")
    assert "samseongjeonja" in nm.org_key_variants("(주)삼성전자")


def test_email_normalisation() -> None:
    assert nm.normalise_email(" T.Yamada+mission@GoogleMail.com ") == "tyamada@gmail.com"
    # Dots and plus tags matter elsewhere.
    assert nm.normalise_email("T.Yamada+x@Corp.JP") == "t.yamada+x@corp.jp"
    assert nm.normalise_email("not an email") == ""


def test_phone_normalisation() -> None:
    assert nm.normalise_phone("090-1234-5678", "JP") == "+819012345678"
    assert nm.normalise_phone("+81 90 1234 5678") == "+819012345678"
    assert nm.normalise_phone("0044 20 7946 0958") == "+442079460958"
    assert nm.normalise_phone("090-1234-5678") == "09012345678"  # no region: digits


def test_domain_normalisation() -> None:
    assert nm.normalise_domain("https://www.MeetingMojo.com/about?x=1") == "meetingmojo.com"
    assert nm.normalise_domain("meetingmojo.com") == "meetingmojo.com"


def test_phonetic_key() -> None:
    assert nm.phonetic_key("smith") == nm.phonetic_key("smyth")
    assert nm.phonetic_key("robert") == nm.phonetic_key("rupert")
    assert nm.phonetic_key("yamada") != nm.phonetic_key("suzuki")


def test_japanese_reading_is_dropped_when_a_character_has_none() -> None:
    from biox_desktop.core.names import person_name_variants, romanise_japanese

    assert romanise_japanese("吴辉明") == ()
    assert person_name_variants("吴辉明") == ((("wu", "huiming"), True),)
    assert romanise_japanese("山田太郎") == ("yamada", "taro")
