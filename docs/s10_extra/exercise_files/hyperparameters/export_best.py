"""Summarise an Optuna study of corrupt_mnist and export its best trial for Hydra.

Save it as scripts/export_best.py next to scripts/tune.py and run it from the project root:

    uv run python scripts/export_best.py                          # the study in optuna.db
    uv run python scripts/export_best.py --figures reports/figures
    uv run python scripts/export_best.py --storage optuna_journal.log --study-name parallel --no-export

It prints the trial counts and the best trial, prints the best values as Hydra overrides,
and writes them as the experiment configs/experiment/tuned.yaml, which trains the winner
at full length:

    uv run python -m corrupt_mnist.train_hydra +experiment=tuned
"""

import argparse
import warnings
from decimal import Decimal
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import optuna
from optuna.trial import FrozenTrial, TrialState

from tune import open_storage


def plain(value: float) -> str:
    """Four significant digits without exponent: 0.0001234, not 1.234e-04.

    PyYAML reads 1.234e-04 as a string; a plain decimal is a float to every YAML reader.
    """
    return format(Decimal(f"{value:.4g}"), "f")


def as_overrides(params: dict[str, Any]) -> list[str]:
    """Translate a trial's parameters into Hydra overrides for configs/config.yaml."""
    overrides = [
        f"optimizer={params['optimizer']}",  # a config group: picks optimizer/sgd.yaml
        f"lr={plain(params['lr'])}",
        f"batch_size={params['batch_size']}",
        f"model.dropout={plain(params['dropout'])}",
    ]
    if "momentum" in params:
        overrides.append(f"optimizer.momentum={plain(params['momentum'])}")
    return overrides


def experiment_yaml(study_name: str, best: FrozenTrial) -> str:
    """Return the text of a Hydra experiment file that sets the best trial's values."""
    params = best.params
    epochs = best.user_attrs.get("epochs", "?")
    images = best.user_attrs.get("train_images", "?")
    lines = [
        "# @package _global_",
        f"# Written by scripts/export_best.py from the Optuna study '{study_name}', trial {best.number}:",
        f"# validation accuracy {best.value:.4f} after {epochs} epochs on {images} training images.",
        "# Train with it: uv run python -m corrupt_mnist.train_hydra +experiment=tuned",
        "defaults:",
        f"  - override /optimizer: {params['optimizer']}",
        "",
        f"lr: {plain(params['lr'])}",
        f"batch_size: {params['batch_size']}",
        "model:",
        f"  dropout: {plain(params['dropout'])}",
    ]
    if "momentum" in params:
        lines += ["optimizer:", f"  momentum: {plain(params['momentum'])}"]
    return "\n".join(lines) + "\n"


def save_figures(study: optuna.Study, folder: Path) -> None:
    """Save three standard plots of the study as PNG files (matplotlib, no browser)."""
    # Optuna marks its matplotlib plots as experimental and warns on every call.
    warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
    folder.mkdir(parents=True, exist_ok=True)
    plots = {
        "optuna_history.png": optuna.visualization.matplotlib.plot_optimization_history,
        "optuna_intermediate.png": optuna.visualization.matplotlib.plot_intermediate_values,
        "optuna_importances.png": optuna.visualization.matplotlib.plot_param_importances,
    }
    for name, plot in plots.items():
        ax = plot(study)
        ax.figure.savefig(folder / name, bbox_inches="tight")
        plt.close(ax.figure)
        print(f"Saved {folder / name}")


def main() -> None:
    """Load the study, print the summary, write the experiment file and the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study-name", default="corrupt-mnist")
    parser.add_argument("--storage", default="sqlite:///optuna.db")
    parser.add_argument("--out", type=Path, default=Path("configs/experiment/tuned.yaml"))
    parser.add_argument("--figures", type=Path, default=None, help="folder for PNG plots")
    parser.add_argument("--no-export", action="store_true", help="print only, write no YAML")
    args = parser.parse_args()

    study = optuna.load_study(study_name=args.study_name, storage=open_storage(args.storage))
    states = [t.state for t in study.trials]
    print(
        f"Study {study.study_name}: {len(states)} trials, "
        f"{states.count(TrialState.COMPLETE)} complete, {states.count(TrialState.PRUNED)} pruned, "
        f"{states.count(TrialState.FAIL)} failed"
    )
    top = sorted(
        study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)),
        key=lambda t: t.value if t.value is not None else float("-inf"),
        reverse=True,
    )[:5]
    print("Best completed trials:")
    for t in top:
        print(f"  trial {t.number:3d}  val_accuracy {t.value:.4f}  {t.params}")

    best = study.best_trial
    print(f"best: trial {best.number}, val_accuracy {best.value:.4f}")
    print("Hydra overrides: " + " ".join(as_overrides(best.params)))

    if not args.no_export:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(experiment_yaml(study.study_name, best), encoding="utf-8")
        print(f"Wrote {args.out}")

    if args.figures is not None:
        save_figures(study, args.figures)


if __name__ == "__main__":
    main()
