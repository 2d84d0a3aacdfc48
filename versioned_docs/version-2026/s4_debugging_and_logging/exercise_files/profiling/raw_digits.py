"""Digits kept as uint8 and normalised as they are read (part of the corrupt_mnist package).

Starter for the profiling module: this data path works, but it is slow on purpose. Save
it as src/corrupt_mnist/raw_digits.py, time it with scripts/time_loading.py, find out
with the profilers where the time goes, and only then change it.

A uint8 image takes a quarter of the memory of a float32 one, which is why a teammate
stores the digits as MNIST ships them and turns each into a normalised tensor on demand.
"""

import torch
from torch import Tensor
from torch.utils.data import Dataset


class RawDigits(Dataset[tuple[Tensor, Tensor]]):
    """Digits stored as uint8 (N, 28, 28) and returned as normalised float (1, 28, 28) images.

    Args:
        images: uint8 tensor of shape (N, 28, 28) with pixel values from 0 to 255.
        targets: int64 tensor of shape (N,) with the digit of each image.
        stats: (mean, std) on the 0-1 pixel scale to normalise with. Leave it out for a
            training set, which then uses its own; give a test set the training set's.
    """

    def __init__(
        self, images: Tensor, targets: Tensor, stats: tuple[float, float] | None = None
    ) -> None:
        self.images = images
        self.targets = targets
        self.stats = stats

    def statistics(self) -> tuple[float, float]:
        """Return the (mean, std) used for normalising, on the 0-1 pixel scale."""
        if self.stats is not None:
            return self.stats
        pixels = self.images.float() / 255
        return float(pixels.mean()), float(pixels.std())

    def __len__(self) -> int:
        """Return the number of images."""
        return len(self.images)

    def __getitem__(self, index: int) -> tuple[Tensor, Tensor]:
        """Return image number index as a normalised (1, 28, 28) float tensor, and its target."""
        # Your turn: profile before you change anything here (steps 9 to 12 of the module).
        mean, std = self.statistics()
        rows = self.images[index].tolist()  # 28 lists of 28 Python ints
        pixels = [[(value / 255 - mean) / std for value in row] for row in rows]
        return torch.tensor(pixels).unsqueeze(0), self.targets[index]
