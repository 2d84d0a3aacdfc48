"""Tests for corrupt_mnist.images: save as tests/test_images.py and run `uv run pytest`.

They need no data and no model: every image is made here.
"""

from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from corrupt_mnist.images import (
    Normalisation,
    preprocess_image,
    tensor_to_image,
    to_pixels,
)

NORM = Normalisation(mean=0.2, std=0.35)


def make_digit_image() -> Image.Image:
    """A 28x28 greyscale 'one': a light vertical bar on black, like a training image."""
    pixels = np.zeros((28, 28), dtype=np.uint8)
    pixels[4:24, 12:16] = 230
    return Image.fromarray(pixels)


def test_output_shape_dtype_and_range() -> None:
    x = preprocess_image(make_digit_image(), NORM)
    assert x.shape == (1, 1, 28, 28)
    assert x.dtype == torch.float32
    # Black pixels (0) must map to (0 - mean) / std, as in data.py.
    assert x.min().item() == pytest.approx(-NORM.mean / NORM.std, abs=1e-6)


@pytest.mark.parametrize("mode", ["L", "RGB", "RGBA", "P"])
def test_any_mode_gives_the_same_pixels(mode: str) -> None:
    image = make_digit_image()
    assert torch.allclose(to_pixels(image.convert(mode)), to_pixels(image), atol=1 / 255)


def test_large_dark_on_light_image_matches_the_small_original() -> None:
    image = make_digit_image()
    paper = Image.fromarray(255 - np.asarray(image)).convert("RGB")  # black ink on white
    large = paper.resize((280, 280), Image.Resampling.NEAREST)  # every pixel becomes 10x10
    assert torch.allclose(to_pixels(large), to_pixels(image), atol=1 / 255)


def test_non_square_image_is_padded_not_stretched() -> None:
    wide = Image.new("L", (56, 28), color=0)
    wide.paste(255, (0, 0, 20, 28))  # a white block at the left, 20 of 56 columns
    pixels = to_pixels(wide)  # shrunk to 28x14, then padded to 28x28
    assert pixels.shape == (28, 28)
    assert pixels[:7].max().item() == 0.0  # padding above the shrunk image is black
    assert pixels[7:21, :10].min().item() == 1.0  # the block keeps its shape


def test_round_trip_through_a_png_keeps_the_tensor() -> None:
    generator = torch.Generator().manual_seed(0)
    raw = torch.rand(1, 28, 28, generator=generator)
    x = (raw - NORM.mean) / NORM.std
    back = preprocess_image(tensor_to_image(x, NORM), NORM)
    # Only the rounding to 256 grey levels is lost.
    assert torch.allclose(back[0], x, atol=0.6 / 255 / NORM.std)


def test_statistics_are_recovered_from_processed_images() -> None:
    generator = torch.Generator().manual_seed(0)
    raw = (torch.rand(100, 1, 28, 28, generator=generator) * 1.4 - 0.2).clamp(0, 1)
    mean, std = raw.mean().item(), raw.std().item()
    recovered = Normalisation.from_processed((raw - mean) / std)
    assert recovered.mean == pytest.approx(mean, rel=1e-5)
    assert recovered.std == pytest.approx(std, rel=1e-5)


def test_statistics_survive_a_json_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "models" / "normalisation.json"
    NORM.save(path)
    assert Normalisation.load(path) == NORM
