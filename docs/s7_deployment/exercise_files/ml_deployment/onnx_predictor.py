"""Classify digit images with the exported ONNX model, without PyTorch (part of corrupt_mnist).

Save it as src/corrupt_mnist/onnx_predictor.py. It needs only ONNX Runtime, NumPy and
Pillow, so an image that serves it does not need torch. preprocess() repeats the steps of
corrupt_mnist.images.preprocess_image in NumPy; tests/test_onnx_predictor.py checks that
the two give the same numbers, because a difference would be training-serving skew.

    from PIL import Image
    from corrupt_mnist.onnx_predictor import OnnxClassifier

    classifier = OnnxClassifier()  # models/model.onnx and models/normalisation.json
    probabilities = classifier.predict_image(Image.open("samples/3.png"))
"""

import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
from PIL import Image, ImageOps, ImageStat

IMAGE_SIZE = 28  # the model takes 28x28 greyscale images
MODEL_PATH = Path("models/model.onnx")
NORMALISATION_PATH = Path("models/normalisation.json")


def load_normalisation(path: Path) -> tuple[float, float]:
    """Read the training mean and standard deviation saved by corrupt_mnist.images."""
    values = json.loads(path.read_text())
    return float(values["mean"]), float(values["std"])


def preprocess(image: Image.Image, mean: float, std: float) -> np.ndarray:
    """Turn any image into the model's input: float32, shape (1, 1, 28, 28), normalised.

    The same five steps as corrupt_mnist.images: greyscale; invert dark ink on light paper;
    fit into 28x28 keeping the aspect ratio (BOX filter) and pad with black; scale to [0, 1];
    normalise with the training statistics.
    """
    grey = image.convert("L")
    if ImageStat.Stat(grey).mean[0] > 127.5:
        grey = ImageOps.invert(grey)
    square = ImageOps.pad(grey, (IMAGE_SIZE, IMAGE_SIZE), method=Image.Resampling.BOX, color=0)
    pixels = np.asarray(square, dtype=np.float32) / 255.0
    normalised = (pixels - mean) / std
    return normalised.reshape(1, 1, IMAGE_SIZE, IMAGE_SIZE).astype(np.float32)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Turn logits of shape (N, 10) into probabilities that sum to 1 in each row."""
    shifted = logits - logits.max(axis=1, keepdims=True)  # avoids overflow in exp
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def default_providers() -> list[str]:
    """Use an NVIDIA GPU when this ONNX Runtime build and the machine have one, else the CPU."""
    available = ort.get_available_providers()
    return [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]


class OnnxClassifier:
    """The exported DigitClassifier in an ONNX Runtime session, plus its preprocessing."""

    def __init__(
        self,
        model_path: Path = MODEL_PATH,
        normalisation_path: Path = NORMALISATION_PATH,
        providers: list[str] | None = None,
    ) -> None:
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            str(model_path), sess_options=options, providers=providers or default_providers()
        )
        self.input_name = self.session.get_inputs()[0].name
        self.mean, self.std = load_normalisation(normalisation_path)

    def probabilities(self, batch: np.ndarray) -> np.ndarray:
        """Class probabilities, shape (N, 10), for a preprocessed batch of shape (N, 1, 28, 28)."""
        (logits,) = self.session.run(None, {self.input_name: batch.astype(np.float32)})
        return softmax(logits)

    def predict_image(self, image: Image.Image) -> np.ndarray:
        """Class probabilities, shape (10,), for one image of any size and colour."""
        return self.probabilities(preprocess(image, self.mean, self.std))[0]
