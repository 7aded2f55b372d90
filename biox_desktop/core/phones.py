"""Phone numbers: E.164 normalisation, display formatting and messaging ids.

Leads are captured abroad, so a number typed without a country code is read in the country of
the mission (``default_region``, an ISO 3166-1 alpha-2 code such as ``"JP"``). Every refusal
raises :class:`PhoneError` with a sentence a delegate can act on, naming the country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import (
    CountryCodeSource,
    NumberParseException,
    PhoneNumberFormat,
    PhoneNumberType,
    ValidationResult,
)

from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from biox_desktop.core.places import country_name as country_name_of
from biox_desktop.core.places import normalise_country

__all__ = [
    "MESSAGING_NETWORKS",
    "PhoneError",
    "PhoneReading",
    "PhoneReadings",
    "country_name",
    "format_international",
    "hint_regions",
    "is_confirmed",
    "is_phone_network",
    "normalise",
    "normalise_messaging_id",
    "read_phone",
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


# --- Numbers that may belong to another country -------------------------------------------
#
# "090-1234-5678" typed during a China mission is a valid Chinese number (+86 901 234 5678) and
# also, as written, a Japanese mobile (+81 90-1234-5678). Reading it in the mission's country
# alone silently rewrites it into the wrong number; :func:`read_phone` gives every plausible
# reading and flags the number so that a person chooses.

#: Countries whose numbers turn up together on cards (neighbours, one trade area); a number
#: typed without a country code is also tried in the other countries of its mission's area.
_AREAS: tuple[frozenset[str], ...] = (
    frozenset({"CN", "JP", "KR", "TW", "HK", "MO", "MN"}),
    frozenset({"SG", "MY", "TH", "VN", "ID", "PH", "KH", "LA", "MM", "BN"}),
    frozenset({"IN", "PK", "BD", "LK", "NP"}),
    frozenset({"AU", "NZ"}),
    frozenset({"US", "CA", "MX"}),
    frozenset({"BR", "AR", "CL", "CO", "PE", "UY"}),
    frozenset({"GB", "IE", "FR", "DE", "IT", "ES", "PT", "BE", "NL", "LU", "CH", "AT", "DK",
               "SE", "NO", "FI", "PL", "CZ", "SK", "HU", "SI", "HR", "GR"}),
    frozenset({"AE", "SA", "QA", "IL", "TR", "EG"}),
)


#: Countries whose cards turn up on any mission: tried as well when a number is not valid in
#: the mission's country at all (then there is no reading to protect from false alarms).
_PARTNERS = frozenset({"CN", "JP", "KR", "IN", "SG", "US", "BR", "GB", "DE", "FR", "IT", "ES"})
#: At most this many readings are offered for a number invalid in the mission's country.
_MAX_GUESSES = 4


def _area(region: str) -> frozenset[str]:
    out: set[str] = set()
    for area in _AREAS:
        if region in area:
            out |= area
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class PhoneReading:
    """One way of reading a typed number: its E.164 form, country and kind."""

    e164: str
    region: str
    kind: str = ""  # "mobile", "landline" or "" when phonenumbers cannot tell

    @property
    def international(self) -> str:
        """``+81 90-1234-5678``: the number as written for someone abroad."""
        return phonenumbers.format_number(phonenumbers.parse(self.e164, None),
                                          PhoneNumberFormat.INTERNATIONAL)

    def describe(self) -> str:
        """``a mobile number in Japan, +81 90-1234-5678`` (translated)."""
        country = country_name(self.region)
        if self.kind == "mobile":
            text = translate("phones", "a mobile number in {country}, {number}")
        elif self.kind == "landline":
            text = translate("phones", "a landline in {country}, {number}")
        else:
            text = translate("phones", "a number in {country}, {number}")
        return text.format(country=country, number=self.international)


@dataclass(frozen=True, slots=True)
class PhoneReadings:
    """What a typed number may be: the reading in the mission's country (None when it is not a
    valid number there), other plausible readings, and whether a person must choose."""

    typed: str
    reading: PhoneReading | None
    alternatives: tuple[PhoneReading, ...] = ()
    flagged: bool = False
    region: str = ""  # the country it was read in (the mission's)

    @property
    def choices(self) -> tuple[PhoneReading, ...]:
        """Every reading a person may pick, the mission country's first."""
        return ((self.reading,) if self.reading else ()) + self.alternatives

    def warning(self) -> str:
        """The sentence an import shows for a flagged number (empty when not flagged), e.g.
        ``090-1234-5678: read as +86 901 234 5678 (China), but it looks like a mobile number in
        Japan, +81 90-1234-5678; kept as typed, confirm on the lead``."""
        if not self.flagged:
            return ""
        others = translate("phones", " or ").join(a.describe() for a in self.alternatives)
        if self.reading is None:
            return translate(
                "phones", "{typed}: not a valid number in {country}, but it looks like "
                "{others}; kept as typed, confirm on the lead").format(
                    typed=self.typed, country=country_name(self.region), others=others)
        return translate(
            "phones", "{typed}: read as {reading} ({country}), but it looks like {others}; "
            "kept as typed, confirm on the lead").format(
                typed=self.typed, reading=self.reading.international,
                country=country_name(self.reading.region), others=others)


def is_confirmed(stored: str) -> bool:
    """True for a stored number in E.164; False for one kept as typed pending confirmation."""
    return stored.startswith("+")


_KINDS = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "landline",
}


