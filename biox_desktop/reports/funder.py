"""The funder report (PDF) and the export of the same figures (CSV or XLSX).

The report is built from a :class:`~biox_desktop.core.kpis.KpiReport` only, so the PDF, the
export, the dashboard and ``biox-desktop report kpis`` always show the same numbers.

PDF contents: cover, headline figures, charts (meeting funnel, results per cluster, agreements
by kind, lead ratings), tables per cluster, per target country and per mission, the list of
agreements and MoUs, and methodology notes (what each figure counts and how records are
attributed). Every text, including chart labels, is set in embedded TrueType fonts; names in
Japanese, Chinese or Korean use the CJK font.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from biox_desktop.core.enums import AGREEMENT_KINDS
from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, format_day, translate
from biox_desktop.core.kpis import (
    DEFINITIONS,
    FIGURE_KEYS,
    Breakdown,
    KpiReport,
    figure_rows,
    format_figure,
)
from biox_desktop.core.outcomes import AGREEMENT_STATUSES, FOLLOW_UP_OUTCOMES, MOU_KINDS
from biox_desktop.core.progress import Progress
from biox_desktop.reports.fonts import FontSet, register_fonts
from biox_desktop.reports.pdfbase import (
    ACCENT,
    PAGE_SIZE,
    Cover,
    house_styles,
    house_table,
    house_table_style,
    para,
    write_pdf,
)
from biox_desktop.reports.spreadsheet import cell_safe

TITLE = QT_TRANSLATE_NOOP("funder_report", "Outcomes of the missions")
PALETTE = [colors.HexColor(c) for c in
           ("#1B5E7A", "#E07A1F", "#3E9A5B", "#B23A48", "#7A5BA6", "#C9A227", "#4D8FB8")]

#: The headline figures, in the order funders read them.
HEADLINE = ("companies", "delegates", "meetings_held", "leads", "agreements", "mous",
            "follow_ups_done", "conversion_rate")

#: Columns of the per-cluster / per-country / per-mission tables, with their short headers.
TABLE_COLUMNS = (
    # Soft hyphens (\u00ad) let narrow columns break long words; translators may add them.
    ("companies", QT_TRANSLATE_NOOP("funder_report", "Com\u00adpanies")),
    ("delegates", QT_TRANSLATE_NOOP("funder_report", "Dele\u00adgates")),
    ("meetings_requested", QT_TRANSLATE_NOOP("funder_report", "Meetings re\u00adquested")),
    ("meetings_held", QT_TRANSLATE_NOOP("funder_report", "Meetings held")),
    ("leads", QT_TRANSLATE_NOOP("funder_report", "Leads")),
    ("lead_rating_avg", QT_TRANSLATE_NOOP("funder_report", "Lead rating")),
    ("follow_ups_done", QT_TRANSLATE_NOOP("funder_report", "Follow-\nups done")),
    ("agreements", QT_TRANSLATE_NOOP("funder_report", "SME agree\u00adments")),
    ("mous", QT_TRANSLATE_NOOP("funder_report", "MoUs")),
    ("conversion_rate", QT_TRANSLATE_NOOP("funder_report", "Conver\u00adsion")),
)

ATTRIBUTION_NOTES = (
    QT_TRANSLATE_NOOP(
        "funder_report",
        "Mission and target country: a record belongs to the mission it was made on, and to that "
        "mission's target country. An agreement registered without a mission belongs to the mission "
        "of the first meeting or lead it came from; with neither, it counts only in the totals.",
    ),
    QT_TRANSLATE_NOOP(
        "funder_report",
        "Cluster: the cluster of origin of the delegation company involved (an SME's home cluster; "
        "the cluster itself for cluster staff and MoUs). An agreement counts for every cluster one "
        "of its parties belongs to, so per-cluster counts can add up to more than the total, where "
        "each agreement counts once.",
    ),
    QT_TRANSLATE_NOOP(
        "funder_report",
        "Period: companies, delegates and meeting requests count by the mission's first day; "
        "meetings by the day they took place (local time); leads by the day they were captured; "
        "follow-ups by the day they were done, or fall due while open; signed agreements by their "
        "signature date, agreements in progress by the day they were registered.",
    ),
    QT_TRANSLATE_NOOP(
        "funder_report",
        "Deleted records are never counted. Ratings run from 1 (cold) to 5 (very promising); "
        "averages and rates show '–' when there is nothing to divide.",
    ),
)


def _fmt(key: str, report_value: int | float | None) -> str:
    return format_figure(key, report_value)


def _label(key: str) -> str:
    """A figure's name in the user's language (the names are shared with the screens)."""
    return translate("shared", DEFINITIONS[key][0])


def _definition(key: str) -> str:
    return translate("shared", DEFINITIONS[key][1])


def _plain(text: str) -> str:
    """A label for a chart, where soft hyphens would print: drawn strings never break."""
    return text.replace("\u00ad", "")


def _kind(kind: str) -> str:
    return translate("shared", AGREEMENT_KINDS.get(kind, kind))


def _filters(report: KpiReport) -> list[tuple[str, str]]:
    return [(translate("shared", k), v) for k, v in report.filter_labels]


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------


def write_funder_report(path: str | os.PathLike[str], report: KpiReport, *,
                        title: str = TITLE, progress: Progress | None = None,
                        generated: dt.datetime | None = None) -> Path:
    """Render the funder report to ``path`` atomically; returns the path."""
    fonts = register_fonts()
    story = _story(report, fonts)
    title = translate("funder_report", title)  # the default title; a chosen one is kept
    scope = "; ".join(f"{k}: {v}" for k, v in _filters(report))
    cover = Cover(
        title=title,
        subtitle=translate("funder_report",
                           "Report to funders: delegations, meetings, leads, agreements and MoUs"),
        lines=(scope,
               translate("funder_report", "Figures as of {today}").format(
                   today=format_day(report.today, "long")),
               # The clusters the figures cover (once the demo's names, whatever the data).
               " · ".join(b.label for b in report.by_cluster)),
    )
    subject = translate("funder_report", "Funder report ({scope})").format(scope=scope)
    return write_pdf(path, story, title=title, subject=subject, cover=cover,
                     progress=progress, generated=generated, fonts=fonts)


def _story(report: KpiReport, fonts: FontSet) -> list[Flowable]:
    styles = house_styles(fonts)
    width = PAGE_SIZE[0] - 36 * mm
    t = report.totals
    story: list[Flowable] = [para(translate("funder_report", "Headline figures"), styles["h1"],
                                  fonts)]
    over = (translate("funder_report", "Over {n} missions ({filters}).") if t.missions != 1
            else translate("funder_report", "Over 1 mission ({filters})."))
    story.append(para(over.format(n=t.missions, filters="; ".join(
        f"{k.lower()}: {v}" for k, v in _filters(report))), styles["body"], fonts))
    story.append(_headline_grid(report, fonts, width))
    story.append(Spacer(1, 6 * mm))
    story += _accompanied(report, fonts, width)
    story.append(para(translate("funder_report", "All figures"), styles["h2"], fonts))
    rows = [[translate("funder_report", "Figure"), translate("funder_report", "Value"),
             translate("funder_report", "What it counts")]]
    rows += [[_label(k), _fmt(k, t.figure(k)), _definition(k)] for k in FIGURE_KEYS]
    story.append(house_table(rows, fonts, col_widths=[45 * mm, 22 * mm, width - 67 * mm]))

    story.append(CondPageBreak(120 * mm))
    story.append(para(translate("funder_report", "Charts"), styles["h1"], fonts))
    story.append(KeepTogether([para(translate(
        "funder_report", "Meetings: from request to agreement"), styles["h2"], fonts),
                               _funnel_chart(report, fonts, width)]))
    if report.by_cluster:
        story.append(KeepTogether([para(translate(
            "funder_report", "Results per cluster"), styles["h2"], fonts),
                                   _cluster_chart(report.by_cluster, fonts, width)]))
    story.append(KeepTogether([
        para(translate("funder_report", "Signed agreements by kind, and lead ratings"),
             styles["h2"], fonts),
        _kinds_and_ratings(report, fonts, width)]))

    for heading, breakdowns, first in (
        (translate("funder_report", "Per cluster"), report.by_cluster,
         translate("funder_report", "Cluster")),
        (translate("funder_report", "Per target country"), report.by_country,
         translate("funder_report", "Country")),
        (translate("funder_report", "Per mission"), report.by_mission,
         translate("funder_report", "Mission")),
    ):
        story.append(CondPageBreak(60 * mm))
        story.append(para(heading, styles["h1"], fonts))
        if not breakdowns:
            story.append(para(translate("funder_report", "Nothing to report for this selection."),
                              styles["body"], fonts))
            continue
        story.append(_breakdown_table(breakdowns, first, report, fonts, width))
    if report.by_cluster:
        story.append(para(
            translate("funder_report", "A shared agreement counts for each cluster involved; "
                                       "the total row counts it once."),
            styles["small"], fonts))

    story.append(CondPageBreak(60 * mm))
    story.append(para(translate("funder_report", "Agreements and MoUs"), styles["h1"], fonts))
    if report.agreements:
        rows = [[translate("funder_report", "Signed"), translate("funder_report", "Kind"),
                 translate("funder_report", "Title and parties"),
                 translate("funder_report", "Mission"), translate("funder_report", "Status")]]
        for a in report.agreements:
            rows.append([
                f"{a.signed_on:%Y-%m-%d}" if a.signed_on else "—",
                (translate("funder_report", "MoU · ") if a.kind in MOU_KINDS else "")
                + _kind(a.kind),
                f"{a.title}\n{' · '.join(a.parties)}",
                f"{a.mission} ({a.country})" if a.mission else "—",
                translate("shared", AGREEMENT_STATUSES.get(a.status, a.status)),
            ])
        story.append(house_table(rows, fonts, col_widths=[
            25 * mm, 32 * mm, width - 25 * mm - 32 * mm - 34 * mm - 27 * mm, 34 * mm, 27 * mm]))
    else:
        story.append(para(translate("funder_report", "No agreements or MoUs in this selection."),
                          styles["body"], fonts))

    story.append(CondPageBreak(80 * mm))
    story.append(para(translate("funder_report", "Methodology"), styles["h1"], fonts))
    for note in ATTRIBUTION_NOTES:
        story.append(para(translate("funder_report", note), styles["body"], fonts))
    story.append(para(translate("funder_report", "Definitions"), styles["h2"], fonts))
    for key in FIGURE_KEYS:
        story.append(para(f"{_label(key)}: {_definition(key)}", styles["body"], fonts))
    story.append(para(translate("funder_report", "Follow-up outcomes: {outcomes}.").format(
        outcomes="; ".join(translate("shared", o) for o in FOLLOW_UP_OUTCOMES.values())),
        styles["body"], fonts))
    return story


def _accompanied(report: KpiReport, fonts: FontSet, width: float) -> list[Flowable]:
    """Companies accompanied per market and cluster, workshops, gateway agreements."""
    figures = report.accompanied
    if figures is None:
        return []
    styles = house_styles(fonts)
    story: list[Flowable] = [para(translate("funder_report", "Companies accompanied"),
                                  styles["h2"], fonts)]
    lines = [translate("funder_report", "{n} companies accompanied in {m} markets.").format(
        n=figures.companies_accompanied, m=figures.markets)]
    if figures.workshops:
        lines.append(translate("funder_report",
                               "{n} companies attended {w} workshops at home.").format(
            n=figures.workshop_companies, w=figures.workshops))
    lines.append((translate("funder_report", "1 cooperation agreement with gateway partners.")
                  if figures.gateway_agreements == 1 else
                  translate("funder_report", "{n} cooperation agreements with gateway partners.")
                  ).format(n=figures.gateway_agreements))
    story += [para(line, styles["body"], fonts) for line in lines]
    tables = []
    for heading, counts in (
            (translate("funder_report", "Market"), figures.by_market),
            (translate("funder_report", "Cluster"), figures.by_cluster)):
        if counts:
            tables.append(house_table(
                [[heading, translate("funder_report", "Companies")]]
                + [[c.label, str(c.companies)] for c in counts],
                fonts, col_widths=[width / 2 - 32 * mm, 24 * mm]))
    if tables:
        grid = Table([tables + [""] * (2 - len(tables))], colWidths=[width / 2] * 2)
        # The grid's default font is Helvetica, which is never embedded.
        grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(grid)
    story.append(para(translate(
        "funder_report", "A company counts once in the total, once per market (the mission's "
        "target country) and once per cluster (its home cluster, or else the mission's lead "
        "cluster). Workshops at home are counted apart."), styles["small"], fonts))
    story.append(Spacer(1, 4 * mm))
    return story


def _headline_grid(report: KpiReport, fonts: FontSet, width: float) -> Table:
    t = report.totals
    cells = []
    for key in HEADLINE:
        cells.append([_fmt(key, t.figure(key)), _label(key)])
    # Labels are paragraphs so that long ones (German, Italian) wrap inside their cell.
    label_style = ParagraphStyle("headline_label", parent=house_styles(fonts)["small"],
                                 fontSize=8.5, leading=10, alignment=TA_CENTER,
                                 textColor=colors.dimgrey)
    per_row = 4
    data: list[list[str | Flowable]] = []
    for start in range(0, len(cells), per_row):
        chunk = cells[start:start + per_row]
        data.append([c[0] for c in chunk])
        data.append([para(c[1], label_style, fonts) for c in chunk])
    table = Table(data, colWidths=[width / per_row] * per_row)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BOX", (0, 0), (-1, -1), 0.5, ACCENT),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#D5E1E6")),
    ]
    for r in range(0, len(data), 2):
        style += [
            ("FONTNAME", (0, r), (-1, r), fonts.bold),
            ("FONTSIZE", (0, r), (-1, r), 20),
            ("LEADING", (0, r), (-1, r), 24),
            ("TEXTCOLOR", (0, r), (-1, r), ACCENT),
            ("TOPPADDING", (0, r), (-1, r), 8),
            ("FONTSIZE", (0, r + 1), (-1, r + 1), 8.5),
            ("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 8),
            ("TEXTCOLOR", (0, r + 1), (-1, r + 1), colors.dimgrey),
        ]
    table.setStyle(TableStyle(style))
    return table


def _label_fonts(chart: VerticalBarChart | HorizontalBarChart, fonts: FontSet) -> None:
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontSize = 8
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7.5


def _drawing(width: float, height: float, fonts: FontSet) -> Drawing:
    drawing = Drawing(width, height)
    # Otherwise the renderer starts each chart in Helvetica, a font that is never embedded.
    drawing.initialFontName = fonts.regular
    return drawing


def _legend_style(legend: Legend, fonts: FontSet) -> None:
    legend.fontName = fonts.regular
    legend.fontSize = 8
    legend.alignment = "right"  # swatch first, then its name
    legend.columnMaximum = 12
    legend.dx = legend.dy = 7
    legend.deltay = 12


def _funnel_chart(report: KpiReport, fonts: FontSet, width: float) -> Drawing:
    t = report.totals
    keys = ("meetings_requested", "meetings_scheduled", "meetings_held", "meetings_no_show",
            "meetings_converted")
    labels = [translate("funder_report", "Requested"), translate("funder_report", "Scheduled"),
              translate("funder_report", "Held"), translate("funder_report", "No-show"),
              translate("funder_report", "Led to an agreement")]
    values = [int(t.figure(k) or 0) for k in keys]
    drawing = _drawing(width, 62 * mm, fonts)
    chart = HorizontalBarChart()
    chart.x, chart.y = 38 * mm, 6 * mm
    chart.width, chart.height = width - 55 * mm, 52 * mm
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_plain(label) for label in reversed(labels)]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.15
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 8
    _label_fonts(chart, fonts)
    drawing.add(chart)
    return drawing


def _cluster_chart(breakdowns: Sequence[Breakdown], fonts: FontSet, width: float) -> Drawing:
    series: list[tuple[str, Callable[[Breakdown], int]]] = [
        (translate("funder_report", "Meetings held"), lambda b: b.figures.meetings_held),
        (translate("funder_report", "Leads rated 4–5"), lambda b: b.figures.hot_leads),
        (translate("funder_report", "SME agreements"), lambda b: b.figures.agreements),
        (translate("funder_report", "MoUs"), lambda b: b.figures.mous),
    ]
    drawing = _drawing(width, 70 * mm, fonts)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = width - 60 * mm, 54 * mm
    chart.data = [[fn(b) for b in breakdowns] for _name, fn in series]
    chart.categoryAxis.categoryNames = [b.label for b in breakdowns]
    chart.valueAxis.valueMin = 0
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 5
    chart.groupSpacing = 8
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i]
    _label_fonts(chart, fonts)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 44 * mm, 60 * mm
    _legend_style(legend, fonts)
    legend.colorNamePairs = [(PALETTE[i], _plain(name)) for i, (name, _fn) in enumerate(series)]
    drawing.add(legend)
    return drawing


def _kinds_and_ratings(report: KpiReport, fonts: FontSet, width: float) -> Drawing:
    t = report.totals
    drawing = _drawing(width, 62 * mm, fonts)
    kinds = [(_kind(k), n) for k, n in t.agreements_by_kind.items() if n]
    if kinds:
        pie = Pie()
        pie.x, pie.y = 4 * mm, 10 * mm
        pie.width = pie.height = 40 * mm
        pie.data = [n for _k, n in kinds]
        pie.labels = [str(n) for _k, n in kinds]
        pie.slices.fontName = fonts.regular
        pie.slices.fontSize = 8
        pie.slices.labelRadius = 0.7
        pie.slices.fontColor = colors.white
        for i in range(len(kinds)):
            pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
            pie.slices[i].strokeColor = colors.white
        drawing.add(pie)
        legend = Legend()
        legend.x, legend.y = 50 * mm, 50 * mm
        _legend_style(legend, fonts)
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], textwrap.fill(f"{k} ({n})", 30))
                                 for i, (k, n) in enumerate(kinds)]
        drawing.add(legend)
    else:
        drawing.add(String(8 * mm, 30 * mm, translate(
            "funder_report", "No signed agreements in this selection."),
                           fontName=fonts.regular, fontSize=9))
    bars = VerticalBarChart()
    bars.x, bars.y = width - 58 * mm, 10 * mm
    bars.width, bars.height = 56 * mm, 44 * mm
    bars.data = [[t.lead_ratings.get(r, 0) for r in range(1, 6)]]
    bars.categoryAxis.categoryNames = ["1", "2", "3", "4", "5"]
    bars.valueAxis.valueMin = 0
    bars.bars[0].fillColor = PALETTE[1]
    bars.barLabelFormat = "%d"
    bars.barLabels.nudge = 5
    _label_fonts(bars, fonts)
    drawing.add(bars)
    drawing.add(String(width, 2 * mm, translate(
        "funder_report", "Leads by rating (1 cold – 5 very promising)"),
                       fontName=fonts.regular, fontSize=8, textAnchor="end"))
    return drawing


def _breakdown_table(breakdowns: Sequence[Breakdown], first: str, report: KpiReport,
                     fonts: FontSet, width: float) -> Table:
    styles = house_styles(fonts)
    head = ParagraphStyle("bhead", parent=styles["cell_head"], fontSize=7, leading=8.5)
    cell = ParagraphStyle("bcell", parent=styles["cell"], fontSize=8, leading=10)
    number = ParagraphStyle("bnum", parent=cell, alignment=TA_RIGHT)
    rows: list[list[Flowable]] = [[para(first, head, fonts)]
                                  + [para(translate("funder_report", label), head, fonts)
                                     for _k, label in TABLE_COLUMNS]]
    for label, figures in [(b.label, b.figures) for b in breakdowns] + [
            (translate("funder_report", "Total (each record once)"), report.totals)]:
        rows.append([para(label, cell, fonts)]
                    + [para(_fmt(k, figures.figure(k)), number, fonts) for k, _l in TABLE_COLUMNS])
    first_width = 30 * mm
    other = (width - first_width) / len(TABLE_COLUMNS)
    table = Table(rows, colWidths=[first_width] + [other] * len(TABLE_COLUMNS), repeatRows=1)
    table.setStyle(house_table_style(fonts))
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
    ]))
    return table


# --------------------------------------------------------------------------------------------
# CSV / XLSX export
# --------------------------------------------------------------------------------------------

EXPORT_SUFFIXES = (".csv", ".xlsx")


def export_figures(path: str | os.PathLike[str], report: KpiReport) -> Path:
    """Write every figure of ``report`` to a CSV (one long table) or XLSX (a sheet per
    breakdown, the agreements and the definitions) file, atomically."""
    final = Path(path)
    suffix = final.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValueError(translate("funder_report", "'{name}': export to a .csv or .xlsx file")
                         .format(name=final.name))
    handle, temp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part",
                                         dir=final.parent)
    os.close(handle)
    try:
        if suffix == ".csv":
            _write_csv(Path(temp_name), report)
        else:
            _write_xlsx(Path(temp_name), report)
        os.replace(temp_name, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return final


def _value(value: int | float | None) -> int | float | str:
    return "" if value is None else value


def _write_csv(path: Path, report: KpiReport) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(["section", "key", "name", "figure", "figure_label", "value"])
        for section, key, name, figure, value in figure_rows(report):
            writer.writerow([cell_safe(c) for c in (section, key, name, figure, _label(figure),
                                                     _value(value))])
        figures = report.accompanied
        if figures is not None:  # companies accompanied: per market and per cluster
            for section, counts in (("accompanied_market", figures.by_market),
                                    ("accompanied_cluster", figures.by_cluster)):
                for c in counts:
                    writer.writerow([cell_safe(x) for x in (
                        section, c.key, c.label, "companies_accompanied",
                        translate("funder_report", "Companies accompanied"), c.companies)])
        for a in report.agreements:
            writer.writerow([cell_safe(c) for c in ("agreement", a.id, a.title, a.kind, a.status,
                                                     a.signed_on.isoformat() if a.signed_on
                                                     else "")])


def _write_xlsx(path: Path, report: KpiReport) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = translate("funder_report", "Totals")
    sheet.append([translate("funder_report", "Figure"), translate("funder_report", "Value"),
                  translate("funder_report", "Definition")])
    for key in FIGURE_KEYS:
        sheet.append([_label(key), _value(report.totals.figure(key)), _definition(key)])
    sheet.append([])
    for label, value in _filters(report):
        sheet.append([label, value])
    for title, first, breakdowns in (
            (translate("funder_report", "By mission"), translate("funder_report", "Mission"),
             report.by_mission),
            (translate("funder_report", "By cluster"), translate("funder_report", "Cluster"),
             report.by_cluster),
            (translate("funder_report", "By country"), translate("funder_report", "Country"),
             report.by_country)):
        ws = book.create_sheet(title[:31])  # Excel's limit for a sheet name
        ws.append([first] + [_label(k) for k in FIGURE_KEYS])
        for b in breakdowns:
            ws.append([b.label] + [_value(b.figures.figure(k)) for k in FIGURE_KEYS])
    ws = book.create_sheet(translate("funder_report", "Agreements")[:31])
    ws.append([translate("funder_report", "Title"), translate("funder_report", "Kind"),
               translate("funder_report", "MoU"), translate("funder_report", "Status"),
               translate("funder_report", "Signed"), translate("funder_report", "Mission"),
               translate("funder_report", "Country"), translate("funder_report", "Parties")])
    for a in report.agreements:
        ws.append([a.title, _kind(a.kind),
                   translate("funder_report", "yes") if a.kind in MOU_KINDS
                   else translate("funder_report", "no"),
                   translate("shared", AGREEMENT_STATUSES.get(a.status, a.status)), a.signed_on,
                   a.mission,
                   a.country, "; ".join(a.parties)])
    figures = report.accompanied
    if figures is not None:
        ws = book.create_sheet(translate("funder_report", "Companies accompanied")[:31])
        ws.append([translate("funder_report", "Market"), translate("funder_report", "Companies")])
        for c in figures.by_market:
            ws.append([c.label, c.companies])
        ws.append([translate("funder_report", "All markets"), figures.companies_accompanied])
        ws.append([])
        ws.append([translate("funder_report", "Cluster"),
                   translate("funder_report", "Companies")])
        for c in figures.by_cluster:
            ws.append([c.label, c.companies])
        ws.append([])
        ws.append([translate("funder_report", "Companies at workshops at home"),
                   figures.workshop_companies])
        ws.append([translate("funder_report", "Cooperation agreements with gateway partners"),
                   figures.gateway_agreements])
    for ws in book.worksheets:
        for row in ws.iter_rows():  # mission and agreement titles are typed by people
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.column_dimensions["A"].width = 40
    book.save(path)
