"""Train DigitClassifier with settings from the Hydra config tree in configs/.

Reference solution. Save it as src/corrupt_mnist/train_hydra.py and run it from the
project root:

    uv run python -m corrupt_mnist.train_hydra                        # the defaults
    uv run python -m corrupt_mnist.train_hydra lr=0.0001 optimizer=sgd
    uv run python -m corrupt_mnist.train_hydra -m "lr=0.01,0.001"     # two runs

Every run gets a folder of its own, outputs/DATE/TIME/ (multirun/DATE/TIME/N/ in a
sweep), holding the composed config in .hydra/, the log file train_hydra.log, the
weights model.pt and the plot training_curve.png.
"""

import logging
from pathlib import Path

import hydra
import matplotlib.pyplot as plt
import torch
from hydra.core.hydra_config import HydraConfig
from hydra.utils import instantiate
from omegaconf import DictConfig, OmegaConf
from torch import nn
from torch.utils.data import DataLoader, random_split

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.train import pick_device

# Hydra configures logging: INFO and above go to the terminal and to the log file.
log = logging.getLogger(__name__)


@torch.inference_mode()
def accuracy(model: nn.Module, loader: DataLoader, device: torch.device) -> float:
    """Share of correctly classified images in loader."""
    model.eval()
    correct, total = 0, 0
    for images, targets in loader:
        images, targets = images.to(device), targets.to(device)
        correct += (model(images).argmax(dim=1) == targets).sum().item()
        total += targets.numel()
    return correct / total


# config_path is relative to this file: src/corrupt_mnist/ -> project root -> configs/.
@hydra.main(version_base="1.3", config_path="../../configs", config_name="config")
def main(cfg: DictConfig) -> None:
    """Train one model with the composed config cfg and save it in the run's folder."""
    out_dir = Path(HydraConfig.get().runtime.output_dir)
    log.info("Composed config:\n%s", OmegaConf.to_yaml(cfg, resolve=True))

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
    model = instantiate(cfg.model).to(device)
    optimizer = instantiate(cfg.optimizer, model.parameters())
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


if __name__ == "__main__":
    main()
