"""Tests of the data (reference solution: tests/test_data.py).

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
    images = 3 + 2 * torch.randn(100, 1, 28, 28)
    normalised = data.normalise(images, images.mean().item(), images.std().item())
    assert normalised.mean().item() == pytest.approx(0, abs=1e-4)
    assert normalised.std().item() == pytest.approx(1, abs=1e-4)


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
    monkeypatch.setattr(data, "N_TRAIN", 64)
    monkeypatch.setattr(data, "N_TEST", 16)
    for run in ("first", "second"):
        data.preprocess(tmp_path / "raw", tmp_path / run, synthetic=True)
    for name in ["train_images", "train_targets", "test_images", "test_targets"]:
        first = torch.load(tmp_path / "first" / f"{name}.pt", weights_only=True)
        second = torch.load(tmp_path / "second" / f"{name}.pt", weights_only=True)
        assert torch.equal(first, second), f"{name} differs between two runs with one seed"


def test_test_set_is_normalised_with_training_statistics(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Normalising the test set with its own statistics would leak information about it."""
    calls: list[tuple[float, float]] = []
    original = data.normalise

    def recording_normalise(images: torch.Tensor, mean: float, std: float) -> torch.Tensor:
        calls.append((mean, std))
        return original(images, mean, std)

    monkeypatch.setattr(data, "normalise", recording_normalise)
    monkeypatch.setattr(data, "N_TRAIN", 64)
    monkeypatch.setattr(data, "N_TEST", 16)
    data.preprocess(tmp_path / "raw", tmp_path / "processed", synthetic=True)
    assert len(calls) == 2, "expected one call for the training set and one for the test set"
    assert calls[0] == calls[1], f"train and test were normalised differently: {calls}"


def test_loading_a_missing_folder_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        data.corrupt_mnist(tmp_path / "does_not_exist")


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
    images, targets = datasets[split].tensors
    assert images.shape[1:] == (1, 28, 28), f"{split} images have shape {tuple(images.shape)}"
    assert images.dtype == torch.float32
    assert targets.shape == (len(images),)
    assert targets.dtype == torch.int64
    assert torch.isfinite(images).all(), f"{split} images contain NaN or infinity"


@requires_data
@pytest.mark.parametrize("split", ["train", "test"])
def test_every_digit_appears(datasets: dict[str, TensorDataset], split: str) -> None:
    targets = datasets[split].tensors[1]
    assert targets.min() >= 0 and targets.max() <= 9, "labels must be digits 0-9"
    counts = torch.bincount(targets, minlength=10)
    assert (counts > 0).all(), f"{split} is missing digits: counts per class {counts.tolist()}"


@requires_data
def test_training_images_are_normalised(datasets: dict[str, TensorDataset]) -> None:
    images = datasets["train"].tensors[0]
    assert images.mean().item() == pytest.approx(0, abs=1e-3)
    assert images.std().item() == pytest.approx(1, abs=1e-3)
