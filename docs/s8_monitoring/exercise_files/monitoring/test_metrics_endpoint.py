"""Integration test of GET /metrics (save as tests/integration/test_metrics_endpoint.py).

It uses the `client` fixture of tests/integration/conftest.py from the API testing module,
which starts the real app with a tiny untrained model, and reads /metrics the way
Prometheus does: as text, parsed into samples.
"""

from io import BytesIO
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image
from prometheus_client.parser import text_string_to_metric_families

pytestmark = pytest.mark.integration

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the prediction log of these tests out of logs/predictions."""
    monkeypatch.setenv("PREDICTION_LOG_DIR", str(tmp_path / "predictions"))


def scrape(client: TestClient) -> Samples:
    """GET /metrics and parse it: (sample name, labels) -> value."""
    response = client.get("/metrics")
    assert response.status_code == 200
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def get(samples: Samples, name: str, **labels: str) -> float:
    """One value from a scrape; 0 when the series does not exist yet."""
    return samples.get((name, frozenset(labels.items())), 0.0)


def png() -> bytes:
    """A light bar on black, encoded as a PNG file."""
    pixels = np.zeros((28, 28), dtype=np.uint8)
    pixels[4:24, 12:16] = 230
    buffer = BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def test_metrics_count_predictions_and_errors(client: TestClient) -> None:
    before = scrape(client)
    digits = [
        client.post("/predict", files={"file": ("bar.png", png(), "image/png")}).json()["digit"]
        for _ in range(3)
    ]
    rejected = client.post("/predict", files={"file": ("a.txt", b"no image", "text/plain")})
    after = scrape(client)

    assert rejected.status_code == 400
    ok = {"method": "POST", "route": "/predict", "status": "200"}
    bad = {**ok, "status": "400"}
    total = "corrupt_mnist_http_requests_total"
    assert get(after, total, **ok) - get(before, total, **ok) == 3
    assert get(after, total, **bad) - get(before, total, **bad) == 1

    predictions = "corrupt_mnist_predictions_total"
    counted = get(after, predictions, digit=str(digits[0]))
    assert counted - get(before, predictions, digit=str(digits[0])) == digits.count(digits[0])
    confidence = "corrupt_mnist_prediction_confidence_count"
    assert get(after, confidence) - get(before, confidence) == 3  # not the rejected upload

    latency = "corrupt_mnist_http_request_duration_seconds_count"
    labels = {"method": "POST", "route": "/predict"}
    assert get(after, latency, **labels) - get(before, latency, **labels) == 4


def test_model_load_time_is_exported(client: TestClient) -> None:
    assert get(scrape(client), "corrupt_mnist_model_load_duration_seconds") > 0
