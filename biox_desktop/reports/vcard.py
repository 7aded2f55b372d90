"""Reading and writing vCard files (2.1, 3.0 and 4.0) as :class:`ContactCard` values.

:func:`parse_vcards` never raises on bad input: every card in a file comes back either as a
:class:`ParsedCard` (maybe with warnings) or as a :class:`CardError` naming the file, the card's
position and the line, with a reason in plain words. One broken card does not stop the others.

:func:`write_vcard` writes RFC 2426 (3.0) or RFC 6350 (4.0) text: CRLF line ends, lines folded
at 75 octets, text escaped. Reading what it wrote gives back the same card.

What the reader copes with, because phones and mail programs write it: line folding with a
space or a tab; vCard 2.1 quoted-printable values continued with ``=`` soft line breaks;
``CHARSET=`` parameters (Shift_JIS, ISO-8859-1, UTF-8 ...) and undeclared non-UTF-8 text;
bare 2.1 parameters (``TEL;WORK;VOICE:``); BASE64 / ``ENCODING=b`` photos, including 2.1 base64
lines without indentation; 4.0 ``data:`` URIs (also with the comma escaped, ``base64\\,``, as
phones and Google write them); KIND (and Apple's ``X-ABShowAs:COMPANY``) and GEO in the 2.1/3.0
``lat;lon`` and 4.0 ``geo:`` forms, written back in the form of the version written; grouped
properties (``item1.EMAIL`` with an Apple ``item1.X-ABLabel``); escaped commas and semicolons; several cards per file, including
2.1 cards nested in a card; byte-order marks (UTF-8 and UTF-16) and CRLF, LF or CR line ends.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from biox_desktop.core.contacts import (
    ContactCard,
    EmailAddress,
    MessagingId,
    PhoneNumber,
    Photo,
    PostalAddress,
    RawProperty,
    has_non_latin_letters,
)
from biox_desktop.core.i18n import translate
from biox_desktop.core.phones import canonical_network, is_phone_network, try_normalise
from biox_desktop.core.progress import Progress

__all__ = ["CardError", "ParsedCard", "parse_vcards", "write_vcard"]


# --------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class ParsedCard:
    """A card read from a file; ``warnings`` list what was repaired or could not be used."""

    card: ContactCard
    source_name: str
    index: int  # 1-based position of the card in the file
    line: int  # line of its BEGIN:VCARD
    version: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardError:
    """A card (or a whole file) that was refused, and why."""

    source_name: str
    index: int  # 1-based card position; 0 when the file as a whole is refused
    line: int
    reason: str

    def __str__(self) -> str:
        if self.index:
            template = translate("vcard", "{source}: card {card}, line {line}: {reason}")
        else:
            template = translate("vcard", "{source}: line {line}: {reason}")
        return template.format(source=self.source_name, card=self.index, line=self.line,
                               reason=self.reason)


# --------------------------------------------------------------------------------------------
# Lines


@dataclass
class _Prop:
    group: str
    name: str  # upper case
    params: list[tuple[str, str]]  # (NAME upper, value as written, unquoted)
    value: str  # decoded to text; vCard escapes still in place
    line: int
    is_base64: bool = False
    decoded_qp: bool = False

    def param(self, name: str) -> str:
        for key, val in self.params:
            if key == name:
                return val
        return ""

    def types(self) -> tuple[str, ...]:
        out: list[str] = []
        for key, val in self.params:
            if key == "TYPE":
                for t in val.split(","):
                    t = t.strip().lower()
                    if t and t not in out:
                        out.append(t)
            elif key == "PREF" and "pref" not in out:
                out.append("pref")
        return tuple(out)


_ENCODING_WORDS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_NAME_RE = re.compile(r"^[A-Za-z0-9_\-/]+$")
_B64_LINE_RE = re.compile(rb"^[A-Za-z0-9+/=]+$")


def _decode_bytes(raw: bytes, charset: str, fallback: str) -> tuple[str, str]:
    """Text of ``raw`` and a warning ("" when clean)."""
    if charset:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            codec = ""
        if codec:
            try:
                return raw.decode(codec), ""
            except UnicodeDecodeError:
                return raw.decode(codec, errors="replace"), translate(
                    "vcard", "some characters are not valid {charset} and were replaced"
                ).format(charset=charset)
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    for codec in (fallback, "cp1252"):
        if codec:
            try:
                return raw.decode(codec), ""
            except (UnicodeDecodeError, LookupError):
                continue
    return raw.decode("latin-1"), ""


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
            buf.append(ch)
        elif ch == sep and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _find_colon(line: bytes) -> int:
    colon = line.find(b":")
    quote = line.find(b'"')
    if quote < 0 or colon < quote:
        return colon  # the common case: no quoted parameter before the value
    quoted = False
    for i, b in enumerate(line):
        if b == 0x22:
            quoted = not quoted
        elif b == 0x3A and not quoted:
            return i
    # An unbalanced quote: fall back to the first colon.
    return line.find(b":")


def _header_is(line: bytes, words: tuple[bytes, ...]) -> bool:
    colon = _find_colon(line)
    head = (line[:colon] if colon >= 0 else line).upper()
    return any(w in head for w in words)


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Unfold physical lines into (first line number, content) pairs."""
    text = data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    out: list[tuple[int, bytes]] = []
    cur: bytearray | None = None
    cur_line = 0
    cur_qp = cur_b64 = False
    for number, phys in enumerate(text.split(b"\n"), start=1):
        if cur is not None:
            if cur_qp and cur.endswith(b"="):
                del cur[-1]
                cur += phys  # quoted-printable soft line break
                continue
            if phys[:1] in (b" ", b"\t"):
                cur += phys.strip() if cur_b64 else phys[1:]
                continue
            if cur_b64 and phys and _B64_LINE_RE.match(phys.strip()):
                cur += phys.strip()  # 2.1 base64 continued without indentation
                continue
            if cur.endswith(b"\\") and phys.strip() and b":" not in phys:
                # Some 2.1 writers end a line with a backslash to continue the value on the
                # next line (a multi-line street).
                del cur[-1]
                cur += b"\n" + phys
                continue
            out.append((cur_line, bytes(cur)))
            cur = None
        if not phys.strip():
            continue
        cur = bytearray(phys)
        cur_line = number
        cur_qp = _header_is(phys, (b"QUOTED-PRINTABLE",))
        cur_b64 = _header_is(phys, (b"BASE64", b"ENCODING=B"))
    if cur is not None:
        out.append((cur_line, bytes(cur)))
    return out


