"""Unit tests of src/corrupt_mnist/metrics.py (save as tests/test_metrics.py).

They need neither a model nor data: a tiny FastAPI app with the middleware stands in for
the API. The metrics live in the process-wide default registry, which other tests may
also have changed, so every test compares values before and after instead of expecting
absolute numbers.
"""

import pytest
from fastapi import FastAPI, HTTPException, Response
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from corrupt_mnist import metrics


def value(name: str, **labels: str) -> float:
    """The current value of one sample in the default registry (0 if it does not exist)."""
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_all_ten_digits_are_exported_before_any_prediction() -> None:
    text = metrics.metrics_response(None).body.decode()
    for digit in range(10):
        assert f'corrupt_mnist_predictions_total{{digit="{digit}"}}' in text


def test_observe_prediction_counts_the_digit_and_fills_one_bucket() -> None:
    before_seven = value("corrupt_mnist_predictions_total", digit="7")
    before_three = value("corrupt_mnist_predictions_total", digit="3")
    bucket = "corrupt_mnist_prediction_confidence_bucket"
    below, above = value(bucket, le="0.95"), value(bucket, le="0.99")

    metrics.observe_prediction(7, 0.97)

    assert value("corrupt_mnist_predictions_total", digit="7") == before_seven + 1
    assert value("corrupt_mnist_predictions_total", digit="3") == before_three
    # Buckets are cumulative: 0.97 counts in every bucket from le="0.99" upwards.
    assert value(bucket, le="0.95") == below
    assert value(bucket, le="0.99") == above + 1


@pytest.fixture
def client() -> TestClient:
    """A small app with the metrics middleware, a route with a path parameter and /metrics."""
    app = FastAPI()
    app.middleware("http")(metrics.track_requests)

    @app.get("/items/{item_id}")
    def item(item_id: int) -> dict[str, int]:
        if item_id == 0:
            raise HTTPException(status_code=404, detail="No item 0.")
        return {"item_id": item_id}

    @app.get("/metrics")
    def metrics_endpoint() -> Response:
        return metrics.metrics_response(None)

    return TestClient(app)


def test_requests_are_counted_by_route_template_and_status(client: TestClient) -> None:
    ok = {"method": "GET", "route": "/items/{item_id}", "status": "200"}
    missing = {**ok, "status": "404"}
    before_ok = value("corrupt_mnist_http_requests_total", **ok)
    before_missing = value("corrupt_mnist_http_requests_total", **missing)

    for item_id in (1, 2, 3, 0):
        client.get(f"/items/{item_id}")

    # Three different paths, one label value: the template keeps the series count bounded.
    assert value("corrupt_mnist_http_requests_total", **ok) == before_ok + 3
    assert value("corrupt_mnist_http_requests_total", **missing) == before_missing + 1


def test_durations_are_observed_and_scrapes_are_not_counted(client: TestClient) -> None:
    labels = {"method": "GET", "route": "/items/{item_id}"}
    before = value("corrupt_mnist_http_request_duration_seconds_count", **labels)
    scrapes = {"method": "GET", "route": "/metrics", "status": "200"}

    client.get("/items/5")
    response = client.get("/metrics")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "# TYPE corrupt_mnist_http_request_duration_seconds histogram" in response.text
    assert value("corrupt_mnist_http_request_duration_seconds_count", **labels) == before + 1
    assert value("corrupt_mnist_http_requests_total", **scrapes) == 0
