"""Report the test accuracy of a trained DigitClassifier (starter).

Fill in the parts marked "Your turn"; evaluate_solution.py is the reference.

Run from the project root after train.py:  uv run python evaluate.py
"""

import sys
from pathlib import Path

import torch
from torch import Tensor
from torch.utils.data import DataLoader

from data import corrupt_mnist
from model import DigitClassifier
from train import pick_device


def count_correct(logits: Tensor, targets: Tensor) -> int:
    """Return how many rows of logits have their largest value at the target's index."""
    # Your turn (3): the predicted class is the index of the largest logit in each row;
    # compare with targets and return the number of matches as a Python int.
    raise NotImplementedError("count_correct() is yours to write")


def evaluate(model_checkpoint: Path) -> float:
    """Load the weights in model_checkpoint and return the accuracy on the test set."""
    device = pick_device()
    model = DigitClassifier().to(device)
    # Your turn (1): load the state_dict in model_checkpoint into the model. Use
    #   torch.load(..., map_location=device, weights_only=True) and model.load_state_dict().
    # Your turn (2): switch the model to evaluation mode.

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
