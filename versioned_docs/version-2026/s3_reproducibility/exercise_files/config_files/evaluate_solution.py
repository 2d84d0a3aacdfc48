"""Report the test accuracy of a trained DigitClassifier (part of the corrupt_mnist package).

Reference solution for src/corrupt_mnist/evaluate.py after the config files module: the
network is rebuilt with the layer sizes stored in the checkpoint, so weights from any
model config load. Run from the project root after training:

    uv run python -m corrupt_mnist.evaluate models/model.pt
    uv run python -m corrupt_mnist.evaluate outputs/2027-01-12/10-21-07/model.pt
"""

import sys
from pathlib import Path

import torch
from torch import Tensor
from torch.utils.data import DataLoader

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import pick_device


def count_correct(logits: Tensor, targets: Tensor) -> int:
    """Return how many rows of logits have their largest value at the target's index."""
    predictions = logits.argmax(dim=1)
    return int((predictions == targets).sum().item())


def evaluate(model_checkpoint: Path) -> float:
    """Load the weights in model_checkpoint and return the accuracy on the test set."""
    device = pick_device()
    state_dict = torch.load(model_checkpoint, map_location=device, weights_only=True)
    # Not DigitClassifier(): a run with model=large saved bigger layers than the defaults.
    model = DigitClassifier.from_state_dict(state_dict).to(device)
    model.eval()  # switches dropout off

    _, test_set = corrupt_mnist()
    test_loader = DataLoader(test_set, batch_size=256)

    correct, total = 0, 0
    with torch.inference_mode():  # no graph, no gradients: faster and lighter
        for images, targets in test_loader:
            images, targets = images.to(device), targets.to(device)
            correct += count_correct(model(images), targets)
            total += targets.numel()

    accuracy = correct / total
    print(f"Test accuracy: {accuracy:.4f} ({correct}/{total})")
    return accuracy


if __name__ == "__main__":
    checkpoint = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("models/model.pt")
    evaluate(checkpoint)
