"""Fixtures shared by every test file in tests/ (reference solution: tests/conftest.py).

pytest loads this file on its own before it collects the tests beside it: never import it.
A test asks for a fixture by naming it as an argument.
"""

from pathlib import Path

import pytest
import torch
from torch import Tensor
from torch.utils.data import TensorDataset

from corrupt_mnist import data
from corrupt_mnist.model import DigitClassifier


@pytest.fixture
def model() -> DigitClassifier:
    """A new network with the same initial weights in every test, in training mode."""
    torch.manual_seed(0)
    return DigitClassifier()


@pytest.fixture
def batch() -> tuple[Tensor, Tensor]:
    """Eight random images and targets with the shapes and dtypes of the real data."""
    generator = torch.Generator().manual_seed(0)
    images = torch.randn(8, 1, 28, 28, generator=generator)
    targets = torch.randint(0, 10, (8,), generator=generator)
    return images, targets


@pytest.fixture(scope="session")
def tiny_processed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic dataset, built once per test session by the project's preprocess().

    Tests that use it need neither the real data nor a network connection, so they also
    run in continuous integration.
    """
    folder = tmp_path_factory.mktemp("tiny_data")
    # A session-scoped fixture cannot use the function-scoped `monkeypatch` fixture,
    # so it opens its own MonkeyPatch, which undoes the changes when the block ends.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(data, "N_TRAIN", 512)
        patch.setattr(data, "N_TEST", 128)
        data.preprocess(folder / "raw", folder / "processed", synthetic=True)
    return folder / "processed"


@pytest.fixture(scope="session")
def tiny_datasets(tiny_processed_dir: Path) -> tuple[TensorDataset, TensorDataset]:
    """The (train, test) datasets of the tiny synthetic data."""
    return data.corrupt_mnist(tiny_processed_dir)
