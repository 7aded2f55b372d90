"""``biox-desktop leads import|export|search`` as a script would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biox_desktop.cli.main import main
from biox_desktop.core.contacts import ContactCard, EmailAddress
from biox_desktop.reports.vcard import write_vcard


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_search_export(capsys: pytest.CaptureFixture[str], data_dir: Path,
                              tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "a.vcf").write_text(write_vcard([
        ContactCard(uid="u1", formatted_name="王伟", name_romanised="Wang Wei",
                    organisation="上海生物医药创新中心",
                    emails=(EmailAddress("wang@sh-bic.example"),))]))
    (cards / "bad.vcf").write_text("hello")
    code, out, _ = run(capsys, *d, "leads", "import", str(cards), "--json")
    assert code == 1  # one file refused
    report = {Path(r["file"]).name: r for r in json.loads(out)}
    assert report["a.vcf"]["status"] == "imported" and report["a.vcf"]["imported"] == 1
    assert report["bad.vcf"]["status"] == "refused"
    assert "BEGIN:VCARD" in report["bad.vcf"]["refused"][0]

    code, out, _ = run(capsys, *d, "leads", "import", str(cards / "a.vcf"))
    assert code == 0 and "0 imported, 1 updated" in out

    code, out, _ = run(capsys, *d, "leads", "search", "生物医药", "--json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["王伟 (Wang Wei)"]
    code, out, _ = run(capsys, *d, "leads", "search", "wang")
    assert "王伟" in out

    for fmt in ("vcf", "csv", "xlsx"):
        target = tmp_path / f"out.{fmt}"
        code, out, _ = run(capsys, *d, "leads", "export", "--format", fmt, "-o", str(target))
        assert code == 0 and "exported 1 leads" in out and target.stat().st_size > 0
    assert "Wang Wei" in (tmp_path / "out.vcf").read_text()


def test_import_during_a_china_mission_keeps_a_japanese_mobile_as_typed(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    """Issue 13 item 5: 090-1234-5678 became the valid but wrong +869012345678."""
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, *d, "missions", "add", "--name", "Shanghai 2027", "--kind",
                       "trade_mission", "--country", "CN", "--timezone", "Asia/Shanghai",
                       "--start", "2027-06-14", "--end", "2027-06-18", "--json")
    assert code == 0
    card = tmp_path / "taro.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Taro Yamada\r\nN:Yamada;Taro;;;\r\n"
                    "TEL;TYPE=CELL:090-1234-5678\r\nTEL;TYPE=WORK:138 0013 8000\r\n"
                    "END:VCARD\r\n")
    code, out, _ = run(capsys, *d, "leads", "import", str(card), "--mission", "Shanghai 2027",
                       "--json")
    assert code == 0
    [report] = json.loads(out)
    assert report["imported"] == 1
    [warning] = [w for w in report["warnings"] if "090-1234-5678" in w]
    assert "+86 901 234 5678 (China)" in warning and "+81 90-1234-5678" in warning
    assert "kept as typed" in warning
    target = tmp_path / "out.csv"
    code, out, _ = run(capsys, *d, "leads", "export", "--format", "csv", "-o", str(target))
    text = target.read_text(encoding="utf-8-sig")
    assert "090-1234-5678" in text and "+8613800138000" in text
    assert "+869012345678" not in text
