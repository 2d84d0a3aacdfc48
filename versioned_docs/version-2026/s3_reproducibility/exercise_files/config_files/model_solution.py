"""A small convolutional network for 28x28 greyscale digits.

Reference solution for src/corrupt_mnist/model.py after the config files module: the
network of the good coding practice module, with its Google-style docstrings, and layer
sizes that are now arguments, so that configs/model/*.yaml can choose them. The defaults
build the same network as before, so `DigitClassifier()` and existing checkpoints keep
working.
"""

from collections.abc import Mapping
from typing import Self

import torch
from torch import Tensor, nn


class DigitClassifier(nn.Module):
    """Two convolution blocks and a two-layer classifier head for 10 digit classes.

    Each block is a 3x3 convolution, a ReLU and a 2x2 max pool, so a 28x28 input shrinks
    to 14x14 and then to 7x7 while the channels grow from 1 to `conv_channels` to
    `2 * conv_channels`.

    Args:
        conv_channels: Channels of the first convolution; the second has twice as many.
        hidden: Units in the hidden layer of the classifier head.
        dropout: Probability of zeroing an activation in the classifier head during
            training. Dropout is inactive after `model.eval()`.

    Attributes:
        features: The convolution blocks, mapping (N, 1, 28, 28) to
            (N, 2 * conv_channels, 7, 7).
        classifier: The head, mapping the output of `features` to logits of shape (N, 10).
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

    @classmethod
    def from_state_dict(cls, state_dict: Mapping[str, Tensor]) -> Self:
        """Build a classifier whose layer sizes match saved weights, and load them.

        A checkpoint saved from `DigitClassifier(conv_channels=32, hidden=128)` does not
        fit `DigitClassifier()`. The shapes of two weight tensors tell the sizes, so code
        that only has the checkpoint, such as the evaluation, can rebuild the network.

        Args:
            state_dict: Weights saved with `torch.save(model.state_dict(), path)`.

        Returns:
            A classifier with those weights, in training mode like any new module.
        """
        conv_channels = state_dict["features.0.weight"].shape[0]  # (c1, 1, 3, 3)
        hidden = state_dict["classifier.2.weight"].shape[0]  # (hidden, c2 * 7 * 7)
        model = cls(conv_channels=conv_channels, hidden=hidden)
        model.load_state_dict(state_dict)
        return model

    def forward(self, x: Tensor) -> Tensor:
        """Compute class scores for a batch of images.

        Args:
            x: Normalised images of shape (N, 1, 28, 28), dtype float32.

        Returns:
            Logits of shape (N, 10). Apply `softmax(dim=1)` for probabilities or
            `argmax(dim=1)` for predicted digits.

        Raises:
            ValueError: If `x` does not have the shape (N, 1, 28, 28).
        """
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
        rebuilt = DigitClassifier.from_state_dict(model.state_dict())
        print(f"  rebuilt from its weights: {sum(p.numel() for p in rebuilt.parameters()):,}")
    dummy = torch.randn(8, 1, 28, 28)
    print(f"Output shape for a batch of 8: {tuple(model(dummy).shape)}")
