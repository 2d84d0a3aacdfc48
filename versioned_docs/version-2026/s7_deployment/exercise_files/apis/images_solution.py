"""Turn image files into model inputs and back (part of the corrupt_mnist package).

Reference solution for the requests and APIs module. Save it as
src/corrupt_mnist/images.py. The API, the sample-image script and the tests all use it,
so that an uploaded picture goes through exactly the steps the training data went through.

Run it once from the project root, after the data step:

    uv run python -m corrupt_mnist.images

It reads data/processed/train_images.pt and writes models/normalisation.json, the two
numbers that data.py used to normalise the training images.
"""

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Self

import numpy as np
import torch
from PIL import Image, ImageOps, ImageStat
from torch import Tensor

from corrupt_mnist.data import PROCESSED_DIR, normalise

IMAGE_SIZE = 28  # the model takes 28x28 greyscale images
NORMALISATION_PATH = Path("models/normalisation.json")


@dataclass(frozen=True)
class Normalisation:
    """The pixel mean and standard deviation of the training set, as used by data.py."""

    mean: float
    std: float

    @classmethod
    def from_processed(cls, images: Tensor) -> Self:
        """Recover the statistics from a processed split (train or test).

        data.py clamps every pixel to [0, 1] before it normalises, and every split holds
        both pure black (0) and saturated (1) pixels. So the smallest processed value is
        (0 - mean) / std and the largest is (1 - mean) / std: two equations, two unknowns.
        """
        low, high = images.min().item(), images.max().item()
        std = 1.0 / (high - low)
        return cls(mean=-low * std, std=std)

    @classmethod
    def load(cls, path: Path) -> Self:
        """Read the statistics from a JSON file written by save()."""
        values = json.loads(path.read_text())
        return cls(mean=float(values["mean"]), std=float(values["std"]))

    def save(self, path: Path) -> None:
        """Write the statistics to a small JSON file, creating its folder if needed."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), indent=2) + "\n")


def to_pixels(image: Image.Image) -> Tensor:
    """Turn any image into a (28, 28) float tensor in [0, 1]: a light digit on black.

    1. Greyscale: colour (RGB) and palette images become one channel ("L");
       transparency is dropped, so send opaque images.
    2. Polarity: the training digits are light on a dark background. A mostly light
       image (mean above mid-grey) is dark ink on paper, so it is inverted.
    3. Size: shrink or grow to fit 28x28 keeping the aspect ratio (BOX filter, an
       average over each area), then pad the short side with black.
    4. Scale: 0-255 becomes 0-1, like data.py's images before normalisation.
    """
    grey = image.convert("L")
    if ImageStat.Stat(grey).mean[0] > 127.5:
        grey = ImageOps.invert(grey)
    square = ImageOps.pad(
        grey, (IMAGE_SIZE, IMAGE_SIZE), method=Image.Resampling.BOX, color=0
    )
    pixels = np.asarray(square, dtype=np.float32) / 255.0
    return torch.from_numpy(pixels)


def preprocess_image(image: Image.Image, normalisation: Normalisation) -> Tensor:
    """Return the model input for one image: shape (1, 1, 28, 28), normalised like training."""
    pixels = to_pixels(image).reshape(1, 1, IMAGE_SIZE, IMAGE_SIZE)
    return normalise(pixels, normalisation.mean, normalisation.std)


def tensor_to_image(x: Tensor, normalisation: Normalisation) -> Image.Image:
    """Turn one processed image, shape (1, 28, 28), back into an 8-bit greyscale image."""
    pixels = x.reshape(IMAGE_SIZE, IMAGE_SIZE) * normalisation.std + normalisation.mean
    pixels = pixels.clamp(0, 1)
    return Image.fromarray((pixels.numpy() * 255).round().astype(np.uint8))


if __name__ == "__main__":
    train_images = torch.load(PROCESSED_DIR / "train_images.pt", weights_only=True)
    stats = Normalisation.from_processed(train_images)
    stats.save(NORMALISATION_PATH)
    print(f"Training mean {stats.mean:.4f}, std {stats.std:.4f}; saved to {NORMALISATION_PATH}")
