"""House style for every PDF (roster booklet, agendas, funder report).

A4 pages with a cover page, a header carrying the document title, a footer with "Page x of y"
and the generation date; paragraph and table styles in the fonts from :mod:`fonts`; document
metadata; and an atomic write, so a failed or cancelled render never leaves a half file.

Typical use::

    fonts = register_fonts()
    styles = house_styles(fonts)
    story = [para("Programme", styles["h1"]), house_table([...], fonts)]
    write_pdf(path, story, title="Mission to Japan", cover=Cover("Mission to Japan", ...))
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from biox_desktop.core.i18n import translate
from biox_desktop.core.progress import Progress
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.reports.fonts import FontSet, markup, register_fonts

AUTHOR = "bioX Missions"
PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
ACCENT = colors.HexColor("#1B5E7A")
RULE = colors.HexColor("#B8C7CE")
ZEBRA = colors.HexColor("#F1F5F7")


@dataclass(frozen=True)
class Cover:
    """What the first page shows."""

    title: str
    subtitle: str = ""
    lines: tuple[str, ...] = ()  # e.g. mission dates, cities, lead cluster


def check_can_write(path: str | os.PathLike[str], *, folder: bool = False) -> None:
    """What a PDF (``folder``: a folder of them, made if missing) needs before any work
    starts: the house fonts, and somewhere that can be written. Quick; raises
    :class:`~biox_desktop.reports.fonts.FontMissingError` or :class:`ValidationError` saying
    what is wrong, so a screen can say it at once instead of after the work's progress."""
    register_fonts()  # cached after the first time
    target = Path(path)
    where = target if folder else target.parent
    if folder:  # made by the export: the nearest folder that exists must take it
        where = next((p for p in (where, *where.parents) if p.exists()), where)
    if not where.is_dir():
        raise ValidationError([FieldError("path", translate(
            "pdf", "The folder {folder} does not exist.").format(folder=where))])
    if not os.access(where, os.W_OK):
        raise ValidationError([FieldError("path", translate(
            "pdf", "The folder {folder} cannot be written to.").format(folder=where))])


def house_styles(fonts: FontSet) -> StyleSheet1:
    """Paragraph styles: title, subtitle, h1, h2, body, small, cell, cell_head."""
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=10, leading=13.5,
                          spaceAfter=4, textColor=colors.black)
    sheet.add(base)
    sheet.add(ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=26,
                             leading=32, alignment=TA_CENTER, textColor=ACCENT, spaceAfter=10))
    sheet.add(ParagraphStyle("subtitle", parent=base, fontSize=14, leading=19,
                             alignment=TA_CENTER, spaceAfter=6))
    sheet.add(ParagraphStyle("h1", parent=base, fontName=fonts.bold, fontSize=16, leading=20,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=6))
    sheet.add(ParagraphStyle("h2", parent=base, fontName=fonts.bold, fontSize=12, leading=15,
                             spaceBefore=6, spaceAfter=4))
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8, leading=10))
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0))
    sheet.add(ParagraphStyle("cell_head", parent=base, fontName=fonts.bold, fontSize=9,
                             leading=11.5, spaceAfter=0, textColor=colors.white))
    return sheet


def para(text: str, style: ParagraphStyle, fonts: FontSet | None = None) -> Paragraph:
    """A Paragraph of plain text (escaped), with CJK runs in the CJK font."""
    fonts = fonts or register_fonts()
    return Paragraph(markup(text, fonts, base_font=style.fontName), style)


def house_table_style(fonts: FontSet, *, header_rows: int = 1) -> TableStyle:
    """Grid, coloured header row, alternate row shading, house fonts for plain-string cells."""
    return TableStyle([
        # The table's default cell font is Helvetica, which is never embedded.
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.bold),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])


