"""Business-card photos to text lines with Tesseract (its models are the installed
``tessdata`` files: nothing downloads at run time), then to fields by the rules of
:mod:`biox_desktop.core.card_fields`.

Why Tesseract and not RapidOCR: the wheel that bundles RapidOCR's ONNX models
(``rapidocr-onnxruntime``) carries Chinese/English recognition only, so Japanese kana and
Korean Hangul cards need models it would download; Tesseract's language data covers the
missions' scripts (jpn, chi_sim, chi_tra, kor and the European languages), is packaged by
Debian, Homebrew and the Windows installers, and the bench (``bench/bench_card_ocr.py``)
measures it on generated cards.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from biox_desktop.core.card_fields import CardFields, OcrLine, card_fields
from biox_desktop.core.i18n import translate

__all__ = ["CardOcrError", "card_photo", "languages_for", "ocr_lines", "read_card"]

#: Tesseract languages by the mission's country; Latin-script languages otherwise.
_BY_COUNTRY = {"JP": "jpn+eng", "CN": "chi_sim+eng", "TW": "chi_tra+eng", "HK": "chi_tra+eng",
               "MO": "chi_tra+eng", "KR": "kor+eng", "SG": "chi_sim+eng"}
LATIN = "eng+fra+deu+ita+spa"


class CardOcrError(RuntimeError):
    """OCR is not possible here (no Tesseract, or its language data missing); says what to
    install."""


def languages_for(country: str | None) -> str:
    """The Tesseract languages to read a card with during a mission to ``country``."""
    return _BY_COUNTRY.get((country or "").upper(), LATIN)


def _image(source: str | Path | bytes | Image.Image) -> Image.Image:
    if isinstance(source, Image.Image):
        img = source
    elif isinstance(source, bytes | bytearray):
        img = Image.open(io.BytesIO(source))
    else:
        img = Image.open(Path(source))
    img = ImageOps.exif_transpose(img)
    gray = ImageOps.autocontrast(img.convert("L"), cutoff=1)
    if max(gray.size) < 1600:  # Tesseract wants glyphs of 20-30 px
        factor = 1600 / max(gray.size)
        gray = gray.resize((int(gray.width * factor), int(gray.height * factor)),
                           Image.Resampling.LANCZOS)
    return gray


def _tesseract() -> Any:
    import pytesseract

    if shutil.which("tesseract") is None and not Path(
            str(pytesseract.pytesseract.tesseract_cmd)).is_file():
        raise CardOcrError(translate(
            "cards", "Reading cards needs Tesseract OCR: install it (Debian: tesseract-ocr and "
            "its language packages) and try again."))
    return pytesseract


def ocr_lines(source: str | Path | bytes | Image.Image, languages: str = LATIN) -> list[OcrLine]:
    """The text lines of a card photo, top to bottom, with their mean word confidence."""
    pytesseract = _tesseract()
    image = _image(source)
    try:
        data = pytesseract.image_to_data(image, lang=languages, config="--psm 11",
                                         output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError as exc:
        raise CardOcrError(translate(
            "cards", "Tesseract could not read the card with {languages}: {problem}").format(
                languages=languages, problem=exc.message)) from None
    groups: dict[tuple[int, int, int], list[tuple[int, int, str, float]]] = {}
    for i, word in enumerate(data["text"]):
        word = word.strip()
        conf = float(data["conf"][i])
        if not word or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        groups.setdefault(key, []).append((data["left"][i], data["top"][i], word, conf))
    lines = []
    for words in groups.values():
        words.sort()  # left to right: CJK glyphs of one line differ in their tops
        joined = _join([w for _x, _y, w, _c in words])
        top = min(y for _x, y, _w, _c in words)
        lines.append((top, OcrLine(joined, sum(c for *_rest, c in words) / len(words))))
    lines.sort(key=lambda item: item[0])
    return [line for _top, line in lines]


def _join(words: Sequence[str]) -> str:
    """Words of a line: CJK words are joined without spaces (Tesseract splits characters)."""
    out = ""
    for word in words:
        if out and not (_cjk(out[-1]) and _cjk(word[0])):
            out += " "
        out += word
    return out


def _cjk(ch: str) -> bool:
    return ("\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
            or "\uf900" <= ch <= "\ufaff")


def read_card(sides: Sequence[str | Path | bytes | Image.Image], country: str | None = None,
              regions: Sequence[str] = ()) -> CardFields:
    """The fields of a card from the photos of its sides (Japanese on one, English on the
    other make one lead): every side is read in the mission's languages (with English), and
    their lines are taken together."""
    lines: list[OcrLine] = []
    languages = languages_for(country)
    for side in sides:
        lines += ocr_lines(side, languages)
    return card_fields(lines, regions)


def card_photo(source: str | Path | bytes | Image.Image, longest: int = 1280) -> bytes:
    """The card's photo as kept with the lead: a JPEG at most ``longest`` pixels wide or high
    (the database encrypts it like every other field)."""
    img = source if isinstance(source, Image.Image) else Image.open(
        io.BytesIO(source) if isinstance(source, bytes | bytearray) else Path(source))
    img = ImageOps.exif_transpose(img).convert("RGB")
    img.thumbnail((longest, longest))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=85)
    return out.getvalue()
