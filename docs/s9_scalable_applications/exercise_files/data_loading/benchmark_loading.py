"""Time how fast the image dataset loads with different numbers of DataLoader workers.

Starter: write time_loader where it says "Your turn". Save it as
scripts/benchmark_loading.py and run it from the project root after write_images.py:

    uv run python scripts/benchmark_loading.py                     # workers 0 1 2 4
    uv run python scripts/benchmark_loading.py --augment --batches 30
    uv run python scripts/benchmark_loading.py --workers 0 2 --start-method spawn

In each of --repeats rounds it builds a fresh DataLoader for every number of workers and
times the first batch (which includes starting the workers) apart from the --batches
batches after it. It prints the mean and standard deviation over the rounds as a table
and saves a plot with error bars to reports/figures/.
"""

import argparse
import os
import statistics
import time
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torch.utils.data import DataLoader

from corrupt_mnist.image_data import (
    IMAGE_DIR,
    CorruptMnistImages,
    augmentation,
    make_loader,
)


def time_loader(loader: DataLoader, batches: int) -> tuple[float, float]:
    """Return (seconds until the first batch, mean seconds per batch for the next batches)."""
    # Your turn, with time.perf_counter() as the clock:
    # 1. read the clock, create an iterator with iter(loader) and take the first batch with
    #    next(); read the clock again. That interval includes starting the workers.
    # 2. take `batches` more batches with next() and read the clock a third time;
    # 3. return the first interval and the second interval divided by `batches`.
    raise NotImplementedError


def mean_and_std(values: list[float]) -> tuple[float, float]:
    """Mean and sample standard deviation (0 when there is a single value)."""
    spread = statistics.stdev(values) if len(values) > 1 else 0.0
    return statistics.mean(values), spread


def parse_args() -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=IMAGE_DIR)
    parser.add_argument("--workers", type=int, nargs="+", default=[0, 1, 2, 4])
    parser.add_argument("--batches", type=int, default=50, help="timed batches per repeat")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--augment", action=argparse.BooleanOptionalAction, default=False)
    parser.add_argument("--prefetch-factor", type=int, default=2)
    parser.add_argument("--pin-memory", action="store_true", help="only useful with a CUDA GPU")
    parser.add_argument("--start-method", choices=["fork", "spawn", "forkserver"], default=None)
    parser.add_argument("--out", type=Path, default=None, help="plot file (default: by settings)")
    return parser.parse_args()


def main() -> None:
    """Run the benchmark, print the table and save the plot."""
    args = parse_args()
    started = time.perf_counter()
    transform = augmentation() if args.augment else None
    dataset = CorruptMnistImages(args.root, "train", transform=transform)
    if (args.batches + 1) * args.batch_size > len(dataset):
        raise SystemExit(f"{len(dataset)} images are too few for {args.batches + 1} batches")

    # Each round times every number of workers once, so that a slow moment of the machine
    # (another program, a laptop throttling) spreads over all rows instead of hitting one.
    first_batches = {workers: [] for workers in args.workers}
    per_batch = {workers: [] for workers in args.workers}
    for round_number in range(1, args.repeats + 1):
        for workers in args.workers:
            loader = make_loader(
                dataset,
                args.batch_size,
                workers,
                pin_memory=args.pin_memory,
                prefetch_factor=args.prefetch_factor,
                start_method=args.start_method,
            )
            first, per = time_loader(loader, args.batches)
            first_batches[workers].append(first)
            per_batch[workers].append(per)
        print(f"round {round_number}/{args.repeats} done", flush=True)
    results = [  # (workers, mean s per batch, std s per batch, mean s to the first batch)
        (workers, *mean_and_std(per_batch[workers]), statistics.mean(first_batches[workers]))
        for workers in args.workers
    ]

    augmented = "on" if args.augment else "off"
    start_method = args.start_method or torch.multiprocessing.get_start_method()
    print(
        f"\n{args.batches} batches of {args.batch_size} after the first, {args.repeats} repeats; "
        f"augmentation {augmented}; start method {start_method}; {os.cpu_count()} CPUs; "
        f"torch {torch.__version__}"
    )
    print("| workers | ms per batch (mean ± sd) | images/s | speed-up | first batch (ms) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    baseline = results[0][1]
    for workers, mean, std, first in results:
        print(
            f"| {workers} | {mean * 1000:.1f} ± {std * 1000:.1f} | {args.batch_size / mean:,.0f} "
            f"| {baseline / mean:.2f} | {first * 1000:,.0f} |"
        )

    fig, ax = plt.subplots(figsize=(6, 4))
    ax.errorbar(
        [r[0] for r in results],
        [r[1] * 1000 for r in results],
        yerr=[r[2] * 1000 for r in results],
        marker="o",
        capsize=4,
    )
    ax.set(
        xlabel="num_workers",
        ylabel="ms per batch (lower is faster)",
        title=f"Batches of {args.batch_size}, augmentation {augmented}, {os.cpu_count()} CPUs",
        xticks=[r[0] for r in results],
        ylim=(0, None),
    )
    fig.tight_layout()
    out = args.out or Path(f"reports/figures/loading_benchmark_augment_{augmented}.png")
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    print(f"Saved {out}; the benchmark took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
