"""A stand-in that answers like the corrupt_mnist API, with no model and no FastAPI.

It follows the API's contract (GET /health, POST /predict with a form field `file`, 422,
413) and sleeps a few milliseconds per prediction instead of running a network. Use it to
try a locustfile or a client while the real API is not at hand; its response times say
nothing about your model. Standard library only:

    python contract_stub.py --port 8000
"""

import argparse
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MAX_UPLOAD_BYTES = 2_000_000  # as in corrupt_mnist.api
WORK_SECONDS = 0.005  # pretend preprocessing and a forward pass take 5 ms


class StubHandler(BaseHTTPRequestHandler):
    """Answer GET /health and POST /predict with the shapes the real API uses."""

    protocol_version = "HTTP/1.1"  # keep connections open between requests, like Uvicorn

    def do_GET(self) -> None:  # http.server calls do_<METHOD>
        """Serve /health."""
        if self.path == "/health":
            self.send_json(200, {"status": "ok", "model_path": "stub"})
        else:
            self.send_json(404, {"detail": "Not Found"})

    def do_POST(self) -> None:
        """Serve /predict: check the size and that a form field named `file` was sent."""
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        if self.path != "/predict":
            self.send_json(404, {"detail": "Not Found"})
        elif length > MAX_UPLOAD_BYTES:
            self.send_json(413, {"detail": f"Send at most {MAX_UPLOAD_BYTES} bytes."})
        elif b'name="file"' not in body:
            missing = {"type": "missing", "loc": ["body", "file"], "msg": "Field required"}
            self.send_json(422, {"detail": [missing]})
        else:
            time.sleep(WORK_SECONDS)
            self.send_json(200, {"digit": 3, "probabilities": [0.01] * 3 + [0.91] + [0.01] * 6})

    def send_json(self, status: int, payload: object) -> None:
        """Send payload as a JSON response."""
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: one line per request would flood the terminal during a load test."""


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--port-file", type=Path, help="write the port here once listening")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), StubHandler)
    port = server.server_address[1]
    if args.port_file:
        args.port_file.write_text(f"{port}\n")
    print(f"Contract stub listening on http://127.0.0.1:{port}", flush=True)
    server.serve_forever()
