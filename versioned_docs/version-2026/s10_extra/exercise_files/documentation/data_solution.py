"""Build the corrupted MNIST dataset (part of the corrupt_mnist package).

Reference solution for src/corrupt_mnist/data.py after the documentation module: the code
of the code structure module, unchanged, with every argument documented in Google style,
so that the API reference page explains each one. If later modules changed your data.py,
keep their changes and copy only the docstrings.

Run it once from the project root:

    uv run python -m corrupt_mnist.data              # downloads MNIST with torchvision
    uv run python -m corrupt_mnist.data --synthetic  # offline stand-in, see synthetic_digits()

It writes four tensors to data/processed/ that the train and evaluate modules load.
Paths are relative to the folder you run from: run every command from the project root.
"""

import math
import sys
from pathlib import Path

import torch
from torch import Tensor
from torch.nn import functional as F
from torch.utils.data import TensorDataset

RAW_DIR = Path("data/raw")
PROCESSED_DIR = Path("data/processed")

N_TRAIN = 25_000  # images kept from MNIST's 60,000 training images
N_TEST = 5_000  # images kept from MNIST's 10,000 test images
NOISE_STD = 0.25  # standard deviation of the Gaussian noise, on the 0-1 pixel scale
MAX_ANGLE = 15.0  # rotations are drawn uniformly from [-MAX_ANGLE, MAX_ANGLE] degrees
SEED = 2476  # fixes the subset, the noise and the angles: everyone gets the same data


def load_mnist(raw_dir: Path) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    """Download MNIST (once) and return its training and test split.

    Args:
        raw_dir: Folder for torchvision's download; files already there are reused.

    Returns:
        Train images, train targets, test images and test targets. Images are uint8
        tensors of shape (N, 28, 28), targets int64 tensors of shape (N,).

    Raises:
        RuntimeError: If the download fails, for example without a network connection.
    """
    # Imported here so that `--synthetic` works even where torchvision is missing.
    from torchvision.datasets import MNIST

    train = MNIST(root=raw_dir, train=True, download=True)
    test = MNIST(root=raw_dir, train=False, download=True)
    return train.data, train.targets, test.data, test.targets


# Which of the seven segments (a-g) are lit for each digit, as on a pocket calculator.
SEGMENTS = {
    0: "abcdef",
    1: "bc",
    2: "abdeg",
    3: "abcdg",
    4: "bcfg",
    5: "acdfg",
    6: "acdefg",
    7: "abc",
    8: "abcdefg",
    9: "abcdfg",
}