@functools.lru_cache(maxsize=4096)  # a file's cards often share a switchboard number
def _reading_in(raw: str, region: str) -> tuple[PhoneReading, bool] | None:
    """The valid reading of ``raw`` as a national number of ``region`` and whether the typed
    grouping (digit runs) is the one the country writes; None when it is not such a number."""
    try:
        number = phonenumbers.parse(raw, region, keep_raw_input=True)
    except NumberParseException:
        return None
    if number.country_code_source != CountryCodeSource.FROM_DEFAULT_COUNTRY:
        return None  # "010..." in Japan is an international prefix, not a Japanese number
    if not phonenumbers.is_valid_number(number):
        return None
    kind = phonenumbers.number_type(number)
    reading = PhoneReading(phonenumbers.format_number(number, PhoneNumberFormat.E164),
                           region, _KINDS.get(kind, ""))
    typed_runs = re.findall(r"\d+", raw)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    fits = len(typed_runs) > 1 and typed_runs == re.findall(r"\d+", national)
    return reading, fits


def hint_regions(*, emails: Iterable[str] = (), countries: Iterable[str] = ()) -> tuple[str, ...]:
    """Regions a card points to: country codes or names (its address, its organisation's
    country) and the country top-level domains of its e-mail addresses (``.jp``, ``.co.uk``)."""
    out: list[str] = []
    for value in countries:
        code = normalise_country(value) if value else None
        region = region_for_country(code)
        if region and region not in out:
            out.append(region)
    for email in emails:
        domain = email.rpartition("@")[2].strip().rstrip(".").lower()
        tld = domain.rpartition(".")[2]
        if len(tld) == 2:
            region = region_for_country(tld)
            if region and region not in out:
                out.append(region)
    return tuple(out)


def read_phone(text: str, default_region: str | None = None, *,
               hints: Iterable[str] = ()) -> PhoneReadings:
    """Every plausible reading of a number as typed, flagged when a person must choose.

    A number written with its country code (``+81 ...``, ``0081 ...``) has one reading. One
    written without is read in ``default_region`` (the mission's country) and also in the
    countries of ``hints`` (the card's address, organisation, e-mail domains: see
    :func:`hint_regions`) and of the mission's area. It is flagged when it is valid in another
    of those countries and either a hint names that country, or its grouping is how that
    country writes numbers and not how the mission's country does (``090-1234-5678`` in China),
    or, when its grouping says nothing for the mission's country, it is valid in exactly one
    other country of the area (``01065529988`` in China: also a Korean mobile).
    Raises :class:`PhoneError` when no reading is valid (the message of :func:`normalise`).
    """
    raw = text.strip()
    region = region_for_country(default_region)
    number = _parse(text, default_region)  # raises PhoneError with the usual sentence
    source = phonenumbers.parse(raw, region, keep_raw_input=True).country_code_source \
        if region else CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN
    own: tuple[PhoneReading, bool] | None = None
    if source != CountryCodeSource.FROM_DEFAULT_COUNTRY:
        # Written with "+" or an international prefix: one reading, unless the "prefix" makes
        # no valid number ("010-1234-5678" in Japan is a Korean mobile, not a call abroad).
        try:
            e164 = normalise(text, default_region)
        except PhoneError:
            if source == CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN or region is None:
                raise
        else:
            kind = _KINDS.get(phonenumbers.number_type(number), "")
            return PhoneReadings(raw, PhoneReading(e164, _region_of(number, region) or "", kind))
    else:
        assert region is not None  # FROM_DEFAULT_COUNTRY needs one
        own = _reading_in(raw, region)
    assert region is not None
    hinted = [r for r in dict.fromkeys(h.upper() for h in hints) if r != region]
    area = sorted(_area(region) - {region} - set(hinted))
    partners = sorted(_PARTNERS - _area(region) - {region} - set(hinted))
    found_hinted = [x for x in (_reading_in(raw, r) for r in hinted) if x]
    found_area = [x for x in (_reading_in(raw, r) for r in area) if x]
    grouped = len(re.findall(r"\d+", raw)) > 1
    if own is None or (grouped and not any(fits for _r, fits in (*found_hinted, *found_area))):
        found_partners = [x for x in (_reading_in(raw, r) for r in partners) if x]
        if own is None:
            found_area += found_partners  # nothing to protect: every usual country is a guess
        else:
            # Valid at home, and no nearer country writes it so: a partner country counts
            # only when the grouping is its own ("(650) 555-1212" in Germany).
            found_area += [x for x in found_partners if x[1]]
    own_e164 = own[0].e164 if own else ""
    own_fits = bool(own and own[1])
    chosen: list[PhoneReading] = []
    # A hint is strong evidence, unless the grouping says the mission's country and not it.
    chosen += [r for r, fits in found_hinted if not own_fits or fits]
    if not own_fits:
        fitting = [r for r, fits in found_area if fits]
        if fitting:
            chosen += fitting
        elif len(found_area) == 1 or (own is None and not chosen):
            chosen += [r for r, _fits in found_area[:_MAX_GUESSES]]
    alternatives = tuple({r.e164: r for r in chosen if r.e164 != own_e164}.values())
    if own is None:
        if not alternatives:
            normalise(text, default_region)  # raises the sentence saying why
        return PhoneReadings(raw, None, alternatives, flagged=True, region=region)
    return PhoneReadings(raw, own[0], alternatives, flagged=bool(alternatives), region=region)
