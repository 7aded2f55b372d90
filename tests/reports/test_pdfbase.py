"""House PDF: text extracts back, every font embedded, glyphs really drawn, atomic write."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

from biox_desktop.reports.fonts import FontMissingError, register_fonts
from biox_desktop.reports.pdfbase import Cover, house_styles, house_table, para, write_pdf

ROWS = [
    ["Delegate", "Organisation", "City"],
    ["山田太郎 (Yamada Taro)", "Société Générale", "São Paulo"],
    ["김민준 (Kim Min-jun)", "Müller Biotech GmbH", "Seoul 서울"],
    ["Zoë Łukasiewicz", "北京生物技术有限公司", "Kraków"],
]


@pytest.fixture(scope="module")
def fonts():
    try:
        return register_fonts()
    except FontMissingError as exc:
        pytest.skip(f"no CJK TrueType font: {exc}")


@pytest.fixture(scope="module")
def sample_pdf(fonts, tmp_path_factory) -> Path:
    styles = house_styles(fonts)
    story: list[Flowable] = [para("Delegation roster — 東京 2025", styles["h1"], fonts),
                             house_table(ROWS, fonts), para("Notes", styles["h2"], fonts)]
    story += [para(f"Line {i}: Ålesund, Đà Nẵng, 大阪, 부산", styles["body"], fonts)
              for i in range(90)]
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    write_pdf(path, story, title="Mission to Japan and Korea 2025", subject="Roster",
              cover=Cover("Mission to Japan and Korea", "日本・한국 2025", ("12–19 May 2025",)),
              generated=datetime(2025, 5, 1, 9, 30, tzinfo=UTC))
    return path


def test_text_extracts_back(sample_pdf: Path) -> None:
    reader = PdfReader(sample_pdf)
    assert len(reader.pages) >= 3
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("山田太郎", "김민준", "São Paulo", "Müller", "Société Générale",
                     "Łukasiewicz", "北京生物技术有限公司", "Page 2 of"):
        assert expected in text, expected
    assert reader.metadata.title == "Mission to Japan and Korea 2025"
    assert reader.metadata.author == "bioX Missions"
    total = len(reader.pages)
    assert f"Page {total} of {total}" in reader.pages[-1].extract_text()
    assert "Page" not in reader.pages[0].extract_text()  # the cover has no footer


def test_every_font_is_embedded(sample_pdf: Path) -> None:
    exe = shutil.which("pdffonts")
    if exe is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    out = subprocess.run([exe, str(sample_pdf)], capture_output=True, text=True,
                         check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        # columns: name type encoding emb sub uni object ID; emb is the 4th from the right
        assert row.split()[-5] == "yes", out


def test_page_renders_glyphs_not_boxes(sample_pdf: Path, tmp_path: Path) -> None:
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    subprocess.run([exe, "-r", "60", "-png", "-f", "2", "-l", "2", str(sample_pdf),
                    str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    assert png.stat().st_size > 5000
    shutil.copy(png, "/tmp/biox-pdfbase-sample.png")


def test_failed_render_leaves_no_file_and_keeps_the_old_one(fonts, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"previous")

    class Boom(Flowable):
        def wrap(self, *args):
            raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        write_pdf(target, [para("x", house_styles(fonts)["body"], fonts), Boom()], title="t")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
