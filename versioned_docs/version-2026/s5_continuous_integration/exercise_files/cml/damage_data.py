"""Write a damaged copy of the processed data, to watch data_report.py catch the damage.

Save it as scripts/damage_data.py and run it from the project root:

    uv run python scripts/damage_data.py --drop-digit 7        # digit 7 vanishes from train
    uv run python scripts/damage_data.py --leak 100            # 100 test images join train
    uv run python scripts/data_report.py --data-dir data/damaged

It reads data/processed and writes the four tensors to data/damaged; your real data is
not touched. Delete data/damaged when you are done.
"""

import argparse
from pathlib import Path

import torch


def parse_args() -> argparse.Namespace:
    """Read the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("data/processed"))
    parser.add_argument("--out", type=Path, default=Path("data/damaged"))
    parser.add_argument("--drop-digit", type=int, help="remove this digit from the training set")
    parser.add_argument("--leak", type=int, default=0, help="copy this many test images into train")
    return parser.parse_args()


def main() -> None:
    """Load the processed tensors, damage the training set as asked, and save the copy."""
    args = parse_args()
    tensors = {
        name: torch.load(args.data_dir / f"{name}.pt", weights_only=True)
        for name in ("train_images", "train_targets", "test_images", "test_targets")
    }
    if args.drop_digit is not None:
        keep = tensors["train_targets"] != args.drop_digit
        tensors["train_images"] = tensors["train_images"][keep]
        tensors["train_targets"] = tensors["train_targets"][keep]
        print(f"Removed {int((~keep).sum())} training images of digit {args.drop_digit}")
    if args.leak:
        for kind in ("images", "targets"):
            leaked = tensors[f"test_{kind}"][: args.leak]
            tensors[f"train_{kind}"] = torch.cat([tensors[f"train_{kind}"], leaked])
        print(f"Copied {args.leak} test images into the training set")

    args.out.mkdir(parents=True, exist_ok=True)
    for name, tensor in tensors.items():
        torch.save(tensor, args.out / f"{name}.pt")
    print(f"Wrote the damaged copy to {args.out}/")


if __name__ == "__main__":
    main()
