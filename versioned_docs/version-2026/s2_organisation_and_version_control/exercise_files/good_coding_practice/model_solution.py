"""A small convolutional network for 28x28 greyscale digits.

Reference solution for src/corrupt_mnist/model.py after the good coding practice module:
the same network as before, with Google-style docstrings and a `forward` that passes
`mypy --strict`.
"""

import torch
from torch import Tensor, nn


class DigitClassifier(nn.Module):
    """Two convolution blocks and a two-layer classifier head for 10 digit classes.

    Each block is a 3x3 convolution, a ReLU and a 2x2 max pool, so a 28x28 input shrinks
    to 14x14 and then to 7x7 while the channels grow from 1 to 16 to 32.

    Args:
        dropout: Probability of zeroing an activation in the classifier head during
            training. Dropout is inactive after `model.eval()`.

    Attributes:
        features: The convolution blocks, mapping (N, 1, 28, 28) to (N, 32, 7, 7).
        classifier: The head, mapping (N, 32, 7, 7) to logits of shape (N, 10).
    """

    def __init__(self, dropout: float = 0.25) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=3, padding=1),  # (N, 16, 28, 28)
            nn.ReLU(),
            nn.MaxPool2d(2),  # (N, 16, 14, 14)
            nn.Conv2d(16, 32, kernel_size=3, padding=1),  # (N, 32, 14, 14)
            nn.ReLU(),
            nn.MaxPool2d(2),  # (N, 32, 7, 7)
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),  # (N, 32 * 7 * 7)
            nn.Dropout(dropout),
            nn.Linear(32 * 7 * 7, 64),
            nn.ReLU(),
            nn.Linear(64, 10),  # raw scores (logits); CrossEntropyLoss applies the softmax
        )

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
    model = DigitClassifier()
    print(model)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"Trainable parameters: {n_params:,}")
    dummy = torch.randn(8, 1, 28, 28)
    print(f"Output shape for a batch of 8: {tuple(model(dummy).shape)}")
