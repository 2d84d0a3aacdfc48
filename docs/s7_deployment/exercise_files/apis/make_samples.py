"""Write PNG files of test images, to send to the API. Save as scripts/make_samples.py.

Run from the project root, after `uv run python -m corrupt_mnist.images`:

    uv run python scripts/make_samples.py

For each digit it takes the first test image with that label and writes two files:

    samples/3.png        28x28 greyscale, light digit on black: exactly what the model saw
    samples/3_paper.png  224x224 RGB, dark digit on white: like a photo of a written digit

The first character of each file name is the true label.
"""

from pathlib import Path

import torch
from PIL import ImageOps

from corrupt_mnist.data import PROCESSED_DIR
from corrupt_mnist.images import NORMALISATION_PATH, Normalisation, tensor_to_image

SAMPLES_DIR = Path("samples")


def main() -> None:
    """Write one plain and one 'paper' PNG per digit into samples/."""
    images = torch.load(PROCESSED_DIR / "test_images.pt", weights_only=True)
    targets = torch.load(PROCESSED_DIR / "test_targets.pt", weights_only=True)
    normalisation = Normalisation.load(NORMALISATION_PATH)
    SAMPLES_DIR.mkdir(exist_ok=True)

    for digit in range(10):
        matches = (targets == digit).nonzero()
        if len(matches) == 0:
            print(f"No test image of a {digit}; skipped")
            continue
        index = int(matches[0])
        image = tensor_to_image(images[index], normalisation)
        image.save(SAMPLES_DIR / f"{digit}.png")
        paper = ImageOps.invert(image).convert("RGB").resize((224, 224))
        paper.save(SAMPLES_DIR / f"{digit}_paper.png")
        print(f"{digit}: test image {index} -> {SAMPLES_DIR}/{digit}.png and {digit}_paper.png")


if __name__ == "__main__":
    main()
