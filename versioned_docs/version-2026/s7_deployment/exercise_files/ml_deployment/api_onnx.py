"""Serve the exported ONNX model over HTTP, without PyTorch (part of the corrupt_mnist package).

Save it as src/corrupt_mnist/api_onnx.py. Same contract as corrupt_mnist.api from the
requests and APIs module (GET /health, POST /predict with the form field "file"), but the
model runs in ONNX Runtime, so the app imports neither torch nor any module that does.

    uv run uvicorn corrupt_mnist.api_onnx:app --port 8001

Environment variables: MODEL_PATH (default models/model.onnx) and NORMALISATION_PATH
(default models/normalisation.json).
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from io import BytesIO
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from loguru import logger
from PIL import Image
from pydantic import BaseModel, Field

from corrupt_mnist.onnx_predictor import OnnxClassifier

MAX_UPLOAD_BYTES = 2_000_000


class Health(BaseModel):
    """Answer of GET /health."""

    status: str = Field(examples=["ok"])
    model_path: str = Field(description="The ONNX file the API loaded at start-up.")
    providers: list[str] = Field(description="ONNX Runtime execution providers, in order.")


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
    """Create the ONNX Runtime session once, before the server takes requests."""
    model_path = Path(os.environ.get("MODEL_PATH", "models/model.onnx"))
    normalisation_path = Path(os.environ.get("NORMALISATION_PATH", "models/normalisation.json"))
    app.state.classifier = OnnxClassifier(model_path, normalisation_path)
    app.state.model_path = str(model_path)
    logger.info(
        "Loaded {} with {}", model_path, app.state.classifier.session.get_providers()
    )
    yield


app = FastAPI(
    title="corrupt_mnist (ONNX Runtime)",
    description="Classifies an image of a handwritten digit with ONNX Runtime.",
    version="0.1.0",
    lifespan=lifespan,
)


@app.get("/health")
def health() -> Health:
    """Report that the API is up, which model it serves and where it runs."""
    return Health(
        status="ok",
        model_path=app.state.model_path,
        providers=app.state.classifier.session.get_providers(),
    )


@app.post("/predict")
def predict(file: UploadFile) -> Prediction:
    """Classify one uploaded image file (PNG, JPEG, ...; any size, colour or greyscale)."""
    data = file.file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail=f"Send at most {MAX_UPLOAD_BYTES} bytes.")
    try:
        with Image.open(BytesIO(data)) as image:
            probabilities = app.state.classifier.predict_image(image)
    except (OSError, Image.DecompressionBombError) as error:
        raise HTTPException(status_code=400, detail="The file is not an image.") from error
    return Prediction(digit=int(probabilities.argmax()), probabilities=probabilities.tolist())
