"""Small helpers for training and evaluating models in the corrupt_mnist package.

Reference solution for src/corrupt_mnist/utils.py after the documentation module: the
module of the good coding practice module with an `Examples:` section in three
docstrings. The examples appear in the API reference, and pytest runs them as tests:

    uv run pytest --doctest-modules src/corrupt_mnist/utils.py
"""

import json
import random
from pathlib import Path

import torch
from torch import Tensor, nn

# Values a checkpoint's metadata file may hold: JSON numbers and strings.
Metadata = dict[str, float | str]


def set_seed(seed: int) -> None:
    """Seed Python's and PyTorch's random number generators.

    Args:
        seed: The seed. The same seed gives the same weights and batch order on the same
            machine and library versions.
    """
    random.seed(seed)
    torch.manual_seed(seed)  # also seeds every CUDA device


def count_parameters(model: nn.Module, trainable_only: bool = True) -> int:
    """Count the scalar parameters of a model.

    Args:
        model: Any PyTorch module.
        trainable_only: If True, skip parameters with `requires_grad=False`, such as
            frozen layers of a pretrained network.

    Returns:
        The total number of scalar values in the counted parameter tensors.

    Examples:
        A linear layer from 784 inputs to 10 outputs has a 10x784 weight and 10 biases:

        >>> count_parameters(nn.Linear(784, 10))
        7850
    """
    return sum(p.numel() for p in model.parameters() if p.requires_grad or not trainable_only)


def accuracy(logits: Tensor, targets: Tensor) -> float:
    """Compute the fraction of correct predictions in a batch.

    Args:
        logits: Raw model outputs of shape (N, C), one row of C class scores per sample.
        targets: True class indices of shape (N,), integers in [0, C).

    Returns:
        The accuracy as a Python float between 0 and 1.

    Examples:
        Three of the four rows have their largest score at the target's index:

        >>> logits = torch.tensor([[2.0, 0.5], [0.1, 1.2], [3.0, 0.0], [0.2, 0.9]])
        >>> accuracy(logits, torch.tensor([0, 1, 1, 1]))
        0.75
    """
    predictions = logits.argmax(dim=1)
    return (predictions == targets).float().mean().item()


def class_counts(targets: Tensor, num_classes: int = 10) -> dict[int, int]:
    """Count how often each class occurs in a tensor of labels.

    Args:
        targets: Class indices of shape (N,).
        num_classes: Number of classes; classes that never occur get a count of 0.

    Returns:
        A mapping from class index to the number of samples with that label.

    Examples:
        >>> class_counts(torch.tensor([0, 2, 2, 3]), num_classes=4)
        {0: 1, 1: 0, 2: 2, 3: 1}
    """
    return {c: int((targets == c).sum()) for c in range(num_classes)}


def latest_checkpoint(folder: Path) -> Path | None:
    """Find the most recently modified `.pt` file in a folder.

    Args:
        folder: The folder to search, for example `models/`.

    Returns:
        The path of the newest checkpoint, or None if the folder holds no `.pt` file.
    """
    checkpoints = sorted(folder.glob("*.pt"), key=lambda f: f.stat().st_mtime)
    return checkpoints[-1] if checkpoints else None


def describe_checkpoint(folder: Path) -> str:
    """Describe the newest checkpoint in a folder in one line.

    Args:
        folder: The folder to search.

    Returns:
        The file name and size of the newest checkpoint, or a note that there is none.
    """
    path = latest_checkpoint(folder)
    if path is None:
        return f"no checkpoint in {folder}"
    size_kb = path.stat().st_size / 1024
    return f"{path.name} ({size_kb:.0f} kB)"


def save_checkpoint(model: nn.Module, path: Path, metadata: Metadata | None = None) -> None:
    """Save a model's weights and a JSON file of metadata next to them.

    For `models/model.pt` the metadata goes to `models/model.json`. The parameter count
    is added to the metadata automatically.

    Args:
        model: The model whose `state_dict` is saved.
        path: Where to save the weights; missing parent folders are created.
        metadata: Extra facts to record, such as the learning rate or the final loss.
            The caller's dictionary is never changed.

    Raises:
        OSError: If the folder cannot be created or a file cannot be written.
    """
    record: Metadata = dict(metadata or {})  # a copy, so the caller's dict stays as it was
    record["n_parameters"] = count_parameters(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)
    path.with_suffix(".json").write_text(json.dumps(record, indent=2))
