"""Business-card reading: per-field accuracy of OCR + field rules, beside "OCR then regex".

Run: .venv/bin/python bench/bench_card_ocr.py [--quick] [--rapidocr]

The cards are generated (tests/support/cards.py): six people in five scripts (Latin, Japanese
with an English back side, Simplified and Traditional Chinese, Korean), each in three layouts,
photographed (slight angle, soft focus, noise, uneven light). Every card is read once with
Tesseract in the mission country's languages; the same lines then go through the field rules
(biox_desktop.core.card_fields.card_fields) and through the baseline (e-mails and phones by
regex, then the first three other lines as name, title, organisation). With --rapidocr (needs
the rapidocr-onnxruntime wheel, whose bundled models read Chinese and English only), the same
photos are also read by RapidOCR and scored through the same rules.

A field counts as right when it equals the truth after folding case, spaces and punctuation;
the name is right in native script or romanised. Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biox_desktop.core.card_fields import CardFields, OcrLine, baseline_fields, card_fields
from biox_desktop.core.phones import try_normalise
from biox_desktop.reports.card_ocr import languages_for, ocr_lines
from tests.support.cards import CARDS, Card, photographed, render

COUNTRY = {"latin": "DE", "japanese": "JP", "chinese-simplified": "CN",
           "chinese-traditional": "TW", "korean": "KR"}
FIELDS = ("name", "organisation", "title", "email", "phone")


def _fold(text: str) -> str:
    return re.sub(r"[\s.,·()（）-]", "", text.casefold())


def score(card: Card, got: CardFields) -> dict[str, bool]:
    names = {_fold(card.name), _fold(card.name_romanised)} - {""}
    phones = {try_normalise(p, COUNTRY[card.script]) or p for p in got.phones}
    titles = {_fold(t) for t in got.title.split(" / ")}
    return {
        "name": _fold(got.name) in names or _fold(got.name_romanised) in names,
        "organisation": _fold(got.organisation) == _fold(card.organisation)
        or (card.back != () and _fold(got.organisation) == _fold(card.back[0])),
        "title": _fold(card.title) in titles or (card.back != () and _fold(card.back[2])
                                                 in titles),
        "email": card.email in got.emails,
        "phone": card.phone_e164 in phones,
    }


def rapid_lines(engine: object, image: object) -> list[OcrLine]:
    import numpy as np

    result, _elapse = engine(np.asarray(image.convert("RGB")))  # type: ignore[operator,attr-defined]
    rows = sorted(result or [], key=lambda r: (r[0][0][1], r[0][0][0]))
    return [OcrLine(text, float(conf) * 100) for _box, text, conf in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="one layout per card")
    parser.add_argument("--rapidocr", action="store_true")
    args = parser.parse_args()
    layouts = (0,) if args.quick else (0, 1, 2)
    engines = ["tesseract"]
    rapid = None
    if args.rapidocr:
        from rapidocr_onnxruntime import RapidOCR

        rapid = RapidOCR()
        engines.append("rapidocr")
    right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_script: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seconds: dict[str, float] = defaultdict(float)
    total = 0
    for n, card in enumerate(CARDS):
        for layout in layouts:
            sides = [photographed(render(card.front, card.script, layout), seed=n * 7 + layout)]
            if card.back:
                sides.append(photographed(render(card.back, "latin", layout), seed=n + 99))
            country = COUNTRY[card.script]
            total += 1
            for engine in engines:
                t0 = time.perf_counter()
                lines: list[OcrLine] = []
                for side in sides:
                    lines += (ocr_lines(side, languages_for(country)) if engine == "tesseract"
                              else rapid_lines(rapid, side))
                seconds[engine] += time.perf_counter() - t0
                for method, got in ((f"{engine} + rules", card_fields(lines, [country])),
                                    (f"{engine} + regex baseline", baseline_fields(lines))):
                    for field, ok in score(card, got).items():
                        right[method][field] += ok
                        if method == "tesseract + rules":
                            per_script[card.script][field] += ok
                    right[method]["cards"] += 1
    print(f"{total} card photos ({len(CARDS)} people, layouts {layouts}); "
          f"load: {os.getloadavg()[0]:.1f}")
    print(f"{'method':32}" + "".join(f"{f:>14}" for f in FIELDS))
    for method, counts in right.items():
        n = counts["cards"]
        print(f"{method:32}" + "".join(f"{counts[f] / n:>14.0%}" for f in FIELDS))
    base = right["tesseract + regex baseline"]
    ours = right["tesseract + rules"]
    print("rules / baseline (fields right): "
          f"{sum(ours[f] for f in FIELDS) / max(1, sum(base[f] for f in FIELDS)):.2f}x")
    print("per script (tesseract + rules), of " + str(len(layouts)) + " layouts:")
    for script, counts in per_script.items():
        print(f"  {script:22}" + "".join(f"{f}={counts[f]} " for f in FIELDS))
    for engine, secs in seconds.items():
        print(f"{engine}: {secs / total:.1f} s per card")


if __name__ == "__main__":
    main()
