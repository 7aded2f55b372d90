"""The contact card captured from a vCard, a QR code or the quick form, as plain immutable data.

A :class:`ContactCard` is what the lead-capture screens and the importers pass around. It holds
the fields the product uses (names in native script and romanised, E.164 phones, messaging ids)
and keeps every property it does not model in :attr:`ContactCard.extra`, verbatim, so that
reading a card and writing it back loses nothing.

Names in two scripts
--------------------
``formatted_name`` is the card's FN as written. ``name_native`` and ``name_romanised`` are
filled as follows (by :meth:`ContactCard.__post_init__` when left empty, so a card built in code
behaves like one read from a file):

* ``name_native`` is the formatted name (else the N parts joined) when it contains letters of
  a non-Latin script (kanji, kana, hangul, Cyrillic, Greek, Arabic ...); empty for Latin-only
  names.
* ``name_romanised`` is the formatted name when it is written in Latin script. For a
  native-script card the importer looks, in this order, for: an explicit
  ``X-BIOX-NAME-ROMANISED`` property (what this project writes); a vCard 4.0 alternative FN
  (same ``ALTID``) written in Latin script; the iOS/macOS ``X-PHONETIC-LAST-NAME`` /
  ``X-PHONETIC-FIRST-NAME`` pair, the 4.0 ``SORT-AS`` parameter of N, the Android
  ``SOUND;X-IRMC-N`` reading and the MECARD ``SOUND`` field, each only when written in Latin
  script (pinyin, Hepburn). A kana or hangul reading is not a romanisation, so
  ``name_romanised`` then stays empty.
* ``name_phonetic`` is the reading in whatever script it was written (often kana for Japanese
  cards), family name first, from the same phonetic sources (``X-BIOX-NAME-PHONETIC`` first).
  The source properties themselves stay verbatim in ``extra``.

Stored with a lead
------------------
A lead keeps the card it was read from (:func:`card_to_json`, the ``people.vcard_extra``
column), so an export writes back what the lead has no field for; a later import of the same
person adds to it (:func:`merge_cards`), never removes from it.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = [
    "ContactCard",
    "EmailAddress",
    "MessagingId",
    "PhoneNumber",
    "Photo",
    "PostalAddress",
    "RawProperty",
    "card_from_json",
    "card_to_json",
    "has_non_latin_letters",
    "merge_cards",
    "normalise_types",
    "sniff_image_type",
    "with_structured_name",
]


def has_non_latin_letters(text: str) -> bool:
    """True when ``text`` has at least one letter outside the Latin script."""
    return any(ch.isalpha() and "LATIN" not in unicodedata.name(ch, "") for ch in text)


def normalise_types(types: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """vCard types in lower case, without repeats, with ``pref`` last (as 4.0 writes it)."""
    out: list[str] = []
    for t in types:
        t = t.strip().lower()
        if t and t not in out:
            out.append(t)
    if "pref" in out:
        out.remove("pref")
        out.append("pref")
    return tuple(out)


def _norm_types(obj: object) -> None:
    object.__setattr__(obj, "types", normalise_types(obj.types))  # type: ignore[attr-defined]


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


@dataclass(frozen=True)
class EmailAddress:
    """An e-mail address with its vCard types (lower case: ``work``, ``home``, ``pref`` ...)."""

    value: str
    types: tuple[str, ...] = ()
    label: str = ""  # a custom label (Apple ``X-ABLabel``), empty when none

    def __post_init__(self) -> None:
        _norm_types(self)


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number as written, its types, and its E.164 form when it could be read."""

    value: str
    types: tuple[str, ...] = ()
    e164: str = ""
    label: str = ""

    def __post_init__(self) -> None:
        _norm_types(self)


@dataclass(frozen=True)
class PostalAddress:
    """The seven ADR components, types and the optional printable label."""

    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    types: tuple[str, ...] = ()
    label: str = ""

    def __post_init__(self) -> None:
        _norm_types(self)

    def components(self) -> tuple[str, str, str, str, str, str, str]:
        return (
            self.po_box,
            self.extended,
            self.street,
            self.locality,
            self.region,
            self.postal_code,
            self.country,
        )


@dataclass(frozen=True)
class MessagingId:
    """An id on a messaging network (``wechat``, ``line``, ``kakaotalk``, ``whatsapp``, ...)."""

    network: str
    value: str


