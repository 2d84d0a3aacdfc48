"""A teammate's extended training loop for corrupt_mnist. It has bugs; find them.

Debugging module, session S4. Save it as scratch/train_buggy.py in the project and run
it from the project root:

    uv run python scratch/train_buggy.py

On top of the training loop of corrupt_mnist.train it adds fresh noise on every batch,
label smoothing and a validation split. Six bugs hide in these changes: two crash, four
only give wrong numbers. The model, the data and pick_device come from the package
unchanged.
"""

import argparse
from pathlib import Path

import numpy as np
import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader, Subset

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import pick_device

BATCH_SIZE = 64
NOISE_STD = 0.1  # extra noise added to every batch, on the normalised pixel scale
SMOOTHING = 0.1  # share of each target's probability spread evenly over the ten classes
LOG_EVERY = 20  # print the loss every LOG_EVERY steps
SEED = 2476


def split_indices(n: int, val_fraction: float, seed: int) -> tuple[Tensor, Tensor]:
    """Shuffle the indices 0..n-1 and return (train, validation) index tensors."""
    order = torch.randperm(n, generator=torch.Generator().manual_seed(seed))
    n_val = int(n * val_fraction)
    return order[: n - n_val], order[:n_val]


def add_noise(images: Tensor, rng: np.random.Generator) -> Tensor:
    """Add fresh Gaussian noise to a batch, so that no two epochs see the same images."""
    noise = rng.normal(0.0, NOISE_STD, size=images.shape)
    return images + torch.from_numpy(noise)


def smoothed_cross_entropy(logits: Tensor, targets: Tensor) -> Tensor:
    """Cross-entropy against smoothed targets: 0.91 for the true class, 0.01 for the others."""
    rows = torch.arange(BATCH_SIZE, device=logits.device)
    soft = torch.full((BATCH_SIZE, 10), SMOOTHING / 10, device=logits.device)
    soft[rows, targets] += 1 - SMOOTHING
    log_probs = logits.softmax(dim=0).log()
    return -(soft * log_probs).sum(dim=1).mean()


def train_step(
    model: nn.Module, images: Tensor, targets: Tensor, optimizer: torch.optim.Optimizer
) -> Tensor:
    """Run one optimisation step on a batch and return the loss."""
    logits = model(images)
    loss = smoothed_cross_entropy(logits, targets)
    loss.backward()
    optimizer.step()
    return loss


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


def parse_args() -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--n-train", type=int, default=5000, help="training images to use")
    parser.add_argument("--data-dir", type=Path, default=Path("data/processed"))
    parser.add_argument(
        "--detect-anomaly", action="store_true", help="check every backward pass for NaN"
    )
    return parser.parse_args()


def main() -> None:
    """Train on a subset of corrupted MNIST and report validation and test accuracy."""
    args = parse_args()
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    torch.autograd.set_detect_anomaly(args.detect_anomaly)
    device = pick_device()

    full_train, test_set = corrupt_mnist(args.data_dir)
    n = min(args.n_train, len(full_train))
    train_idx, val_idx = split_indices(n, val_fraction=0.1, seed=SEED)
    train_set = Subset(full_train, train_idx.tolist())
    val_set = Subset(full_train, val_idx.tolist())
    train_loader = DataLoader(train_set, batch_size=BATCH_SIZE, shuffle=True)
    val_loader = DataLoader(val_set, batch_size=256)
    test_loader = DataLoader(test_set, batch_size=256)
    print(f"{len(train_set)} training, {len(val_set)} validation images on {device}")

    model = DigitClassifier().to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)

    for epoch in range(args.epochs):
        model.train()
        optimizer.zero_grad()
        total_loss = 0.0
        for step, (images, targets) in enumerate(train_loader):
            images, targets = images.to(device), targets.to(device)
            images = add_noise(images, rng)
            loss = train_step(model, images, targets, optimizer)
            total_loss += loss.item()
            if step % LOG_EVERY == 0:
                print(f"epoch {epoch + 1}  step {step:3d}  loss {loss.item():.4f}")
        val_acc = accuracy(model, val_loader, device)
        mean_loss = total_loss / len(train_loader)
        print(f"epoch {epoch + 1}  mean loss {mean_loss:.4f}  val_accuracy {val_acc:.4f}")

    test_acc = accuracy(model, test_loader, device)
    print(f"final val_accuracy {val_acc:.4f}  test_accuracy {test_acc:.4f}")


if __name__ == "__main__":
    main()
