"""A small convolutional network for 28x28 greyscale digits (starter).

Fill in the parts marked "Your turn"; model_solution.py is the reference.
"""

import torch
from torch import Tensor, nn


class DigitClassifier(nn.Module):
    """Two convolution blocks and a two-layer classifier head; returns logits for 10 classes."""

    def __init__(self, dropout: float = 0.25) -> None:
        super().__init__()
        # Your turn: define the layers as attributes. A good start:
        #   two blocks of Conv2d (3x3, padding=1) -> ReLU -> MaxPool2d(2), going 1 -> 16 -> 32
        #   channels, then Flatten -> Dropout(dropout) -> Linear(32 * 7 * 7, 64) -> ReLU ->
        #   Linear(64, 10). nn.Sequential keeps it short.
        raise NotImplementedError("Define the layers")

    def forward(self, x: Tensor) -> Tensor:
        # Your turn: x has shape (N, 1, 28, 28); return logits of shape (N, 10).
        raise NotImplementedError("Write the forward pass")


if __name__ == "__main__":
    model = DigitClassifier()
    print(model)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"Trainable parameters: {n_params:,}")
    dummy = torch.randn(8, 1, 28, 28)
    print(f"Output shape for a batch of 8: {tuple(model(dummy).shape)}")
