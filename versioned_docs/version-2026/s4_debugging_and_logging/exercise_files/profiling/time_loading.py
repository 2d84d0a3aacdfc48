"""Time the RawDigits data path next to the training steps it feeds.

Save it as scripts/time_loading.py and run it from the project root:

    uv run python scripts/time_loading.py                  # MNIST digits from data/raw
    uv run python scripts/time_loading.py --synthetic      # offline stand-in digits
    uv run python scripts/time_loading.py --line-profile   # per-line times of __getitem__

It trains DigitClassifier for a few batches drawn from RawDigits, adds up the seconds
spent waiting for each batch and the seconds spent in train_step, and prints both.
Loading should be a small share of the total; if it is not, the data path is the
bottleneck.
"""

import argparse
import time

import torch
from torch import nn
from torch.utils.data import DataLoader

from corrupt_mnist.data import RAW_DIR, load_mnist, synthetic_digits
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.raw_digits import RawDigits
from corrupt_mnist.train import train_step


def parse_args() -> argparse.Namespace:
    """Read the command-line options."""
    parser = argparse.ArgumentParser(description="Time RawDigits next to training steps.")
    parser.add_argument("--n-images", type=int, default=25_000, help="digits in the dataset")
    parser.add_argument("--batches", type=int, default=10, help="training steps to time")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--synthetic", action="store_true", help="use the offline stand-in")
    parser.add_argument(
        "--line-profile", action="store_true", help="print per-line times of __getitem__"
    )
    return parser.parse_args()


def raw_digits(n_images: int, synthetic: bool) -> tuple[torch.Tensor, torch.Tensor]:
    """Return n_images uint8 digits of shape (N, 28, 28) and their int64 targets."""
    if synthetic:
        return synthetic_digits(n_images, torch.Generator().manual_seed(0))
    images, targets, _, _ = load_mnist(RAW_DIR)  # downloads only if data/raw lacks MNIST
    return images[:n_images], targets[:n_images]


def check_first_item(dataset: RawDigits, images: torch.Tensor) -> None:
    """Stop with an error if item 0 differs from the normalisation done in one go."""
    pixels = images.float() / 255
    expected = ((pixels[0] - pixels.mean()) / pixels.std()).unsqueeze(0)
    image, _ = dataset[0]
    if image.shape != (1, 28, 28) or not torch.allclose(image, expected, atol=1e-4):
        raise SystemExit("check   : dataset[0] does NOT match the reference normalisation")
    print("check   : dataset[0] matches the reference normalisation")


def main() -> None:
    """Build the data and model, time the batches and print the results."""
    args = parse_args()
    torch.manual_seed(0)
    images, targets = raw_digits(args.n_images, args.synthetic)

    start = time.perf_counter()
    dataset = RawDigits(images, targets)
    build_time = time.perf_counter() - start

    profiler = None
    if args.line_profile:
        # line_profiler is a dev dependency: import it only when asked for.
        from line_profiler import LineProfiler

        profiler = LineProfiler()
        # Wrapping the method records every line of it, wherever the DataLoader calls it.
        RawDigits.__getitem__ = profiler(RawDigits.__getitem__)  # type: ignore[method-assign]

    loader = DataLoader(dataset, batch_size=args.batch_size, shuffle=True)
    model = DigitClassifier()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()

    n_batches = min(args.batches, len(loader))
    load_time = step_time = 0.0
    batches = iter(loader)
    for _ in range(n_batches):
        t0 = time.perf_counter()
        batch_images, batch_targets = next(batches)  # calls __getitem__ batch_size times
        t1 = time.perf_counter()
        train_step(model, batch_images, batch_targets, loss_fn, optimizer)
        t2 = time.perf_counter()
        load_time += t1 - t0
        step_time += t2 - t1

    n_loaded = n_batches * args.batch_size
    print(f"dataset : {type(dataset).__module__}.RawDigits, {len(dataset):,} images")
    print(f"build   : {build_time:7.3f} s (RawDigits.__init__)")
    per_image_ms = load_time / n_loaded * 1e3
    per_step_ms = step_time / n_batches * 1e3
    print(f"loading : {load_time:7.3f} s for {n_batches} batches ({per_image_ms:.3f} ms per image)")
    print(f"training: {step_time:7.3f} s for {n_batches} steps ({per_step_ms:.1f} ms per step)")
    print(f"share   : loading is {load_time / (load_time + step_time):.0%} of the time")
    check_first_item(dataset, images)
    if profiler is not None:
        profiler.print_stats()


if __name__ == "__main__":
    main()
