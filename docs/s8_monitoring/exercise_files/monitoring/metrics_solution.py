"""Prometheus metrics of the corrupt_mnist API (reference solution: src/corrupt_mnist/metrics.py).

The metrics live in the process's default registry, created once when this module is
imported. The API records them in three places:

- `track_requests`, an HTTP middleware: every request's method, route, status and duration;
- `predict`: the inference time, the predicted digit and its confidence;
- the lifespan handler: how long loading the model took.

`metrics_response` renders them in the Prometheus text format for GET /metrics. With
several Uvicorn workers, set PROMETHEUS_MULTIPROC_DIR to an empty folder before the server
starts: every worker then writes its values there, and /metrics adds them up.
"""

import os
import time
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    multiprocess,
)
from prometheus_client.exposition import choose_encoder

# Bucket upper bounds in seconds. 0.5 s is the lesson's latency objective: a bound that
# equals the objective lets PromQL count the requests that met it exactly.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
# A trained model is usually very sure, so the confidence buckets crowd towards 1.
CONFIDENCE_BUCKETS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999)

HTTP_REQUESTS = Counter(
    "corrupt_mnist_http_requests_total",
    "HTTP requests answered, by method, route and status code.",
    ["method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "corrupt_mnist_http_request_duration_seconds",
    "Time from receiving a request to sending the response headers.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
IN_PROGRESS = Gauge(
    "corrupt_mnist_http_requests_in_progress",
    "Requests being handled right now.",
    multiprocess_mode="livesum",  # with several workers: the sum over the running ones
)
INFERENCE_DURATION = Histogram(
    "corrupt_mnist_inference_duration_seconds",
    "Normalisation and forward pass of one image, without queueing and decoding.",
    buckets=LATENCY_BUCKETS,
)
PREDICTIONS = Counter(
    "corrupt_mnist_predictions_total",
    "Predictions made, by predicted digit.",
    ["digit"],
)
CONFIDENCE = Histogram(
    "corrupt_mnist_prediction_confidence",
    "Softmax probability of the predicted digit.",
    buckets=CONFIDENCE_BUCKETS,
)
MODEL_LOAD_DURATION = Gauge(
    "corrupt_mnist_model_load_duration_seconds",
    "How long the last start-up took to load the model.",
    multiprocess_mode="max",
)

# A labelled series appears only once it has a value. Creating all ten digits now makes
# them visible at 0, so rate() and "no predictions of 7 today" work from the first scrape.
for _digit in range(10):
    PREDICTIONS.labels(digit=str(_digit))


def observe_prediction(digit: int, confidence: float) -> None:
    """Count one prediction of `digit` and record its confidence."""
    PREDICTIONS.labels(digit=str(digit)).inc()
    CONFIDENCE.observe(confidence)


def route_of(request: Request) -> str:
    """The route template that handled a request ("/predict"), never the raw path.

    Raw paths would let any client create new label values (/a, /b, ...); templates are a
    short, fixed list. Requests that matched no route share the value "unmatched".
    """
    route = request.scope.get("route")
    return str(getattr(route, "path", "unmatched"))


async def track_requests(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """HTTP middleware: count and time every request except the scrapes of /metrics."""
    if request.url.path == "/metrics":
        return await call_next(request)
    start = time.perf_counter()
    status = 500  # what the client gets when the endpoint raises
    try:
        with IN_PROGRESS.track_inprogress():
            response = await call_next(request)
        status = response.status_code
        return response
    finally:
        route = route_of(request)  # known only after routing, so read it at the end
        HTTP_DURATION.labels(request.method, route).observe(time.perf_counter() - start)
        HTTP_REQUESTS.labels(request.method, route, str(status)).inc()


def metrics_registry() -> CollectorRegistry:
    """The registry to expose: this process's, or all workers' in multiprocess mode."""
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    return REGISTRY


def metrics_response(accept: str | None) -> Response:
    """Render the metrics in the format the scraper's Accept header asks for."""
    encoder, content_type = choose_encoder(accept or "")
    return Response(encoder(metrics_registry()), media_type=content_type)
