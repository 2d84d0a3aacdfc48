"""Print a short summary of the processed corrupted MNIST data.

Run it from the project root after every data change or checkout:

    uv run python scripts/data_summary.py

It prints how many images each split holds, how the labels are spread over the
ten classes, and a short fingerprint of each tensor's contents. Two data
versions that differ in any byte get different fingerprints, so you can see at
a glance which version sits in your workspace.
"""

import argparse
import hashlib
from pathlib import Path

import torch


def fingerprint(tensor: torch.Tensor) -> str:
    """Return the first 12 hex digits of the SHA-256 of a tensor's raw bytes."""
    data = tensor.detach().cpu().contiguous().numpy().tobytes()
    return hashlib.sha256(data).hexdigest()[:12]


def summarise_split(processed_dir: Path, split: str) -> None:
    """Print image count, label spread and fingerprints for one split."""
    images_path = processed_dir / f"{split}_images.pt"
    targets_path = processed_dir / f"{split}_targets.pt"
    if not images_path.exists() or not targets_path.exists():
        print(f"{split:>5}: missing ({images_path.name} or {targets_path.name} not found)")
        return

    images = torch.load(images_path, weights_only=True)
    targets = torch.load(targets_path, weights_only=True)
    counts = torch.bincount(targets, minlength=10).tolist()
    print(
        f"{split:>5}: {images.shape[0]:>6} images of shape {tuple(images.shape[1:])}, "
        f"fingerprint {fingerprint(images)} / {fingerprint(targets)}"
    )
    print(f"       images per class 0-9: {counts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--processed-dir",
        type=Path,
        default=Path("data/processed"),
        help="folder with the *_images.pt and *_targets.pt files",
    )
    args = parser.parse_args()

    print(f"Data in {args.processed_dir}:")
    for split in ("train", "test"):
        summarise_split(args.processed_dir, split)

    extra = sorted(p.name for p in args.processed_dir.glob("*") if p.suffix != ".pt")
    if extra:
        print(f"other files: {', '.join(extra)}")


if __name__ == "__main__":
    main()
