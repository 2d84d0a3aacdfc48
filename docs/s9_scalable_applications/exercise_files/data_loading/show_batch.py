"""Save the first batch of the image dataset as two grids: as stored, and augmented.

Save as scripts/show_batch.py and run it from the project root after write_images.py:

    uv run python scripts/show_batch.py                        # 2 workers, seed 2476
    uv run python scripts/show_batch.py --workers 0 --seed 1
    uv run python scripts/show_batch.py --start-method spawn   # how macOS and Windows start workers

Both grids show the same images, because both loaders shuffle with the same seed. The
script prints each grid's labels and a fingerprint (the sum of its pixels), so you can
tell whether two runs produced the same batch without comparing pictures.
"""

import argparse
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torchvision.utils import make_grid

from corrupt_mnist.image_data import (
    IMAGE_DIR,
    CorruptMnistImages,
    augmentation,
    make_loader,
)


def main() -> None:
    """Load one batch with and without augmentation and save both as a figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=IMAGE_DIR)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2476)
    parser.add_argument("--start-method", choices=["fork", "spawn", "forkserver"], default=None)
    parser.add_argument("--out", type=Path, default=Path("reports/figures/batch.png"))
    args = parser.parse_args()
    torch.manual_seed(args.seed)  # with 0 workers, augmentation draws from this generator

    panels = {
        "as stored": CorruptMnistImages(args.root, "train"),
        "augmented": CorruptMnistImages(args.root, "train", transform=augmentation()),
    }
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
    for ax, (title, dataset) in zip(axes, panels.items(), strict=True):
        loader = make_loader(
            dataset,
            args.batch_size,
            args.workers,
            seed=args.seed,
            start_method=args.start_method,
        )
        images, labels = next(iter(loader))
        pixels = (images * dataset.std + dataset.mean).clamp(0, 1)  # undo the normalisation
        grid = make_grid(pixels, nrow=8, padding=2, pad_value=1.0)  # (3, H, W), white lines
        ax.imshow(grid.permute(1, 2, 0).numpy())  # matplotlib wants (H, W, channels)
        ax.set_title(f"{title} ({len(images)} images)")
        ax.axis("off")
        print(f"{title:>9}: labels {labels.tolist()}")
        print(f"{title:>9}: fingerprint {pixels.sum().item():.3f}")

    fig.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(args.out, dpi=120)
    print(f"Saved {args.out}")


if __name__ == "__main__":
    main()
