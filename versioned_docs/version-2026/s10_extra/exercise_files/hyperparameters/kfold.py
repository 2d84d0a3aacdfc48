"""Check a tuning result with k-fold cross-validation: is the winner better, or lucky?

Save it as scripts/kfold.py next to scripts/tune.py and run it from the project root:

    uv run python scripts/kfold.py --folds 5
    uv run python scripts/kfold.py --folds 3 --study-name random --storage sqlite:///optuna.db

One validation split gives one number per setting, and with a few hundred validation
images two settings can swap places by chance. Here every setting trains k times, each
time validating on a different fifth (for k=5) of the images, so you get a mean and a
spread. The cost is k trainings per setting instead of one.
"""

import argparse
import statistics
from pathlib import Path
from typing import Any

import optuna
import torch
from torch.utils.data import Subset

from corrupt_mnist.data import PROCESSED_DIR, corrupt_mnist
from tune import BASELINE, SEED, open_storage, train_and_validate


def cross_validate(
    params: dict[str, Any], n_images: int, folds: int, epochs: int, data_dir: Path
) -> list[float]:
    """Return one validation accuracy per fold for the hyperparameters in params."""
    full_train, _ = corrupt_mnist(data_dir)  # the test set stays untouched here as well
    order = torch.randperm(len(full_train), generator=torch.Generator().manual_seed(SEED))
    chunks = order[:n_images].chunk(folds)  # the same folds for every setting compared
    scores = []
    for k, val_idx in enumerate(chunks):
        train_idx = torch.cat([c for i, c in enumerate(chunks) if i != k])
        acc = train_and_validate(
            params, Subset(full_train, train_idx.tolist()), Subset(full_train, val_idx.tolist()), epochs
        )
        print(f"    fold {k + 1}/{folds}: val_accuracy {acc:.4f}")
        scores.append(acc)
    return scores


def main() -> None:
    """Cross-validate the baseline and the study's best trial and print both."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study-name", default="corrupt-mnist")
    parser.add_argument("--storage", default="sqlite:///optuna.db")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--images", type=int, default=5000, help="images split into the folds")
    parser.add_argument("--data-dir", type=Path, default=PROCESSED_DIR)
    args = parser.parse_args()

    best = optuna.load_study(study_name=args.study_name, storage=open_storage(args.storage)).best_trial
    for name, params in [("baseline", BASELINE), (f"trial {best.number}", best.params)]:
        print(f"{name}: {params}")
        scores = cross_validate(params, args.images, args.folds, args.epochs, args.data_dir)
        spread = statistics.stdev(scores) if len(scores) > 1 else 0.0
        print(f"  {name}: mean {statistics.mean(scores):.4f}, std {spread:.4f} over {args.folds} folds")


if __name__ == "__main__":
    main()
