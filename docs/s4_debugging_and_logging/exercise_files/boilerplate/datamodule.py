"""The corrupted MNIST data as a LightningDataModule (part of the corrupt_mnist package).

Starter for the boilerplate module. Save it as src/corrupt_mnist/datamodule.py and write
setup() and the three *_dataloader() methods marked "Your turn".

Everything about the data that a training run needs lives here: where the tensors are,
how the training images are split into training and validation sets, and how they are
batched. Any LightningModule can train on it, and the split is the same as in
train_hydra.py (same seed, same fraction), so runs of both scripts are comparable.

Self-check, after building the data with `uv run python -m corrupt_mnist.data`:

    uv run python -m corrupt_mnist.datamodule
"""

from pathlib import Path

import lightning as L
from torch import Tensor
from torch.utils.data import DataLoader, Dataset

from corrupt_mnist.data import corrupt_mnist

Sample = tuple[Tensor, ...]  # one (image, target) pair, as TensorDataset returns it


class CorruptMNISTDataModule(L.LightningDataModule):
    """Training, validation and test loaders over data/processed/.

    Args:
        data_dir: folder with the four tensors written by `python -m corrupt_mnist.data`.
        batch_size: images per training batch; evaluation uses batches of 256.
        val_fraction: share of the training images held out for validation.
        num_workers: DataLoader worker processes; 0 loads in the main process.
        seed: fixes the training/validation split.
    """

    def __init__(
        self,
        data_dir: str = "data/processed",  # a str, not a Path: checkpoints store it
        batch_size: int = 32,
        val_fraction: float = 0.1,
        num_workers: int = 0,
        seed: int = 2476,
    ) -> None:
        super().__init__()
        self.save_hyperparameters()  # also saved in checkpoints, as datamodule_hyper_parameters
        self.data_dir = Path(data_dir)
        self.batch_size = batch_size
        self.val_fraction = val_fraction
        self.num_workers = num_workers
        self.seed = seed
        self.train_set: Dataset[Sample] | None = None
        self.val_set: Dataset[Sample] | None = None
        self.test_set: Dataset[Sample] | None = None

    def prepare_data(self) -> None:
        """Check that the data exists (Lightning calls this once, before setup)."""
        if not (self.data_dir / "train_images.pt").exists():
            raise FileNotFoundError(
                f"No data in {self.data_dir}. Run `uv run python -m corrupt_mnist.data` "
                "(or `dvc pull`) from the project root first."
            )

    def setup(self, stage: str) -> None:
        """Load the tensors and split them; stage is "fit", "validate", "test" or "predict"."""
        if stage in ("fit", "validate") and self.train_set is None:
            # Your turn: load the training set with corrupt_mnist(self.data_dir) and split it
            # into self.train_set and self.val_set with random_split(train, [1 -
            # self.val_fraction, self.val_fraction], generator=...) from torch.utils.data.
            # Seed a torch.Generator with self.seed, so that every run (and train_hydra.py)
            # gets the same split.
            raise NotImplementedError
        if stage in ("test", "predict"):
            _, self.test_set = corrupt_mnist(self.data_dir)

    def _loader(
        self, dataset: Dataset[Sample] | None, batch_size: int, shuffle: bool
    ) -> DataLoader[Sample]:
        if dataset is None:
            raise RuntimeError("Call setup() first; the Trainer does it for you.")
        return DataLoader(
            dataset,
            batch_size=batch_size,
            shuffle=shuffle,
            num_workers=self.num_workers,
            persistent_workers=self.num_workers > 0,  # keep workers alive between epochs
        )

    def train_dataloader(self) -> DataLoader[Sample]:
        """Shuffled training batches."""
        # Your turn: self._loader(...) over the training set, batch_size=self.batch_size,
        # shuffled.
        raise NotImplementedError

    def val_dataloader(self) -> DataLoader[Sample]:
        """Validation batches, in a fixed order."""
        # Your turn: the validation set in batches of 256, not shuffled.
        raise NotImplementedError

    def test_dataloader(self) -> DataLoader[Sample]:
        """Test batches, in a fixed order."""
        # Your turn: the test set in batches of 256, not shuffled.
        raise NotImplementedError


if __name__ == "__main__":
    datamodule = CorruptMNISTDataModule()
    datamodule.prepare_data()
    datamodule.setup("fit")
    datamodule.setup("test")
    for name in ("train", "val", "test"):
        loader = getattr(datamodule, f"{name}_dataloader")()
        print(f"{name:5}: {len(loader.dataset):6d} images in {len(loader):4d} batches")
    images, targets = next(iter(datamodule.train_dataloader()))
    print(f"one training batch: images {tuple(images.shape)}, targets {targets.dtype}")
