"""Generated business cards: several layouts, scripts and fonts, optionally photographed.

Each :class:`Card` knows its true fields, so tests and ``bench/bench_card_ocr.py`` can score
what the OCR and the field rules read. Fonts are the machine's: DejaVu Sans (Latin) and
WenQuanYi Micro Hei (Chinese, Japanese kana and kanji, Korean Hangul).
"""

from __future__ import annotations

import random
import subprocess
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from tests.support.booth import scene


@dataclass(frozen=True)
class Card:
    """A card's true fields and the lines printed on its side(s)."""

    script: str
    name: str
    name_romanised: str
    organisation: str
    title: str
    email: str
    phone_e164: str
    front: tuple[str, ...]
    back: tuple[str, ...] = ()


@cache
def font_file(lang: str) -> str:
    """A TrueType font covering ``lang`` (fontconfig), e.g. ``en`` or ``ja``."""
    out = subprocess.run(["fc-match", "-f", "%{file}", f":lang={lang}"], capture_output=True,
                         text=True, check=True)
    return out.stdout.strip()


CARDS: tuple[Card, ...] = (
    Card("latin", "Anna Müller", "", "BioM Biotech Cluster GmbH", "Cluster Manager",
         "anna.mueller@bio-m.org", "+498989967942",
         ("Anna Müller", "Cluster Manager", "BioM Biotech Cluster GmbH",
          "Tel. +49 89 899679 42", "anna.mueller@bio-m.org", "www.bio-m.org")),
    Card("latin", "Claire Dubois", "", "Lyon Cell Therapeutics SAS", "Directrice R&D",
         "c.dubois@lyoncell.fr", "+33472112233",
         ("Lyon Cell Therapeutics SAS", "Claire Dubois", "Directrice R&D",
          "+33 4 72 11 22 33", "c.dubois@lyoncell.fr")),
    Card("japanese", "山田 太郎", "Taro Yamada", "大阪バイオ株式会社", "代表取締役",
         "taro@osaka-bio.jp", "+81612345678",
         ("大阪バイオ株式会社", "代表取締役", "山田 太郎", "TEL 06-1234-5678",
          "taro@osaka-bio.jp"),
         ("Osaka Bio Co., Ltd.", "Taro Yamada", "CEO", "taro@osaka-bio.jp")),
    Card("chinese-simplified", "王伟", "Wang Wei", "上海生物医药有限公司", "总经理",
         "wang.wei@shbio.cn", "+862155512345",
         ("上海生物医药有限公司", "王伟", "总经理", "电话 021 5551 2345",
          "wang.wei@shbio.cn")),
    Card("chinese-traditional", "陳美玲", "Chen Mei-ling", "臺北生技股份有限公司", "研究員",
         "meiling@tpbio.com.tw", "+886223456789",
         ("臺北生技股份有限公司", "陳美玲", "研究員", "電話 02 2345 6789",
          "meiling@tpbio.com.tw")),
    Card("korean", "김민준", "Kim Min-jun", "서울바이오 주식회사", "대표이사",
         "minjun.kim@seoulbio.kr", "+82212345678",
         ("서울바이오 주식회사", "김민준", "대표이사", "전화 02-1234-5678",
          "minjun.kim@seoulbio.kr")),
)

_LANG = {"latin": "en", "japanese": "ja", "chinese-simplified": "zh-cn",
         "chinese-traditional": "zh-tw", "korean": "ko"}


def render(lines: tuple[str, ...], script: str, layout: int = 0,
           size: tuple[int, int] = (1050, 600)) -> Image.Image:
    """A flat card (91 x 55 mm at about 290 dpi): layout 0 left-aligned, 1 centred, 2 the
    name large at the top right and the rest below."""
    img = Image.new("RGB", size, (252, 251, 247))
    draw = ImageDraw.Draw(img)
    latin = ImageFont.truetype(font_file("en"), 34)
    native = ImageFont.truetype(font_file(_LANG[script]), 36)
    big = ImageFont.truetype(font_file(_LANG[script]), 52)
    y = 60
    for i, text in enumerate(lines):
        font = native if any(ord(c) > 0x2E80 for c in text) else latin
        if layout == 2 and i == 0:
            font = big
        width = draw.textlength(text, font=font)
        if layout == 1:
            x = (size[0] - width) / 2
        elif layout == 2 and i == 0:
            x = size[0] - width - 60
        else:
            x = 70
        draw.text((x, y), text, font=font, fill=(20, 20, 30))
        y += int(font.size * 1.7)
    draw.line((70, size[1] - 40, size[0] - 70, size[1] - 40), fill=(40, 90, 160), width=4)
    return img


def photographed(card: Image.Image, seed: int = 0) -> Image.Image:
    """The card as a phone photographs it at a booth: a slight angle, soft focus, noise."""
    rng = random.Random(seed)
    return scene(card, size=(1280, 960), tilt=rng.uniform(0.0, 0.08),
                 blur=rng.uniform(0.3, 0.8), noise=rng.uniform(3, 8),
                 light=rng.uniform(0.8, 1.0), glare=rng.uniform(0.0, 0.2), seed=seed)