@dataclass(frozen=True)
class Photo:
    """An embedded picture (``data`` + ``mime``) or a link to one (``uri``)."""

    data: bytes = b""
    mime: str = ""
    uri: str = ""

    def __post_init__(self) -> None:
        # Cards often omit the picture's type; the bytes say it, so every reader agrees.
        if self.data and not self.mime:
            object.__setattr__(self, "mime", sniff_image_type(self.data))


_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def sniff_image_type(data: bytes) -> str:
    """The MIME type of an image from its first bytes; ``""`` when not recognised."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""


@dataclass(frozen=True)
class RawProperty:
    """A property the model does not hold, kept as read (text already decoded to Unicode).

    ``value`` keeps the vCard escaping as written; ``params`` are (NAME, value) pairs in their
    original order, without CHARSET and quoted-printable ENCODING (the value is decoded).
    """

    name: str
    value: str
    params: tuple[tuple[str, str], ...] = ()
    group: str = ""


@dataclass(frozen=True)
class ContactCard:
    """One person's card. Every collection is a tuple, so a card is hashable and thread-safe."""

    uid: str = ""
    formatted_name: str = ""
    family_name: str = ""
    given_name: str = ""
    additional_names: str = ""
    prefixes: str = ""
    suffixes: str = ""
    name_native: str = ""
    name_romanised: str = ""
    name_phonetic: str = ""  # the reading as written (kana, hangul, pinyin), family name first
    nicknames: tuple[str, ...] = ()
    organisation: str = ""
    org_units: tuple[str, ...] = ()
    title: str = ""
    role: str = ""
    emails: tuple[EmailAddress, ...] = ()
    phones: tuple[PhoneNumber, ...] = ()
    addresses: tuple[PostalAddress, ...] = ()
    urls: tuple[str, ...] = ()
    linkedin: str = ""
    messaging: tuple[MessagingId, ...] = ()
    note: str = ""
    categories: tuple[str, ...] = ()
    birthday: str = ""  # as written: 1980-04-01, 19800401, --0401, 1953-10-15T23:10:00Z ...
    photo: Photo | None = None
    revision: str = ""
    kind: str = ""  # vCard 4.0 KIND in lower case (individual, org, group, location); "" unsaid
    geo: str = ""  # "latitude,longitude" as written, e.g. "37.386013,-122.082932"
    extra: tuple[RawProperty, ...] = field(default=())

    def __post_init__(self) -> None:
        native, romanised = self.default_name_forms()
        if not self.name_native and native:
            object.__setattr__(self, "name_native", native)
        if not self.name_romanised and romanised:
            object.__setattr__(self, "name_romanised", romanised)

    # -- derived views ----------------------------------------------------------------------

    def structured_name(self) -> str:
        """The N parts joined for display (given name first for Latin script)."""
        parts = [self.prefixes, self.given_name, self.additional_names, self.family_name,
                 self.suffixes]
        if has_non_latin_letters(self.family_name + self.given_name):
            # East Asian order: family name first.
            parts = [self.family_name, self.given_name, self.additional_names]
        return " ".join(p for p in parts if p)

    def default_name_forms(self) -> tuple[str, str]:
        """(native, romanised) as derived from FN/N alone, without alternates."""
        name = self.formatted_name or self.structured_name()
        if not _has_letters(name):
            return "", ""
        if has_non_latin_letters(name):
            return name, ""
        return "", name

    @property
    def is_organisation(self) -> bool:
        """True for an organisation's own card, not a person's: ``KIND:org`` (or Apple's
        ``X-ABShowAs:COMPANY``), or a card with an ORG and no name at all (Evolution and
        Android write company contacts so)."""
        if self.kind:
            return self.kind == "org"
        has_name = bool(self.formatted_name.strip() or self.structured_name().strip())
        return bool(self.organisation.strip()) and not has_name

    @property
    def display_name(self) -> str:
        """What a list shows: FN, else N, else the organisation, else an e-mail."""
        return (
            self.formatted_name
            or self.structured_name()
            or self.organisation
            or (self.emails[0].value if self.emails else "")
        )

    @property
    def messaging_ids(self) -> dict[str, str]:
        """network -> first id on that network."""
        out: dict[str, str] = {}
        for m in self.messaging:
            out.setdefault(m.network, m.value)
        return out

    @property
    def birthday_date(self) -> _dt.date | None:
        """The birthday as a date when the year, month and day are all given."""
        m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", self.birthday)
        if not m:
            return None
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None

    def with_changes(self, **changes: object) -> ContactCard:
        """A copy with some fields changed (``dataclasses.replace``)."""
        return replace(self, **changes)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Storage: a card as JSON (the lead's ``people.vcard_extra`` column)

#: Version of the JSON layout below; a reader ignores keys it does not know.
CARD_JSON_VERSION = 1
_TEXT_FIELDS = (
    "uid", "formatted_name", "family_name", "given_name", "additional_names", "prefixes",
    "suffixes", "name_native", "name_romanised", "name_phonetic", "organisation", "title",
    "role", "linkedin", "note", "birthday", "revision", "kind", "geo",
)
_LIST_FIELDS = ("nicknames", "org_units", "urls", "categories")


def card_to_json(card: ContactCard, *, photo_data: bool = False) -> dict[str, object]:
    """``card`` as plain JSON data; empty fields are left out to keep the row small.

    Photo bytes are left out unless ``photo_data`` (a lead keeps them in its own column);
    the photo's type and link are kept.
    """
    out: dict[str, object] = {"v": CARD_JSON_VERSION}
    for name in _TEXT_FIELDS:
        value = getattr(card, name)
        if value:
            out[name] = value
    for name in _LIST_FIELDS:
        value = getattr(card, name)
        if value:
            out[name] = list(value)
    if card.emails:
        out["emails"] = [[e.value, list(e.types), e.label] for e in card.emails]
    if card.phones:
        out["phones"] = [[p.value, list(p.types), p.e164, p.label] for p in card.phones]
    if card.addresses:
        out["addresses"] = [[list(a.components()), list(a.types), a.label]
                            for a in card.addresses]
    if card.messaging:
        out["messaging"] = [[m.network, m.value] for m in card.messaging]
    if card.photo is not None:
        photo: dict[str, str] = {"mime": card.photo.mime, "uri": card.photo.uri}
        if photo_data and card.photo.data:
            import base64

            photo["data"] = base64.b64encode(card.photo.data).decode("ascii")
        out["photo"] = photo
    if card.extra:
        out["extra"] = [[r.group, r.name, [list(p) for p in r.params], r.value]
                        for r in card.extra]
    return out


def card_from_json(data: dict[str, object], photo: bytes | None = None) -> ContactCard:
    """The card :func:`card_to_json` wrote; ``photo`` gives back bytes stored elsewhere.

    Tolerant: the value arrives by sync, maybe from a newer client, so an entry of an unknown
    shape is skipped rather than failing the lead's export.
    """
    def text(name: str) -> str:
        value = data.get(name)
        return value if isinstance(value, str) else ""

    def each(name: str, build: Callable[[list[Any]], object]) -> tuple[Any, ...]:
        value = data.get(name)
        out = []
        for row in value if isinstance(value, list) else ():
            if not isinstance(row, list):
                continue
            try:
                out.append(build(row))
            except (TypeError, ValueError, IndexError, KeyError, AttributeError):
                continue
        return tuple(out)

    def strings(value: object) -> tuple[str, ...]:
        return tuple(str(x) for x in value) if isinstance(value, list) else ()

    fields: dict[str, object] = {name: text(name) for name in _TEXT_FIELDS}
    for name in _LIST_FIELDS:
        fields[name] = strings(data.get(name))
    fields["emails"] = each("emails", lambda r: EmailAddress(str(r[0]), strings(r[1]),
                                                             str(r[2])))
    fields["phones"] = each("phones", lambda r: PhoneNumber(str(r[0]), strings(r[1]),
                                                            str(r[2]), str(r[3])))
    def address(r: list[Any]) -> PostalAddress:
        parts = [str(c) for c in r[0]][:7]
        if len(parts) != 7:
            raise ValueError("an address has seven parts")
        po_box, extended, street, locality, region, postal_code, country = parts
        return PostalAddress(po_box, extended, street, locality, region, postal_code, country,
                             types=strings(r[1]), label=str(r[2]))

    fields["addresses"] = each("addresses", address)
    fields["messaging"] = each("messaging", lambda r: MessagingId(str(r[0]), str(r[1])))
    stored_photo = data.get("photo")
    if isinstance(stored_photo, dict):
        raw = photo
        if raw is None and isinstance(stored_photo.get("data"), str):
            import base64
            import binascii

            try:
                raw = base64.b64decode(stored_photo["data"])
            except (binascii.Error, ValueError):
                raw = None
        if raw or stored_photo.get("uri"):
            fields["photo"] = Photo(data=raw or b"", mime=str(stored_photo.get("mime") or ""),
                                    uri=str(stored_photo.get("uri") or ""))
    elif photo:
        fields["photo"] = Photo(photo)
    fields["extra"] = each("extra", lambda r: RawProperty(
        name=str(r[1]), value=str(r[3]), params=tuple((str(k), str(v)) for k, v in r[2]),
        group=str(r[0])))
    return ContactCard(**fields)  # type: ignore[arg-type]


def merge_cards(old: ContactCard, new: ContactCard) -> ContactCard:
    """What a re-imported card adds to the card kept from an earlier import.

    Never destructive: a field the new card leaves empty keeps its old value; lists (e-mails,
    phones, addresses, URLs, nicknames, kept properties ...) are the union, the new card's
    entries first.
    """
    changes: dict[str, object] = {}
    n_parts = ("family_name", "given_name", "additional_names", "prefixes", "suffixes")
    for name in _TEXT_FIELDS:
        if name not in n_parts and not getattr(new, name) and getattr(old, name):
            changes[name] = getattr(old, name)
    # The structured name goes as a whole: half of one name and half of another is no name.
    if not any(getattr(new, n) for n in n_parts):
        changes.update({n: getattr(old, n) for n in n_parts})

    Key = Callable[[Any], Any]

    def union(items_new: tuple[Any, ...], items_old: tuple[Any, ...], key: Key) -> tuple[Any, ...]:
        seen = {key(x) for x in items_new}
        return items_new + tuple(x for x in items_old if key(x) not in seen)

    def richer(items_new: tuple[Any, ...], items_old: tuple[Any, ...], key: Key
               ) -> tuple[Any, ...]:
        # A number or address the new card writes bare keeps the types and label it had.
        old_by_key = {key(x): x for x in items_old}
        kept = tuple(old_by_key[key(x)] if not (x.types or x.label) and key(x) in old_by_key
                     else x for x in items_new)
        return union(kept, items_old, key)

    changes["emails"] = richer(new.emails, old.emails, lambda e: e.value.casefold())
    changes["phones"] = richer(new.phones, old.phones, lambda p: p.e164 or p.value)
    changes["addresses"] = union(new.addresses, old.addresses, lambda a: a.components())
    # Ids: the old ones first, as the lead keeps its id on a network and adds the card's only
    # for a network it had none on; the first id per network is the one the lead holds.
    changes["messaging"] = union(old.messaging, new.messaging, lambda m: (m.network, m.value))
    for name in _LIST_FIELDS:
        changes[name] = union(getattr(new, name), getattr(old, name), lambda x: x)
    changes["extra"] = union(new.extra, old.extra, lambda r: r)
    if new.photo is None and old.photo is not None:
        changes["photo"] = old.photo
    return replace(new, **changes)  # type: ignore[arg-type]


def with_structured_name(card: ContactCard) -> ContactCard:
    """The card with N's parts filled from a name typed as one line (a lead typed at a booth
    has no family/given split): phones that sort and show by N would otherwise list the
    person as nameless (``N:;;;;``). A name in a script without spaces (佐藤愛子) or of one
    word is kept whole as the family name; "Aiko Sato" becomes family "Sato", given "Aiko";
    "佐藤 愛子" family "佐藤", given "愛子". Organisation cards and structured names are kept."""
    if (card.family_name or card.given_name or card.additional_names or card.kind == "org"
            or not card.formatted_name.strip() or card.formatted_name == card.organisation):
        return card
    from biox_desktop.core.names import has_non_latin  # phonenumbers: only when exporting

    words = card.formatted_name.split()
    if len(words) < 2:
        family, given = card.formatted_name.strip(), ""
    elif has_non_latin(card.formatted_name):  # 佐藤 愛子, 김 민준: the family name first
        family, given = words[0], " ".join(words[1:])
    else:
        family, given = words[-1], " ".join(words[:-1])
    return replace(card, family_name=family, given_name=given)
