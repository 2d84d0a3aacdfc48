"""Fixtures for the API's integration tests (reference solution: tests/integration/conftest.py).

The tests run the real app, lifespan included, but against a tiny untrained model that
these fixtures write to a temporary folder. So they need neither a trained model nor any
data, and they run on every laptop and in CI. Fixtures from tests/conftest.py are
available here too; the ones below are only visible to tests in tests/integration/.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
from fastapi.testclient import TestClient

from corrupt_mnist.api import app
from corrupt_mnist.images import Normalisation
from corrupt_mnist.model import DigitClassifier


@pytest.fixture
def model_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Save an untrained DigitClassifier and made-up statistics, and point the API at them.

    Returns the paths of the checkpoint and of the normalisation file. monkeypatch undoes
    the two environment variables when the test ends.
    """
    torch.manual_seed(0)  # the same "random" model in every test
    model_path = tmp_path / "model.pt"
    torch.save(DigitClassifier().state_dict(), model_path)
    normalisation_path = tmp_path / "normalisation.json"
    Normalisation(mean=0.2, std=0.3).save(normalisation_path)

    monkeypatch.setenv("MODEL_PATH", str(model_path))
    monkeypatch.setenv("NORMALISATION_PATH", str(normalisation_path))
    return model_path, normalisation_path


@pytest.fixture
def client(model_files: tuple[Path, Path]) -> Iterator[TestClient]:
    """A client whose app has started: `with` runs the lifespan, which loads the model.

    The code after `yield` runs when the test is done and leaves the `with` block, which
    runs the shutdown half of the lifespan.
    """
    with TestClient(app) as test_client:
        yield test_client
