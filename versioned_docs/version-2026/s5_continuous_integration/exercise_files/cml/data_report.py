"""Describe the processed corrupt_mnist data as Markdown, save a plot, and check it.

Save it as scripts/data_report.py and run it from the project root after the data step:

    uv run python scripts/data_report.py
    uv run python scripts/data_report.py --data-dir data/damaged --figure damaged.png

It prints Markdown tables (sizes, pixel statistics, class balance) that a workflow can
post on a pull request, and saves the class balance and pixel histograms as a PNG. It
exits with status 1 when a check fails, so that CI notices: a digit is missing or rare,
a value is not finite, or test images also appear in the training set.
"""

import argparse
import hashlib
import sys
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torch import Tensor

from corrupt_mnist.data import corrupt_mnist

N_CLASSES = 10


def parse_args() -> argparse.Namespace:
    """Read the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("data/processed"))
    parser.add_argument(
        "--figure", type=Path, default=Path("reports/figures/data_report.png"), help="PNG to write"
    )
    parser.add_argument(
        "--min-class-share",
        type=float,
        default=0.05,
        help="fail if a digit makes up less than this share of a split (0.05 = 5 %%)",
    )
    return parser.parse_args()


def class_counts(targets: Tensor) -> list[int]:
    """Return how many images of each digit 0-9 there are."""
    return torch.bincount(targets, minlength=N_CLASSES).tolist()


def fingerprints(images: Tensor) -> set[str]:
    """Return one hash per image, so that identical images get identical hashes."""
    return {
        hashlib.blake2b(image.numpy().tobytes(), digest_size=16).hexdigest() for image in images
    }


def save_figure(splits: dict[str, tuple[Tensor, Tensor]], path: Path) -> None:
    """Plot the share of each digit and the pixel histogram of every split."""
    fig, (ax_classes, ax_pixels) = plt.subplots(1, 2, figsize=(11, 4))
    width = 0.8 / len(splits)
    highest = 0.0
    hatches = ["", "//", "xx"]  # patterns as well as colours tell the splits apart
    for i, (name, (images, targets)) in enumerate(splits.items()):
        shares = [count / len(targets) for count in class_counts(targets)]
        positions = [digit + (i - (len(splits) - 1) / 2) * width for digit in range(N_CLASSES)]
        ax_classes.bar(positions, shares, width, label=name, hatch=hatches[i], edgecolor="black")
        highest = max(highest, *shares)
        ax_pixels.hist(
            images.flatten().numpy(),
            bins=60,
            density=True,
            histtype="step",
            linestyle=["-", "--", ":"][i],
            linewidth=1.5,
            label=name,
        )
    ax_classes.set(title="Class balance", xlabel="digit", ylabel="share of the split")
    ax_classes.set_xticks(range(N_CLASSES))
    ax_classes.set_ylim(0, highest * 1.3)  # room for the legend above the bars
    ax_pixels.set(title="Pixel values (normalised)", xlabel="value", ylabel="density (log scale)")
    ax_pixels.set_yscale("log")  # the background spike would flatten everything else
    ax_classes.legend(loc="upper center", ncols=len(splits))
    ax_pixels.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main() -> None:
    """Print the report, save the figure and exit non-zero if a check failed."""
    args = parse_args()
    train, test = corrupt_mnist(args.data_dir)
    splits = {"train": train.tensors, "test": test.tensors}
    problems: list[str] = []

    images, _ = splits["train"]
    print("### Data report\n")
    print(
        f"`{args.data_dir}`: images of shape {tuple(images.shape[1:])}, dtype "
        f"`{str(images.dtype).removeprefix('torch.')}`\n"
    )

    # Table 1: size and pixel statistics of each split.
    rows: dict[str, list[str]] = {
        "images": [],
        "pixel mean": [],
        "pixel std": [],
        "min / max": [],
        "non-finite values": [],
        "largest / smallest class": [],
    }
    counts: dict[str, list[int]] = {}
    for name, (x, y) in splits.items():
        counts[name] = class_counts(y)
        n_bad = int((~torch.isfinite(x)).sum())
        rows["images"].append(f"{len(x):,}")
        rows["pixel mean"].append(f"{x.mean():.3f}")
        rows["pixel std"].append(f"{x.std():.3f}")
        rows["min / max"].append(f"{x.min():.2f} / {x.max():.2f}")
        rows["non-finite values"].append(str(n_bad))
        smallest = min(counts[name])
        ratio = f"{max(counts[name]) / smallest:.2f}" if smallest else "inf"
        rows["largest / smallest class"].append(ratio)
        if n_bad:
            problems.append(f"{n_bad} non-finite values in the {name} images")
    print("| | " + " | ".join(splits) + " |")
    print("| --- |" + " ---: |" * len(splits))
    for label, values in rows.items():
        print(f"| {label} | " + " | ".join(values) + " |")

    # Table 2: how many images of each digit, and their share of the split.
    print("\n| digit | " + " | ".join(f"{name} | share" for name in splits) + " |")
    print("| ---: |" + " ---: | ---: |" * len(splits))
    for digit in range(N_CLASSES):
        cells = []
        for name, (_, y) in splits.items():
            share = counts[name][digit] / len(y)
            cells.append(f"{counts[name][digit]:,} | {share:.1%}")
            if share < args.min_class_share:
                problems.append(
                    f"digit {digit} is {share:.1%} of {name}, below {args.min_class_share:.0%}"
                )
        print(f"| {digit} | " + " | ".join(cells) + " |")

    # Leakage: a test image that is also a training image makes the test accuracy too good.
    leaked = len(fingerprints(splits["test"][0]) & fingerprints(splits["train"][0]))
    print(f"\nTest images that also appear in the training set: {leaked}")
    if leaked:
        problems.append(f"{leaked} test images also appear in the training set")

    save_figure(splits, args.figure)
    print(f"\nPlot: `{args.figure}`\n")

    if problems:
        print("**Data check failed:**\n")
        print("\n".join(f"- {problem}" for problem in problems))
        sys.exit(1)
    print("**Data check passed.**")


if __name__ == "__main__":
    main()
