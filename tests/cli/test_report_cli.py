"""``biox-desktop report``: figures as JSON, the funder PDF (text, fonts, pages) and exports."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[2]


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "biox_desktop", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=180, cwd=REPO)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo")
    assert _run(path, "demo", "seed").returncode == 0
    return path


def test_kpis_json_for_everything_and_for_one_mission(demo_dir: Path) -> None:
    out = _run(demo_dir, "report", "kpis", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    totals = data["totals"]
    assert totals["agreements"] >= 5 and totals["mous"] >= 2
    assert totals["meetings_held"] == sum(b["figures"]["meetings_held"]
                                          for b in data["by_mission"])
    assert "conversion_rate" in data["definitions"]
    one = _run(demo_dir, "report", "kpis", "--mission", "Seoul Bio Partnering Week", "--json")
    seoul = json.loads(one.stdout)
    assert [b["label"] for b in seoul["by_mission"]] == ["Seoul Bio Partnering Week"]
    assert seoul["totals"]["meetings_held"] < totals["meetings_held"]
    text = _run(demo_dir, "report", "kpis", "--cluster", "Biocat")
    assert text.returncode == 0 and "Conversion meeting → agreement" in text.stdout
    bad = _run(demo_dir, "report", "kpis", "--period", "last year")
    assert bad.returncode == 2 and "not a period" in bad.stderr
    missing = _run(demo_dir, "report", "kpis", "--cluster", "Nowhere")
    assert missing.returncode == 1 and "no cluster named 'Nowhere'" in missing.stderr


def test_funder_pdf_has_the_figures_the_names_and_embedded_fonts(demo_dir: Path,
                                                                 tmp_path: Path) -> None:
    pdf = tmp_path / "funder.pdf"
    out = _run(demo_dir, "report", "funder", "-o", str(pdf))
    assert out.returncode == 0, out.stderr
    figures = json.loads(_run(demo_dir, "report", "kpis", "--json").stdout)["totals"]
    reader = PdfReader(str(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert reader.metadata.title == "Outcomes of the missions"
    for heading in ("Headline figures", "Charts", "Per cluster", "Per target country",
                    "Per mission", "Agreements and MoUs", "Methodology"):
        assert heading in text
    flat = " ".join(text.split())
    assert f"SME agreements signed {figures['agreements']} Signed SME-to-SME" in flat
    assert f"MoUs signed {figures['mous']} Signed cluster cooperation" in flat
    assert "上海生物医药创新中心" in text  # a partner's Chinese name in the agreements list
    # The cover names the clusters the figures cover, from the data.
    cover = " ".join(reader.pages[0].extract_text().split())
    assert " · ".join(b["label"] for b in json.loads(_run(
        demo_dir, "report", "kpis", "--json").stdout)["by_cluster"]) in cover
    later = "\n".join(page.extract_text() for page in reader.pages[1:])
    assert "Lyonbiopole" in later and "Münchner Zellwerk GmbH" in later
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                               check=True).stdout.splitlines()[2:]
        assert fonts and all(row.split()[-5] == "yes" for row in fonts), fonts
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "3", "-l", "3", str(pdf),
                        str(tmp_path / "page")], check=True)
        assert list(tmp_path.glob("page*.png"))

    year = tmp_path / "year.pdf"
    first = figures  # everything; a period keeps fewer records
    out = _run(demo_dir, "report", "funder", "--period", "2000-01-01..2000-12-31", "-o",
               str(year))
    assert out.returncode == 0, out.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(str(year)).pages)
    assert "Period: 2000-01-01 to 2000-12-31" in text
    assert "No agreements or MoUs in this selection." in text
    assert first["agreements"] > 0
    wrong = _run(demo_dir, "report", "funder", "-o", str(tmp_path / "x.docx"))
    assert wrong.returncode == 1 and ".pdf" in wrong.stderr


def test_export_csv_and_xlsx_hold_the_same_figures(demo_dir: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    totals = json.loads(_run(demo_dir, "report", "kpis", "--json").stdout)["totals"]
    out = _run(demo_dir, "report", "export", "-o", str(tmp_path / "kpis.csv"))
    assert out.returncode == 0, out.stderr
    with (tmp_path / "kpis.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    total = {r["figure"]: r["value"] for r in rows if r["section"] == "total"}
    assert int(total["meetings_held"]) == totals["meetings_held"]
    assert float(total["conversion_rate"]) == totals["conversion_rate"]
    assert any(r["section"] == "agreement" for r in rows)

    assert _run(demo_dir, "report", "export", "-o", str(tmp_path / "kpis.xlsx")).returncode == 0
    book = load_workbook(tmp_path / "kpis.xlsx")
    assert book.sheetnames == ["Totals", "By mission", "By cluster", "By country", "Agreements",
                               "Companies accompanied"]
    values = {row[0]: row[1] for row in book["Totals"].iter_rows(values_only=True) if row}
    assert values["SME agreements signed"] == totals["agreements"]
    assert book["By cluster"].max_row == 5  # header and the four clusters
