"""Write the processed corrupt_mnist tensors to a folder of PNG files, one file per image.

Save as scripts/write_images.py and run it from the project root after the data step:

    uv run python scripts/write_images.py               # all 25,000 + 5,000 images
    uv run python scripts/write_images.py --limit 2000  # the first 2,000 of each split

The layout is the one torchvision's ImageFolder reads too, one folder per label:

    data/images/
    ├── stats.json          mean and std of the training pixels, on the 0-1 scale
    ├── train/0/00012.png   the file name is the image's index in train_images.pt
    ├── train/1/...
    └── test/...
"""

import argparse
import json
import shutil
from pathlib import Path

import torch
from PIL import Image
from torch import Tensor


def to_pixels(images: Tensor, low: float, high: float) -> Tensor:
    """Undo the normalisation: map [low, high] back to 0-255 and round to uint8.

    data.py clamps the corrupted images to [0, 1] before it normalises them, so the
    smallest value in the training tensor was a 0 pixel and the largest a 1 pixel.
    """
    scaled = (images - low) / (high - low)
    return scaled.mul(255).round().clamp(0, 255).to(torch.uint8)


def write_split(pixels: Tensor, targets: Tensor, split_dir: Path) -> None:
    """Save each (1, 28, 28) uint8 image as split_dir/<label>/<index>.png."""
    if split_dir.exists():
        shutil.rmtree(split_dir)  # start clean, so a smaller --limit leaves no old files
    for label in range(10):
        (split_dir / str(label)).mkdir(parents=True)
    for index, (image, target) in enumerate(zip(pixels, targets, strict=True)):
        # A 2-D uint8 array becomes a greyscale ("L") image.
        Image.fromarray(image.squeeze(0).numpy()).save(split_dir / f"{int(target)}/{index:05d}.png")


def main() -> None:
    """Read the four tensors, write the PNG files and stats.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processed-dir", type=Path, default=Path("data/processed"))
    parser.add_argument("--out-dir", type=Path, default=Path("data/images"))
    parser.add_argument("--limit", type=int, default=None, help="images per split (default: all)")
    args = parser.parse_args()

    def load(name: str) -> Tensor:
        return torch.load(args.processed_dir / f"{name}.pt", weights_only=True)[: args.limit]

    train_images, test_images = load("train_images"), load("test_images")
    low, high = train_images.min().item(), train_images.max().item()
    train_pixels = to_pixels(train_images, low, high)
    write_split(train_pixels, load("train_targets"), args.out_dir / "train")
    write_split(to_pixels(test_images, low, high), load("test_targets"), args.out_dir / "test")

    # The Dataset normalises with these, as data.py did with the tensors' statistics.
    scaled = train_pixels.double() / 255
    stats = {"mean": scaled.mean().item(), "std": scaled.std().item()}
    (args.out_dir / "stats.json").write_text(json.dumps(stats, indent=2) + "\n")
    print(
        f"Wrote {len(train_images)} train and {len(test_images)} test images to {args.out_dir}/ "
        f"(pixel mean {stats['mean']:.4f}, std {stats['std']:.4f})"
    )


if __name__ == "__main__":
    main()
