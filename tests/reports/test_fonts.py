"""Font discovery: TrueType only, real coverage, clear error when CJK is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from biox_desktop.reports import fonts as fontmod
from biox_desktop.reports.fonts import FontMissingError, is_truetype, markup, register_fonts


def test_register_fonts_covers_latin_and_cjk() -> None:
    try:
        found = register_fonts()
    except FontMissingError as exc:
        pytest.skip(f"no CJK TrueType font on this machine: {exc}")
    for char in "éßøŁ":
        assert found.covers(found.regular, char)
    for char in "山田太郎김민준かな":
        assert found.covers(found.cjk, char)


def test_markup_wraps_only_what_the_latin_font_lacks() -> None:
    try:
        found = register_fonts()
    except FontMissingError as exc:
        pytest.skip(str(exc))
    text = "山田太郎 (Yamada Taro), Société Générale & <Co>"
    out = markup(text, found)
    if found.regular == found.cjk:
        assert "<font" not in out
    else:
        assert out.startswith(f'<font name="{found.cjk}">山田太郎</font>')
        assert "Société Générale &amp; &lt;Co&gt;" in out


def test_cff_opentype_is_not_truetype(tmp_path: Path) -> None:
    cff = tmp_path / "NotoSansCJK-Regular.otf"
    cff.write_bytes(b"OTTO" + b"\0" * 60)
    ttc_with_cff = tmp_path / "NotoSansCJK.ttc"
    ttc_with_cff.write_bytes(b"ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10OTTO" + b"\0" * 40)
    assert not is_truetype(cff)
    assert not is_truetype(ttc_with_cff)
    assert not is_truetype(tmp_path / "missing.ttf")


def test_missing_cjk_font_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "fake.ttf").write_bytes(b"\x00\x01\x00\x00" + b"\0" * 60)  # unreadable
    with pytest.raises(FontMissingError) as caught:
        fontmod.find_fonts(bundled_dir=tmp_path, use_fontconfig=False, scan_dirs=[tmp_path])
    message = str(caught.value)
    assert "Japanese" in message and "Korean" in message
    assert "fonts-wqy-microhei" in message


def test_bundled_folder_comes_first(tmp_path: Path) -> None:
    source = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not source.is_file():
        pytest.skip("wqy-microhei not installed")
    (tmp_path / "bundled.ttc").symlink_to(source)
    _, _, (_, cjk_at) = fontmod.find_fonts(bundled_dir=tmp_path, use_fontconfig=False,
                                           scan_dirs=[])
    assert cjk_at.path == tmp_path / "bundled.ttc"