def synthetic_digits(n: int, generator: torch.Generator) -> tuple[Tensor, Tensor]:
    """SYNTHETIC STAND-IN for MNIST: seven-segment digits with random position and stroke.

    Only for machines that cannot download MNIST (offline laptops, CI runners). A model
    trained on these learns nothing about handwriting.

    Args:
        n: Number of images to draw.
        generator: Random number generator; the same seed gives the same images.

    Returns:
        Images as uint8 tensors of shape (n, 28, 28), light digits on black, and their
        digits as int64 tensors of shape (n,): the dtypes and shapes of MNIST.
    """
    targets = torch.randint(0, 10, (n,), generator=generator)
    images = torch.zeros(n, 28, 28, dtype=torch.uint8)
    height, width = 20, 12
    for i in range(n):
        y0 = 4 + int(torch.randint(-2, 3, (1,), generator=generator))
        x0 = 8 + int(torch.randint(-2, 3, (1,), generator=generator))
        t = int(torch.randint(2, 4, (1,), generator=generator))  # stroke thickness
        ink = int(torch.randint(180, 256, (1,), generator=generator))
        mid = y0 + height // 2
        boxes = {  # segment -> (row_start, row_end, col_start, col_end)
            "a": (y0, y0 + t, x0, x0 + width),
            "b": (y0, mid, x0 + width - t, x0 + width),
            "c": (mid, y0 + height, x0 + width - t, x0 + width),
            "d": (y0 + height - t, y0 + height, x0, x0 + width),
            "e": (mid, y0 + height, x0, x0 + t),
            "f": (y0, mid, x0, x0 + t),
            "g": (mid - t // 2, mid - t // 2 + t, x0, x0 + width),
        }
        for segment in SEGMENTS[int(targets[i])]:
            r0, r1, c0, c1 = boxes[segment]
            images[i, r0:r1, c0:c1] = ink
    return images, targets


def rotate(images: Tensor, angles_deg: Tensor) -> Tensor:
    """Rotate each image in a batch by its own angle.

    Args:
        images: Float images of shape (N, 1, H, W).
        angles_deg: One angle per image in degrees, shape (N,).

    Returns:
        The rotated images, same shape; corners that rotate in from outside are 0.
    """
    angles = angles_deg * math.pi / 180
    cos, sin = torch.cos(angles), torch.sin(angles)
    zeros = torch.zeros_like(angles)
    # One 2x3 affine matrix per image: rotation about the centre, no translation.
    theta = torch.stack(
        [torch.stack([cos, -sin, zeros], dim=1), torch.stack([sin, cos, zeros], dim=1)],
        dim=1,
    )
    grid = F.affine_grid(theta, list(images.shape), align_corners=False)
    return F.grid_sample(images, grid, align_corners=False, padding_mode="zeros")


def corrupt(images: Tensor, generator: torch.Generator) -> Tensor:
    """Rotate digits by random angles and add Gaussian noise.

    Args:
        images: uint8 digits of shape (N, 28, 28), values 0-255.
        generator: Random number generator for the angles (up to `MAX_ANGLE` degrees
            either way) and the noise (standard deviation `NOISE_STD`).

    Returns:
        float32 images of shape (N, 1, 28, 28), clamped to [0, 1].
    """
    x = images.float().div(255).unsqueeze(1)
    angles = (torch.rand(x.shape[0], generator=generator) * 2 - 1) * MAX_ANGLE
    x = rotate(x, angles)
    x = x + NOISE_STD * torch.randn(x.shape, generator=generator)
    return x.clamp(0, 1)


def normalise(images: Tensor, mean: float, std: float) -> Tensor:
    """Shift and scale images with the training set's statistics.

    Args:
        images: Float images of any shape.
        mean: Pixel mean of the training set.
        std: Pixel standard deviation of the training set.

    Returns:
        `(images - mean) / std`: the training set gets mean 0 and standard deviation 1.
    """
    return (images - mean) / std


def preprocess(raw_dir: Path, processed_dir: Path, synthetic: bool = False) -> None:
    """Build the corrupted dataset and save it as four tensors.

    Takes a fixed random subset of `N_TRAIN` training and `N_TEST` test images, corrupts
    them, normalises both splits with the training statistics and saves
    `train_images.pt`, `train_targets.pt`, `test_images.pt` and `test_targets.pt`.

    Args:
        raw_dir: Folder for the MNIST download.
        processed_dir: Folder the four tensors are written to; created if missing.
        synthetic: Use the seven-segment stand-in from `synthetic_digits` instead of
            MNIST, for machines without a network connection.

    Raises:
        SystemExit: If MNIST cannot be downloaded; the message suggests `--synthetic`.
    """
    generator = torch.Generator().manual_seed(SEED)

    if synthetic:
        print("WARNING: using the SYNTHETIC stand-in, not MNIST (see synthetic_digits).")
        train_images, train_targets = synthetic_digits(N_TRAIN, generator)
        test_images, test_targets = synthetic_digits(N_TEST, generator)
    else:
        try:
            train_images, train_targets, test_images, test_targets = load_mnist(raw_dir)
        except (RuntimeError, OSError) as error:
            raise SystemExit(
                f"Could not download MNIST ({error}).\n"
                "Check your internet connection, or run data.py with --synthetic "
                "to build an offline stand-in."
            ) from error

    # A fixed random subset keeps training to a few minutes on a laptop CPU.
    train_idx = torch.randperm(len(train_images), generator=generator)[:N_TRAIN]
    test_idx = torch.randperm(len(test_images), generator=generator)[:N_TEST]
    train_images, train_targets = train_images[train_idx], train_targets[train_idx]
    test_images, test_targets = test_images[test_idx], test_targets[test_idx]

    train_x = corrupt(train_images, generator)
    test_x = corrupt(test_images, generator)

    # Statistics come from the training set only and are reused for the test set.
    mean, std = train_x.mean().item(), train_x.std().item()
    train_x = normalise(train_x, mean, std)
    test_x = normalise(test_x, mean, std)

    processed_dir.mkdir(parents=True, exist_ok=True)
    torch.save(train_x, processed_dir / "train_images.pt")
    torch.save(train_targets.long(), processed_dir / "train_targets.pt")
    torch.save(test_x, processed_dir / "test_images.pt")
    torch.save(test_targets.long(), processed_dir / "test_targets.pt")
    print(f"Saved {len(train_x)} train and {len(test_x)} test images to {processed_dir}/")


def corrupt_mnist(processed_dir: Path = PROCESSED_DIR) -> tuple[TensorDataset, TensorDataset]:
    """Load the tensors that `preprocess` saved.

    Args:
        processed_dir: Folder holding the four `.pt` files.

    Returns:
        The training and the test set. Each item is a pair of a normalised float32
        image of shape (1, 28, 28) and its digit as an int64 scalar tensor.

    Raises:
        FileNotFoundError: If a tensor file is missing; run `preprocess` first.
    """

    def load(name: str) -> Tensor:
        return torch.load(processed_dir / f"{name}.pt", weights_only=True)

    train = TensorDataset(load("train_images"), load("train_targets"))
    test = TensorDataset(load("test_images"), load("test_targets"))
    return train, test


if __name__ == "__main__":
    preprocess(RAW_DIR, PROCESSED_DIR, synthetic="--synthetic" in sys.argv)
