"""Train DigitClassifier with settings from the Hydra config tree in configs/.

Reference solution. Save it as src/corrupt_mnist/train_hydra.py and run it from the
project root:

    uv run python -m corrupt_mnist.train_hydra                        # the defaults
    uv run python -m corrupt_mnist.train_hydra lr=0.0001 optimizer=sgd
    uv run python -m corrupt_mnist.train_hydra -m "lr=0.01,0.001"     # two runs

Every run gets a folder of its own, outputs/DATE/TIME/ (multirun/DATE/TIME/N/ in a
sweep), holding the composed config in .hydra/, the log file train_hydra.log, the git
commit of the code in git_commit.txt, the weights model.pt and the plot
training_curve.png. A single run also copies its weights to models/model.pt, where
`corrupt-mnist evaluate` and the evaluation image look by default.
"""

import logging
import os
import shutil
import subprocess
from pathlib import Path

import hydra
import matplotlib.pyplot as plt
import torch
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from hydra.utils import instantiate
from omegaconf import DictConfig, OmegaConf
from torch import Tensor, nn
from torch.utils.data import DataLoader, random_split

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.train import pick_device

# Hydra configures logging: INFO and above go to the terminal and to the log file.
log = logging.getLogger(__name__)

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


def accuracy(
    model: nn.Module, loader: DataLoader[tuple[Tensor, ...]], device: torch.device
) -> float:
    """Share of correctly classified images in loader.

    A TensorDataset, and so a loader over it, yields tuples of tensors, here
    (images, targets).
    """
    model.eval()
    correct, total = 0, 0
    with torch.inference_mode():
        for images, targets in loader:
            images, targets = images.to(device), targets.to(device)
            correct += int((model(images).argmax(dim=1) == targets).sum().item())
            total += targets.numel()
    return correct / total


# config_path is relative to this file: src/corrupt_mnist/ -> project root -> configs/.
@hydra.main(version_base="1.3", config_path="../../configs", config_name="config")
def main(cfg: DictConfig) -> None:
    """Train one model with the composed config cfg and save it in the run's folder."""
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

    # _target_ in the group files decides which classes these are.
    model: nn.Module = instantiate(cfg.model).to(device)
    optimizer: torch.optim.Optimizer = instantiate(cfg.optimizer, model.parameters())
    loss_fn = nn.CrossEntropyLoss()
    log.info("%s with %s on %s", type(model).__name__, type(optimizer).__name__, device)

    losses: list[float] = []
    val_acc = float("nan")
    for epoch in range(cfg.epochs):
        model.train()
        for images, targets in train_loader:
            images, targets = images.to(device), targets.to(device)
            optimizer.zero_grad()
            loss = loss_fn(model(images), targets)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        val_acc = accuracy(model, val_loader, device)
        log.info(
            "epoch %d/%d  loss %.4f  val_accuracy %.4f", epoch + 1, cfg.epochs, losses[-1], val_acc
        )

    torch.save(model.state_dict(), out_dir / "model.pt")

    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(losses)
    ax.set(title="Training loss", xlabel="step", ylabel="cross-entropy")
    fig.tight_layout()
    fig.savefig(out_dir / "training_curve.png")
    plt.close(fig)  # a sweep runs many jobs in one process: free each figure

    log.info("final val_accuracy %.4f", val_acc)
    log.info("Saved model.pt and training_curve.png in %s", out_dir)

    # A sweep's jobs would overwrite each other, so only a single run becomes the latest
    # model; from a sweep, copy the best job's model.pt yourself.
    if hydra_cfg.mode == RunMode.RUN:
        LATEST_MODEL.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out_dir / "model.pt", LATEST_MODEL)
        log.info("Copied the weights to %s", LATEST_MODEL)


if __name__ == "__main__":
    main()
