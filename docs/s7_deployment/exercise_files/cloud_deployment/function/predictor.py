"""The prediction logic of the Cloud Run function `predict` (functions/predict/predictor.py).

It loads the trained DigitClassifier and the training set's pixel statistics once, from a
bucket (gs://...) or from local files, and classifies 28x28 greyscale PNGs such as the
ones in samples/. It knows nothing about HTTP, so it runs and is tested without the
Functions Framework; main.py wraps it in an HTTP handler.

model.py is a copy of src/corrupt_mnist/model.py: the function is deployed from its own
folder and cannot import the corrupt_mnist package.
"""

import json
from io import BytesIO
from pathlib import Path

import torch
from model import DigitClassifier
from PIL import Image

IMAGE_SIZE = 28  # the function accepts exactly the model's input size


def read_bytes(uri: str) -> bytes:
    """Return the content of gs://BUCKET/OBJECT, or of a local file for any other URI.

    On Cloud Run the storage client finds the function's service account by itself
    (Application Default Credentials); on your laptop it uses your own ADC login.
    """
    if uri.startswith("gs://"):
        # Imported here so that local files work where google-cloud-storage is missing.
        from google.cloud import storage

        bucket_name, _, object_name = uri.removeprefix("gs://").partition("/")
        return storage.Client().bucket(bucket_name).blob(object_name).download_as_bytes()
    return Path(uri).read_bytes()


class Predictor:
    """A DigitClassifier in evaluation mode, plus the mean and std used to normalise inputs."""

    def __init__(self, model_uri: str, normalisation_uri: str) -> None:
        state = torch.load(BytesIO(read_bytes(model_uri)), map_location="cpu", weights_only=True)
        self.model = DigitClassifier()
        self.model.load_state_dict(state)
        self.model.eval()
        stats = json.loads(read_bytes(normalisation_uri))
        self.mean, self.std = float(stats["mean"]), float(stats["std"])

    def to_input(self, data: bytes) -> torch.Tensor:
        """Turn the bytes of a 28x28 image file into a normalised batch of shape (1, 1, 28, 28).

        Raises ValueError for bytes that are not an image and for images of another size:
        resizing, inverting and padding photos is the container API's job (M22).
        """
        try:
            with Image.open(BytesIO(data)) as image:
                grey = image.convert("L")
        except (OSError, Image.DecompressionBombError) as error:
            raise ValueError("The file is not an image.") from error
        if grey.size != (IMAGE_SIZE, IMAGE_SIZE):
            width, height = grey.size
            raise ValueError(f"Send a {IMAGE_SIZE}x{IMAGE_SIZE} image, not {width}x{height}.")
        pixels = torch.frombuffer(bytearray(grey.tobytes()), dtype=torch.uint8).float() / 255.0
        return ((pixels - self.mean) / self.std).reshape(1, 1, IMAGE_SIZE, IMAGE_SIZE)

    def predict(self, data: bytes) -> dict[str, int | list[float]]:
        """Classify one image file: the most probable digit and all ten probabilities."""
        x = self.to_input(data)
        with torch.inference_mode():
            probabilities = self.model(x).softmax(dim=1)[0]
        return {"digit": int(probabilities.argmax()), "probabilities": probabilities.tolist()}
