"""Train DigitClassifier: the starter for the config files module.

Save it as src/corrupt_mnist/train_hydra.py. As it stands, it runs with the values
hard-coded at the top of main():

    uv run python -m corrupt_mnist.train_hydra

Your turn: make it a Hydra app that reads the config tree in configs/. Every place to
change is marked "Your turn". When you are done, the script imports hydra, HydraConfig,
RunMode, instantiate, DictConfig and OmegaConf, and DigitClassifier is no longer
imported here. git_commit() is complete: it records which code a run used.
"""

import logging
import os
import subprocess
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader, random_split

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import pick_device

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


# Your turn (1): decorate main with @hydra.main, using version_base="1.3", the path to
# configs/ relative to this file, and the name of the primary config without ".yaml".
# Then give main a parameter `cfg: DictConfig`.
def main() -> None:
    """Train one model and save it."""
    # Your turn (2): delete these hard-coded values and read each one from cfg
    # (cfg.seed, cfg.lr, ...) where it is used below.
    seed = 2476
    lr = 0.001
    batch_size = 32
    epochs = 5
    val_fraction = 0.1
    data_dir = "data/processed"

    # Your turn (3): save into the run's own folder, HydraConfig.get().runtime.output_dir
    # (Hydra has created it already), and log the composed config with log.info and
    # OmegaConf.to_yaml(cfg, resolve=True).
    out_dir = Path("models")
    out_dir.mkdir(parents=True, exist_ok=True)

    commit = git_commit()
    (out_dir / "git_commit.txt").write_text(commit + "\n", encoding="utf-8")
    log.info("git commit %s", commit)

    torch.manual_seed(seed)
    device = pick_device()

    full_train, _ = corrupt_mnist(Path(data_dir))
    split = torch.Generator().manual_seed(seed)
    train_set, val_set = random_split(full_train, [1 - val_fraction, val_fraction], generator=split)
    train_loader = DataLoader(train_set, batch_size=batch_size, shuffle=True)
    val_loader = DataLoader(val_set, batch_size=256)

    # Your turn (4): build both objects with hydra.utils.instantiate from cfg.model and
    # cfg.optimizer; pass model.parameters() to the optimizer as a positional argument.
    model = DigitClassifier().to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    log.info("%s with %s on %s", type(model).__name__, type(optimizer).__name__, device)

    losses: list[float] = []
    val_acc = float("nan")
    for epoch in range(epochs):
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
            "epoch %d/%d  loss %.4f  val_accuracy %.4f", epoch + 1, epochs, losses[-1], val_acc
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

    # Your turn (6): copy out_dir / "model.pt" to LATEST_MODEL with shutil.copyfile, but
    # only in a single run: in a sweep, HydraConfig.get().mode is RunMode.MULTIRUN (from
    # hydra.types), and the jobs would overwrite each other's weights.


if __name__ == "__main__":
    # Your turn (5): Hydra sets up logging to the terminal and a log file; delete this line.
    logging.basicConfig(level=logging.INFO)
    main()
