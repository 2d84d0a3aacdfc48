"""Build the reference table for drift detection. Save it as scripts/build_reference.py.

Run it from the project root after training, whenever models/model.pt changes:

    uv run --group monitoring python scripts/build_reference.py

It takes the first half of the test split, turns every image back into the 8-bit
picture a client would upload, computes the same features and predictions the API logs,
and writes one row per image to models/reference.csv. The other half of the test split
is left for scripts/simulate_traffic.py, so reference and simulated traffic share no image.
"""

import argparse
from pathlib import Path

import pandas as pd
import torch

from corrupt_mnist.data import PROCESSED_DIR
from corrupt_mnist.features import FEATURES, batch_features
from corrupt_mnist.images import NORMALISATION_PATH, Normalisation
from corrupt_mnist.model import DigitClassifier

MODEL_PATH = Path("models/model.pt")
REFERENCE_PATH = Path("models/reference.csv")


def reference_table(
    images: torch.Tensor, model: DigitClassifier, normalisation: Normalisation
) -> pd.DataFrame:
    """Features and predictions for processed images of shape (N, 1, 28, 28).

    The columns are those of the API's prediction log, without `time`.
    """
    # Undo the normalisation and round to 8 bits, as a PNG of the image would.
    pixels = (images[:, 0] * normalisation.std + normalisation.mean).clamp(0, 1)
    pixels = (pixels * 255).round() / 255

    table = pd.DataFrame({name: values.numpy() for name, values in batch_features(pixels).items()})
    with torch.inference_mode():
        probabilities = model(images).softmax(dim=1)
    table["digit"] = probabilities.argmax(dim=1).numpy()
    table["confidence"] = probabilities.max(dim=1).values.numpy()
    return table[[*FEATURES, "digit", "confidence"]]


def main() -> None:
    """Write models/reference.csv and print a summary of every column."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--output", type=Path, default=REFERENCE_PATH)
    args = parser.parse_args()

    images = torch.load(PROCESSED_DIR / "test_images.pt", weights_only=True)
    images = images[: len(images) // 2]  # the second half belongs to the traffic simulator
    state_dict = torch.load(args.model, map_location="cpu", weights_only=True)
    model = DigitClassifier.from_state_dict(state_dict).eval()
    normalisation = Normalisation.load(NORMALISATION_PATH)

    table = reference_table(images, model, normalisation)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(args.output, index=False, float_format="%.5f")
    print(table.describe().T[["mean", "std", "min", "max"]].round(3).to_string())
    print(f"Wrote {len(table)} rows to {args.output}")


if __name__ == "__main__":
    main()
