"""Shared fixtures for the frontend's tests. Save as frontend/tests/conftest.py.

`backend` starts a stand-in for the corrupt_mnist API on a free local port: standard
library only, no model, and it answers whatever a test tells it to. `dead_url` is an
address where nothing listens. Neither needs Streamlit, Docker or a network.
"""

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

GOOD_ANSWER = {"digit": 3, "probabilities": [0.01, 0.01, 0.01, 0.91] + [0.01] * 6}
HEALTH = {"status": "ok", "model_path": "models/model.pt"}


class StandInAPI(ThreadingHTTPServer):
    """Answers GET /health like the API, and POST /predict with the answer a test sets."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.delay = 0.0  # seconds to wait before answering /predict
        self.received: list[bytes] = []  # the body of every POST, for assertions
        self.answer(200, GOOD_ANSWER)

    @property
    def url(self) -> str:
        """The base URL to point a client at."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def answer(self, status: int, body: object, content_type: str = "application/json") -> None:
        """Set what POST /predict answers from now on (a str body is sent as it is)."""
        self.status = status
        self.content_type = content_type
        self.body = body.encode() if isinstance(body, str) else json.dumps(body).encode()


class _Handler(BaseHTTPRequestHandler):
    server: StandInAPI
    protocol_version = "HTTP/1.1"  # keep connections open, like Uvicorn

    def do_GET(self) -> None:  # http.server calls do_<METHOD>
        if self.path == "/health":
            self._send(200, json.dumps(HEALTH).encode(), "application/json")
        else:
            self._send(404, b'{"detail": "Not Found"}', "application/json")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.received.append(body)
        time.sleep(self.server.delay)
        self._send(self.server.status, self.server.body, self.server.content_type)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        with contextlib.suppress(OSError):  # the client may have given up (timeout tests)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: pytest shows the tests' own output."""


@pytest.fixture
def backend() -> Iterator[StandInAPI]:
    """A running stand-in API, stopped after the test."""
    server = StandInAPI()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def dead_url() -> str:
    """A local address where nothing listens: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
