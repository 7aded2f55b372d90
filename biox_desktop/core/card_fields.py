"""A business card's fields from its OCR lines, by rules (no guessing model).

Phones come from phonenumbers' ``PhoneNumberMatcher`` read in the countries the card itself
points to (its e-mail and web domains), then in the mission's; e-mails and web addresses by
pattern; the organisation by a legal-form suffix (GmbH, S.A.S., 株式会社, 有限公司, 주식회사
...) or else the line that spells the e-mail domain; the job title by the words titles use in
the app's and the missions' languages; the person's name is the remaining short line without
digits, in native script and, on Asian cards, its romanised line. A field is *unsure* when the
OCR was not confident of its line or when only a fallback rule found it: the form highlights
those for the person to check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import phonenumbers

from biox_desktop.core.contacts import has_non_latin_letters

__all__ = ["CardFields", "OcrLine", "baseline_fields", "card_fields"]

#: Below this mean word confidence (0-100) an OCR line's field is marked unsure.
SURE = 75.0


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line the OCR read, with its mean word confidence (0-100)."""

    text: str
    confidence: float = 100.0


@dataclass(frozen=True, slots=True)
class CardFields:
    """The fields read from a card; ``unsure`` names the fields to highlight."""

    name: str = ""
    name_romanised: str = ""
    organisation: str = ""
    title: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    unsure: frozenset[str] = field(default_factory=frozenset)


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL = re.compile(r"\b(?:https?://)?(?:www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/\S*)?"
                  r"|\bhttps?://\S+", re.I)
_LEGAL_FORMS = re.compile(
    r"(\b(GmbH|AG|KG|SE|SAS|SARL|SA|S\.A\.S?\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|S\.?L\.?U?|Ltd\.?|"
    r"Limited|Inc\.?|LLC|Corp\.?|Corporation|Co\.,? ?Ltd\.?|PLC|B\.?V\.?|N\.?V\.?|Oy|AB|"
    r"K\.?K\.?|Pty)(?=$|[\s,.)]))|株式会社|有限会社|合同会社|有限公司|股份有限公司|集团|"
    r"주식회사|\(주\)|㈜|유한회사", re.I)
#: Words of organisations without a legal form (institutes, universities, clusters): used
#: only for a line that has no job-title word ("Cluster Manager" is a title).
_ORG_WORDS = re.compile(
    r"\b(Foundation|Institute|Institut|Instituto|Istituto|University|Universität|Université|"
    r"Universidad|Università|Hospital|Klinikum|Cluster|Association|Agency|Agence)\b|大学|"
    r"研究所|研究院|医院|醫院|대학교|연구소|병원", re.I)
_TITLE_WORDS = re.compile(
    r"\b(CEO|CTO|CFO|COO|CSO|CMO|President|Vice|Director|Manager|Head|Chief|Officer|Founder|"
    r"Partner|Lead|Leader|Engineer|Scientist|Researcher|Professor|Prof\.|Consultant|Analyst|"
    r"Specialist|Coordinator|Executive|Chairman|Representative|Business Development|"
    r"Directeur|Directrice|Responsable|Chargée?|Chef|Ingénieur|Gérant|Présidente?|"
    r"Geschäftsführer(in)?|Leiter(in)?|Vorstand|Direttore|Direttrice|Responsabile|"
    r"Amministratore|Gerente|Directora?|Jefe|Presidente)\b"
    r"|代表取締役|取締役|社長|部長|課長|室長|主任|係長|研究員|所長|教授|"
    r"总经理|經理|经理|總經理|董事长|董事長|总监|總監|主任|研究员|研究員|"
    r"대표이사|대표|이사|부장|과장|팀장|연구원|교수|소장", re.I)
_LABEL = re.compile(r"^\s*(tel|phone|mobile|mob|cell|fax|e-?mail|mail|web|url|www|t|m|f|e|"
                    r"電話|携帯|传真|傳真|手机|手機|팩스|전화|휴대폰)\s*[.:：]?\s*", re.I)
_FAX = re.compile(r"\b(fax|f\s*[.:])|传真|傳真|팩스|ＦＡＸ", re.I)
_COUNTRY_TLDS = {"jp": "JP", "cn": "CN", "tw": "TW", "hk": "HK", "kr": "KR", "de": "DE",
                 "fr": "FR", "it": "IT", "es": "ES", "ch": "CH", "at": "AT", "uk": "GB",
                 "be": "BE", "nl": "NL", "ca": "CA", "au": "AU", "br": "BR", "sg": "SG"}


def _domain_regions(emails: Sequence[str], urls: Sequence[str]) -> list[str]:
    regions = []
    for item in (*emails, *urls):
        host = item.rpartition("@")[2] if "@" in item else item.split("//")[-1].split("/")[0]
        tld = host.rsplit(".", 1)[-1].lower()
        if tld in _COUNTRY_TLDS and _COUNTRY_TLDS[tld] not in regions:
            regions.append(_COUNTRY_TLDS[tld])
    return regions


def _phones(lines: Sequence[OcrLine], regions: Sequence[str]) -> tuple[list[str], bool]:
    """E.164 numbers of the card (fax lines skipped), and whether any came from a weak line."""
    found: list[str] = []
    weak = False
    for line in lines:
        if _FAX.search(line.text) or "@" in line.text:
            continue
        for region in (*regions, None):
            matched = False
            for match in phonenumbers.PhoneNumberMatcher(line.text, region or "ZZ",
                                                         leniency=phonenumbers.Leniency.VALID):
                e164 = phonenumbers.format_number(match.number,
                                                  phonenumbers.PhoneNumberFormat.E164)
                if e164 not in found:
                    found.append(e164)
                    weak = weak or line.confidence < SURE
                matched = True
            if matched:
                break
    return found, weak


