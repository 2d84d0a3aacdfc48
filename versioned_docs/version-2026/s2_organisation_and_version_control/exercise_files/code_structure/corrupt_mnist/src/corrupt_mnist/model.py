"""A small convolutional network for 28x28 greyscale digits (corrupt_mnist package)."""

import torch
from torch import Tensor, nn


class DigitClassifier(nn.Module):
    """Two convolution blocks and a two-layer classifier head; returns logits for 10 classes."""

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
        if x.ndim != 4 or x.shape[1:] != (1, 28, 28):
            raise ValueError(f"Expected a batch of shape (N, 1, 28, 28), got {tuple(x.shape)}")
        return self.classifier(self.features(x))


if __name__ == "__main__":
    model = DigitClassifier()
    print(model)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"Trainable parameters: {n_params:,}")
    dummy = torch.randn(8, 1, 28, 28)
    print(f"Output shape for a batch of 8: {tuple(model(dummy).shape)}")
