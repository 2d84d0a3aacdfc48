"""Tune corrupt_mnist with Optuna, with every trial's settings composed by Hydra.

Save it as scripts/tune_hydra.py next to scripts/tune.py and run it from the project root:

    uv run python scripts/tune_hydra.py --n-trials 20
    uv run python scripts/tune_hydra.py --n-trials 20 --base model=large

Each trial turns its suggestions into Hydra overrides, composes configs/ with the Compose
API exactly as `python -m corrupt_mnist.train_hydra <overrides>` would, and builds the
model and optimizer with instantiate. So the search space speaks the config's language,
a trial's overrides rerun it with train_hydra.py, and configs/ stays the one place that
says what the defaults are. The training loop, pruning and storage come from tune.py.
"""

import argparse
from pathlib import Path

import optuna
import torch
from hydra import compose, initialize_config_dir
from hydra.utils import instantiate
from omegaconf import DictConfig
from torch import nn

from corrupt_mnist.train import pick_device
from tune import fit, load_splits, make_pruner, open_storage

CONFIG_DIR = Path("configs").resolve()  # run from the project root; Hydra wants it absolute


def overrides_for(trial: optuna.Trial) -> list[str]:
    """Suggest values and return them as Hydra overrides of configs/config.yaml."""
    optimizer = trial.suggest_categorical("optimizer", ["adam", "sgd"])
    overrides = [
        f"optimizer={optimizer}",  # picks configs/optimizer/adam.yaml or sgd.yaml
        f"lr={trial.suggest_float('lr', 1e-4, 1e-1, log=True)}",
        f"batch_size={trial.suggest_categorical('batch_size', [32, 64, 128])}",
        f"model.dropout={trial.suggest_float('dropout', 0.0, 0.5)}",
    ]
    if optimizer == "sgd":
        overrides.append(f"optimizer.momentum={trial.suggest_float('momentum', 0.0, 0.99)}")
    return overrides


def compose_config(overrides: list[str]) -> DictConfig:
    """Compose configs/config.yaml with overrides, as train_hydra.py would see it."""
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        return compose(config_name="config", overrides=overrides)


def main() -> None:
    """Run the study; the best trial's overrides are what to pass to train_hydra.py."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study-name", default="corrupt-mnist-hydra")
    parser.add_argument("--storage", default="sqlite:///optuna.db")
    parser.add_argument("--n-trials", type=int, default=20)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--train-images", type=int, default=5000)
    parser.add_argument("--base", nargs="*", default=[], help="fixed overrides, e.g. model=large")
    args = parser.parse_args()

    base_cfg = compose_config(args.base)
    train_set, val_set = load_splits(Path(base_cfg.data_dir), args.train_images or None)

    def objective(trial: optuna.Trial) -> float:
        overrides = args.base + overrides_for(trial)
        trial.set_user_attr("overrides", overrides)  # replayable: train_hydra.py <overrides>
        trial.set_user_attr("epochs", args.epochs)
        trial.set_user_attr("train_images", len(train_set))  # type: ignore[arg-type]
        cfg = compose_config(overrides)
        torch.manual_seed(cfg.seed)
        model: nn.Module = instantiate(cfg.model).to(pick_device())
        optimizer: torch.optim.Optimizer = instantiate(cfg.optimizer, model.parameters())
        return fit(model, optimizer, train_set, val_set, cfg.batch_size, args.epochs, trial)

    study = optuna.create_study(
        study_name=args.study_name,
        storage=open_storage(args.storage),
        direction="maximize",
        pruner=make_pruner("median", args.epochs, startup_trials=5),
        load_if_exists=True,
    )
    study.optimize(objective, n_trials=args.n_trials)
    best = study.best_trial
    print(f"best: trial {best.number}, val_accuracy {best.value:.4f}")
    print("Train it: uv run python -m corrupt_mnist.train_hydra " + " ".join(best.user_attrs["overrides"]))


if __name__ == "__main__":
    main()
