"""Sanity checks that turn the silent bugs of train_buggy.py into loud failures.

Reference solution for the debugging module, session S4. Save it next to the training
script in scratch/ and run it from the project root:

    uv run python scratch/sanity_checks.py                           # checks train_buggy
    uv run python scratch/sanity_checks.py --module train_buggy_original

Each check tests one promise the training code makes, on random tensors, in a fraction
of a second. None of them needs the data. The script exits with 1 if any check fails.
"""

import argparse
import importlib
import math
import sys
from collections.abc import Callable
from types import ModuleType

import numpy as np
import torch

from corrupt_mnist.model import DigitClassifier


def random_batch(n: int = 64) -> tuple[torch.Tensor, torch.Tensor]:
    """Return n random images of shape (1, 28, 28) and n random targets in 0..9."""
    return torch.randn(n, 1, 28, 28), torch.randint(0, 10, (n,))


def check_noise_keeps_dtype_and_device(train: ModuleType) -> None:
    """add_noise returns a batch of the same shape, dtype and device as its input."""
    images, _ = random_batch(8)
    noisy = train.add_noise(images, np.random.default_rng(0))
    assert noisy.dtype == images.dtype, f"dtype changed from {images.dtype} to {noisy.dtype}"
    assert noisy.device == images.device, f"device changed to {noisy.device}"
    assert noisy.shape == images.shape, f"shape changed to {tuple(noisy.shape)}"


def check_loss_accepts_a_short_batch(train: ModuleType) -> None:
    """The loss works for a batch smaller than BATCH_SIZE, like the last one of an epoch."""
    loss = train.smoothed_cross_entropy(torch.randn(5, 10), torch.randint(0, 10, (5,)))
    assert loss.ndim == 0, f"loss should be a scalar, has shape {tuple(loss.shape)}"


def check_initial_loss(train: ModuleType) -> None:
    """An untrained ten-class model scores about ln(10) = 2.30: it guesses uniformly."""
    torch.manual_seed(0)
    images, targets = random_batch(64)
    loss = train.smoothed_cross_entropy(DigitClassifier()(images), targets).item()
    assert abs(loss - math.log(10)) < 0.2, f"initial loss {loss:.3f}, expected about 2.30"


def check_loss_is_finite_for_confident_logits(train: ModuleType) -> None:
    """Very confident logits (softmax rounds to exactly 0 and 1) give a finite loss."""
    torch.manual_seed(0)
    logits = (100 * torch.randn(64, 10)).requires_grad_()
    loss = train.smoothed_cross_entropy(logits, torch.randint(0, 10, (64,)))
    loss.backward()
    assert torch.isfinite(loss), f"loss is {loss.item()}"
    assert logits.grad is not None and torch.isfinite(logits.grad).all(), "gradient not finite"


def check_gradients_reset(train: ModuleType) -> None:
    """train_step uses this batch's gradient only, not what earlier steps left in .grad."""
    torch.manual_seed(0)
    model = DigitClassifier()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for p in model.parameters():
        p.grad = torch.full_like(p, 1e6)  # leftovers no real gradient comes close to
    train.train_step(model, *random_batch(64), optimizer)
    largest = max(p.grad.abs().max().item() for p in model.parameters() if p.grad is not None)
    assert largest < 1e3, f"gradients still hold old values (largest {largest:.3g})"


def check_split_is_disjoint(train: ModuleType) -> None:
    """Validation indices never appear in the training indices, and none is lost."""
    train_idx, val_idx = train.split_indices(1000, val_fraction=0.1, seed=0)
    train_set, val_set = set(train_idx.tolist()), set(val_idx.tolist())
    overlap = train_set & val_set
    assert not overlap, f"{len(overlap)} validation indices are also training indices"
    assert len(val_set) == 100, f"{len(val_set)} validation indices, expected 100"
    assert train_set | val_set == set(range(1000)), "some indices are in neither split"


CHECKS: list[Callable[[ModuleType], None]] = [
    check_noise_keeps_dtype_and_device,
    check_loss_accepts_a_short_batch,
    check_initial_loss,
    check_loss_is_finite_for_confident_logits,
    check_gradients_reset,
    check_split_is_disjoint,
]


def main() -> None:
    """Import the training module named on the command line and run every check on it."""
    parser = argparse.ArgumentParser(description="Run sanity checks on a training script.")
    parser.add_argument("--module", default="train_buggy", help="module name, without .py")
    args = parser.parse_args()
    train = importlib.import_module(args.module)

    failed = 0
    for check in CHECKS:
        try:
            check(train)
        except (AssertionError, IndexError, RuntimeError, NotImplementedError) as error:
            failed += 1
            print(f"FAIL  {check.__name__}: {type(error).__name__}: {error}")
        else:
            print(f"ok    {check.__name__}")
    print(f"{len(CHECKS) - failed} of {len(CHECKS)} checks passed for {args.module}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
