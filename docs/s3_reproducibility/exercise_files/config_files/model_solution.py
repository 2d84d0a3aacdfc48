"""A small convolutional network for 28x28 greyscale digits (part of the corrupt_mnist package).

Reference solution for the config files module: the layer sizes are now arguments, so
that configs/model/*.yaml can choose them. The defaults build the same network as
before, so DigitClassifier() and existing checkpoints keep working.
"""

import torch
from torch import Tensor, nn


class DigitClassifier(nn.Module):
    """Two convolution blocks and a two-layer classifier head; returns logits for 10 classes.

    Args:
        conv_channels: channels of the first convolution; the second has twice as many.
        hidden: units in the hidden layer of the classifier head.
        dropout: probability of zeroing an input of the hidden layer during training.
    """

    def __init__(self, conv_channels: int = 16, hidden: int = 64, dropout: float = 0.25) -> None:
        super().__init__()
        c1, c2 = conv_channels, 2 * conv_channels
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, padding=1),  # (N, c1, 28, 28)
            nn.ReLU(),
            nn.MaxPool2d(2),  # (N, c1, 14, 14)
            nn.Conv2d(c1, c2, kernel_size=3, padding=1),  # (N, c2, 14, 14)
            nn.ReLU(),
            nn.MaxPool2d(2),  # (N, c2, 7, 7)
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),  # (N, c2 * 7 * 7)
            nn.Dropout(dropout),
            nn.Linear(c2 * 7 * 7, hidden),
            nn.ReLU(),
            nn.Linear(hidden, 10),  # raw scores (logits); CrossEntropyLoss applies the softmax
        )

    def forward(self, x: Tensor) -> Tensor:
        """Return logits of shape (N, 10) for a batch of images of shape (N, 1, 28, 28)."""
        if x.ndim != 4 or x.shape[1:] != (1, 28, 28):
            raise ValueError(f"Expected a batch of shape (N, 1, 28, 28), got {tuple(x.shape)}")
        # Calling a module returns Any to a type checker; the annotation restores the type.
        logits: Tensor = self.classifier(self.features(x))
        return logits


if __name__ == "__main__":
    for kwargs in ({}, {"conv_channels": 32, "hidden": 128}):
        model = DigitClassifier(**kwargs)
        n_params = sum(p.numel() for p in model.parameters())
        print(f"DigitClassifier({kwargs}): {n_params:,} trainable parameters")
    dummy = torch.randn(8, 1, 28, 28)
    print(f"Output shape for a batch of 8: {tuple(model(dummy).shape)}")
