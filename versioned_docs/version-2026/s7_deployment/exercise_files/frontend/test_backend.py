"""Tests of the backend client, with no UI and no real API. Save as frontend/tests/test_backend.py.

Run from the frontend folder: `uv run pytest`. The fixtures `backend` (a stand-in API)
and `dead_url` come from tests/conftest.py.
"""

from pathlib import Path

import httpx
import pytest

from backend import (
    BackendError,
    BackendUnavailableError,
    backend_url,
    check_health,
    describe_error,
    make_client,
    predict_bytes,
    predict_file,
)


def test_prediction_comes_back_and_the_file_goes_in_field_file(backend, tmp_path: Path) -> None:
    image = tmp_path / "3.png"
    image.write_bytes(b"\x89PNG pretend image bytes")

    answer = predict_file(backend.url, image)

    assert answer["digit"] == 3
    assert len(answer["probabilities"]) == 10
    (body,) = backend.received
    assert b'name="file"; filename="3.png"' in body  # the contract's form field
    assert b"Content-Type: image/png" in body
    assert b"pretend image bytes" in body


def test_health(backend) -> None:
    with make_client(backend.url) as client:
        assert check_health(client)["status"] == "ok"


@pytest.mark.parametrize(
    ("status", "body", "detail", "advice"),
    [
        (400, {"detail": "The file is not an image."}, "not an image", "could not read"),
        (413, {"detail": "Send at most 2000000 bytes."}, "2000000", "too large"),
        (
            422,
            {"detail": [{"type": "missing", "loc": ["body", "file"], "msg": "Field required"}]},
            "body.file: Field required",
            "bug in the frontend",
        ),
        (503, "<html><body>Service Unavailable</body></html>", "Service Unavailable", "busy"),
    ],
    ids=["not_an_image", "too_large", "no_file_field", "html_error_page"],
)
def test_error_answers_become_backend_errors(backend, status, body, detail, advice) -> None:
    backend.answer(status, body, "text/html" if isinstance(body, str) else "application/json")

    with make_client(backend.url) as client, pytest.raises(BackendError) as caught:
        predict_bytes(client, b"anything", "x.png")

    assert caught.value.status_code == status
    assert detail in caught.value.detail
    assert advice in describe_error(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        {"digit": 3, "probabilities": [0.1] * 9},  # nine probabilities
        {"label": 3},  # renamed field
        "not json",
    ],
    ids=["nine_probabilities", "renamed_field", "not_json"],
)
def test_an_answer_that_breaks_the_contract_is_an_error(backend, body) -> None:
    backend.answer(200, body)

    with make_client(backend.url) as client, pytest.raises(BackendError, match="contract"):
        predict_bytes(client, b"anything", "x.png")


def test_nothing_listening_is_unavailable(dead_url) -> None:
    with make_client(dead_url) as client, pytest.raises(BackendUnavailableError):
        predict_bytes(client, b"anything", "x.png")


def test_a_slow_backend_times_out(backend) -> None:
    backend.delay = 1.0
    impatient = httpx.Timeout(0.2)

    with (
        make_client(backend.url, timeout=impatient) as client,
        pytest.raises(BackendUnavailableError, match="Timeout"),
    ):
        predict_bytes(client, b"anything", "x.png")


def test_backend_url_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.delenv("BACKEND_URL", raising=False)
    assert backend_url() == "http://127.0.0.1:8000"
    monkeypatch.setenv("BACKEND_URL", "http://api:8000/")
    assert backend_url() == "http://api:8000"
