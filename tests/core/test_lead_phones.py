"""Lead validation and card import keep a number two countries could own as typed."""

from __future__ import annotations

from biox_desktop.core.contacts import ContactCard, EmailAddress, PhoneNumber, PostalAddress
from biox_desktop.core.leads import LeadInput, input_from_card, validate_lead


def test_card_phone_from_another_country_is_kept_as_typed_with_both_readings() -> None:
    card = ContactCard(formatted_name="Taro Yamada", phones=(PhoneNumber("090-1234-5678"),))
    notes: list[str] = []
    data = input_from_card(card, region="CN", warnings=notes)
    assert data.phones == ("090-1234-5678",)
    assert data.phones_as_typed == ("090-1234-5678",)
    assert len(notes) == 1
    assert "+86 901 234 5678 (China)" in notes[0] and "+81 90-1234-5678" in notes[0]
    # Validation accepts it as typed and does not give it China's code.
    clean = validate_lead(data, country="CN", require_consent=False)
    assert clean.phones == ("090-1234-5678",)


def test_card_address_points_to_the_other_country() -> None:
    card = ContactCard(formatted_name="Kim Minjun", phones=(PhoneNumber("010-6552-9988"),),
                       addresses=(PostalAddress(locality="Seoul", country="Korea, Republic of"),))
    notes: list[str] = []
    data = input_from_card(card, region="CN", warnings=notes)
    assert data.phones == ("010-6552-9988",) and "+82 10-6552-9988" in notes[0]
    # Validation without the address would read it as Beijing's: the card's choice holds.
    assert validate_lead(data, country="CN", require_consent=False).phones == ("010-6552-9988",)


def test_plain_numbers_still_become_e164() -> None:
    card = ContactCard(formatted_name="Wang Wei", phones=(PhoneNumber("138 0013 8000"),
                                                          PhoneNumber("+81 3-1234-5678")))
    notes: list[str] = []
    data = input_from_card(card, region="CN", warnings=notes)
    assert data.phones == ("+8613800138000", "+81312345678") and not notes
    assert data.phones_as_typed == ()


def test_typed_capture_never_rewrites_a_flagged_number() -> None:
    clean = validate_lead(LeadInput(name="Taro", phones=("090-1234-5678", "138 0013 8000")),
                          country="CN", require_consent=False)
    assert clean.phones == ("090-1234-5678", "+8613800138000")
    assert clean.phones_as_typed == ("090-1234-5678",)
    # Once a person picks a reading, it is stored in E.164.
    clean = validate_lead(LeadInput(name="Taro", phones=("+81 90-1234-5678",)), country="CN",
                          require_consent=False)
    assert clean.phones == ("+819012345678",)


def test_mail_domain_is_a_hint_for_typed_numbers() -> None:
    plain = validate_lead(LeadInput(name="Kim", phones=("010-6552-9988",)), country="CN",
                          require_consent=False)
    assert plain.phones == ("+861065529988",)
    hinted = validate_lead(LeadInput(name="Kim", phones=("010-6552-9988",),
                                     emails=("kim@snu.ac.kr",)), country="CN",
                           require_consent=False)
    assert hinted.phones == ("010-6552-9988",)


def test_email_card_hint() -> None:
    card = ContactCard(formatted_name="Kim", phones=(PhoneNumber("010-6552-9988"),),
                       emails=(EmailAddress("mailto:kim@snu.ac.kr"),))
    assert input_from_card(card, region="CN").phones == ("010-6552-9988",)
