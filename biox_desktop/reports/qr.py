"""QR codes on business cards and badges: decoding images and reading vCard/MECARD payloads.

Decoding uses zxing-cpp (``zxingcpp``). A payload is either a vCard (``BEGIN:VCARD``, read by
:func:`biox_desktop.reports.vcard.parse_vcards`) or a MECARD (``MECARD:N:Yamada,Taro;TEL:...;;``,
the format Japanese phones and many badge printers use).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image

from biox_desktop.core.contacts import (
    ContactCard,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    has_non_latin_letters,
)
from biox_desktop.core.i18n import translate
from biox_desktop.core.phones import try_normalise
from biox_desktop.core.scan import ProfileLink, badge_tokens, is_badge_text, profile_link
from biox_desktop.reports.vcard import CardError, ParsedCard, parse_vcards

__all__ = [
    "BADGE_FORMATS",
    "QrError",
    "ReadCode",
    "Scan",
    "decode_codes",
    "decode_qr_image",
    "make_code_image",
    "make_qr_png",
    "parse_mecard",
    "parse_qr_payload",
    "read_scan",
]


class QrError(ValueError):
    """An image or payload that does not hold a contact; the message says why."""


def _load(image: str | Path | bytes | Image.Image) -> Image.Image:
    if isinstance(image, Image.Image):
        return image
    try:
        if isinstance(image, bytes | bytearray):
            img = Image.open(io.BytesIO(image))
        else:
            path = Path(image)
            try:
                img = Image.open(path)
            except FileNotFoundError:
                raise QrError(
                    translate("qr", "the image {path} does not exist").format(path=path)
                ) from None
        img.load()
    except OSError as exc:
        raise QrError(
            translate("qr", "the file is not an image that can be read ({exc})").format(exc=exc)
        ) from None
    return img


def decode_qr_image(image: str | Path | bytes | Image.Image) -> list[str]:
    """The texts of every QR code found in an image (a path, the file's bytes or a PIL image).

    Returns an empty list when the image holds no readable QR code; raises :class:`QrError`
    when the file is not an image.
    """
    img = _load(image)
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    # An explicit BarcodeFormats: zxing-cpp 3 deprecates combining formats with ``|`` and its
    # stub does not declare the implicit conversion from a plain tuple.
    formats = zxingcpp.BarcodeFormats(
        (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
    )
    results = zxingcpp.read_barcodes(img, formats=formats)
    return [r.text for r in results if r.valid and r.text]


#: What a live scan looks for: contact and profile QR codes, and the codes event badges carry.
#: (A tuple, made into zxing-cpp's BarcodeFormats per call: a module-level nanobind object
#: still alive at interpreter exit is reported as a leak.)
BADGE_FORMATS = (
    zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode,
    zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.Code39,
    zxingcpp.BarcodeFormat.PDF417, zxingcpp.BarcodeFormat.DataMatrix,
    zxingcpp.BarcodeFormat.Aztec,
)


@dataclass(frozen=True, slots=True)
class ReadCode:
    """One code found in an image: its text, its format's name (``QRCode``, ``Code128``,
    ``PDF417``, ``DataMatrix`` ...) and its four corners in image pixels (clockwise from
    the top left), for drawing a frame around it."""

    text: str
    format: str
    corners: tuple[tuple[int, int], ...]


def decode_codes(image: Any, formats: tuple[Any, ...] | None = None) -> list[ReadCode]:
    """Every code of :data:`BADGE_FORMATS` (or ``formats``) in an image: a path, file bytes, a
    PIL image or a grayscale/BGR numpy array (a camera frame). Empty when none is readable."""
    if isinstance(image, str | Path | bytes | bytearray):
        image = _load(bytes(image) if isinstance(image, bytearray) else image)
    if isinstance(image, Image.Image) and image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    results = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(tuple(formats or BADGE_FORMATS)))
    out = []
    for r in results:
        if not (r.valid and r.text):
            continue
        pos = r.position
        corners = tuple((p.x, p.y) for p in (pos.top_left, pos.top_right, pos.bottom_right,
                                                  pos.bottom_left))
        out.append(ReadCode(r.text, r.format.name, corners))
    return out


@dataclass(frozen=True, slots=True)
class Scan:
    """What a code read at the booth gives the lead form.

    ``kind`` is ``contact`` (``card`` holds the vCard or MECARD), ``profile`` (``profile``
    holds the messaging network or LinkedIn and the value to store) or ``badge`` (``badge_ids``
    are the candidates to look up in the attendee list, the whole text first)."""

    kind: str
    text: str
    format: str = "QRCode"
    card: ContactCard | None = None
    profile: ProfileLink | None = None
    badge_ids: tuple[str, ...] = ()


def read_scan(text: str, fmt: str = "QRCode", default_region: str | None = None) -> Scan:
    """What a code's text means for a lead. Raises :class:`QrError` for a code that is
    neither a contact, a profile link nor a badge (a web site's link, a broken vCard)."""
    stripped = text.lstrip("\ufeff \r\n\t")
    head = stripped[:12].upper()
    if head.startswith(("BEGIN:VCARD", "MECARD:")):
        return Scan("contact", text, fmt, card=parse_qr_payload(stripped, default_region))
    link = profile_link(stripped)
    if link is not None:
        return Scan("profile", text, fmt, profile=link)
    if is_badge_text(stripped):
        return Scan("badge", text, fmt, badge_ids=tuple(badge_tokens(stripped)))
    preview = stripped[:40].replace("\n", " ")
    raise QrError(
        translate("qr", "the code holds a web link, not a contact or a messaging profile: "
                  "{preview}").format(preview=preview)
    )


def make_code_image(text: str, fmt: str = "QRCode", scale: int = 4) -> Image.Image:
    """A grayscale PIL image of a code of format ``fmt`` (a zxing-cpp format name) holding
    ``text``, with a quiet zone (for tests and for printing badges)."""
    barcode = zxingcpp.create_barcode(text, getattr(zxingcpp.BarcodeFormat, fmt))
    bitmap = zxingcpp.write_barcode_to_image(barcode, scale=scale, add_quiet_zones=True)
    img = Image.fromarray(bitmap)
    return img if img.mode == "L" else img.convert("L")


def make_qr_png(text: str, scale: int = 4) -> bytes:
    """A PNG image of a QR code holding ``text`` (for tests and for printing badges)."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    bitmap = zxingcpp.write_barcode_to_image(barcode, scale=scale)
    # zxingcpp.Image is an 8-bit grayscale bitmap exposing ``__array_interface__``.
    img = Image.fromarray(bitmap)
    if img.mode != "L":
        img = img.convert("L")
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def _mecard_fields(body: str) -> list[tuple[str, str]]:
    """(NAME, value) pairs of a MECARD body; ``\\`` escapes ``; : , \\``."""
    fields: list[tuple[str, str]] = []
    buf: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            buf.append(body[i + 1])
            i += 2
            continue
        if ch == ";":
            item = "".join(buf)
            buf = []
            if item:
                key, sep, value = item.partition(":")
                if not sep:
                    raise QrError(
                        translate("qr", "the MECARD field '{field}' has no ':'").format(
                            field=item[:30]
                        )
                    )
                fields.append((key.strip().upper(), value))
        else:
            buf.append(ch)
        i += 1
    tail = "".join(buf).strip()
    if tail:
        key, sep, value = tail.partition(":")
        if sep:
            fields.append((key.strip().upper(), value))
    return fields


def parse_mecard(text: str, default_region: str | None = None) -> ContactCard:
    """A card from a MECARD payload (``MECARD:N:Family,Given;TEL:...;EMAIL:...;;``)."""
    body = text.strip()
    if not body.upper().startswith("MECARD:"):
        raise QrError(translate("qr", "not a MECARD: it does not start with 'MECARD:'"))
    fields = _mecard_fields(body[7:])
    family = given = sound = note = bday = org = title = ""
    emails: list[EmailAddress] = []
    phones: list[PhoneNumber] = []
    addresses: list[PostalAddress] = []
    urls: list[str] = []
    nicknames: list[str] = []
    for key, value in fields:
        value = value.strip()
        if not value:
            continue
        if key == "N" and not family and not given:
            family, _, given = (x.strip() for x in value.partition(","))
        elif key == "SOUND":
            sound = " ".join(x.strip() for x in value.split(",") if x.strip())
        elif key in ("TEL", "TEL-AV"):
            phones.append(PhoneNumber(value, ("video",) if key == "TEL-AV" else (),
                                      try_normalise(value, default_region)))
        elif key == "EMAIL":
            emails.append(EmailAddress(value))
        elif key == "NOTE":
            note = f"{note}\n{value}" if note else value
        elif key == "BDAY":
            bday = value
        elif key == "ADR":
            parts = [p.strip() for p in value.split(",")]
            if len(parts) == 7:
                po_box, extended, street, locality, region, postal_code, country = parts
                addresses.append(PostalAddress(
                    po_box=po_box, extended=extended, street=street, locality=locality,
                    region=region, postal_code=postal_code, country=country,
                ))
            else:
                addresses.append(PostalAddress(street=value))
        elif key == "URL":
            urls.append(value)
        elif key == "NICKNAME":
            nicknames.append(value)
        elif key == "ORG":
            org = value
        elif key == "TITLE":
            title = value
    if not (family or given or emails or phones):
        raise QrError(translate("qr", "the MECARD has no name, phone or e-mail"))
    if family and given:
        formatted = (f"{family} {given}" if has_non_latin_letters(family + given)
                     else f"{given} {family}")
    else:
        formatted = family or given
    romanised = ""
    if sound and not has_non_latin_letters(sound) and has_non_latin_letters(formatted):
        romanised = sound
    linkedin = next((u for u in urls if "linkedin.com/" in u.lower()), "")
    return ContactCard(
        formatted_name=formatted,
        family_name=family,
        given_name=given,
        name_romanised=romanised,
        name_phonetic=sound,
        nicknames=tuple(nicknames),
        organisation=org,
        title=title,
        emails=tuple(emails),
        phones=tuple(phones),
        addresses=tuple(addresses),
        urls=tuple(u for u in urls if u != linkedin),
        linkedin=linkedin,
        note=note,
        birthday=bday,
    )


def parse_qr_payload(text: str, default_region: str | None = None) -> ContactCard:
    """The contact in a QR code's text: a vCard or a MECARD. Raises :class:`QrError` otherwise."""
    stripped = text.lstrip("\ufeff \r\n\t")
    head = stripped[:12].upper()
    if head.startswith("BEGIN:VCARD"):
        results = parse_vcards(stripped.encode("utf-8"), source_name="QR code",
                               default_region=default_region)
        first = results[0]
        if isinstance(first, CardError):
            raise QrError(
                translate("qr", "the QR code holds a vCard that cannot be read: {reason}").format(
                    reason=first.reason
                )
            )
        assert isinstance(first, ParsedCard)
        return first.card
    if head.startswith("MECARD:"):
        return parse_mecard(stripped, default_region)
    preview = stripped[:40].replace("\n", " ")
    if head.startswith(("HTTP://", "HTTPS://")):
        raise QrError(
            translate("qr", "the QR code holds a web link, not a contact: {preview}").format(
                preview=preview
            )
        )
    raise QrError(
        translate(
            "qr", "the QR code holds no contact (neither vCard nor MECARD): '{preview}'"
        ).format(preview=preview)
    )