def _fold_letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def _is_name_like(text: str) -> bool:
    if any(ch.isdigit() for ch in text) or "@" in text or len(text) > 40:
        return False
    if has_non_latin_letters(text):
        return 2 <= len(text.replace(" ", "")) <= 8
    words = text.replace(",", " ").split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w.isalpha())


def card_fields(lines: Sequence[OcrLine], regions: Sequence[str] = ()) -> CardFields:
    """The fields of a card from its OCR lines (both sides of a card: one list of lines).

    ``regions`` are the countries whose numbers are tried first (the mission's); the card's
    own e-mail and web domains add theirs."""
    lines = [OcrLine(" ".join(ln.text.split()), ln.confidence) for ln in lines
             if ln.text.strip()]
    unsure: set[str] = set()
    used: set[int] = set()
    emails: list[str] = []
    urls: list[str] = []
    for i, line in enumerate(lines):
        for email in _EMAIL.findall(line.text):
            if email.lower() not in (e.lower() for e in emails):
                emails.append(email)
                used.add(i)
                if line.confidence < SURE:
                    unsure.add("emails")
        text_wo_email = _EMAIL.sub(" ", line.text)
        for url in _URL.findall(text_wo_email):
            if url not in urls:
                urls.append(url.rstrip(".,"))
                used.add(i)
    # The card's own country (its e-mail and web domains) first: a ".it" card's "02 ..." is
    # a Milan number even during a mission to Germany.
    own = _domain_regions(emails, urls)
    regions = [*own, *(r for r in regions if r not in own)]
    phones, weak = _phones(lines, regions)
    if weak:
        unsure.add("phones")
    for i, line in enumerate(lines):
        if _LABEL.match(line.text) and sum(ch.isdigit() for ch in line.text) >= 6:
            used.add(i)
        elif sum(ch.isdigit() for ch in line.text) >= 8:
            used.add(i)  # a number or an address line

    organisation = ""
    for rule in (_LEGAL_FORMS, _ORG_WORDS):
        for i, line in enumerate(lines):
            if i in used or not rule.search(line.text):
                continue
            if rule is _ORG_WORDS and _TITLE_WORDS.search(line.text):
                continue
            organisation = line.text
            used.add(i)
            if line.confidence < SURE:
                unsure.add("organisation")
            break
        if organisation:
            break
    if not organisation:
        domains = [e.rpartition("@")[2].split(".")[0] for e in emails]
        domains += [u.split("//")[-1].removeprefix("www.").split(".")[0] for u in urls]
        for i, line in enumerate(lines):
            folded = _fold_letters(line.text)
            if i not in used and folded and any(
                    d and len(d) >= 3 and _fold_letters(d) in folded for d in domains):
                organisation = line.text
                used.add(i)
                unsure.add("organisation")  # found by the domain only
                break

    titles = []
    for i, line in enumerate(lines):
        if i not in used and _TITLE_WORDS.search(line.text):
            titles.append(line.text)
            used.add(i)
            if line.confidence < SURE:
                unsure.add("title")
    title = " / ".join(titles[:2])

    name = romanised = ""
    candidates = [(i, ln) for i, ln in enumerate(lines) if i not in used
                  and _is_name_like(ln.text) and not _LEGAL_FORMS.search(ln.text)
                  and not _ORG_WORDS.search(ln.text) and not _TITLE_WORDS.search(ln.text)]
    native = next(((i, ln) for i, ln in candidates if has_non_latin_letters(ln.text)), None)
    latin = next(((i, ln) for i, ln in candidates if not has_non_latin_letters(ln.text)), None)
    if native is not None:
        name = native[1].text
        if native[1].confidence < SURE:
            unsure.add("name")
        if latin is not None:
            romanised = latin[1].text
            if latin[1].confidence < SURE:
                unsure.add("name_romanised")
    elif latin is not None:
        name = latin[1].text
        if latin[1].confidence < SURE:
            unsure.add("name")
    else:
        unsure.add("name")
    return CardFields(name=name, name_romanised=romanised, organisation=organisation,
                      title=title, emails=tuple(emails), phones=tuple(phones),
                      websites=tuple(urls), unsure=frozenset(unsure))


_BASE_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")


def baseline_fields(lines: Sequence[OcrLine]) -> CardFields:
    """The plain "OCR then regex" reading the bench compares with: e-mails and phones by
    pattern, the first line is the name, the second the title, the third the organisation."""
    texts = [" ".join(ln.text.split()) for ln in lines if ln.text.strip()]
    emails = tuple(e for t in texts for e in _EMAIL.findall(t))
    phones = tuple(re.sub(r"[^\d+]", "", p) for t in texts for p in _BASE_PHONE.findall(t))
    rest = [t for t in texts if not _EMAIL.search(t) and not _BASE_PHONE.search(t)]
    return CardFields(name=rest[0] if rest else "", title=rest[1] if len(rest) > 1 else "",
                      organisation=rest[2] if len(rest) > 2 else "", emails=emails,
                      phones=phones)
