"""Tune the training hyperparameters of corrupt_mnist with Optuna.

Reference solution. Save it as scripts/tune.py and run it from the project root:

    uv run python scripts/tune.py --n-trials 20                       # saved in optuna.db
    uv run python scripts/tune.py --n-trials 20 --sampler random --study-name random
    uv run python scripts/tune.py --storage optuna_journal.log --seed 1   # one parallel worker

Every trial trains DigitClassifier for a few epochs on part of the training split and
reports the validation accuracy after each epoch; the pruner stops trials that fall
behind the others. The validation split is the one train_hydra.py holds out (same seed,
same fraction), and the test set is never evaluated: it stays for the final model.
"""

import argparse
import time
from pathlib import Path
from typing import Any

import optuna
import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader, Dataset, Subset, random_split

from corrupt_mnist.data import PROCESSED_DIR, corrupt_mnist
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import pick_device

SEED = 2476  # configs/config.yaml's seed: the same validation split as train_hydra.py
VAL_FRACTION = 0.1  # configs/config.yaml's val_fraction

# What configs/config.yaml trains with today. Trial 0 of a new study uses these values, so
# the study shows whether tuning beats the config you already have.
BASELINE = {"lr": 0.001, "batch_size": 32, "dropout": 0.25, "optimizer": "adam"}

Split = Dataset[tuple[Tensor, ...]]


def search_space(trial: optuna.Trial) -> dict[str, Any]:
    """Ask the trial for one value of every hyperparameter and return them by name."""
    params: dict[str, Any] = {
        # Learning rates matter in factors of ten: sample the exponent, not the value.
        "lr": trial.suggest_float("lr", 1e-4, 1e-1, log=True),
        "batch_size": trial.suggest_categorical("batch_size", [32, 64, 128]),
        "dropout": trial.suggest_float("dropout", 0.0, 0.5),
        "optimizer": trial.suggest_categorical("optimizer", ["adam", "sgd"]),
    }
    if params["optimizer"] == "sgd":  # a conditional parameter: only SGD trials have it
        params["momentum"] = trial.suggest_float("momentum", 0.0, 0.99)
    return params


def open_storage(spec: str | None) -> str | optuna.storages.BaseStorage | None:
    """Turn --storage into what create_study expects.

    None or "memory" keeps the study in this process's memory; a URL such as
    sqlite:///optuna.db is an RDB storage; anything else is the path of a journal file,
    which several processes can share.
    """
    if spec is None or spec == "memory":
        return None
    if "://" in spec:
        return spec
    try:
        from optuna.storages.journal import JournalFileBackend
    except ImportError:  # Optuna before 4.0 named the same class JournalFileStorage
        from optuna.storages import JournalFileStorage as JournalFileBackend
    return optuna.storages.JournalStorage(JournalFileBackend(spec))


def make_sampler(name: str, seed: int | None) -> optuna.samplers.BaseSampler:
    """Return the sampler that proposes the next trial's values."""
    if name == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    if name == "grid":
        # Every combination once; the grid must name every parameter the objective asks for.
        grid = {
            "lr": [0.0003, 0.001, 0.003],
            "batch_size": [32, 128],
            "dropout": [0.25],
            "optimizer": ["adam"],
        }
        return optuna.samplers.GridSampler(grid, seed=seed)
    return optuna.samplers.TPESampler(seed=seed)  # the default when you pass no sampler


def make_pruner(name: str, epochs: int, startup_trials: int) -> optuna.pruners.BasePruner:
    """Return the pruner that decides, after each reported epoch, whether a trial goes on."""
    if name == "median":
        # Prune a trial whose accuracy is below the median of earlier trials at the same
        # epoch, once `startup_trials` trials have finished and the first epoch is done.
        return optuna.pruners.MedianPruner(n_startup_trials=startup_trials, n_warmup_steps=1)
    if name == "hyperband":
        # Budgets counted in epochs: brackets of successive halving from 1 to `epochs`.
        return optuna.pruners.HyperbandPruner(min_resource=1, max_resource=epochs)
    return optuna.pruners.NopPruner()


def load_splits(data_dir: Path, train_images: int | None) -> tuple[Split, Split]:
    """Return (train, validation) from the training tensors; optionally fewer train images."""
    full_train, _ = corrupt_mnist(data_dir)  # the test set is not used anywhere below
    split = torch.Generator().manual_seed(SEED)
    train_set, val_set = random_split(full_train, [1 - VAL_FRACTION, VAL_FRACTION], generator=split)
    if train_images is not None and train_images < len(train_set):
        # A cheaper search: rank settings on part of the data, train the winner on all of it.
        return Subset(train_set, range(train_images)), val_set
    return train_set, val_set


