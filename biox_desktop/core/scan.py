"""What a code read at the booth means: a contact card, a messaging profile, or a badge id.

Pure rules on the text a barcode holds (the decoding and the vCard/MECARD parsing live in
:mod:`biox_desktop.reports.qr`). Profile QR codes of messaging apps carry a link, not an id the
person typed: the link is what reaches them, so it is stored as their id on that network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ProfileLink", "badge_tokens", "is_badge_text", "profile_link"]


@dataclass(frozen=True, slots=True)
class ProfileLink:
    """A profile link from a QR code: ``network`` is a messaging network of the lead form
    (``wechat``, ``line``, ``kakaotalk``, ``whatsapp``) or ``linkedin``; ``value`` is what the
    lead stores (the link, the LINE id after ``~``, the WhatsApp number)."""

    network: str
    value: str


# Host and path of each app's profile links (the QR codes the apps show under "My QR code").
_PROFILE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("wechat", re.compile(r"^https?://(u\.wechat\.com|weixin\.qq\.com/r|wechat\.com/u)/\S+$",
                          re.I)),
    ("line", re.compile(r"^https?://(line\.me/(ti/p|R/ti/p)|liff\.line\.me)/\S+$", re.I)),
    ("kakaotalk", re.compile(r"^https?://(qr\.kakao\.com/talk|open\.kakao\.com/o)/\S+$", re.I)),
    ("whatsapp", re.compile(r"^https?://(wa\.me|api\.whatsapp\.com/send\?phone=)/?\+?\d{6,15}"
                            r"(\?\S*)?$", re.I)),
    ("linkedin", re.compile(r"^https?://([a-z]{2,3}\.)?linkedin\.com/(in|pub)/[^/?#\s]+/?"
                            r"(\?\S*)?$", re.I)),
)

#: A LINE link that names the id itself: ``https://line.me/ti/p/~yamada_t``.
_LINE_ID = re.compile(r"/ti/p/~([A-Za-z0-9._-]+)/?$")
_WA_NUMBER = re.compile(r"(\d{6,15})")


def profile_link(text: str) -> ProfileLink | None:
    """The messaging profile or LinkedIn page a QR code's link points to, or None."""
    link = text.strip()
    for network, pattern in _PROFILE_PATTERNS:
        if not pattern.match(link):
            continue
        if network == "line":
            named = _LINE_ID.search(link)
            return ProfileLink("line", named.group(1) if named else link)
        if network == "whatsapp":
            number = _WA_NUMBER.search(link.split("//", 1)[1])
            assert number is not None  # the pattern requires the digits
            return ProfileLink("whatsapp", "+" + number.group(1))
        if network == "linkedin":
            return ProfileLink("linkedin", link.split("?", 1)[0].rstrip("/"))
        return ProfileLink(network, link)
    return None


def is_badge_text(text: str) -> bool:
    """True for the text of a badge code: printable, one record (no web link), not too long.

    Badge barcodes hold an attendee number (``B2M-000123``), sometimes with a few fields
    (``123456^Yamada^Osaka Bio``); anything with a scheme is a link, not a badge."""
    stripped = text.strip()
    if not stripped or len(stripped) > 500:
        return False
    if re.match(r"^[a-z][a-z0-9+.-]*://", stripped, re.I):
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in stripped)


def badge_tokens(text: str) -> list[str]:
    """The badge id candidates in a badge code's text, the whole text first: badge printers
    join several fields with ``^ | ; , tab`` or line breaks, one of which is the id."""
    whole = text.strip()
    parts = [p.strip() for p in re.split(r"[\^|;,\t\r\n]+", whole)]
    out = [whole]
    for part in parts:
        if part and part not in out:
            out.append(part)
    return out
