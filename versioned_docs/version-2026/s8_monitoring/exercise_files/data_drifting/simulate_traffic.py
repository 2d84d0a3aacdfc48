"""Send test images to the API, first as they are, then drifting more and more.

Save it as scripts/simulate_traffic.py. With the API running on port 8000, from the
project root:

    uv run python scripts/simulate_traffic.py --drift none
    uv run python scripts/simulate_traffic.py --drift rotate --normal 200 --drifted 200
    uv run python scripts/simulate_traffic.py --drift noise --url https://...run.app

The images come from the second half of the test split, which the reference does not
use. The first --normal requests are unchanged test images; over the next --drifted
requests the drift grows from nothing to full strength. Every 50 requests it prints how
many answers were right: a number that production never has, because users send no labels.

--offline runs the model in this process instead of calling the API and appends the same
log rows to logs/predictions/ itself: for trying the drift tools without a server.
"""

import argparse
import json
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import httpx
import numpy as np
import torch
from PIL import Image, ImageEnhance, ImageOps

from corrupt_mnist.data import PROCESSED_DIR, normalise
from corrupt_mnist.features import prediction_record
from corrupt_mnist.images import (
    IMAGE_SIZE,
    NORMALISATION_PATH,
    Normalisation,
    tensor_to_image,
    to_pixels,
)
from corrupt_mnist.model import DigitClassifier

Drift = Callable[[Image.Image, float, np.random.Generator], Image.Image]


def rotate(image: Image.Image, strength: float, rng: np.random.Generator) -> Image.Image:
    """Turn the digit counter-clockwise, up to 45 degrees at full strength."""
    return image.rotate(45 * strength, resample=Image.Resampling.BILINEAR)


def darken(image: Image.Image, strength: float, rng: np.random.Generator) -> Image.Image:
    """Dim the whole image, down to 40 % of its brightness at full strength."""
    return ImageEnhance.Brightness(image).enhance(1 - 0.6 * strength)


def noise(image: Image.Image, strength: float, rng: np.random.Generator) -> Image.Image:
    """Add Gaussian noise, with a standard deviation of up to 0.4 on the 0-1 scale."""
    pixels = np.asarray(image, dtype=np.float32)
    noisy = pixels + rng.normal(0, 0.4 * 255 * strength, pixels.shape)
    return Image.fromarray(noisy.clip(0, 255).round().astype(np.uint8))


def invert(image: Image.Image, strength: float, rng: np.random.Generator) -> Image.Image:
    """Send dark ink on white paper instead, for a share `strength` of the requests."""
    return ImageOps.invert(image) if rng.random() < strength else image


def paper(image: Image.Image, strength: float, rng: np.random.Generator) -> Image.Image:
    """Send a 224x224 colour 'photo of paper', for a share `strength` of the requests."""
    if rng.random() < strength:
        return ImageOps.invert(image).convert("RGB").resize((224, 224))
    return image


DRIFTS: dict[str, Drift] = {
    "none": lambda image, strength, rng: image,
    "rotate": rotate,
    "darken": darken,
    "noise": noise,
    "invert": invert,
    "paper": paper,
}


def png_bytes(image: Image.Image) -> bytes:
    """Encode an image as a PNG file in memory, as a client would upload it."""
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class HttpClassifier:
    """Ask the running API, as any client would."""

    def __init__(self, url: str) -> None:
        self.client = httpx.Client(base_url=url, timeout=30)
        self.client.get("/health").raise_for_status()

    def __call__(self, data: bytes) -> tuple[int, float]:
        """POST one PNG to /predict and return the digit and its probability."""
        response = self.client.post("/predict", files={"file": ("digit.png", data, "image/png")})
        response.raise_for_status()
        answer = response.json()
        return answer["digit"], max(answer["probabilities"])


class OfflineClassifier:
    """Run the model here and append the API's log rows to log_dir ourselves."""

    def __init__(self, model_path: Path, log_dir: Path) -> None:
        state_dict = torch.load(model_path, map_location="cpu", weights_only=True)
        self.model = DigitClassifier.from_state_dict(state_dict).eval()
        self.stats = Normalisation.load(NORMALISATION_PATH)
        log_dir.mkdir(parents=True, exist_ok=True)
        started = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self.log_path = log_dir / f"predictions-{started}-offline.jsonl"

    def __call__(self, data: bytes) -> tuple[int, float]:
        """Do what POST /predict does, logging included, and return digit and probability."""
        with Image.open(BytesIO(data)) as image:
            pixels = to_pixels(image)
        x = normalise(pixels.reshape(1, 1, IMAGE_SIZE, IMAGE_SIZE), self.stats.mean, self.stats.std)
        with torch.inference_mode():
            probabilities = self.model(x).softmax(dim=1)[0]
        with self.log_path.open("a", encoding="utf-8") as log_file:
            log_file.write(json.dumps(prediction_record(pixels, probabilities)) + "\n")
        return int(probabilities.argmax()), float(probabilities.max())


def main() -> None:
    """Send the requests and print a progress line every 50 of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drift", choices=sorted(DRIFTS), default="none")
    parser.add_argument("--normal", type=int, default=200, help="requests before the drift")
    parser.add_argument("--drifted", type=int, default=200, help="requests while it grows")
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="where the API runs")
    parser.add_argument("--offline", action="store_true", help="no server: run the model here")
    parser.add_argument("--model", type=Path, default=Path("models/model.pt"))
    parser.add_argument("--log-dir", type=Path, default=Path("logs/predictions"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    images = torch.load(PROCESSED_DIR / "test_images.pt", weights_only=True)
    targets = torch.load(PROCESSED_DIR / "test_targets.pt", weights_only=True)
    half = len(images) // 2  # the first half built the reference
    images, targets = images[half:], targets[half:]
    normalisation = Normalisation.load(NORMALISATION_PATH)
    classify = (
        OfflineClassifier(args.model, args.log_dir) if args.offline else HttpClassifier(args.url)
    )
    drift = DRIFTS[args.drift]
    rng = np.random.default_rng(args.seed)

    total = args.normal + args.drifted
    correct, confidence = 0, 0.0
    for i in range(total):
        drifting = args.drift != "none" and i >= args.normal
        strength = (i - args.normal + 1) / args.drifted if drifting else 0.0
        index = int(rng.integers(len(images)))
        image = drift(tensor_to_image(images[index], normalisation), strength, rng)
        digit, probability = classify(png_bytes(image))
        correct += digit == int(targets[index])
        confidence += probability
        if (i + 1) % 50 == 0 or i + 1 == total:
            done = (i % 50) + 1
            print(
                f"requests {i + 2 - done:4d}-{i + 1:4d}  drift {args.drift} strength "
                f"{strength:.2f}  correct {correct}/{done}  mean confidence {confidence / done:.2f}"
            )
            correct, confidence = 0, 0.0


if __name__ == "__main__":
    main()
