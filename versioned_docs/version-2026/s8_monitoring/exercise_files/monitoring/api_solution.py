"""Serve the trained DigitClassifier over HTTP, log what it sees and expose metrics.

Reference solution for the system monitoring module: the API of the data drifting module
plus Prometheus metrics from src/corrupt_mnist/metrics.py, served at GET /metrics. Save it
as src/corrupt_mnist/api.py. Start it from the project root, after models/model.pt and
models/normalisation.json exist:

    uv run fastapi dev
    curl http://127.0.0.1:8000/metrics

Environment variables: MODEL_PATH (default models/model.pt), NORMALISATION_PATH (default
models/normalisation.json) and PREDICTION_LOG_DIR (default logs/predictions), the folder
that receives the prediction log. Each server process appends to its own file there,
predictions-<start time>-<random id>.jsonl, one JSON object per line:

    {"time": "2027-01-18T10:21:07.123+00:00", "brightness": 0.19, ..., "digit": 3,
     "confidence": 0.98}

PROMETHEUS_MULTIPROC_DIR, when set, makes /metrics add up the values of all worker
processes (see metrics.py).
"""

import json
import os
import threading
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import torch
from fastapi import (
    BackgroundTasks,
    FastAPI,
    HTTPException,
    Request,
    Response,
    UploadFile,
)
from loguru import logger
from PIL import Image
from pydantic import BaseModel, Field
from torch import Tensor

from corrupt_mnist.data import normalise
from corrupt_mnist.features import prediction_record
from corrupt_mnist.images import IMAGE_SIZE, Normalisation, to_pixels
from corrupt_mnist.metrics import (
    INFERENCE_DURATION,
    MODEL_LOAD_DURATION,
    metrics_response,
    observe_prediction,
    track_requests,
)
from corrupt_mnist.model import DigitClassifier

MAX_UPLOAD_BYTES = 2_000_000  # a 28x28 digit is about 1 kB; a phone photo a few MB


class PredictionLog:
    """Append one JSON line per prediction to a file that only this process writes.

    Several processes (Uvicorn workers, Cloud Run instances) may share one folder, even
    one bucket. A file per process means no two of them ever write the same file.
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        started = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self.path = folder / f"predictions-{started}-{uuid.uuid4().hex[:8]}.jsonl"
        self._lock = threading.Lock()  # background tasks run in several worker threads

    def write(self, record: dict[str, str | int | float]) -> None:
        """Append one record as a line of JSON."""
        line = json.dumps(record) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as log_file:
            log_file.write(line)


def log_prediction(
    prediction_log: PredictionLog, pixels: Tensor, probabilities: Tensor, when: datetime
) -> None:
    """Compute the features of one request and append them to the log.

    Runs as a background task, after the response has gone to the client. A full disk
    or a missing bucket permission must not break predictions, so errors are logged,
    not raised.
    """
    try:
        prediction_log.write(prediction_record(pixels, probabilities, when))
    except OSError:
        logger.exception("Could not write to the prediction log {}", prediction_log.path)


class Health(BaseModel):
    """Answer of GET /health."""

    status: str = Field(examples=["ok"])
    model_path: str = Field(description="The checkpoint the API loaded at start-up.")


class Prediction(BaseModel):
    """Answer of POST /predict."""

    digit: int = Field(ge=0, le=9, description="The most probable digit.")
    probabilities: list[float] = Field(
        min_length=10,
        max_length=10,
        description="Softmax probability of each digit 0-9, in order; they sum to 1.",
    )


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Load the model and the normalisation once, and open this process's prediction log."""
    model_path = Path(os.environ.get("MODEL_PATH", "models/model.pt"))
    normalisation_path = Path(os.environ.get("NORMALISATION_PATH", "models/normalisation.json"))
    log_dir = Path(os.environ.get("PREDICTION_LOG_DIR", "logs/predictions"))

    with MODEL_LOAD_DURATION.time():  # sets the gauge to the seconds the block took
        model = DigitClassifier()
        model.load_state_dict(torch.load(model_path, map_location="cpu", weights_only=True))
        model.eval()  # dropout off, for good

    app.state.model = model
    app.state.model_path = str(model_path)
    app.state.normalisation = Normalisation.load(normalisation_path)
    app.state.prediction_log = PredictionLog(log_dir)
    logger.info("Loaded {} and {}", model_path, normalisation_path)
    logger.info("Logging predictions to {}", app.state.prediction_log.path)
    yield  # the server handles requests while the app is suspended here
    logger.info("Shutting down")


app = FastAPI(
    title="corrupt_mnist",
    description="Classifies an image of a handwritten digit.",
    version="0.1.0",
    lifespan=lifespan,
)
# Runs around every request: counts it and times it (see metrics.py).
app.middleware("http")(track_requests)


@app.get("/health")
def health() -> Health:
    """Report that the API is up and which model it serves."""
    return Health(status="ok", model_path=app.state.model_path)


@app.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    """Expose the metrics in the Prometheus text format, for scrapers and for curl."""
    return metrics_response(request.headers.get("accept"))


@app.post("/predict")
def predict(file: UploadFile, background_tasks: BackgroundTasks) -> Prediction:
    """Classify one uploaded image file (PNG, JPEG, ...; any size, colour or greyscale).

    A plain `def`: FastAPI runs it in a worker thread. The log row is written by a
    background task after the response has been sent, so logging adds no latency.
    """
    received = datetime.now(UTC)
    data = file.file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail=f"Send at most {MAX_UPLOAD_BYTES} bytes.")
    try:
        with Image.open(BytesIO(data)) as image:
            pixels = to_pixels(image)  # (28, 28) in [0, 1]: what the model sees
    except (OSError, Image.DecompressionBombError) as error:
        raise HTTPException(status_code=400, detail="The file is not an image.") from error

    stats = app.state.normalisation
    with INFERENCE_DURATION.time(), torch.inference_mode():
        x = normalise(pixels.reshape(1, 1, IMAGE_SIZE, IMAGE_SIZE), stats.mean, stats.std)
        probabilities = app.state.model(x).softmax(dim=1)[0]
    confidence, digit = probabilities.max(dim=0)
    observe_prediction(int(digit), float(confidence))

    background_tasks.add_task(
        log_prediction, app.state.prediction_log, pixels, probabilities, received
    )
    return Prediction(digit=int(digit), probabilities=probabilities.tolist())
