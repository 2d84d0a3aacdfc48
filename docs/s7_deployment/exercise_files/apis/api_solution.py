"""Serve the trained DigitClassifier over HTTP (part of the corrupt_mnist package).

Reference solution for the requests and APIs module: save it as src/corrupt_mnist/api.py.
Start it from the project root, after models/model.pt and models/normalisation.json exist:

    uv run fastapi dev                                  # development: reloads on every save
    uv run uvicorn corrupt_mnist.api:app --port 8000    # what the Docker image runs

Environment variables: MODEL_PATH (default models/model.pt) and NORMALISATION_PATH
(default models/normalisation.json).
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from io import BytesIO
from pathlib import Path

import torch
from fastapi import FastAPI, HTTPException, UploadFile
from loguru import logger
from PIL import Image
from pydantic import BaseModel, Field

from corrupt_mnist.images import Normalisation, preprocess_image
from corrupt_mnist.model import DigitClassifier

MAX_UPLOAD_BYTES = 2_000_000  # a 28x28 digit is about 1 kB; a phone photo a few MB


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
    """Load the model and the normalisation once, before the server takes requests."""
    model_path = Path(os.environ.get("MODEL_PATH", "models/model.pt"))
    normalisation_path = Path(os.environ.get("NORMALISATION_PATH", "models/normalisation.json"))

    model = DigitClassifier()
    model.load_state_dict(torch.load(model_path, map_location="cpu", weights_only=True))
    model.eval()  # dropout off, for good

    app.state.model = model
    app.state.model_path = str(model_path)
    app.state.normalisation = Normalisation.load(normalisation_path)
    logger.info("Loaded {} and {}", model_path, normalisation_path)
    yield  # the server handles requests while the app is suspended here
    logger.info("Shutting down")


app = FastAPI(
    title="corrupt_mnist",
    description="Classifies an image of a handwritten digit.",
    version="0.1.0",
    lifespan=lifespan,
)


@app.get("/health")
def health() -> Health:
    """Report that the API is up and which model it serves."""
    return Health(status="ok", model_path=app.state.model_path)


@app.post("/predict")
def predict(file: UploadFile) -> Prediction:
    """Classify one uploaded image file (PNG, JPEG, ...; any size, colour or greyscale).

    A plain `def`: FastAPI runs it in a worker thread, so the slow parts (decoding the
    image, the forward pass) do not block the server's event loop.
    """
    data = file.file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail=f"Send at most {MAX_UPLOAD_BYTES} bytes.")
    try:
        with Image.open(BytesIO(data)) as image:
            x = preprocess_image(image, app.state.normalisation)
    except (OSError, Image.DecompressionBombError) as error:
        raise HTTPException(status_code=400, detail="The file is not an image.") from error

    with torch.inference_mode():
        probabilities = app.state.model(x).softmax(dim=1)[0]
    return Prediction(digit=int(probabilities.argmax()), probabilities=probabilities.tolist())
