"""Serve the trained DigitClassifier over HTTP (part of the corrupt_mnist package).

Starter for the requests and APIs module: save it as src/corrupt_mnist/api.py.
Start it from the project root, after models/model.pt and models/normalisation.json exist:

    uv run fastapi dev                                  # development: reloads on every save
    uv run uvicorn corrupt_mnist.api:app --port 8000    # what the Docker image runs

Environment variables: MODEL_PATH (default models/model.pt) and NORMALISATION_PATH
(default models/normalisation.json).
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, UploadFile
from loguru import logger
from pydantic import BaseModel, Field

# Your turn: the code you write below also needs these imports; add them in the right
# groups (ruff's isort rule I001 sorts them for you with `uv run ruff check --fix`):
#   import os, import torch, from io import BytesIO, from pathlib import Path,
#   from PIL import Image, from corrupt_mnist.images import Normalisation, preprocess_image,
#   from corrupt_mnist.model import DigitClassifier

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
    # Your turn: before the yield, read the paths from the environment variables
    # MODEL_PATH and NORMALISATION_PATH (os.environ.get with the defaults in the module
    # docstring), build a DigitClassifier, load the state dict on the CPU with
    # weights_only=True, switch to eval mode, and keep the model, str(model_path) and
    # Normalisation.load(...) in app.state.model, .model_path and .normalisation.
    # Log one line with logger.info, so you can see when loading happens.
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
    # Your turn: read the bytes with file.file.read(), open them with
    # Image.open(BytesIO(data)), turn the image into a model input with
    # preprocess_image(image, app.state.normalisation), run the model under
    # torch.inference_mode(), apply softmax over the 10 classes, and return a
    # Prediction with the most probable digit and the 10 probabilities as a list.
    raise HTTPException(status_code=501, detail="predict is not written yet")