def house_table(rows: Sequence[Sequence[str]], fonts: FontSet | None = None, *,
                col_widths: Sequence[float] | None = None) -> Table:
    """A table of plain strings; the first row is the header and repeats on each page."""
    fonts = fonts or register_fonts()
    styles = house_styles(fonts)
    data = [
        [para(str(cell), styles["cell_head" if r == 0 else "cell"], fonts) for cell in row]
        for r, row in enumerate(rows)
    ]
    table = Table(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(house_table_style(fonts))
    return table


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so the footer can say "Page x of y"."""

    def __init__(self, *args: Any, doc: _HouseDoc, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._house_doc = doc
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._house_doc.draw_furniture(self, total)
            super().showPage()
        super().save()


class _HouseDoc(BaseDocTemplate):
    def __init__(self, target: Any, *, title: str, subject: str, fonts: FontSet,
                 generated: datetime, progress: Progress | None) -> None:
        super().__init__(
            target, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=AUTHOR,
            subject=subject, creator=AUTHOR, producer=AUTHOR,
            # Otherwise each page starts in Helvetica, a font that is never embedded.
            initialFontName=fonts.regular, initialFontSize=10,
        )
        self.fonts = fonts
        self.doc_title = title
        self.generated = generated
        self.progress = progress
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame]),
            PageTemplate(id="body", frames=[frame]),
        ])

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        if self.progress is not None:
            self.progress.step(self.page, 0, translate("pdf", "Page {n}").format(n=self.page))

    def draw_furniture(self, canvas: Canvas, total: int) -> None:
        """Header and footer, drawn once the page count is known (not on the cover)."""
        number = canvas.getPageNumber()
        if number == 1 and self._has_cover:
            return
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = height - MARGIN_TOP + 6 * mm
        canvas.line(MARGIN_LEFT, top - 2 * mm, width - MARGIN_RIGHT, top - 2 * mm)
        header = Paragraph(markup(self.doc_title, self.fonts),
                           ParagraphStyle("hdr", fontName=self.fonts.regular, fontSize=8.5,
                                          leading=10, textColor=ACCENT))
        header.wrap(width - MARGIN_LEFT - MARGIN_RIGHT, 20 * mm)
        header.drawOn(canvas, MARGIN_LEFT, top)
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_LEFT, bottom + 4 * mm, width - MARGIN_RIGHT, bottom + 4 * mm)
        canvas.setFont(self.fonts.regular, 8)
        canvas.setFillColor(colors.dimgrey)
        canvas.drawString(MARGIN_LEFT, bottom, translate(
            "pdf", "Generated {when:%Y-%m-%d %H:%M} UTC · {author}").format(
                when=self.generated, author=AUTHOR))
        canvas.drawRightString(width - MARGIN_RIGHT, bottom, translate(
            "pdf", "Page {number} of {total}").format(number=number, total=total))
        canvas.restoreState()

    _has_cover = False


def _cover_flowables(cover: Cover, styles: StyleSheet1, fonts: FontSet) -> list[Flowable]:
    items: list[Flowable] = [Spacer(1, 70 * mm), para(cover.title, styles["title"], fonts)]
    if cover.subtitle:
        items.append(para(cover.subtitle, styles["subtitle"], fonts))
    items.append(Spacer(1, 10 * mm))
    items.extend(para(line, styles["subtitle"], fonts) for line in cover.lines)
    return items


def render_pdf(target: Any, story: Sequence[Flowable], *, title: str, subject: str = "",
               cover: Cover | None = None, generated: datetime | None = None,
               progress: Progress | None = None, fonts: FontSet | None = None) -> None:
    """Render to a path or binary file object (not atomic: see :func:`write_pdf`)."""
    fonts = fonts or register_fonts()
    stamp = (generated or datetime.now(UTC)).astimezone(UTC)
    doc = _HouseDoc(target, title=title, subject=subject, fonts=fonts, generated=stamp,
                    progress=progress)
    flowables: list[Flowable] = []
    if cover is not None:
        doc._has_cover = True
        flowables += _cover_flowables(cover, house_styles(fonts), fonts)
        flowables += [NextPageTemplate("body"), PageBreak()]
    else:
        flowables.append(NextPageTemplate("body"))
    flowables += list(story)

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, doc=doc, **kwargs)

    doc.build(flowables, canvasmaker=make_canvas)


def write_pdf(path: str | os.PathLike[str], story: Sequence[Flowable], **options: Any) -> Path:
    """Render atomically: into a temporary file in the same folder, then ``os.replace``.

    Either the complete new PDF is at ``path`` or the previous file (if any) is untouched.
    Accepts the keyword options of :func:`render_pdf`.
    """
    final = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part",
                                         dir=final.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            render_pdf(out, story, **options)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return final