def accuracy(model: nn.Module, loader: DataLoader[tuple[Tensor, ...]], device: torch.device) -> float:
    """Share of correctly classified images in loader."""
    model.eval()
    correct, total = 0, 0
    with torch.inference_mode():
        for images, targets in loader:
            images, targets = images.to(device), targets.to(device)
            correct += int((model(images).argmax(dim=1) == targets).sum().item())
            total += targets.numel()
    return correct / total


def fit(
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    train_set: Split,
    val_set: Split,
    batch_size: int,
    epochs: int,
    trial: optuna.Trial | None = None,
) -> float:
    """Train for `epochs` epochs and return the final validation accuracy.

    With a trial, report the accuracy after every epoch (step = epochs done) and stop
    with optuna.TrialPruned when the study's pruner says this trial is not promising.
    """
    device = next(model.parameters()).device
    train_loader = DataLoader(train_set, batch_size=batch_size, shuffle=True)
    val_loader = DataLoader(val_set, batch_size=512)
    loss_fn = nn.CrossEntropyLoss()
    val_acc = 0.0
    for epoch in range(1, epochs + 1):
        model.train()
        for images, targets in train_loader:
            images, targets = images.to(device), targets.to(device)
            optimizer.zero_grad()
            loss_fn(model(images), targets).backward()
            optimizer.step()
        val_acc = accuracy(model, val_loader, device)
        if trial is not None:
            trial.report(val_acc, step=epoch)
            if trial.should_prune():
                raise optuna.TrialPruned(f"val_accuracy {val_acc:.4f} after epoch {epoch}")
    return val_acc


def train_and_validate(
    params: dict[str, Any],
    train_set: Split,
    val_set: Split,
    epochs: int,
    trial: optuna.Trial | None = None,
) -> float:
    """Build the model and optimizer that params describe, train them and validate."""
    torch.manual_seed(SEED)  # same initial weights and batch order: only params differ
    model = DigitClassifier(dropout=params["dropout"]).to(pick_device())
    optimizer: torch.optim.Optimizer
    if params["optimizer"] == "sgd":
        optimizer = torch.optim.SGD(
            model.parameters(), lr=params["lr"], momentum=params["momentum"]
        )
    else:
        optimizer = torch.optim.Adam(model.parameters(), lr=params["lr"])
    return fit(model, optimizer, train_set, val_set, params["batch_size"], epochs, trial)


def parse_args() -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study-name", default="corrupt-mnist")
    parser.add_argument(
        "--storage",
        default="sqlite:///optuna.db",
        help="an RDB URL, a journal file path, or 'memory' (default: %(default)s)",
    )
    parser.add_argument("--n-trials", type=int, default=20, help="trials run by this process")
    parser.add_argument("--timeout", type=float, default=None, help="stop after this many seconds")
    parser.add_argument("--epochs", type=int, default=3, help="epochs per trial")
    parser.add_argument("--train-images", type=int, default=5000, help="0: the whole split")
    parser.add_argument("--sampler", choices=["tpe", "random", "grid"], default="tpe")
    parser.add_argument("--pruner", choices=["median", "hyperband", "none"], default="median")
    parser.add_argument("--startup-trials", type=int, default=5, help="MedianPruner: no pruning before")
    parser.add_argument("--seed", type=int, default=None, help="sampler seed; one per worker")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads per process")
    parser.add_argument("--data-dir", type=Path, default=PROCESSED_DIR)
    return parser.parse_args()


def main() -> None:
    """Create or load the study, run the trials and print a summary."""
    args = parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)  # parallel workers on one CPU share its cores
    train_set, val_set = load_splits(args.data_dir, args.train_images or None)

    def objective(trial: optuna.Trial) -> float:
        params = search_space(trial)
        trial.set_user_attr("epochs", args.epochs)
        trial.set_user_attr("train_images", len(train_set))  # type: ignore[arg-type]
        return train_and_validate(params, train_set, val_set, args.epochs, trial)

    study = optuna.create_study(
        study_name=args.study_name,
        storage=open_storage(args.storage),
        direction="maximize",  # the objective returns validation accuracy
        sampler=make_sampler(args.sampler, args.seed),
        pruner=make_pruner(args.pruner, args.epochs, args.startup_trials),
        load_if_exists=True,  # a rerun or a second worker continues the same study
    )
    if not study.trials and args.sampler != "grid":
        study.enqueue_trial(BASELINE)  # trial 0: today's config, as the bar to beat

    start = time.perf_counter()
    study.optimize(objective, n_trials=args.n_trials, timeout=args.timeout)
    elapsed = time.perf_counter() - start

    states = [t.state for t in study.trials]
    counts = {s.name.lower(): states.count(s) for s in optuna.trial.TrialState}
    print(
        f"Study {study.study_name}: {len(states)} trials ({counts['complete']} complete, "
        f"{counts['pruned']} pruned, {counts['fail']} failed); this process took {elapsed:.0f} s"
    )
    best = study.best_trial
    print(f"best: trial {best.number}, val_accuracy {best.value:.4f}, params {best.params}")


if __name__ == "__main__":
    main()
