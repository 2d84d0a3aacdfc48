"""Tests of training and evaluation (reference solution: tests/test_train.py)."""

import shutil
from pathlib import Path

import pytest
import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader, TensorDataset

from corrupt_mnist.evaluate import evaluate
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import pick_device, train, train_step


def test_train_step_changes_every_parameter(
    model: DigitClassifier, batch: tuple[Tensor, Tensor]
) -> None:
    before = [p.detach().clone() for p in model.parameters()]
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    images, targets = batch
    loss, logits = train_step(model, images, targets, nn.CrossEntropyLoss(), optimizer)
    assert loss.ndim == 0, "the loss must be a single number"
    assert logits.shape == (8, 10)
    for (name, after), old in zip(model.named_parameters(), before, strict=True):
        assert not torch.equal(after, old), f"{name} was not updated"


@pytest.mark.slow
def test_loss_goes_down_on_a_tiny_run(
    tiny_datasets: tuple[TensorDataset, TensorDataset],
) -> None:
    torch.manual_seed(0)
    train_set, _ = tiny_datasets
    model = DigitClassifier()
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    images, targets = train_set.tensors

    def full_loss() -> float:
        model.eval()
        with torch.inference_mode():
            return loss_fn(model(images), targets).item()

    before = full_loss()
    for _ in range(5):  # five epochs of 16 steps each: about a second on a laptop CPU
        model.train()
        for x, y in DataLoader(train_set, batch_size=32, shuffle=True):
            train_step(model, x, y, loss_fn, optimizer)
    after = full_loss()
    assert after < 0.5 * before, (
        f"loss went from {before:.3f} to {after:.3f}, expected at least halved"
    )


@pytest.mark.parametrize(
    ("cuda", "mps", "expected"),
    [(True, True, "cuda"), (False, True, "mps"), (False, False, "cpu")],
)
def test_pick_device_prefers_cuda_then_mps(
    monkeypatch: pytest.MonkeyPatch, cuda: bool, mps: bool, expected: str
) -> None:
    # Pretend to have (or not have) each GPU; monkeypatch restores the originals afterwards.
    monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: mps)
    assert pick_device().type == expected


@pytest.mark.slow
def test_train_and_evaluate_end_to_end(
    tiny_processed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Integration test: train() and evaluate() together, in a throwaway project folder."""
    shutil.copytree(tiny_processed_dir, tmp_path / "data" / "processed")
    monkeypatch.chdir(tmp_path)  # the package's relative paths now point into tmp_path
    monkeypatch.setenv("WANDB_MODE", "disabled")  # in case training logs to W&B
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)

    train(lr=1e-3, batch_size=64, epochs=1)

    checkpoint = tmp_path / "models" / "model.pt"
    assert checkpoint.exists(), "train() must save the weights"
    assert (tmp_path / "reports" / "figures" / "training_curve.png").exists()
    DigitClassifier().load_state_dict(torch.load(checkpoint, weights_only=True))
    accuracy = evaluate(checkpoint)
    assert 0.0 <= accuracy <= 1.0
