"""Tests of the drift features (save as tests/test_features.py).

They build small images whose features are known by construction: an empty image, a bar
of known position, a bar turned by a known angle. No data and no model are needed.
"""

import numpy as np
import pytest
import torch
from PIL import Image
from torch import Tensor

from corrupt_mnist.features import (
    CENTRE,
    FEATURES,
    batch_features,
    image_features,
    prediction_record,
)
from corrupt_mnist.images import to_pixels


def bar(rows: slice = slice(4, 24), cols: slice = slice(12, 16), angle: float = 0.0) -> Tensor:
    """A light bar on black, as to_pixels returns it, optionally turned counter-clockwise."""
    pixels = np.zeros((28, 28), dtype=np.uint8)
    pixels[rows, cols] = 230
    image = Image.fromarray(pixels).rotate(angle, resample=Image.Resampling.BILINEAR)
    return to_pixels(image)


def test_every_feature_is_a_float() -> None:
    features = image_features(bar())
    assert list(features) == list(FEATURES)
    assert all(isinstance(value, float) for value in features.values())


def test_an_empty_image_has_no_ink_and_a_neutral_centre() -> None:
    features = image_features(torch.zeros(28, 28))
    assert features["brightness"] == 0.0
    assert features["ink"] == 0.0
    assert features["centre_x"] == features["centre_y"] == CENTRE
    assert features["slant"] == 0.0


def test_brightness_and_ink_grow_with_the_amount_of_ink() -> None:
    thin, thick = image_features(bar(cols=slice(13, 15))), image_features(bar(cols=slice(10, 18)))
    assert thick["brightness"] > thin["brightness"]
    assert thick["ink"] == pytest.approx(4 * thin["ink"])


def test_centre_follows_the_ink() -> None:
    features = image_features(bar(rows=slice(2, 8), cols=slice(20, 26)))
    assert features["centre_x"] == pytest.approx(22.5)
    assert features["centre_y"] == pytest.approx(4.5)


@pytest.mark.parametrize("angle", [-40.0, -15.0, 0.0, 20.0, 45.0])
def test_slant_measures_how_far_a_stroke_is_turned(angle: float) -> None:
    assert image_features(bar(angle=angle))["slant"] == pytest.approx(angle, abs=3.0)


def test_noise_makes_an_image_rougher() -> None:
    clean = bar()
    noise = torch.randn(28, 28, generator=torch.Generator().manual_seed(0))
    noisy = (clean + 0.3 * noise).clamp(0, 1)
    assert image_features(noisy)["roughness"] > 2 * image_features(clean)["roughness"]


def test_one_image_and_a_batch_agree() -> None:
    images = torch.stack([bar(), bar(angle=30.0), torch.zeros(28, 28)])
    batch = batch_features(images)
    for i in range(len(images)):
        single = image_features(images[i])
        assert single == pytest.approx({name: float(batch[name][i]) for name in FEATURES}, abs=1e-4)


def test_wrong_shapes_are_rejected() -> None:
    with pytest.raises(ValueError, match="one image"):
        image_features(torch.zeros(1, 28, 28))
    with pytest.raises(ValueError, match=r"\(N, H, W\)"):
        batch_features(torch.zeros(28, 28))


def test_a_record_holds_features_and_prediction_but_no_pixels() -> None:
    probabilities = torch.full((10,), 0.05)
    probabilities[7] = 0.55
    record = prediction_record(bar(), probabilities)
    assert list(record) == ["time", *FEATURES, "digit", "confidence"]
    assert record["digit"] == 7
    assert record["confidence"] == pytest.approx(0.55)
    assert str(record["time"]).endswith("+00:00")
