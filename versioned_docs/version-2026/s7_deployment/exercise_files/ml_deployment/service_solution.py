"""A BentoML service that serves the corrupt_mnist ONNX model with adaptive batching.

Reference solution for the ML deployment module: save it as serving/service.py. It serves
tensors, not image files: clients send preprocessed images of shape (N, 1, 28, 28) and get
class probabilities of shape (N, 10) back. Register the model first (register_model.py),
then, from the serving/ folder:

    uv run --group serving bentoml serve     # http://localhost:3000 (a page to try it at /)
    uv run --group serving bentoml build     # a Bento: this code, the model, the environment

The service imports neither torch nor the corrupt_mnist package, so its image stays small.
"""

from typing import Annotated

import bentoml
import numpy as np
from bentoml.models import BentoModel
from bentoml.validators import DType

with bentoml.importing():  # needed when serving, not necessarily when building
    import onnxruntime as ort

# The runtime environment of the Bento: what `bentoml containerize` installs.
IMAGE = bentoml.images.Image(python_version="3.12").python_packages("numpy", "onnxruntime")


@bentoml.service(image=IMAGE, resources={"cpu": "2"}, traffic={"timeout": 10})
class CorruptMnist:
    """Classifies batches of preprocessed 28x28 digit images."""

    # Declared at class level, so `bentoml build` packs this model version into the Bento.
    model = BentoModel("corrupt-mnist-onnx:latest")

    def __init__(self) -> None:
        """Runs once per worker at start-up: create the ONNX Runtime session."""
        self.session = ort.InferenceSession(
            self.model.path_of("model.onnx"), providers=["CPUExecutionProvider"]
        )
        self.input_name = self.session.get_inputs()[0].name

    @bentoml.api(batchable=True, batch_dim=0, max_batch_size=64, max_latency_ms=200)
    def classify(self, images: Annotated[np.ndarray, DType("float32")]) -> np.ndarray:
        """Probabilities of shape (N, 10) for images of shape (N, 1, 28, 28).

        With batchable=True, BentoML merges the arrays of requests that arrive close
        together along dimension 0, calls this method once, and splits the result.
        """
        (logits,) = self.session.run(None, {self.input_name: images.astype(np.float32)})
        shifted = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(shifted)
        return exp / exp.sum(axis=1, keepdims=True)
