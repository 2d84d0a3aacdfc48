"""Build version 2 of the corrupted MNIST training set (reference solution).

Version 2 keeps every training image of version 1 and appends occluded copies
of a random subset: each copy has a square patch painted over with the
background value, as if part of the digit had been rubbed out. The test set is
left untouched, so models trained on either version are scored on the same
images.

Run it once, from the project root, on version 1 of the data:

    uv run python scripts/extend_data.py

It overwrites data/processed/train_images.pt and train_targets.pt and writes
data/processed/extra_samples.json, which records what was added. It refuses to
run when that file already exists, so you cannot extend the data twice by
accident.
"""

import argparse
import json
from pathlib import Path

import torch


def occlude(images: torch.Tensor, patch: int, generator: torch.Generator) -> torch.Tensor:
    """Return a copy of `images` with one random square patch per image blanked out.

    Args:
        images: float tensor of shape (N, 1, H, W).
        patch: side length of the square patch in pixels.
        generator: random number generator, so the result is reproducible.

    Returns:
        A new tensor of the same shape and dtype. Inside each image's patch every
        pixel is set to that image's minimum value (the normalised background).
    """
    n, _, height, width = images.shape
    top = torch.randint(0, height - patch + 1, (n, 1, 1), generator=generator)
    left = torch.randint(0, width - patch + 1, (n, 1, 1), generator=generator)

    rows = torch.arange(height).view(1, height, 1)
    cols = torch.arange(width).view(1, 1, width)
    inside = (rows >= top) & (rows < top + patch) & (cols >= left) & (cols < left + patch)

    background = images.amin(dim=(1, 2, 3)).view(n, 1, 1, 1)
    return torch.where(inside.unsqueeze(1), background, images)


def extend(processed_dir: Path, count: int, patch: int, seed: int) -> None:
    """Append `count` occluded copies of training images to the processed data."""
    record_path = processed_dir / "extra_samples.json"
    if record_path.exists():
        raise SystemExit(
            f"{record_path} exists: this data is already version 2. "
            "Check out version 1 (git checkout data-v1 -- data.dvc, then dvc checkout) "
            "before running the script again."
        )

    images = torch.load(processed_dir / "train_images.pt", weights_only=True)
    targets = torch.load(processed_dir / "train_targets.pt", weights_only=True)
    if count > images.shape[0]:
        raise SystemExit(f"--count {count} is larger than the training set ({images.shape[0]})")

    generator = torch.Generator().manual_seed(seed)
    chosen = torch.randperm(images.shape[0], generator=generator)[:count]
    new_images = occlude(images[chosen], patch, generator)
    new_targets = targets[chosen]

    torch.save(torch.cat([images, new_images]), processed_dir / "train_images.pt")
    torch.save(torch.cat([targets, new_targets]), processed_dir / "train_targets.pt")

    record = {
        "corruption": "occlusion",
        "patch_size": patch,
        "seed": seed,
        "added_train_images": count,
        "train_images_before": int(images.shape[0]),
        "train_images_after": int(images.shape[0] + count),
    }
    record_path.write_text(json.dumps(record, indent=2) + "\n")
    print(f"Added {count} occluded images: {images.shape[0]} -> {images.shape[0] + count}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Append occluded training images.")
    parser.add_argument("--processed-dir", type=Path, default=Path("data/processed"))
    parser.add_argument("--count", type=int, default=5000, help="images to add")
    parser.add_argument("--patch", type=int, default=10, help="side of the square, in pixels")
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args()
    extend(args.processed_dir, args.count, args.patch, args.seed)


if __name__ == "__main__":
    main()
