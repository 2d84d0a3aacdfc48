"""Tests of DigitClassifier (reference solution: tests/test_model.py)."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import Tensor, nn

from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import train_step


@pytest.mark.parametrize("batch_size", [1, 7, 64])
def test_output_has_ten_logits_per_image(model: DigitClassifier, batch_size: int) -> None:
    logits = model(torch.randn(batch_size, 1, 28, 28))
    assert logits.shape == (batch_size, 10), f"expected ({batch_size}, 10), got {logits.shape}"


@pytest.mark.parametrize(
    "shape",
    [(1, 28, 28), (8, 3, 28, 28), (8, 1, 32, 32), (8, 784)],
    ids=["no_batch_dim", "three_channels", "wrong_size", "flattened"],
)
def test_wrong_input_shape_raises_a_clear_error(
    model: DigitClassifier, shape: tuple[int, ...]
) -> None:
    with pytest.raises(ValueError, match=r"Expected a batch of shape \(N, 1, 28, 28\)"):
        model(torch.randn(shape))


@pytest.mark.parametrize(
    ("conv_channels", "hidden", "n_params"),
    [(16, 64, 105_866), (32, 128, 421_642)],
)
def test_parameter_count(conv_channels: int, hidden: int, n_params: int) -> None:
    model = DigitClassifier(conv_channels=conv_channels, hidden=hidden)
    assert sum(p.numel() for p in model.parameters()) == n_params


def test_eval_mode_is_deterministic(model: DigitClassifier, batch: tuple[Tensor, Tensor]) -> None:
    images, _ = batch
    model.eval()  # dropout off: the same input must give the same output
    with torch.inference_mode():
        assert torch.equal(model(images), model(images))


@pytest.mark.slow
def test_overfits_a_single_batch(batch: tuple[Tensor, Tensor]) -> None:
    """A model that cannot memorise eight images has a bug in its wiring or its gradients."""
    torch.manual_seed(0)
    model = DigitClassifier(dropout=0.0)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    images, targets = batch
    for _ in range(100):
        loss, _ = train_step(model, images, targets, nn.CrossEntropyLoss(), optimizer)
    assert loss.item() < 0.05, f"loss is still {loss.item():.3f} after 100 steps on one batch"


@settings(max_examples=25, deadline=None)  # no time limit: the first forward pass is slow
@given(batch_size=st.integers(min_value=1, max_value=16), seed=st.integers(0, 2**16))
def test_images_do_not_influence_each_other(batch_size: int, seed: int) -> None:
    """Property: in eval mode, each image's logits are the same alone as in any batch."""
    torch.manual_seed(seed)
    model = DigitClassifier().eval()
    images = torch.randn(batch_size, 1, 28, 28)
    with torch.inference_mode():
        together = model(images)
        alone = torch.cat([model(image.unsqueeze(0)) for image in images])
    torch.testing.assert_close(together, alone, rtol=1e-4, atol=1e-5)
