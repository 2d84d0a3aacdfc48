"""Train DigitClassifier with a Hydra config, track the run in W&B, and run it in the cloud.

Reference solution for the using-the-cloud module. Save it as
src/corrupt_mnist/train_hydra.py (it replaces the version from the logging module, and
needs src/corrupt_mnist/cloud.py) and run it from the project root:

    uv run python -m corrupt_mnist.train_hydra                      # tracked online
    WANDB_MODE=offline uv run python -m corrupt_mnist.train_hydra   # no account needed
    uv run python -m corrupt_mnist.train_hydra wandb.mode=disabled  # no tracking at all

Two kinds of logs come out of a run:

- application logs: the `logging` messages below. Hydra sends them to the terminal and
  to train_hydra.log in the run's folder, outputs/DATE/TIME/ (multirun/DATE/TIME/N/ in a
  sweep), next to the composed config in .hydra/, the git commit of the code in
  git_commit.txt, the weights model.pt and the plot training_curve.png;
- experiment logs: the config, metrics, images, histograms, a predictions table and the
  model artifact, sent to W&B. W&B's own files for the run go to outputs/DATE/TIME/wandb/.

The W&B settings live in the `wandb` block of configs/config.yaml. The API key is never
in the code or the config: W&B reads WANDB_API_KEY from the environment (a .env file in
the project root is loaded at start-up) or from ~/.netrc after `wandb login`.

As in the config files module, a single run also copies its weights to models/model.pt,
where `corrupt-mnist evaluate` and the evaluation image look by default; the jobs of a
Hydra multirun (-m) or of a W&B sweep do not.

New in the using-the-cloud module, for runs on machines that are gone afterwards:

- WANDB_API_KEY_SECRET=projects/PROJECT_ID/secrets/wandb-api-key/versions/latest makes
  the run read the key from Secret Manager (see cloud.load_secret_env);
- export_dir=/gcs/BUCKET/runs copies model.pt, the plot, the log, git_commit.txt and the
  configs to export_dir/DATE_TIME/ at the end of the run, here into a bucket mounted by
  Vertex AI. The image holds no .git, so pass the commit in GIT_COMMIT or it is "unknown".
"""

import logging
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, cast

import hydra
import matplotlib.pyplot as plt
import torch
import wandb
from dotenv import load_dotenv
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from hydra.utils import instantiate
from omegaconf import DictConfig, OmegaConf
from torch import Tensor, nn
from torch.utils.data import DataLoader, random_split

from corrupt_mnist.cloud import export_run, load_secret_env
from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.train import pick_device

# Hydra configures logging: INFO and above go to the terminal and to the log file.
log = logging.getLogger(__name__)

N_TABLE_IMAGES = 32  # validation images shown with their predictions in the W&B table

# The latest single run's weights also go here, the default of `corrupt-mnist evaluate`.
LATEST_MODEL = Path("models/model.pt")


def git_commit() -> str:
    """Return the commit of the code being run, with "-dirty" if tracked files differ from it.

    The environment variable GIT_COMMIT wins if set, for places without the repository,
    such as a Docker image (`docker run -e GIT_COMMIT="$(git rev-parse HEAD)" ...`).
    Without it, and outside a git repository or without git, the answer is "unknown".
    """
    if commit := os.environ.get("GIT_COMMIT"):
        return commit
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=False
        )
        if head.returncode != 0:  # not inside a repository, or no commit yet
            return "unknown"
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:  # the git program is not installed
        return "unknown"
    commit = head.stdout.strip()
    return f"{commit}-dirty" if status.stdout.strip() else commit


@torch.inference_mode()
def evaluate(
    model: nn.Module, loader: DataLoader, loss_fn: nn.Module, device: torch.device
) -> tuple[float, float]:
    """Return the mean loss and the accuracy of model on loader."""
    model.eval()
    total_loss, correct, total = 0.0, 0, 0
    for images, targets in loader:
        images, targets = images.to(device), targets.to(device)
        logits = model(images)
        total_loss += loss_fn(logits, targets).item() * targets.numel()
        correct += (logits.argmax(dim=1) == targets).sum().item()
        total += targets.numel()
    return total_loss / total, correct / total


def to_display(image: Tensor) -> Tensor:
    """Stretch one normalised (1, 28, 28) image to the range 0-1, the way W&B expects it."""
    low, high = image.min(), image.max()
    return (image - low) / (high - low + 1e-8)


@torch.inference_mode()
def predictions_table(
    model: nn.Module, images: Tensor, targets: Tensor, device: torch.device
) -> wandb.Table:
    """Build a W&B table with one row per image: the image, its target and the prediction."""
    model.eval()
    probabilities = model(images.to(device)).softmax(dim=1).cpu()
    confidence, predicted = probabilities.max(dim=1)
    table = wandb.Table(columns=["image", "target", "predicted", "confidence", "correct"])
    for image, target, guess, conf in zip(images, targets, predicted, confidence, strict=True):
        table.add_data(
            wandb.Image(to_display(image)),
            int(target),
            int(guess),
            round(float(conf), 4),
            int(target) == int(guess),
        )
    return table


