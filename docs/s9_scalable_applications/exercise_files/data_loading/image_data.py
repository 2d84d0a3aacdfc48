"""Read corrupt_mnist from PNG files and load it in parallel (part of the corrupt_mnist package).

Starter. Save it as src/corrupt_mnist/image_data.py and write the two methods marked
"Your turn"; scripts/write_images.py creates the folder it reads.
"""

import json
from collections.abc import Callable
from pathlib import Path

import torch
from PIL import Image
from torch import Tensor
from torch.utils.data import DataLoader, Dataset

try:  # current torchvision: the v2 transforms
    from torchvision.transforms import v2 as transforms
except ImportError:  # old system packages (Debian 12 has torchvision 0.14): the same classes in v1
    from torchvision import transforms

IMAGE_DIR = Path("data/images")


class CorruptMnistImages(Dataset[tuple[Tensor, int]]):
    """The images of one split, read from root/<split>/<label>/<index>.png.

    Each item is a normalised float32 image of shape (1, 28, 28) and its label.
    """

    def __init__(
        self,
        root: Path = IMAGE_DIR,
        split: str = "train",
        transform: Callable[[Tensor], Tensor] | None = None,
    ) -> None:
        split_dir = Path(root) / split
        # Keep only file names: cheap to build, and cheap to hand to every worker process.
        self.paths = sorted(str(path) for path in split_dir.glob("*/*.png"))
        if not self.paths:
            raise FileNotFoundError(f"no PNG files in {split_dir}: run scripts/write_images.py")
        self.targets = [int(Path(path).parent.name) for path in self.paths]
        stats = json.loads((Path(root) / "stats.json").read_text())
        self.mean, self.std = stats["mean"], stats["std"]
        self.transform = transform

    def __len__(self) -> int:
        """Number of images in the split."""
        # Your turn: return how many images the split has.
        raise NotImplementedError

    def __getitem__(self, index: int) -> tuple[Tensor, int]:
        """Decode image number index, augment it if asked, and normalise it."""
        with Image.open(self.paths[index]) as file:
            image = transforms.functional.pil_to_tensor(file)  # uint8, shape (1, 28, 28)
        # Your turn, in three lines or so, before the return:
        # 1. if self.transform is not None, apply it to the uint8 image;
        # 2. scale to 0-1 (a float tensor divided by 255), subtract self.mean and divide
        #    by self.std, as data.py normalised the tensors.
        return image, self.targets[index]


def augmentation() -> Callable[[Tensor], Tensor]:
    """Random distortions of a digit: real CPU work for every image, every epoch."""
    return transforms.Compose(
        [
            transforms.RandomAffine(degrees=10, translate=(0.1, 0.1), scale=(0.9, 1.1)),
            transforms.ElasticTransform(alpha=20.0, sigma=3.0),  # the expensive one
        ]
    )


def make_loader(
    dataset: Dataset,
    batch_size: int = 64,
    num_workers: int = 0,
    *,
    shuffle: bool = True,
    seed: int | None = None,
    pin_memory: bool = False,
    prefetch_factor: int = 2,
    persistent_workers: bool = False,
    start_method: str | None = None,
) -> DataLoader:
    """Build a DataLoader; the worker options are passed only when there are workers.

    PyTorch rejects prefetch_factor, persistent_workers and a start method when
    num_workers is 0, because then there is no worker process to configure.
    """
    worker_options = {}
    if num_workers > 0:
        worker_options = {
            "prefetch_factor": prefetch_factor,
            "persistent_workers": persistent_workers,
            "multiprocessing_context": start_method,  # None: the platform's default
        }
    # A seeded generator fixes the shuffling and the seeds that the workers get.
    generator = None if seed is None else torch.Generator().manual_seed(seed)
    return DataLoader(
        dataset,
        batch_size=batch_size,
        shuffle=shuffle,
        num_workers=num_workers,
        pin_memory=pin_memory,
        generator=generator,
        **worker_options,
    )
