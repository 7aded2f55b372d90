"""The roster booklet: CJK and accented names extractable, fonts embedded, renders to PNG."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def test_booklet_has_cjk_names_embedded_fonts_and_renders(workspace, tmp_path: Path) -> None:
    from biox_desktop.reports.booklet import write_booklet

    workspace.seed_demo()
    osaka = workspace.missions.find("Osaka Partnering Days")
    path = write_booklet(workspace, osaka.id, tmp_path / "booklet.pdf")
    reader = PdfReader(str(path))
    companies = workspace.roster.companies(osaka.id)
    assert len(reader.pages) >= 2 + len(companies)  # cover, delegates, a page per company
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in ("佐々木恵美", "陈晓明", "박서준", "Élodie Marchand", "Lukas Weiß",
                 "Montjuïc Imaging SL", "Osaka Partnering Days"):
        assert name in text, name
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            obj = font.get_object()
            descendants = obj.get("/DescendantFonts") or [obj]
            for d in descendants:
                desc = d.get_object().get("/FontDescriptor")
                if desc is not None:
                    desc = desc.get_object()
                    fonts.add((str(obj["/BaseFont"]), any(
                        k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))))
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "3", str(path),
                    str(tmp_path / "page")], check=True, timeout=120)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 3 and all(p.stat().st_size > 2000 for p in pngs)