def _parse_line(number: int, line: bytes, fallback: str) -> _Prop | str:
    """A property, or a reason why the line is not one."""
    colon = _find_colon(line)
    if colon < 0:
        if _NAME_RE.match(line.strip().decode("ascii", errors="replace")):
            line = line.strip() + b":"  # a bare name ("FN") is a property with no value
            colon = len(line) - 1
        else:
            return translate("vcard", "no ':' separates the property name from its value")
    head_text, _ = _decode_bytes(line[:colon], "", fallback)
    raw_value = line[colon + 1 :]
    pieces = _split_outside_quotes(head_text, ";")
    name = pieces[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    if not name or not _NAME_RE.match(name):
        return translate("vcard", "'{name}' is not a property name").format(name=name[:40])
    params: list[tuple[str, str]] = []
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        if "=" in piece:
            key, val = piece.split("=", 1)
            key = key.strip().upper()
            val = val.strip()
            if len(val) >= 2 and val[0] == '"' and val[-1] == '"':
                val = val[1:-1]
            if key == "TYPE":
                val = ",".join(v.strip().strip('"') for v in val.split(","))
        else:
            key, val = ("ENCODING", piece) if piece.upper() in _ENCODING_WORDS else ("TYPE", piece)
        params.append((key, val))
    encoding = ""
    charset = ""
    for key, val in params:
        if key == "ENCODING":
            encoding = val.upper()
        elif key == "CHARSET":
            charset = val
    prop = _Prop(group=group, name=name.upper(), params=params, value="", line=number)
    if encoding in ("BASE64", "B"):
        prop.is_base64 = True
        prop.value = re.sub(r"\s+", "", raw_value.decode("ascii", errors="replace"))
        prop.params = [
            (k, "b") if k == "ENCODING" else (k, v) for k, v in params if k != "CHARSET"
        ]
        return prop
    if encoding == "QUOTED-PRINTABLE":
        raw_value = quopri.decodestring(raw_value)
        prop.decoded_qp = True
    text, _warning = _decode_bytes(raw_value, charset, fallback)
    if prop.decoded_qp:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    prop.value = text
    prop.params = [
        (k, v) for k, v in params
        if k != "CHARSET" and not (k == "ENCODING" and v.upper() in ("QUOTED-PRINTABLE", "8BIT",
                                                                      "7BIT"))
    ]
    return prop


# --------------------------------------------------------------------------------------------
# Escapes


def _unescape(text: str, v21: bool) -> str:
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            nxt = text[i + 1]
            if nxt in "nN" and not v21:
                out.append("\n")
            elif nxt in ";,:" or (nxt == "\\" and not v21):
                out.append(nxt)
            else:
                out.append(ch)
                i += 1
                continue
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split_escaped(text: str, sep: str) -> list[str]:
    """Split on ``sep`` not preceded by a backslash escape (escapes are kept)."""
    parts: list[str] = []
    buf: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            buf.append(text[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append("".join(buf))
    return parts


def _escape_text(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _escape_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


# --------------------------------------------------------------------------------------------
# Building a card from its properties

_X_MESSAGING = {
    "X-WECHAT": "wechat",
    "X-WEIXIN": "wechat",
    "X-WECHAT-ID": "wechat",
    "X-LINE": "line",
    "X-LINE-ID": "line",
    "X-NAVER-LINE": "line",
    "X-KAKAOTALK": "kakaotalk",
    "X-KAKAO": "kakaotalk",
    "X-KAKAOTALK-ID": "kakaotalk",
    "X-WHATSAPP": "whatsapp",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-MS-IMADDRESS": "msn",
    "X-JABBER": "xmpp",
    "X-XMPP": "xmpp",
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-GOOGLE-TALK": "gtalk",
    "X-GTALK": "gtalk",
    "X-QQ": "qq",
    "X-TELEGRAM": "telegram",
    "X-SIGNAL": "signal",
    "X-TWITTER": "twitter",
}

_IMPP_SCHEMES = {
    "xmpp": "xmpp",
    "jabber": "xmpp",
    "skype": "skype",
    "callto": "skype",
    "aim": "aim",
    "icq": "icq",
    "msnim": "msn",
    "msn": "msn",
    "ymsgr": "yahoo",
    "gtalk": "gtalk",
    "qq": "qq",
    "irc": "irc",
    "twitter": "twitter",
    "sip": "sip",
    "wechat": "wechat",
    "weixin": "wechat",
    "line": "line",
    "kakaotalk": "kakaotalk",
    "kakao": "kakaotalk",
    "whatsapp": "whatsapp",
    "telegram": "telegram",
    "tg": "telegram",
    "signal": "signal",
}

_LEGACY_MESSAGING_RE = re.compile(r"^X-MESSAGING/([A-Z0-9_\-]+)-ALL$")


#: Picture types a TYPE parameter may name (other words, such as kcontacts' ``TYPE=HOME``,
#: say nothing about the picture: its bytes do).
_IMAGE_SUBTYPES = {"jpeg", "jpg", "png", "gif", "bmp", "webp", "tiff", "heic", "heif", "svg+xml",
                   "x-icon", "ico"}


def _mime_from_type(type_value: str) -> str:
    t = type_value.split(",")[0].strip().lower()
    if not t:
        return ""
    if "/" in t:
        return t
    if t not in _IMAGE_SUBTYPES:
        return ""
    return "image/" + {"jpg": "jpeg", "ico": "x-icon"}.get(t, t)


_GEO_NUMBER = r"[+-]?\d+(?:\.\d+)?"
_GEO_RE = re.compile(rf"^(?:geo:)?\s*({_GEO_NUMBER})\s*[;,]\s*({_GEO_NUMBER})\s*$", re.I)


def _geo(value: str) -> str:
    """``lat,lon`` from a 2.1/3.0 ``lat;lon`` or a 4.0 ``geo:lat,lon`` URI; "" if neither."""
    m = _GEO_RE.match(value.replace("\\,", ",").replace("\\;", ";"))
    return f"{m[1]},{m[2]}" if m else ""


def _messaging_value(network: str, value: str, region: str | None) -> str:
    value = value.strip()
    if is_phone_network(network):
        return try_normalise(value, region) or value
    return value


def _latin_name(text: str) -> str:
    text = " ".join(text.split())
    if text and any(c.isalpha() for c in text) and not has_non_latin_letters(text):
        return text
    return ""


def _raw(prop: _Prop) -> RawProperty:
    # A value holds a raw line break only after quoted-printable decoding or a 2.1 backslash
    # continuation; escape it so the kept text is valid 3.0/4.0 text.
    value = _escape_newlines(prop.value)
    return RawProperty(name=prop.name, value=value, params=tuple(prop.params), group=prop.group)


def _phone_e164(value: str, region: str | None) -> str:
    number = re.split(r";ext=|\s*(?:ext\.?|x)\s*\d+$", value, maxsplit=1, flags=re.I)[0]
    return try_normalise(number, region)


#: Parameters every property read into a field keeps (as its types) or does not need.
_MODELLED_PARAMS = frozenset({"TYPE", "PREF", "VALUE", "ENCODING", "CHARSET"})
#: ... and those particular properties keep too.
_MODELLED_EXTRA_PARAMS = {
    "ADR": frozenset({"LABEL"}),
    "N": frozenset({"SORT-AS"}),  # read as the name's reading
    "PHOTO": frozenset({"MEDIATYPE"}),
    "IMPP": frozenset({"X-SERVICE-TYPE"}),
}


@dataclass
class _Builder:
    version: str
    region: str | None
    fields: dict[str, object] = field(default_factory=dict)
    extra: list[RawProperty] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def v21(self) -> bool:
        return self.version.startswith("2")

    kept: set[int] = field(default_factory=set)

    def text(self, prop: _Prop) -> str:
        return _unescape(prop.value, self.v21)

    def keep(self, prop: _Prop) -> None:
        """Keep ``prop`` verbatim (the card has no field for it)."""
        self.kept.add(id(prop))
        self.extra.append(_raw(prop))

    def report_dropped_params(self, props: list[_Prop], labels_used: set[int]) -> None:
        """Warn about parameters of properties read into fields that have no place there.

        The value and its types are kept; a parameter such as ``LANGUAGE``, ``ALTID`` or an
        address's ``GEO`` is not, and the warning says so rather than letting it vanish.
        """
        for p in props:
            if id(p) in self.kept or id(p) in labels_used or p.name in ("BEGIN", "END",
                                                                         "VERSION"):
                continue
            allowed = _MODELLED_PARAMS | _MODELLED_EXTRA_PARAMS.get(p.name, frozenset())
            dropped = [k for k, _v in p.params if k not in allowed]
            if dropped:
                self.warnings.append(translate(
                    "vcard", "line {line}: {prop} was read without its parameter(s) {params}, "
                    "which this program does not keep").format(
                        line=p.line, prop=p.name, params=", ".join(dict.fromkeys(dropped))))

    def components(self, prop: _Prop, count: int) -> list[str]:
        parts = [_unescape(p, self.v21) for p in _split_escaped(prop.value, ";")]
        if len(parts) > count:
            parts = [*parts[:count - 1], ";".join(parts[count - 1:])]
        return parts + [""] * (count - len(parts))

    def build(self, props: list[_Prop]) -> ContactCard:
        labels: dict[str, _Prop] = {}
        for p in props:
            if p.group and p.name == "X-ABLABEL":
                labels.setdefault(p.group.lower(), p)
        used_labels: set[int] = set()

        def label_for(prop: _Prop) -> str:
            lab = labels.get(prop.group.lower()) if prop.group else None
            if lab is None or id(lab) in used_labels:
                return ""
            used_labels.add(id(lab))
            return self.text(lab)

        f = self.fields
        emails: list[EmailAddress] = []
        phones: list[PhoneNumber] = []
        addresses: list[PostalAddress] = []
        urls: list[str] = []
        messaging: list[MessagingId] = []
        nicknames: list[str] = []
        categories: list[str] = []
        notes: list[str] = []
        romanised_candidates: list[str] = []
        readings: list[str] = []
        phonetic: dict[str, str] = {}
        explicit_native = explicit_romanised = explicit_phonetic = ""
        deferred_labels: list[_Prop] = []

        for p in props:
            name = p.name
            if name in ("BEGIN", "END", "VERSION"):
                continue
            if name == "X-ABLABEL" and p.group:
                deferred_labels.append(p)
                continue
            if name == "FN" and "formatted_name" not in f:
                f["formatted_name"] = self.text(p).strip()
                continue
            if name == "FN":
                romanised_candidates.append(_latin_name(self.text(p)))
                self.keep(p)
                continue
            if name == "N" and "family_name" not in f:
                fam, giv, add, pre, suf = self.components(p, 5)
                f.update(family_name=fam.strip(), given_name=giv.strip(),
                         additional_names=add.strip(), prefixes=pre.strip(),
                         suffixes=suf.strip())
                sort_as = p.param("SORT-AS")
                if sort_as:
                    parts = [s.strip() for s in re.split(r"[,;]", sort_as)]
                    readings.append(" ".join(x for x in parts[:2] if x))
                    romanised_candidates.append(_latin_name(" ".join(reversed(parts[:2]))))
                continue
            if name == "X-BIOX-NAME-ROMANISED":
                explicit_romanised = self.text(p).strip()
                continue
            if name == "X-BIOX-NAME-PHONETIC":
                explicit_phonetic = self.text(p).strip()
                continue
            if name == "X-BIOX-NAME-NATIVE":
                explicit_native = self.text(p).strip()
                continue
            if name in ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME",
                        "X-PHONETIC-LAST-NAME"):
                phonetic.setdefault(name, self.text(p).strip())
                self.keep(p)
                continue
            if name == "SOUND" and "x-irmc-n" in p.types() and not p.is_base64:
                fam, giv = (x.strip() for x in self.components(p, 5)[:2])
                readings.append(" ".join(x for x in (fam, giv) if x))
                romanised_candidates.append(_latin_name(f"{giv} {fam}"))
                self.keep(p)
                continue
            if name == "NICKNAME":
                nicknames.extend(
                    n for n in (_unescape(x, self.v21).strip()
                                for x in _split_escaped(p.value, ",")) if n
                )
                continue
            if name == "ORG" and "organisation" not in f:
                parts = [x.strip() for x in self.components(p, 1 + p.value.count(";"))]
                while len(parts) > 1 and not parts[-1]:
                    parts.pop()
                f["organisation"] = parts[0]
                f["org_units"] = tuple(parts[1:])
                continue
            if name in ("TITLE", "ROLE") and name.lower() not in f:
                f[name.lower()] = self.text(p).strip()
                continue
            if name == "EMAIL":
                value = self.text(p).strip()
                if value:
                    emails.append(EmailAddress(value, p.types(), label_for(p)))
                continue
            if name == "TEL":
                value = self.text(p).strip()
                if value.lower().startswith("tel:"):
                    value = value[4:]
                if value:
                    phones.append(PhoneNumber(value, p.types(), _phone_e164(value, self.region),
                                              label_for(p)))
                continue
            if name == "ADR":
                comps = [c.strip() for c in self.components(p, 7)]
                if any(comps):
                    po_box, extended, street, locality, region, postal_code, country = comps
                    label = p.param("LABEL").replace("\\n", "\n")
                    addresses.append(PostalAddress(
                        po_box=po_box, extended=extended, street=street, locality=locality,
                        region=region, postal_code=postal_code, country=country,
                        types=p.types(), label=label or label_for(p),
                    ))
                continue
            if name == "URL":
                value = self.text(p).strip()
                if "linkedin.com/" in value.lower() and "linkedin" not in f:
                    f["linkedin"] = value
                elif p.group or p.params:
                    # A URL with a type (URL;TYPE=work) or an Apple label (item5.URL with
                    # item5.X-ABLabel) is kept as written, so both stay attached to it.
                    self.keep(p)
                elif value:
                    urls.append(value)
                continue
            if name in ("X-SOCIALPROFILE", "X-LINKEDIN") and "linkedin" not in f and (
                name == "X-LINKEDIN" or "linkedin" in p.types()
            ):
                f["linkedin"] = self.text(p).strip()
                continue
            if name == "IMPP":
                value = self.text(p).strip()
                service = p.param("X-SERVICE-TYPE")
                scheme, sep, ident = value.partition(":")
                network = canonical_network(service) if service else ""
                if not network and sep and re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*$", scheme):
                    network = _IMPP_SCHEMES.get(scheme.lower()) or canonical_network(scheme)
                if network and sep and ident:
                    messaging.append(MessagingId(network,
                                                 _messaging_value(network, ident, self.region)))
                else:
                    self.keep(p)
                continue
            if name in _X_MESSAGING:
                value = self.text(p).strip()
                if value:
                    network = _X_MESSAGING[name]
                    messaging.append(MessagingId(network,
                                                 _messaging_value(network, value, self.region)))
                continue
            legacy = _LEGACY_MESSAGING_RE.match(name)
            if legacy:
                network = canonical_network(legacy[1])
                for ident in self.text(p).split("\ue000"):
                    if ident.strip():
                        messaging.append(MessagingId(
                            network, _messaging_value(network, ident, self.region)))
                continue
            if name == "NOTE":
                notes.append(self.text(p))
                continue
            if name == "KIND" and "kind" not in f and not p.group and self.text(p).strip():
                f["kind"] = self.text(p).strip().lower()
                continue
            if (name == "X-ABSHOWAS" and not p.group and not p.params
                    and self.text(p).strip().upper() == "COMPANY"
                    and f.get("kind", "org") == "org" and "abshowas" not in f):
                # Apple's way of saying "this card is a company" in 3.0 (which has no KIND).
                f["abshowas"] = True
                continue
            if name == "GEO" and "geo" not in f and not (p.params or p.group) and _geo(p.value):
                f["geo"] = _geo(p.value)
                continue
            if name == "CATEGORIES":
                categories.extend(
                    c for c in (_unescape(x, self.v21).strip()
                                for x in _split_escaped(p.value, ",")) if c
                )
                continue
            if name in ("BDAY", "REV", "UID") and name.lower() not in f:
                key = {"BDAY": "birthday", "REV": "revision", "UID": "uid"}[name]
                if key not in f:
                    f[key] = self.text(p).strip()
                    continue
            if name == "PHOTO" and "photo" not in f:
                photo = self._photo(p)
                if photo is not None:
                    f["photo"] = photo
                    continue
            self.keep(p)

        for lab in deferred_labels:
            if id(lab) not in used_labels:
                self.keep(lab)
        self.report_dropped_params(props, used_labels)

        if explicit_romanised:
            romanised = explicit_romanised
        else:
            last = phonetic.get("X-PHONETIC-LAST-NAME", "")
            first = phonetic.get("X-PHONETIC-FIRST-NAME", "")
            middle = phonetic.get("X-PHONETIC-MIDDLE-NAME", "")
            romanised_candidates.append(_latin_name(" ".join(x for x in (first, middle, last)
                                                             if x)))
            romanised = next((c for c in romanised_candidates if c), "")
        phonetic_reading = " ".join(
            x for x in (phonetic.get("X-PHONETIC-LAST-NAME", ""),
                        phonetic.get("X-PHONETIC-FIRST-NAME", ""),
                        phonetic.get("X-PHONETIC-MIDDLE-NAME", "")) if x)
        name_phonetic = explicit_phonetic or phonetic_reading or next(
            (r for r in readings if r), "")
        if not f.get("formatted_name"):
            f["formatted_name"] = ContactCard(
                family_name=str(f.get("family_name", "")),
                given_name=str(f.get("given_name", "")),
                additional_names=str(f.get("additional_names", "")),
                prefixes=str(f.get("prefixes", "")),
                suffixes=str(f.get("suffixes", "")),
            ).structured_name()
        if f.pop("abshowas", False):
            f.setdefault("kind", "org")
        card = ContactCard(
            **f,  # type: ignore[arg-type]
            name_native=explicit_native,
            name_romanised=romanised,
            name_phonetic=name_phonetic,
            nicknames=tuple(nicknames),
            emails=tuple(emails),
            phones=tuple(phones),
            addresses=tuple(addresses),
            urls=tuple(urls),
            messaging=tuple(messaging),
            note="\n".join(notes),
            categories=tuple(categories),
            extra=tuple(self.extra),
        )
        if not (card.formatted_name or card.organisation or card.emails or card.phones):
            self.warnings.append(
                translate("vcard", "the card has no name, organisation, e-mail or phone"))
        return card

    def _photo(self, p: _Prop) -> Photo | None:
        value = p.value.strip()
        if not value:
            return None
        if p.is_base64:
            try:
                data = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
            except (binascii.Error, ValueError):
                self.warnings.append(translate(
                    "vcard", "line {line}: the photo is not valid base64; kept as is"
                ).format(line=p.line))
                return None
            mime = _mime_from_type(p.param("TYPE"))
            if p.param("TYPE") and not mime:
                self.warnings.append(translate(
                    "vcard", "line {line}: the photo's TYPE={type} is not a picture type and "
                    "is not kept; the type is read from the picture itself").format(
                        line=p.line, type=p.param("TYPE")))
            return Photo(data=data, mime=mime)
        if value.lower().startswith("data:"):
            # A URI has no vCard escapes, but phones and Google write "base64\," anyway; a
            # backslash is never part of a data: URI's header, so reading it as an escape is safe.
            value = re.sub(r"\\([,;:])", r"\1", value)
            head, sep, payload = value.partition(",")
            if not sep:
                self.warnings.append(translate(
                    "vcard", "line {line}: the photo data: URI has no ','").format(line=p.line))
                return None
            mime = head[5:].split(";")[0].strip().lower()
            try:
                if head.lower().endswith(";base64"):
                    data = base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True)
                else:
                    from urllib.parse import unquote_to_bytes

                    data = unquote_to_bytes(payload)
            except (binascii.Error, ValueError):
                self.warnings.append(translate(
                    "vcard", "line {line}: the photo data: URI is not valid base64"
                ).format(line=p.line))
                return None
            return Photo(data=data, mime=mime)
        if re.match(r"^[a-z][a-z0-9+.\-]*:", value, re.I):
            return Photo(uri=_unescape(value, self.v21), mime=_mime_from_type(
                p.param("MEDIATYPE") or p.param("TYPE")))
        self.warnings.append(translate(
            "vcard", "line {line}: the photo is neither base64 data nor a link"
        ).format(line=p.line))
        return None


# --------------------------------------------------------------------------------------------
# Parsing a file

_SUPPORTED_VERSIONS = ("2.1", "3.0", "4.0")


def _strip_bom(data: bytes) -> bytes:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:]
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(codec, errors="replace").encode("utf-8")
    if len(data) > 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        return data.decode("utf-16-le", errors="replace").encode("utf-8")
    if len(data) > 4 and data[0] == 0 and data[2] == 0 and data[1] != 0:
        return data.decode("utf-16-be", errors="replace").encode("utf-8")
    return data


def _file_charset(data: bytes) -> str:
    m = re.search(rb"CHARSET=\"?([A-Za-z0-9_\-]+)", data[:200_000], re.I)
    if not m:
        return ""
    name = m[1].decode("ascii")
    try:
        codecs.lookup(name)
    except LookupError:
        return ""
    return name


@dataclass
class _OpenCard:
    index: int
    line: int
    props: list[_Prop] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    error_line: int = 0


def parse_vcards(
    data: bytes,
    *,
    source_name: str,
    default_region: str | None = None,
    progress: Progress | None = None,
) -> list[ParsedCard | CardError]:
    """Every card in ``data``, in file order, each parsed or refused with a reason.

    ``default_region`` (the mission's ISO country) is used to read phone numbers written
    without a country code into E.164. Never raises on bad bytes; raises
    :class:`~biox_desktop.core.progress.Cancelled` only if ``progress`` is cancelled.
    """
    try:
        return _parse(data, source_name, default_region, progress)
    except Exception as exc:
        from biox_desktop.core.progress import Cancelled

        if isinstance(exc, Cancelled):
            raise
        return [CardError(source_name, 0, 1, translate(
            "vcard", "the file could not be read ({error})").format(error=exc))]


def _parse(
    data: bytes, source_name: str, region: str | None, progress: Progress | None
) -> list[ParsedCard | CardError]:
    if not data.strip():
        return [CardError(source_name, 0, 1, translate("vcard", "the file is empty"))]
    data = _strip_bom(data)
    fallback = _file_charset(data)
    lines = _logical_lines(data)
    finished: list[_OpenCard] = []
    stack: list[_OpenCard] = []
    count = 0
    stray_line = 0
    for number, raw in lines:
        upper = raw.strip().upper()
        if upper.startswith(b"BEGIN:") and upper[6:].strip() == b"VCARD":
            count += 1
            stack.append(_OpenCard(index=count, line=number))
            continue
        if upper.startswith(b"END:") and upper[4:].strip() == b"VCARD":
            if stack:
                finished.append(stack.pop())
            else:
                stray_line = stray_line or number
            continue
        if not stack:
            stray_line = stray_line or number
            continue
        card = stack[-1]
        if card.error:
            continue
        if raw.lstrip().startswith(b"#"):
            card.warnings.append(
                translate("vcard", "line {line}: comment line ignored").format(line=number))
            continue
        parsed = _parse_line(number, raw, fallback)
        if isinstance(parsed, str):
            if len(raw.strip()) > 0:
                card.error = translate(
                    "vcard", "line {line} is not a vCard property: {reason}"
                ).format(line=number, reason=parsed)
                card.error_line = number
            continue
        card.props.append(parsed)
    for card in stack:
        card.error = card.error or translate(
            "vcard", "the card that starts at line {line} has no END:VCARD "
            "(is the file cut short?)"
        ).format(line=card.line)
        card.error_line = card.error_line or card.line
        finished.append(card)
    if count == 0:
        return [CardError(source_name, 0, stray_line or 1, translate(
            "vcard", "no vCard found: the file has no BEGIN:VCARD line"))]
    finished.sort(key=lambda c: c.index)
    results: list[ParsedCard | CardError] = []
    for done, card in enumerate(finished, start=1):
        if progress is not None and done % 500 == 0:
            progress.step(done, len(finished),
                          translate("vcard", "Reading {name}").format(name=source_name))
        results.append(_finish(card, source_name, region))
    return results


def _finish(card: _OpenCard, source_name: str, region: str | None) -> ParsedCard | CardError:
    if card.error:
        return CardError(source_name, card.index, card.error_line, card.error)
    version = next((p.value.strip() for p in card.props if p.name == "VERSION"), "")
    warnings = list(card.warnings)
    if not version:
        warnings.append(translate("vcard", "no VERSION line; read as vCard 2.1"))
        version = "2.1"
    if version not in _SUPPORTED_VERSIONS:
        line = next(p.line for p in card.props if p.name == "VERSION")
        return CardError(source_name, card.index, line, translate(
            "vcard", "vCard version {version} is not supported (2.1, 3.0 or 4.0)"
        ).format(version=version[:20]))
    builder = _Builder(version=version, region=region)
    try:
        contact = builder.build(card.props)
    except Exception as exc:
        return CardError(source_name, card.index, card.line, translate(
            "vcard", "the card could not be read ({kind}: {error})"
        ).format(kind=type(exc).__name__, error=exc))
    warnings.extend(builder.warnings)
    return ParsedCard(contact, source_name, card.index, card.line, version, tuple(warnings))


# --------------------------------------------------------------------------------------------
# Writing


def _fold(line: str) -> str:
    """Fold a content line so that no physical line exceeds 75 octets (RFC 6350 3.2)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    out: list[str] = []
    chunk: list[str] = []
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(chunk))
            chunk = []
            size = 0
            limit = 74  # the leading space counts
        chunk.append(ch)
        size += n
    out.append("".join(chunk))
    return "\r\n ".join(out)


def _param_text(value: str) -> str:
    value = value.replace('"', "'").replace("\r", " ").replace("\n", " ")
    if re.search(r"[:;,]", value):
        return f'"{value}"'
    return value


def _type_list(types: list[str] | tuple[str, ...]) -> str:
    cleaned = [re.sub(r'[",\r\n]', " ", t) for t in types]
    joined = ",".join(cleaned)
    if all(re.match(r"^[A-Za-z0-9\-]+$", t) for t in cleaned):
        return joined
    return f'"{joined}"'


def _type_params(types: tuple[str, ...], version: str) -> str:
    if version == "4.0":
        plain = [t for t in types if t != "pref"]
        out = f";TYPE={_type_list(plain)}" if plain else ""
        if "pref" in types:
            out += ";PREF=1"
        return out
    return f";TYPE={_type_list(types)}" if types else ""


def _raw_line(raw: RawProperty, version: str) -> str:
    head = f"{raw.group}.{raw.name}" if raw.group else raw.name
    # ENCODING=b is kept even in 4.0 (which has no such parameter) so that base64 data the
    # model does not hold (a broken photo, a KEY, a SOUND) is still read back as data.
    for key, val in raw.params:
        head += f";{key}={_param_text(val)}"
    return f"{head}:{_escape_newlines(raw.value)}"


def _card_lines(card: ContactCard, version: str) -> list[str]:
    esc = _escape_text
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if card.kind:
        lines.append(f"KIND:{esc(card.kind)}")
        if card.kind == "org" and version == "3.0":
            lines.append("X-ABShowAs:COMPANY")  # 3.0 has no KIND; Apple's programs read this
    lines.append(f"FN:{esc(card.formatted_name)}")
    name_parts = (card.family_name, card.given_name, card.additional_names, card.prefixes,
                  card.suffixes)
    if version == "3.0" or any(name_parts):
        lines.append("N:" + ";".join(esc(x) for x in name_parts))
    native, romanised = card.default_name_forms()
    if card.name_native and card.name_native != native:
        lines.append(f"X-BIOX-NAME-NATIVE:{esc(card.name_native)}")
    if card.name_romanised and card.name_romanised != romanised:
        lines.append(f"X-BIOX-NAME-ROMANISED:{esc(card.name_romanised)}")
    if card.name_phonetic:
        lines.append(f"X-BIOX-NAME-PHONETIC:{esc(card.name_phonetic)}")
    if card.nicknames:
        lines.append("NICKNAME:" + ",".join(esc(n) for n in card.nicknames))
    if card.organisation or card.org_units:
        lines.append("ORG:" + ";".join(esc(x) for x in (card.organisation, *card.org_units)))
    if card.title:
        lines.append(f"TITLE:{esc(card.title)}")
    if card.role:
        lines.append(f"ROLE:{esc(card.role)}")

    used_groups = {r.group.lower() for r in card.extra if r.group}
    group_no = 0

    def new_group() -> str:
        nonlocal group_no
        while True:
            group_no += 1
            if f"item{group_no}" not in used_groups:
                return f"item{group_no}"

    def labelled(prop: str, label: str) -> tuple[str, str | None]:
        if not label:
            return prop, None
        g = new_group()
        return f"{g}.{prop}", f"{g}.X-ABLabel:{esc(label)}"

    for e in card.emails:
        head, lab = labelled("EMAIL", e.label)
        lines.append(f"{head}{_type_params(e.types, version)}:{esc(e.value)}")
        if lab:
            lines.append(lab)
    for t in card.phones:
        head, lab = labelled("TEL", t.label)
        value_param = ";VALUE=text" if version == "4.0" else ""
        lines.append(f"{head}{value_param}{_type_params(t.types, version)}:{esc(t.value)}")
        if lab:
            lines.append(lab)
    for a in card.addresses:
        head = "ADR"
        lab = None
        label_param = ""
        if a.label and version == "4.0":
            label_param = f";LABEL={_param_text(_escape_newlines(a.label))}"
        else:
            head, lab = labelled("ADR", a.label)
        lines.append(f"{head}{label_param}{_type_params(a.types, version)}:"
                     + ";".join(esc(c) for c in a.components()))
        if lab:
            lines.append(lab)
    if card.geo:
        lat, _, lon = card.geo.partition(",")
        lines.append(f"GEO:geo:{lat},{lon}" if version == "4.0" else f"GEO:{lat};{lon}")
    for u in card.urls:
        lines.append(f"URL:{u}")
    if card.linkedin:
        lines.append(f"URL:{card.linkedin}")
    for m in card.messaging:
        lines.append(f"IMPP:{m.network}:{m.value}")
    if card.note:
        lines.append(f"NOTE:{esc(card.note)}")
    if card.categories:
        lines.append("CATEGORIES:" + ",".join(esc(c) for c in card.categories))
    if card.birthday:
        lines.append(f"BDAY:{esc(card.birthday)}")
    if card.photo is not None:
        p = card.photo
        if p.data:
            b64 = base64.b64encode(p.data).decode("ascii")
            if version == "4.0":
                lines.append(f"PHOTO:data:{p.mime or 'application/octet-stream'};base64,{b64}")
            else:
                sub = p.mime.split("/")[-1].upper() if p.mime else ""
                type_param = f";TYPE={sub}" if sub else ""
                lines.append(f"PHOTO;ENCODING=b{type_param}:{b64}")
        elif p.uri:
            media = ""
            if p.mime:
                media = (f";MEDIATYPE={p.mime}" if version == "4.0"
                         else f";TYPE={p.mime.split('/')[-1].upper()}")
            lines.append(f"PHOTO;VALUE=uri{media}:{p.uri}")
    if card.revision:
        lines.append(f"REV:{card.revision}")
    if card.uid:
        lines.append(f"UID:{esc(card.uid)}")
    for raw in card.extra:
        lines.append(_raw_line(raw, version))
    lines.append("END:VCARD")
    return lines


def write_vcard(cards: Iterable[ContactCard], version: str = "3.0") -> str:
    """vCard text (CRLF line ends) for ``cards``, in version ``"3.0"`` or ``"4.0"``."""
    if version not in ("3.0", "4.0"):
        raise ValueError(f"vCard version {version!r} cannot be written; use '3.0' or '4.0'")
    out: list[str] = []
    for card in cards:
        out.extend(_fold(line) for line in _card_lines(card, version))
    return "\r\n".join(out) + ("\r\n" if out else "")