# config_path is relative to this file: src/corrupt_mnist/ -> project root -> configs/.
@hydra.main(version_base="1.3", config_path="../../configs", config_name="config")
def main(cfg: DictConfig) -> None:
    """Train one model with the composed config cfg, save it and track the run in W&B."""
    load_dotenv()  # WANDB_API_KEY from .env, if there is one; never overrides the shell's
    for name in load_secret_env():  # in the cloud: NAME from the secret NAME_SECRET names
        log.info("Read %s from Secret Manager", name)
    hydra_cfg = HydraConfig.get()
    out_dir = Path(hydra_cfg.runtime.output_dir)
    log.info("Composed config:\n%s", OmegaConf.to_yaml(cfg, resolve=True))

    # The config says how to train; the commit says with which code. Keep both.
    commit = git_commit()
    (out_dir / "git_commit.txt").write_text(commit + "\n", encoding="utf-8")
    log.info("git commit %s", commit)

    torch.manual_seed(cfg.seed)  # same seed, same config, same data: the same run on CPU
    device = pick_device()

    full_train, _ = corrupt_mnist(Path(cfg.data_dir))
    split = torch.Generator().manual_seed(cfg.seed)
    train_set, val_set = random_split(
        full_train, [1 - cfg.val_fraction, cfg.val_fraction], generator=split
    )
    train_loader = DataLoader(train_set, batch_size=cfg.batch_size, shuffle=True)
    val_loader = DataLoader(val_set, batch_size=256)
    table_images, table_targets = next(iter(DataLoader(val_set, batch_size=N_TABLE_IMAGES)))

    model = instantiate(cfg.model).to(device)
    optimizer = instantiate(cfg.optimizer, model.parameters())
    loss_fn = nn.CrossEntropyLoss()
    log.info("%s with %s on %s", type(model).__name__, type(optimizer).__name__, device)

    # W&B wants plain dicts, not OmegaConf objects: resolve the ${...} and convert.
    config = cast(dict[str, Any], OmegaConf.to_container(cfg, resolve=True))
    with wandb.init(
        project=cfg.wandb.project,
        entity=cfg.wandb.entity,
        mode=cfg.wandb.mode,
        job_type="train",
        config=config,
        dir=out_dir,  # keep W&B's local files in the Hydra run folder
    ) as run:
        log.info("W&B run %s: %s", run.name, "offline" if run.offline else (run.url or "disabled"))
        in_sweep = run.sweep_id is not None  # started by `wandb agent`
        if cfg.wandb.data_artifact and not run.offline:
            # Record which dataset version this run read: data -> run -> model lineage.
            run.use_artifact(cfg.wandb.data_artifact)

        # Per-epoch metrics get the epoch as their x-axis; the summary keeps the best.
        run.define_metric("epoch")
        run.define_metric("val/*", step_metric="epoch")
        run.define_metric("val/accuracy", summary="max")

        losses: list[float] = []
        val_loss, val_acc = float("nan"), float("nan")
        step = 0
        for epoch in range(1, cfg.epochs + 1):
            model.train()
            for images, targets in train_loader:
                images, targets = images.to(device), targets.to(device)
                optimizer.zero_grad()
                logits = model(images)
                loss = loss_fn(logits, targets)
                loss.backward()
                optimizer.step()
                losses.append(loss.item())
                if step % cfg.wandb.log_every == 0:
                    batch_acc = (logits.argmax(dim=1) == targets).float().mean().item()
                    run.log({"train/loss": loss.item(), "train/accuracy": batch_acc})
                step += 1

            val_loss, val_acc = evaluate(model, val_loader, loss_fn, device)
            log.info(
                "epoch %d/%d  loss %.4f  val_loss %.4f  val_accuracy %.4f",
                epoch,
                cfg.epochs,
                losses[-1],
                val_loss,
                val_acc,
            )
            histograms = {
                f"weights/{name}": wandb.Histogram(param.detach().cpu().numpy())
                for name, param in model.named_parameters()
            }
            run.log({"epoch": epoch, "val/loss": val_loss, "val/accuracy": val_acc, **histograms})

        model_path = out_dir / "model.pt"
        torch.save(model.state_dict(), model_path)

        fig, ax = plt.subplots(figsize=(6, 4))
        ax.plot(losses)
        ax.set(title="Training loss", xlabel="step", ylabel="cross-entropy")
        fig.tight_layout()
        fig.savefig(out_dir / "training_curve.png")
        run.log(
            {
                "training_curve": wandb.Image(fig),
                "val/predictions": predictions_table(model, table_images, table_targets, device),
            }
        )
        plt.close(fig)  # Hydra's multirun runs many jobs in one process: free each figure

        if cfg.wandb.log_model:
            # The weights and the exact config that produced them travel together.
            artifact = wandb.Artifact(
                name=cfg.wandb.model_name,
                type="model",
                description="state_dict of a DigitClassifier trained on corrupted MNIST",
                metadata={
                    "val_accuracy": val_acc,
                    "val_loss": val_loss,
                    "epochs": cfg.epochs,
                    "git_commit": commit,
                },
            )
            artifact.add_file(str(model_path), name="model.pt")
            artifact.add_file(str(out_dir / ".hydra" / "config.yaml"), name="config.yaml")
            run.log_artifact(artifact)
            log.info("Logged model artifact %s", cfg.wandb.model_name)

    log.info("final val_accuracy %.4f", val_acc)
    log.info("Saved model.pt and training_curve.png in %s", out_dir)

    # A sweep's jobs would overwrite each other, so only a single run becomes the latest
    # model; from a sweep, copy the best job's model.pt yourself. A W&B agent starts each
    # job as a single Hydra run, so W&B's sweeps are left out explicitly.
    if hydra_cfg.mode == RunMode.RUN and not in_sweep:
        LATEST_MODEL.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out_dir / "model.pt", LATEST_MODEL)
        log.info("Copied the weights to %s", LATEST_MODEL)

    if cfg.export_dir:
        # The machine and its disk disappear after a cloud job: copy the results away.
        exported = export_run(out_dir, Path(cfg.export_dir))
        log.info("Exported the run's results to %s", exported)


if __name__ == "__main__":
    main()
