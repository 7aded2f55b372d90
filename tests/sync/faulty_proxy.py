"""A small HTTP/1.1 proxy on 127.0.0.1 that can break the sync protocol's push requests.

It relays one request and one response at a time per connection (keep-alive included) and reads
``Content-Length`` to find where messages end, which is all the sync client and uvicorn use. Faults
apply to ``POST .../push`` requests only:

* ``cut_request``: forward the head and only part of the body, then close both sides (the server
  never sees a whole request, so it applies nothing);
* ``drop_response``: forward the request, read the server's whole answer (it has committed), then
  close the laptop's connection without sending it;
* ``hold_response``: like ``drop_response``, but first set :attr:`FaultyProxy.held` and wait for
  :attr:`FaultyProxy.release`, so a test can kill the server while the answer is in limbo.

One-shot faults are queued with :meth:`FaultyProxy.queue`; :attr:`FaultyProxy.cut_every_push`
cuts every push while it is true. Every wait is bounded.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import deque

CUT_REQUEST = "cut_request"
DROP_RESPONSE = "drop_response"
HOLD_RESPONSE = "hold_response"
FAULTS = (CUT_REQUEST, DROP_RESPONSE, HOLD_RESPONSE)
IO_TIMEOUT = 60.0


class _Reader:
    """Buffered reads of HTTP messages from a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""

    def _fill(self) -> bool:
        chunk = self.sock.recv(65536)
        if not chunk:
            return False
        self.buf += chunk
        return True

    def head(self) -> bytes | None:
        """The next message head (up to and including the blank line); None at end of stream."""
        while b"\r\n\r\n" not in self.buf:
            if not self._fill():
                return None
        end = self.buf.index(b"\r\n\r\n") + 4
        head, self.buf = self.buf[:end], self.buf[end:]
        return head

    def exactly(self, n: int) -> bytes | None:
        while len(self.buf) < n:
            if not self._fill():
                return None
        data, self.buf = self.buf[:n], self.buf[n:]
        return data


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"transfer-encoding":
            raise ValueError("chunked messages are not supported by this test proxy")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


class FaultyProxy:
    """Relays 127.0.0.1:``port`` to 127.0.0.1:``upstream_port``, with injectable faults."""

    def __init__(self, upstream_port: int, *, cut_fraction: float = 0.5) -> None:
        self.upstream_port = upstream_port
        self.cut_fraction = cut_fraction
        self.cut_every_push = False
        self.held = threading.Event()
        self.release = threading.Event()
        self.pushes_seen = 0
        self.faults_done: list[str] = []
        self.errors: list[str] = []
        self._faults: deque[str] = deque()
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept_loop, name="proxy-accept",
                                          daemon=True)  # fmt: skip
        self._accepter.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def queue(self, *faults: str) -> None:
        """Apply these faults to the next push requests, one each, in order."""
        assert all(f in FAULTS for f in faults), faults
        with self._lock:
            self._faults.extend(faults)

    def pending_faults(self) -> int:
        with self._lock:
            return len(self._faults)

    def _take(self) -> str | None:
        with self._lock:
            self.pushes_seen += 1
            if self.cut_every_push:
                return CUT_REQUEST
            return self._faults.popleft() if self._faults else None

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            t = threading.Thread(target=self._serve, args=(conn,), name="proxy-conn", daemon=True)
            self._threads.append(t)
            t.start()

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        client.settimeout(IO_TIMEOUT)
        try:
            reader = _Reader(client)
            up_reader: _Reader | None = None
            while not self._stopping.is_set():
                head = reader.head()
                if head is None:
                    return
                length = _content_length(head)
                request_line = head.split(b"\r\n", 1)[0]
                is_push = request_line.startswith(b"POST ") and b"/push " in request_line
                fault = self._take() if is_push else None
                if upstream is None:
                    upstream = socket.create_connection(("127.0.0.1", self.upstream_port),
                                                        timeout=IO_TIMEOUT)  # fmt: skip
                    up_reader = _Reader(upstream)
                assert up_reader is not None
                body = reader.exactly(length)
                if body is None:
                    return
                if fault == CUT_REQUEST:
                    upstream.sendall(head + body[: int(length * self.cut_fraction)])
                    self.faults_done.append(fault)
                    return  # both sides closed mid-request
                upstream.sendall(head + body)
                answer_head = up_reader.head()
                if answer_head is None:
                    return  # the server went away: the laptop sees a broken connection
                answer = up_reader.exactly(_content_length(answer_head))
                if answer is None:
                    return
                if fault == DROP_RESPONSE:
                    self.faults_done.append(fault)
                    return
                if fault == HOLD_RESPONSE:
                    self.faults_done.append(fault)
                    self.held.set()
                    self.release.wait(IO_TIMEOUT)
                    return
                client.sendall(answer_head + answer)
                if b"connection: close" in answer_head.lower():
                    return
        except (OSError, ValueError) as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            for sock in (client, upstream):
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
                    sock.close()

    def close(self) -> None:
        self._stopping.set()
        self.release.set()
        self._listener.close()
        self._accepter.join(5)
        for t in self._threads:
            t.join(5)
