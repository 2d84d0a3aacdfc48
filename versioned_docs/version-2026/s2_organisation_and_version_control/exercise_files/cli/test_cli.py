"""Tests for the corrupt-mnist command line interface.

Save it as tests/test_cli.py and run it from the project root:

    uv run pytest tests/test_cli.py -v

The real training and evaluation are swapped for fakes, so the tests need no data and
finish in seconds. They check the CLI only: that arguments are parsed, checked and
passed on correctly, and that the exit codes are right.
"""

from pathlib import Path

import pytest
from typer.testing import CliRunner

import corrupt_mnist.evaluate
import corrupt_mnist.train
from corrupt_mnist.cli import app

runner = CliRunner()


@pytest.fixture
def train_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Replace the real training function by one that only records its arguments."""
    calls: list[dict] = []
    # The CLI imports corrupt_mnist.train.train when the command runs, so it gets the fake.
    monkeypatch.setattr(corrupt_mnist.train, "train", lambda **kwargs: calls.append(kwargs))
    return calls


@pytest.fixture
def checkpoint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An existing (empty) checkpoint file, and an evaluate function that returns 0.8."""
    path = tmp_path / "model.pt"
    path.touch()
    monkeypatch.setattr(corrupt_mnist.evaluate, "evaluate", lambda model_checkpoint: 0.8)
    return path


def test_help_lists_all_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("preprocess", "train", "evaluate"):
        assert command in result.output


def test_train_uses_the_defaults(train_calls: list[dict]) -> None:
    result = runner.invoke(app, ["train"])
    assert result.exit_code == 0, result.output
    assert train_calls == [{"lr": 1e-3, "batch_size": 32, "epochs": 5}]


def test_train_passes_options_on(train_calls: list[dict]) -> None:
    result = runner.invoke(app, ["train", "-e", "2", "--lr", "0.01", "--batch-size", "64"])
    assert result.exit_code == 0, result.output
    assert train_calls == [{"lr": 0.01, "batch_size": 64, "epochs": 2}]


@pytest.mark.parametrize("epochs", ["two", "0", "-3"])
def test_train_rejects_bad_epochs(train_calls: list[dict], epochs: str) -> None:
    result = runner.invoke(app, ["train", "--epochs", epochs])
    assert result.exit_code == 2  # 2 means "usage error": the command never ran
    assert train_calls == []


def test_evaluate_needs_an_existing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(tmp_path / "missing.pt")])
    assert result.exit_code == 2


@pytest.mark.parametrize(("min_accuracy", "exit_code"), [("0.5", 0), ("0.9", 1)])
def test_evaluate_exit_code_follows_min_accuracy(
    checkpoint: Path, min_accuracy: str, exit_code: int
) -> None:
    result = runner.invoke(app, ["evaluate", str(checkpoint), "--min-accuracy", min_accuracy])
    assert result.exit_code == exit_code
