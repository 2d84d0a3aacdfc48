"""Is loading or computing the bottleneck? Time the two halves of a training step apart.

Save as scripts/check_bottleneck.py and run it from the project root after write_images.py:

    uv run python scripts/check_bottleneck.py
    uv run python scripts/check_bottleneck.py --batch-size 128 --batches 10

It loads batches in the main process (num_workers=0) from three sources, and separately
runs training steps on one batch that is already in memory, on the device training
would use. When loading a batch takes longer than a training step, the model waits for
data: that is the time that DataLoader workers can win back.
"""

import argparse
import time
from pathlib import Path

import torch
from torch import nn
from torch.utils.data import Dataset

from corrupt_mnist.data import PROCESSED_DIR, corrupt_mnist
from corrupt_mnist.image_data import (
    IMAGE_DIR,
    CorruptMnistImages,
    augmentation,
    make_loader,
)
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import pick_device, train_step


def synchronize(device: torch.device) -> None:
    """Wait until the GPU has finished: its work runs asynchronously to Python."""
    if device.type == "cuda":
        torch.cuda.synchronize()
    elif device.type == "mps":
        torch.mps.synchronize()


def ms_loading(dataset: Dataset, batch_size: int, batches: int) -> float:
    """Milliseconds per batch to load from dataset in the main process."""
    iterator = iter(make_loader(dataset, batch_size, num_workers=0))
    next(iterator)  # warm-up: the first batch also pays for one-off work
    start = time.perf_counter()
    for _ in range(batches):
        next(iterator)
    return (time.perf_counter() - start) / batches * 1000


def ms_training(batch_size: int, steps: int, device: torch.device) -> float:
    """Milliseconds per training step of DigitClassifier on a batch already on device."""
    model = DigitClassifier().to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    images = torch.randn(batch_size, 1, 28, 28, device=device)
    targets = torch.randint(0, 10, (batch_size,), device=device)
    train_step(model, images, targets, loss_fn, optimizer)  # warm-up
    synchronize(device)
    start = time.perf_counter()
    for _ in range(steps):
        train_step(model, images, targets, loss_fn, optimizer)
    synchronize(device)
    return (time.perf_counter() - start) / steps * 1000


def main() -> None:
    """Print a table of milliseconds per batch and a verdict per data source."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processed-dir", type=Path, default=PROCESSED_DIR)
    parser.add_argument("--root", type=Path, default=IMAGE_DIR)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--batches", type=int, default=20)
    args = parser.parse_args()
    torch.manual_seed(0)

    tensors, _ = corrupt_mnist(args.processed_dir)
    sources = {
        "load: tensors in memory": tensors,
        "load: PNG files": CorruptMnistImages(args.root, "train"),
        "load: PNG files + augmentation": CorruptMnistImages(
            args.root, "train", transform=augmentation()
        ),
    }
    loading = {name: ms_loading(ds, args.batch_size, args.batches) for name, ds in sources.items()}
    device = pick_device()
    step = ms_training(args.batch_size, args.batches, device)

    print(f"Batches of {args.batch_size}, mean of {args.batches}; loading with num_workers=0")
    print("| what | ms per batch |")
    print("| --- | ---: |")
    for name, ms in loading.items():
        print(f"| {name} | {ms:.1f} |")
    print(f"| train step: DigitClassifier on {device} | {step:.1f} |")
    for name, ms in loading.items():
        verdict = "the model waits for data" if ms > step else "loading keeps up"
        print(f"{name.removeprefix('load: ')}: loading is {ms / step:.2f}x the step, {verdict}")


if __name__ == "__main__":
    main()
