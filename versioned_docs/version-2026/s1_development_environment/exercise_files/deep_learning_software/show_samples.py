"""Save a grid of processed training images with their labels to reports/figures/samples.png.

Run from the project root after data.py:  uv run python show_samples.py
"""

from pathlib import Path

import matplotlib.pyplot as plt

from data import corrupt_mnist

OUTPUT = Path("reports/figures/samples.png")

train_set, _ = corrupt_mnist()
fig, axes = plt.subplots(2, 8, figsize=(12, 3.5))
for ax, (image, target) in zip(axes.flat, train_set):
    ax.imshow(image.squeeze(), cmap="gray")  # (1, 28, 28) -> (28, 28)
    ax.set_title(f"label {int(target)}")
    ax.axis("off")
fig.tight_layout()
OUTPUT.parent.mkdir(parents=True, exist_ok=True)
fig.savefig(OUTPUT)
print(f"Saved {OUTPUT}")
