"""Find and register embeddable TrueType fonts for PDFs (Latin with accents, CJK, Korean).

Why: reportlab's built-in CJK fonts are not embedded (readers without Asian font packs show
blanks), and reportlab cannot read OpenType fonts with PostScript (CFF) outlines such as Noto
CJK. So we embed TrueType fonts found on the machine.

Search order: the repository's ``resources/fonts`` folder (installers bundle fonts there),
then fontconfig (``fc-match``), then a scan of the usual font folders of Linux, macOS and
Windows. Only TrueType outlines are accepted (``.ttf``, ``.ttc`` with a subfont index); a
candidate must really contain glyphs for sample characters of the script it is chosen for.

Mixed scripts: the Latin font (DejaVu Sans, Arial, ...) usually has no CJK glyphs, and CJK
fonts have poor Latin. :func:`markup` escapes a string for a reportlab ``Paragraph`` and wraps
every run of characters the Latin font lacks in ``<font name="...">`` for the CJK font, so
"山田太郎 (Yamada Taro), Société Générale" renders with each part in a font that has it.
Table cells and headers should go through it too (pdfbase does).

Without any font covering Japanese, Chinese and Korean, :func:`register_fonts` raises
:class:`FontMissingError` saying what to install, rather than producing a PDF with blanks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

BUNDLED_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

LATIN_SAMPLE = "AaÉéÀàÇçÕõÜüßØøŁłŠš"
CJK_SAMPLES = {
    "Japanese": "日本語のかなカナ",
    "Chinese": "中文汉字",
    "Korean": "한국어김민준",
}

_INSTALL_HINT = (
    "install a TrueType font with CJK coverage: on Debian/Ubuntu `sudo apt install "
    "fonts-wqy-microhei`, on Fedora `sudo dnf install wqy-microhei-fonts`; on macOS and "
    "Windows the system fonts (Arial Unicode, MS Gothic, Malgun Gothic) are found "
    "automatically; or copy a .ttf/.ttc file into resources/fonts"
)


class FontMissingError(RuntimeError):
    """No usable font for a script; the message says what to install."""


@dataclass(frozen=True)
class FontSet:
    """Names of registered fonts, for styles and ``<font name=...>`` tags."""

    regular: str
    bold: str
    cjk: str
    regular_path: str
    cjk_path: str

    def covers(self, font_name: str, char: str) -> bool:
        font = pdfmetrics.getFont(font_name)
        return ord(char) in font.face.charToGlyph


@dataclass(frozen=True)
class _Candidate:
    path: Path
    subfont: int = 0


def system_font_dirs() -> list[Path]:
    """Usual font folders on this platform (existing ones only)."""
    home = Path.home()
    if sys.platform == "darwin":
        dirs = [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                Path("/Library/Fonts"), home / "Library/Fonts"]
    elif sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts",
                Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft/Windows/Fonts"]
    else:
        dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                home / ".local/share/fonts", home / ".fonts"]
    return [d for d in dirs if d.is_dir()]


def is_truetype(path: Path) -> bool:
    """True for TrueType-outlined .ttf/.ttc files; False for CFF ('OTTO') fonts and others."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
            if head[:4] == b"ttcf":
                count = int.from_bytes(head[8:12], "big")
                offsets = [int.from_bytes(handle.read(4), "big") for _ in range(min(count, 64))]
                for offset in offsets[:1]:
                    handle.seek(offset)
                    if handle.read(4) not in (b"\x00\x01\x00\x00", b"true"):
                        return False
                return bool(offsets)
    except OSError:
        return False
    return head[:4] in (b"\x00\x01\x00\x00", b"true")


