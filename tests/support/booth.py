"""Test material for booth capture: codes photographed badly, and video clips of them.

Photos are made from generated codes with Pillow and numpy: a perspective (the code held at an
angle), blur, sensor noise, dim light and a glare spot. Clips are written with PyAV (FFmpeg in
its wheel) so that the scanner is fed the way a camera feeds it: a QMediaPlayer into the sink.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from biox_desktop.reports.qr import make_code_image


def _perspective_coeffs(src: Sequence[tuple[float, float]],
                        dst: Sequence[tuple[float, float]]) -> list[float]:
    """Coefficients of PIL's PERSPECTIVE transform mapping output points ``dst`` to ``src``."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return list(np.linalg.solve(a, b))


def scene(code: Image.Image, size: tuple[int, int] = (640, 480), *, tilt: float = 0.0,
          blur: float = 0.0, noise: float = 0.0, light: float = 1.0, glare: float = 0.0,
          offset: tuple[int, int] = (0, 0), seed: int = 0) -> Image.Image:
    """A photo-like RGB frame of ``code`` on a grey desk.

    ``tilt`` (0..0.4) narrows one side as a code held at an angle; ``blur`` is a Gaussian
    radius in pixels; ``noise`` the standard deviation of sensor noise (0..255); ``light``
    scales brightness (0.35 is a dim hall); ``glare`` (0..1) the strength of a bright spot."""
    width, height = size
    rgb = Image.new("RGB", size, (150, 146, 140))
    card = code.convert("RGB")
    cw, ch = card.size
    scale = min(width * 0.6 / cw, height * 0.7 / ch)
    card = card.resize((int(cw * scale), int(ch * scale)), Image.Resampling.NEAREST)
    cw, ch = card.size
    x0 = (width - cw) // 2 + offset[0]
    y0 = (height - ch) // 2 + offset[1]
    if tilt:
        inset = tilt * ch / 2
        dst = [(x0, y0), (x0 + cw, y0 + inset), (x0 + cw, y0 + ch - inset), (x0, y0 + ch)]
        src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
        warped = card.transform(size, Image.Transform.PERSPECTIVE,
                                _perspective_coeffs(src, dst), Image.Resampling.BILINEAR,
                                fillcolor=(0, 0, 0))
        mask = Image.new("L", card.size, 255).transform(
            size, Image.Transform.PERSPECTIVE, _perspective_coeffs(src, dst),
            Image.Resampling.BILINEAR, fillcolor=0)
        rgb.paste(warped, (0, 0), mask)
    else:
        rgb.paste(card, (x0, y0))
    if blur:
        rgb = rgb.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(rgb, dtype=float) * light
    rng = np.random.default_rng(seed)
    if noise:
        pixels += rng.normal(0.0, noise, pixels.shape)
    if glare:
        yy, xx = np.mgrid[0:height, 0:width]
        cx, cy = width * 0.62, height * 0.38
        spot = np.exp(-(((xx - cx) ** 2) + ((yy - cy) ** 2)) / (2 * (width * 0.12) ** 2))
        pixels += (glare * 200.0 * spot)[..., None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def code_scene(text: str, fmt: str = "QRCode", **kwargs: object) -> Image.Image:
    """:func:`scene` of a freshly generated code."""
    return scene(make_code_image(text, fmt, scale=4), **kwargs)  # type: ignore[arg-type]


def write_clip(path: Path, frames: Sequence[Image.Image], fps: int = 10) -> Path:
    """An MPEG-4 video of ``frames`` (all of one size), as a phone or webcam would record."""
    import av

    width, height = frames[0].size
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.bit_rate = 2_000_000
        for image in frames:
            frame = av.VideoFrame.from_ndarray(np.asarray(image.convert("RGB")), format="rgb24")
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path
