"""Smoke tests: the installed package can be imported from tests/ and its parts fit together.

Run them from the project root with `uv run pytest`. The unit testing module in session S5
replaces these with real tests of the data, the model and the training loop.
"""

from importlib.metadata import version

import torch

from corrupt_mnist.data import corrupt_mnist as load_datasets
from corrupt_mnist.data import preprocess
from corrupt_mnist.evaluate import evaluate
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import train


def test_package_is_installed() -> None:
    # importlib.metadata only knows installed distributions, not folders that happen to be on
    # sys.path, so this fails if the project was never installed into the environment.
    assert version("corrupt-mnist")


def test_public_functions_exist() -> None:
    for function in (preprocess, load_datasets, train, evaluate):
        assert callable(function)


def test_model_returns_ten_logits_per_image() -> None:
    model = DigitClassifier()
    logits = model(torch.randn(4, 1, 28, 28))
    assert logits.shape == (4, 10)