def _fc_match(pattern: str) -> list[_Candidate]:
    exe = shutil.which("fc-match")
    if exe is None:
        return []
    try:
        out = subprocess.run(
            [exe, "-s", "-f", "%{file}|%{index}\n", pattern],
            capture_output=True, text=True, timeout=10, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found: list[_Candidate] = []
    for line in out.splitlines()[:40]:
        file, _, index = line.partition("|")
        if file:
            found.append(_Candidate(Path(file), int(index) if index.isdigit() else 0))
    return found


def _scan(dirs: Iterable[Path]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for folder in dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in (".ttf", ".ttc"):
                found.append(_Candidate(path, 0))
    return found


def _load(candidate: _Candidate, name: str) -> TTFont | None:
    if not candidate.path.is_file() or not is_truetype(candidate.path):
        return None
    try:
        return TTFont(name, str(candidate.path), subfontIndex=candidate.subfont)
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
        return None


def _has(font: TTFont, sample: str) -> bool:
    cmap = font.face.charToGlyph
    return all(ord(c) in cmap for c in sample if not c.isspace())


def _pick(name: str, candidates: Iterable[_Candidate], samples: Sequence[str],
          bold: bool | None = None) -> tuple[TTFont, _Candidate] | None:
    seen: set[_Candidate] = set()
    for candidate in candidates:
        if candidate in seen:
            continue
        seen.add(candidate)
        stem = candidate.path.stem.lower()
        if bold is not None and (("bold" in stem) != bold or any(
            word in stem for word in ("oblique", "italic", "light", "condensed", "mono")
        )):
            continue
        font = _load(candidate, name)
        if font is not None and all(_has(font, s) for s in samples):
            return font, candidate
    return None


def find_fonts(
    *, bundled_dir: Path | None = BUNDLED_DIR, use_fontconfig: bool = True,
    scan_dirs: Sequence[Path] | None = None,
) -> tuple[tuple[TTFont, _Candidate], tuple[TTFont, _Candidate] | None,
           tuple[TTFont, _Candidate]]:
    """Choose (regular, bold or None, cjk) fonts; raise :class:`FontMissingError`."""
    bundled = _scan([bundled_dir]) if bundled_dir is not None else []
    folders = system_font_dirs() if scan_dirs is None else list(scan_dirs)
    scanned: list[_Candidate] | None = None

    def everything(*patterns: str) -> Iterable[_Candidate]:
        nonlocal scanned
        yield from bundled
        if use_fontconfig:
            for pattern in patterns:
                yield from _fc_match(pattern)
        if scanned is None:
            scanned = _scan(folders)
        yield from scanned

    cjk = _pick("BioxCJK", everything(":lang=ja", ":lang=ko", ":lang=zh-cn"),
                list(CJK_SAMPLES.values()))
    if cjk is None:
        missing = ", ".join(CJK_SAMPLES)
        raise FontMissingError(
            f"no TrueType font with {missing} coverage found (OpenType/CFF fonts such as "
            f"Noto CJK cannot be embedded); {_INSTALL_HINT}"
        )
    regular = _pick("BioxSans", everything("sans-serif:style=Regular:lang=fr"),
                    [LATIN_SAMPLE], bold=False)
    bold = _pick("BioxSans-Bold", everything("sans-serif:style=Bold:lang=fr"),
                 [LATIN_SAMPLE], bold=True)
    if regular is None:
        # The CJK font covers basic Latin; it is the last resort for accented text too.
        if not _has(cjk[0], LATIN_SAMPLE):
            raise FontMissingError(
                "no TrueType font for accented Latin text found; install fonts-dejavu-core "
                "(Debian/Ubuntu) or copy a .ttf file into resources/fonts"
            )
        regular, bold = (TTFont("BioxSans", str(cjk[1].path), subfontIndex=cjk[1].subfont),
                         cjk[1]), None
    return regular, bold, cjk


@lru_cache(maxsize=1)
def register_fonts() -> FontSet:
    """Register the house fonts with reportlab once and return their names.

    Raises :class:`FontMissingError` when no font covers Japanese, Chinese and Korean.
    """
    (regular, regular_at), bold_pair, (cjk, cjk_at) = find_fonts()
    pdfmetrics.registerFont(regular)
    bold_name = regular.fontName
    if bold_pair is not None:
        pdfmetrics.registerFont(bold_pair[0])
        bold_name = bold_pair[0].fontName
    pdfmetrics.registerFont(cjk)
    # <b> inside Paragraphs maps to the bold face; CJK has no bold face, so it maps to itself.
    addMapping(regular.fontName, 0, 0, regular.fontName)
    addMapping(regular.fontName, 1, 0, bold_name)
    addMapping(regular.fontName, 0, 1, regular.fontName)
    addMapping(regular.fontName, 1, 1, bold_name)
    for bold_flag in (0, 1):
        for italic in (0, 1):
            addMapping(cjk.fontName, bold_flag, italic, cjk.fontName)
    return FontSet(regular=regular.fontName, bold=bold_name, cjk=cjk.fontName,
                   regular_path=str(regular_at.path), cjk_path=str(cjk_at.path))


def markup(text: str, fonts: FontSet, *, base_font: str | None = None) -> str:
    """Escape ``text`` for a Paragraph, putting runs the base font lacks in the CJK font."""
    base = pdfmetrics.getFont(base_font or fonts.regular)
    base_cmap = base.face.charToGlyph
    parts: list[str] = []
    run: list[str] = []
    in_cjk = False
    for char in text:
        needs_cjk = not (char.isspace() or ord(char) in base_cmap)
        if needs_cjk != in_cjk and run:
            parts.append(_wrap("".join(run), fonts.cjk if in_cjk else None))
            run = []
        in_cjk = needs_cjk
        run.append(char)
    if run:
        parts.append(_wrap("".join(run), fonts.cjk if in_cjk else None))
    return "".join(parts)


def _wrap(run: str, font: str | None) -> str:
    escaped = escape(run).replace("\n", "<br/>")
    return f'<font name="{font}">{escaped}</font>' if font else escaped
