"""Live code scanning: camera (or any video source) -> QVideoSink -> zxing-cpp on a worker.

The sink delivers every frame on the GUI thread; this module keeps only the newest one and hands
it to a single worker thread a few times a second, never while the worker is still busy, so a
slow decode drops frames instead of queueing them or freezing the window. The worker converts
the frame to grayscale and decodes every code of :data:`biox_desktop.reports.qr.BADGE_FORMATS`;
the result comes back to the GUI thread as a signal. The same sink takes a camera
(``QMediaCaptureSession``) or a ``QMediaPlayer`` playing a video file (how the tests feed it).
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.reports.qr import ReadCode, decode_codes


@dataclass(frozen=True, slots=True)
class FrameCodes:
    """The codes of one decoded frame, with the frame's size (for drawing their frames)."""

    codes: tuple[ReadCode, ...]
    width: int
    height: int


def frame_array(image: QImage) -> np.ndarray:
    """A frame as a grayscale numpy array (a copy: it outlives the QImage)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    buffer = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, :width].copy()


class CodeScanner(QObject):
    """Decodes the frames of a video sink a few times a second on one worker thread.

    ``codes_read`` carries a :class:`FrameCodes` for every decoded frame that held a code;
    ``frame_ready`` the newest frame as a QImage for a preview (at most ``preview_fps``)."""

    codes_read = Signal(object)
    frame_ready = Signal(QImage)
    _decoded = Signal(object)  # from the worker thread; queued to the GUI thread

    def __init__(self, sink: QVideoSink | None = None, parent: QObject | None = None, *,
                 decodes_per_second: float = 4.0, preview_fps: float = 15.0) -> None:
        from biox_desktop.ui.capture import quiet_multimedia_probes

        quiet_multimedia_probes()
        super().__init__(parent)
        self.sink = sink or QVideoSink(self)
        self.interval = 1.0 / decodes_per_second
        self.preview_interval = 1.0 / preview_fps
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="code-scan")
        self._busy = False
        self._last_submit = 0.0
        self._last_preview = 0.0
        self._latest: QVideoFrame | None = None
        self.running = True
        #: Counters a test or a diagnostic can read: frames the sink gave, frames decoded.
        self.frames_seen = 0
        self.frames_decoded = 0
        #: Ids of the threads that decoded (never the GUI thread).
        self.decode_threads: set[int] = set()
        self._decoded.connect(self._on_decoded, Qt.ConnectionType.QueuedConnection)
        self.sink.videoFrameChanged.connect(self._on_frame)
        # A frame that arrived while the worker was busy is decoded when it is free again.
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._maybe_submit)

    def stop(self) -> None:
        """Stop decoding (frames still arriving are ignored); waits for the worker."""
        self.running = False
        self._retry.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if not self.running or not frame.isValid():
            return
        self.frames_seen += 1
        self._latest = QVideoFrame(frame)
        now = time.monotonic()
        if now - self._last_preview >= self.preview_interval:
            self._last_preview = now
            image = frame.toImage()
            if not image.isNull():
                self.frame_ready.emit(image)
        self._maybe_submit()

    def _maybe_submit(self) -> None:
        if not self.running or self._busy or self._latest is None:
            return
        wait = self.interval - (time.monotonic() - self._last_submit)
        if wait > 0:
            if not self._retry.isActive():
                self._retry.start(int(wait * 1000) + 1)
            return
        frame, self._latest = self._latest, None
        image = frame.toImage()  # the frame's pixels, mapped while the frame is current
        if image.isNull():
            return
        self._busy = True
        self._last_submit = time.monotonic()
        self._executor.submit(self._decode, image)

    def _decode(self, image: QImage) -> None:
        """On the worker: grayscale, decode, report (never raises into the pool)."""
        self.decode_threads.add(threading.get_ident())
        try:
            codes = tuple(decode_codes(frame_array(image)))
            result: object = FrameCodes(codes, image.width(), image.height())
        except Exception as exc:  # a frame that cannot be read is dropped, the next one tried
            result = exc
        self._decoded.emit(result)

    def _on_decoded(self, result: object) -> None:
        self._busy = False
        self.frames_decoded += 1
        if self.running and isinstance(result, FrameCodes) and result.codes:
            self.codes_read.emit(result)
        self._maybe_submit()


class ScanView(QWidget):
    """The live picture with a green frame around each code read (kept for 1.5 s)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanView")
        self.setMinimumSize(QSize(320, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image = QImage()
        self.codes: FrameCodes | None = None
        self.message = ""
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.setInterval(1500)
        self._clear.timeout.connect(self._forget_codes)

    def set_frame(self, image: QImage) -> None:
        self.image = image
        self.update()

    def set_codes(self, codes: FrameCodes) -> None:
        self.codes = codes
        self._clear.start()
        self.update()

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    def _forget_codes(self) -> None:
        self.codes = None
        self.update()

    def _target(self) -> QRectF:
        """Where the frame is drawn: scaled to fit, centred."""
        if self.image.isNull():
            return QRectF(self.rect())
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        target = self._target()
        if not self.image.isNull():
            painter.drawImage(target, self.image)
        codes = self.codes
        if codes is not None and codes.width and codes.height:
            sx, sy = target.width() / codes.width, target.height() / codes.height
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#22cc55"), 4))
            for code in codes.codes:
                painter.drawPolygon(QPolygonF([
                    QPointF(target.x() + x * sx, target.y() + y * sy) for x, y in code.corners]))
        if self.message:
            painter.setPen(QColor("white"))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter
                             | Qt.TextFlag.TextWordWrap, self.message)
        painter.end()


class ScanPanel(QWidget):
    """The scanner in the quick capture: the picture, what was read, and the camera.

    ``scanned`` carries each new :class:`ReadCode` once (a code that stays in view is not read
    again); the panel beeps and frames it. ``start_camera`` uses the default camera; tests and
    a recorded clip feed ``sink`` from a QMediaPlayer instead."""

    scanned = Signal(object)
    #: The picture in view (PNG bytes) when the person asks to read it as a business card.
    card_taken = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanPanel")
        self.view = ScanView(self)
        self.status = QLabel()
        self.status.setObjectName("scanStatus")
        self.status.setWordWrap(True)
        self.card_button = QPushButton(self.tr("Read the card in vie&w"))
        self.card_button.setObjectName("cardInViewButton")
        self.card_button.setToolTip(self.tr(
            "Hold a business card still in front of the camera, then read it as a card"))
        self.card_button.setAutoDefault(False)
        self.card_button.setEnabled(False)  # until the camera shows something
        self.card_button.clicked.connect(self.take_card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.card_button)
        self.scanner = CodeScanner(parent=self)
        self.scanner.frame_ready.connect(self.view.set_frame)
        self.scanner.frame_ready.connect(lambda _i: self.card_button.setEnabled(True))
        self.scanner.codes_read.connect(self._codes_read)
        self.seen: set[str] = set()
        self.camera: object | None = None
        self._session: object | None = None
        self.status.setText(self.tr("Hold a QR code, a badge or a card's code in front of the "
                                    "camera."))

    @property
    def sink(self) -> QVideoSink:
        return self.scanner.sink

    def start_camera(self) -> bool:
        """Show the default camera; False (and a message) when there is none."""
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices

        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.view.set_message(self.tr("No camera was found. Read a code from an image or "
                                          "the clipboard instead (Leads › Import)."))
            return False
        camera = QCamera(device, self)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(self.sink)
        camera.start()
        self.camera, self._session = camera, session
        return True

    def take_card(self) -> None:
        """Hand the picture in view to the business-card reader (a still of the camera)."""
        if self.view.image.isNull():
            return
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.view.image.save(buffer, "PNG")
        self.card_taken.emit(bytes(buffer.data().data()))

    def stop(self) -> None:
        """Stop the camera and the worker (the dialog closing)."""
        camera = self.camera
        if camera is not None:
            camera.stop()  # type: ignore[attr-defined]
        self.scanner.stop()

    def _codes_read(self, codes: FrameCodes) -> None:
        self.view.set_codes(codes)
        fresh = [c for c in codes.codes if c.text not in self.seen]
        if not fresh:
            return
        QApplication.beep()
        for code in fresh:
            self.seen.add(code.text)
            self.scanned.emit(code)
