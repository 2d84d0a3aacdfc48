"""Tests of the data (starter: save as tests/test_data.py and finish the "Your turn" tests).

The first tests check the code in data.py on tiny inputs and always run. The tests at the
end check the real tensors in data/processed/ and are skipped where those are missing,
for example on a CI runner that has not pulled them with DVC.
"""

from pathlib import Path

import pytest
import torch
from torch.utils.data import TensorDataset

from corrupt_mnist import data

# --- The preprocessing code, on tiny inputs ------------------------------------------------


def test_corrupt_returns_float_images_in_unit_range() -> None:
    generator = torch.Generator().manual_seed(0)
    digits = torch.randint(0, 256, (5, 28, 28), dtype=torch.uint8, generator=generator)
    images = data.corrupt(digits, generator)
    assert images.shape == (5, 1, 28, 28)
    assert images.dtype == torch.float32
    assert images.min() >= 0 and images.max() <= 1, "pixels must stay in [0, 1]"


def test_rotating_by_zero_degrees_changes_nothing() -> None:
    images = torch.rand(3, 1, 28, 28)
    rotated = data.rotate(images, torch.zeros(3))
    torch.testing.assert_close(rotated, images, atol=1e-5, rtol=0)


def test_normalise_gives_zero_mean_and_unit_std() -> None:
    # Your turn: build a batch with mean 3 and std 2 (3 + 2 * torch.randn(...)), normalise
    # it with its own mean and std, and check both results with pytest.approx(..., abs=1e-4).
    pytest.fail("write this test")


def test_preprocess_writes_four_tensor_files(tiny_processed_dir: Path) -> None:
    written = sorted(p.name for p in tiny_processed_dir.iterdir())
    expected = ["test_images.pt", "test_targets.pt", "train_images.pt", "train_targets.pt"]
    assert written == expected


def test_tiny_datasets_have_the_right_sizes(
    tiny_datasets: tuple[TensorDataset, TensorDataset],
) -> None:
    train, test = tiny_datasets
    assert (len(train), len(test)) == (512, 128)


def test_preprocess_is_reproducible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Your turn: shrink data.N_TRAIN and data.N_TEST with monkeypatch.setattr, run
    # data.preprocess twice with synthetic=True into two folders under tmp_path, then load
    # each of the four .pt files from both folders (torch.load with weights_only=True) and
    # assert with torch.equal that the two versions are identical.
    pytest.fail("write this test")


def test_loading_a_missing_folder_fails_loudly(tmp_path: Path) -> None:
    # Your turn: assert with pytest.raises that data.corrupt_mnist on a folder that does not
    # exist raises FileNotFoundError.
    pytest.fail("write this test")


# --- The real data in data/processed/ ------------------------------------------------------

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "processed"
FILES = ["train_images.pt", "train_targets.pt", "test_images.pt", "test_targets.pt"]
requires_data = pytest.mark.skipif(
    not all((DATA_DIR / name).exists() for name in FILES),
    reason=f"no processed data in {DATA_DIR}: run `dvc pull` or `python -m corrupt_mnist.data`",
)


@pytest.fixture(scope="module")
def datasets() -> dict[str, TensorDataset]:
    """The real train and test sets, loaded once for all tests in this file."""
    train, test = data.corrupt_mnist(DATA_DIR)
    return {"train": train, "test": test}


@requires_data
@pytest.mark.parametrize(("split", "size"), [("train", 25_000), ("test", 5_000)])
def test_split_has_the_expected_size(
    datasets: dict[str, TensorDataset], split: str, size: int
) -> None:
    assert len(datasets[split]) == size


@requires_data
@pytest.mark.parametrize("split", ["train", "test"])
def test_images_and_targets_have_the_right_shape_and_dtype(
    datasets: dict[str, TensorDataset], split: str
) -> None:
    # Your turn: unpack images, targets = datasets[split].tensors. Images are float32 of
    # shape (N, 1, 28, 28) without NaN or infinity (torch.isfinite); targets are int64 of
    # shape (N,). Give each assert a message that names the split.
    pytest.fail("write this test")


@requires_data
@pytest.mark.parametrize("split", ["train", "test"])
def test_every_digit_appears(datasets: dict[str, TensorDataset], split: str) -> None:
    # Your turn: take the targets, datasets[split].tensors[1]. All labels lie in 0-9, and
    # each of the ten digits occurs at least once (torch.bincount with minlength=10).
    # Show the counts per digit in the failure message.
    pytest.fail("write this test")


@requires_data
def test_training_images_are_normalised(datasets: dict[str, TensorDataset]) -> None:
    # Your turn: the training images have mean 0 and std 1, up to 1e-3.
    pytest.fail("write this test")
