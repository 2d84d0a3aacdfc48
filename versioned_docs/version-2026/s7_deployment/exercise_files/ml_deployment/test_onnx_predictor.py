"""The ONNX path must give the same answers as the PyTorch path (ML deployment module).

Save it as tests/test_onnx_predictor.py. The preprocessing tests need no model and run
everywhere, CI included. The model test needs models/model.pt, models/model.onnx and
models/normalisation.json, so it is skipped where they do not exist.
"""

from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

from corrupt_mnist.images import Normalisation, preprocess_image
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.onnx_predictor import OnnxClassifier, preprocess, softmax

MODELS = Path("models")
STATS = Normalisation(mean=0.2, std=0.28)


def digit_like(
    size: tuple[int, int], mode: str, ink: int | tuple[int, ...], paper: int | tuple[int, ...]
) -> Image.Image:
    """A stroke that looks vaguely like a 7, drawn on a background of the given colour."""
    image = Image.new(mode, size, paper)
    w, h = size
    ImageDraw.Draw(image).line([(w * 0.2, h * 0.2), (w * 0.8, h * 0.2), (w * 0.4, h * 0.9)],
                               fill=ink, width=max(1, w // 10))
    return image


IMAGES = {
    "grey 28x28, light on dark": digit_like((28, 28), "L", 230, 0),
    "RGB 224x224, dark on white": digit_like((224, 224), "RGB", (20, 20, 20), (255, 255, 255)),
    "wide 60x20": digit_like((60, 20), "L", 255, 10),
    "random noise 31x29": Image.fromarray(
        np.random.default_rng(0).integers(0, 256, (29, 31), dtype=np.uint8)
    ),
}


@pytest.mark.parametrize("image", IMAGES.values(), ids=IMAGES.keys())
def test_preprocess_matches_the_torch_version(image: Image.Image) -> None:
    """NumPy preprocessing and corrupt_mnist.images agree to float32 precision."""
    expected = preprocess_image(image, STATS).numpy()
    actual = preprocess(image, STATS.mean, STATS.std)
    assert actual.shape == (1, 1, 28, 28)
    assert actual.dtype == np.float32
    np.testing.assert_allclose(actual, expected, atol=1e-6)


def test_softmax_rows_are_probabilities() -> None:
    """Each row is positive, sums to 1 and keeps the order of the logits."""
    logits = np.array([[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0]], dtype=np.float32)
    probabilities = softmax(logits)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-6)
    assert (probabilities.argmax(axis=1) == logits.argmax(axis=1)).all()
    assert np.isfinite(probabilities).all()  # no overflow for large logits


@pytest.mark.skipif(
    not all((MODELS / f).exists() for f in ("model.pt", "model.onnx", "normalisation.json")),
    reason="needs a trained and exported model in models/",
)
def test_onnx_model_matches_pytorch() -> None:
    """Same images through both paths: same digits, probabilities equal to 1e-5."""
    model = DigitClassifier()
    model.load_state_dict(torch.load(MODELS / "model.pt", map_location="cpu", weights_only=True))
    model.eval()
    classifier = OnnxClassifier(MODELS / "model.onnx", MODELS / "normalisation.json")
    stats = Normalisation.load(MODELS / "normalisation.json")

    for image in IMAGES.values():
        with torch.inference_mode():
            expected = model(preprocess_image(image, stats)).softmax(dim=1)[0].numpy()
        actual = classifier.predict_image(image)
        assert actual.argmax() == expected.argmax()
        np.testing.assert_allclose(actual, expected, atol=1e-5)
