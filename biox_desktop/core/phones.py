"""Phone numbers: E.164 normalisation, display formatting and messaging ids.

Leads are captured abroad, so a number typed without a country code is read in the country of
the mission (``default_region``, an ISO 3166-1 alpha-2 code such as ``"JP"``). Every refusal
raises :class:`PhoneError` with a sentence a delegate can act on, naming the country.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from biox_desktop.core.places import country_name as country_name_of

__all__ = [
    "MESSAGING_NETWORKS",
    "PhoneError",
    "country_name",
    "format_international",
    "is_phone_network",
    "normalise",
    "normalise_messaging_id",
    "region_for_country",
    "try_normalise",
]


class PhoneError(ValueError):
    """A phone number that cannot be read; the message says why, in plain words."""


#: Networks the lead form offers, and whether their ids are phone numbers.
MESSAGING_NETWORKS: dict[str, bool] = {
    "wechat": False,
    "line": False,
    "kakaotalk": False,
    "whatsapp": True,
    "signal": True,
    "telegram": False,
    "skype": False,
    "xmpp": False,
    "qq": False,
}


def country_name(region: str | None) -> str:
    """Name of a number's region in the user's language (``"JP"`` -> ``"Japan"``, "Japon"...),
    as :func:`biox_desktop.core.places.country_name` gives it everywhere else."""
    if not region:
        return translate("phones", "an unknown country")
    return country_name_of(region) or region.upper()


def region_for_country(iso_country: str | None) -> str | None:
    """The default region for a mission's ISO country code, or None when phonenumbers lacks it.

    Accepts ``"jp"``, ``"JP"`` and ``"UK"`` (which ISO calls ``GB``).
    """
    if not iso_country:
        return None
    code = iso_country.strip().upper()
    if code == "UK":
        code = "GB"
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


# Messages name the number as typed ({raw}) and, for lengths, the country ({country}); they
# are translated where raised (translate("phones", template)).
_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP(
        "phones", "'{raw}' does not start with a known country code"),
    NumberParseException.NOT_A_NUMBER: QT_TRANSLATE_NOOP("phones", "'{raw}' is not a phone number"),
    NumberParseException.TOO_SHORT_AFTER_IDD: QT_TRANSLATE_NOOP(
        "phones", "'{raw}' is too short after the international prefix"),
    NumberParseException.TOO_SHORT_NSN: QT_TRANSLATE_NOOP("phones", "'{raw}' is too short"),
    NumberParseException.TOO_LONG: QT_TRANSLATE_NOOP("phones", "'{raw}' is too long"),
}
#: The same, when the default country is known (only for the length problems).
_PARSE_REASONS_IN = {
    NumberParseException.TOO_SHORT_AFTER_IDD: QT_TRANSLATE_NOOP(
        "phones", "'{raw}' is too short after the international prefix for {country}"),
    NumberParseException.TOO_SHORT_NSN: QT_TRANSLATE_NOOP(
        "phones", "'{raw}' is too short for {country}"),
    NumberParseException.TOO_LONG: QT_TRANSLATE_NOOP("phones", "'{raw}' is too long for {country}"),
}

_LENGTH_REASONS = {
    ValidationResult.TOO_SHORT: QT_TRANSLATE_NOOP("phones", "'{raw}' is too short for {country}"),
    ValidationResult.TOO_LONG: QT_TRANSLATE_NOOP("phones", "'{raw}' is too long for {country}"),
    ValidationResult.INVALID_LENGTH: QT_TRANSLATE_NOOP(
        "phones", "'{raw}' has the wrong number of digits for {country}"),
    ValidationResult.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP(
        "phones", "'{raw}' does not start with a known country code"),
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: QT_TRANSLATE_NOOP(
        "phones", "'{raw}' is a local number in {country}; add the area code"),
}


def _parse(text: str, default_region: str | None) -> phonenumbers.PhoneNumber:
    raw = text.strip()
    if not raw:
        raise PhoneError(translate("phones", "the phone number is empty"))
    region = region_for_country(default_region)
    if default_region and region is None:
        raise PhoneError(translate(
            "phones", "'{code}' is not a country code phone numbers are known for").format(
                code=default_region))
    # "00" international prefix is common on European cards; phonenumbers only knows it for
    # regions that use it, so treat it as "+" when no region is given.
    cleaned = raw
    if region is None and re.match(r"^\s*00[1-9]", cleaned):
        cleaned = "+" + cleaned.strip()[2:]
    try:
        number = phonenumbers.parse(cleaned, region)
    except NumberParseException as exc:
        if (exc.error_type == NumberParseException.INVALID_COUNTRY_CODE and region is None
                and not cleaned.lstrip().startswith("+")):
            raise PhoneError(translate(
                "phones", "'{raw}' has no country code (+..) and no default country was given"
            ).format(raw=raw)) from None
        reason = (_PARSE_REASONS_IN.get(exc.error_type) if region else None) or \
            _PARSE_REASONS.get(exc.error_type, QT_TRANSLATE_NOOP("phones", "'{raw}' cannot be read"))
        raise PhoneError(translate("phones", reason).format(
            raw=raw, country=country_name(region) if region else "")) from None
    return number


def _region_of(number: phonenumbers.PhoneNumber, fallback: str | None) -> str | None:
    region = phonenumbers.region_code_for_number(number)
    if region and region != "ZZ":
        return region
    if number.country_code:  # None only for a PhoneNumber that was never filled in
        main = phonenumbers.region_code_for_country_code(number.country_code)
        if main and main != "ZZ":
            return main
    return fallback


def normalise(text: str, default_region: str | None = None) -> str:
    """The E.164 form (``+81312345678``) of a number as typed or printed on a card.

    ``default_region`` is the ISO country used for numbers written without ``+`` (normally the
    mission's country). Raises :class:`PhoneError` for anything that is not a valid number,
    e.g. ``'+81 3-1234' is too short for Japan``.
    """
    number = _parse(text, default_region)
    raw = text.strip()
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in (ValidationResult.IS_POSSIBLE,):
        message = _LENGTH_REASONS.get(
            reason, QT_TRANSLATE_NOOP("phones", "'{raw}' is not a possible number in {country}"))
        raise PhoneError(translate("phones", message).format(
            raw=raw, country=_country_of(number, default_region)))
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(translate("phones", "'{raw}' is not a valid number for {country}").format(
            raw=raw, country=_country_of(number, default_region)))
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _country_of(number: phonenumbers.PhoneNumber, default_region: str | None) -> str:
    """The country named in an error message (looked up only when there is an error)."""
    return country_name(_region_of(number, region_for_country(default_region)))


def try_normalise(text: str, default_region: str | None = None) -> str:
    """Like :func:`normalise` but returns ``""`` instead of raising."""
    try:
        return normalise(text, default_region)
    except PhoneError:
        return ""


def format_international(text: str, default_region: str | None = None) -> str:
    """A number for display: ``+81 3-1234-5678``. Raises :class:`PhoneError` when invalid."""
    e164 = normalise(text, default_region)
    return phonenumbers.format_number(phonenumbers.parse(e164, None),
                                      PhoneNumberFormat.INTERNATIONAL)


def is_phone_network(network: str) -> bool:
    """True for networks whose ids are phone numbers (WhatsApp, Signal)."""
    return MESSAGING_NETWORKS.get(network.strip().lower(), False)


_NETWORK_ALIASES = {
    "weixin": "wechat",
    "wechat": "wechat",
    "wx": "wechat",
    "line": "line",
    "naver line": "line",
    "kakao": "kakaotalk",
    "kakaotalk": "kakaotalk",
    "kakao talk": "kakaotalk",
    "whatsapp": "whatsapp",
    "whats app": "whatsapp",
    "signal": "signal",
    "telegram": "telegram",
    "skype": "skype",
    "xmpp": "xmpp",
    "jabber": "xmpp",
    "qq": "qq",
}


def canonical_network(name: str) -> str:
    """A network's name as the model stores it: ``"WeChat"``/``"weixin"`` -> ``"wechat"``."""
    key = re.sub(r"[\s_\-]+", " ", name.strip().lower())
    return _NETWORK_ALIASES.get(key, key.replace(" ", ""))


def normalise_messaging_id(network: str, value: str, default_region: str | None = None) -> str:
    """An id as stored for ``network``.

    WhatsApp and Signal ids are phone numbers and become E.164 (raising :class:`PhoneError`
    when not a valid number). WeChat, LINE, KakaoTalk and the others are account ids: surrounding
    blanks are removed (and the ``@`` of a Telegram username), case is kept; a LINE
    official account keeps its ``@``.
    """
    net = canonical_network(network)
    text = value.strip()
    if not text:
        raise PhoneError(translate("phones", "the {network} id is empty").format(network=net))
    if is_phone_network(net):
        text = re.sub(r"^(https?://)?(wa\.me|api\.whatsapp\.com/send\?phone=)/?", "", text)
        if text.isdigit() and not text.startswith("0") and default_region is None:
            text = "+" + text  # wa.me links carry the number without "+"
        return normalise(text, default_region)
    if net == "telegram":
        text = text.lstrip("@")  # Telegram usernames are written "@name"
    return text
