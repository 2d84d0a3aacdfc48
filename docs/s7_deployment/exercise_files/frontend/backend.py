"""Talk to the corrupt_mnist API: the only module of the frontend that knows HTTP.

Starter: save it as frontend/backend.py and do the two "Your turn" parts. The Streamlit
app (app.py) and the Gradio app (gradio_app.py) import it; tests/test_backend.py tests it
without any UI. It also works on its own, from the frontend folder, while the API runs:

    uv run python backend.py ../samples/3.png ../samples/3_paper.png
    uv run python backend.py ../samples/7.png --url http://127.0.0.1:8001

The contract it relies on (requests and APIs module): POST /predict with the form field
`file` answers 200 with {"digit": int, "probabilities": [10 floats]}, 400 for bytes that
are not an image, 413 for more than 2,000,000 bytes and 422 for a request without `file`;
GET /health answers {"status": "ok", "model_path": "..."}.
"""

import argparse
import mimetypes
import os
from pathlib import Path
from typing import Any

import httpx

DEFAULT_BACKEND_URL = "http://127.0.0.1:8000"
# Connecting is quick or fails; the answer may wait for a cold start of the API on Cloud Run.
TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class BackendUnavailableError(Exception):
    """No answer at all: nothing listens at the URL, the name does not resolve, or time ran out."""


class BackendError(Exception):
    """An answer, but not a prediction: a 4xx or 5xx status, or a body that breaks the contract."""

    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(f"{status_code}: {detail}")
        self.status_code = status_code
        self.detail = detail


def backend_url() -> str:
    """The API's base URL: the environment variable BACKEND_URL, or the local default."""
    return os.environ.get("BACKEND_URL", DEFAULT_BACKEND_URL).rstrip("/")


def make_client(base_url: str, timeout: httpx.Timeout = TIMEOUT) -> httpx.Client:
    """An HTTP client for one backend; it keeps connections open between requests."""
    return httpx.Client(base_url=base_url, timeout=timeout)


def _send(client: httpx.Client, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """Send one request; turn every failure to get an answer into BackendUnavailableError."""
    try:
        return client.request(method, path, **kwargs)
    except httpx.RequestError as error:  # refused, unknown host, timeout, bad URL, ...
        reason = f"{type(error).__name__}: {error}"
        raise BackendUnavailableError(f"no answer from {client.base_url}{path} ({reason})") from error


def _detail(response: httpx.Response) -> str:
    """One line about an error answer: FastAPI's "detail", or the start of the body."""
    try:
        body = response.json()
    except ValueError:  # not JSON, e.g. an HTML error page from a proxy
        return response.text[:120].strip() or response.reason_phrase
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list):  # validation errors: [{"loc": [...], "msg": "..."}, ...]
        return "; ".join(
            f"{'.'.join(str(part) for part in error.get('loc', []))}: {error.get('msg', '')}"
            for error in detail
            if isinstance(error, dict)
        )
    return str(body)[:120]


def check_health(client: httpx.Client) -> dict[str, Any]:
    """GET /health; return its answer, e.g. {"status": "ok", "model_path": "models/model.pt"}."""
    response = _send(client, "GET", "/health")
    if response.status_code != 200:
        raise BackendError(response.status_code, _detail(response))
    try:
        return dict(response.json())
    except ValueError as error:
        raise BackendError(response.status_code, "the health answer is not JSON") from error


def predict_bytes(client: httpx.Client, data: bytes, filename: str) -> dict[str, Any]:
    """POST one image to /predict; return {"digit": ..., "probabilities": [...]}."""
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    # Your turn: httpx sends `files` as multipart form data, one form field per key:
    # field name -> (filename, bytes, content type). Which field name does the API read?
    files = {"image": (filename, data, content_type)}
    response = _send(client, "POST", "/predict", files=files)
    if response.status_code != 200:
        raise BackendError(response.status_code, _detail(response))
    return _checked_prediction(response)


def _checked_prediction(response: httpx.Response) -> dict[str, Any]:
    """Check a 200 answer against the contract, so that a changed API fails here, loudly."""
    broken = BackendError(response.status_code, f"the answer breaks the contract: {response.text[:80]}")
    try:
        body = response.json()
        digit, probabilities = body["digit"], [float(p) for p in body["probabilities"]]
    except (ValueError, KeyError, TypeError) as error:
        raise broken from error
    if not isinstance(digit, int) or not 0 <= digit <= 9 or len(probabilities) != 10:
        raise broken
    return {"digit": digit, "probabilities": probabilities}


def predict_file(url: str, path: Path) -> dict[str, Any]:
    """Classify one image file with the API at url (a one-off client, for scripts)."""
    with make_client(url) as client:
        return predict_bytes(client, path.read_bytes(), path.name)


def describe_error(error: BackendError) -> str:
    """A sentence for the user: what went wrong, and what they can do about it."""
    # Your turn: return one sentence per case, for a user who has never heard of HTTP:
    #   400: the file is not an image; 413: it is over the API's 2 MB limit;
    #   422: the request itself was wrong (show error.detail, it is a bug in the frontend);
    #   429 and 503: the backend is busy, try again; other 5xx: the backend failed;
    #   anything else: an unexpected answer (include the error itself).
    # tests/test_backend.py checks the 400, 413, 422 and 503 sentences for key words.
    raise NotImplementedError(error)


def main() -> None:
    """Classify the image files given on the command line."""
    parser = argparse.ArgumentParser(description="Classify image files with the corrupt_mnist API.")
    parser.add_argument("images", type=Path, nargs="+", help="PNG or JPEG files")
    parser.add_argument("--url", default=backend_url(), help="the API (default: $BACKEND_URL)")
    args = parser.parse_args()

    with make_client(args.url) as client:
        try:
            health = check_health(client)
        except BackendUnavailableError as error:
            raise SystemExit(f"Cannot reach the backend: {error}") from error
        print(f"Backend {args.url} is {health['status']}, serving {health.get('model_path')}")
        for path in args.images:
            try:
                answer = predict_bytes(client, path.read_bytes(), path.name)
            except BackendError as error:
                print(f"{path.name}: {describe_error(error)}")
                continue
            confidence = answer["probabilities"][answer["digit"]]
            print(f"{path.name}: digit {answer['digit']} ({confidence:.0%})")


if __name__ == "__main__":
    main()
