"""Train DigitClassifier on corrupted MNIST (starter).

Fill in the parts marked "Your turn"; train_solution.py is the reference.

Run from the project root after data.py:  uv run python train.py
"""

from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader

from data import corrupt_mnist
from model import DigitClassifier

MODEL_PATH = Path("models/model.pt")
FIGURE_PATH = Path("reports/figures/training_curve.png")
SEED = 2476


def pick_device() -> torch.device:
    """Use an NVIDIA GPU if there is one, else Apple's GPU, else the CPU."""
    if torch.cuda.is_available():
        return torch.device("cuda")
    if torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def train_step(
    model: nn.Module,
    images: Tensor,
    targets: Tensor,
    loss_fn: nn.Module,
    optimizer: torch.optim.Optimizer,
) -> tuple[Tensor, Tensor]:
    """Run one optimisation step on a batch and return (loss, logits)."""
    # Your turn, five lines: reset the gradients, run the forward pass, compute the loss,
    # backpropagate, and let the optimizer update the parameters.
    raise NotImplementedError("train_step() is yours to write")


def train(lr: float = 1e-3, batch_size: int = 32, epochs: int = 5) -> None:
    """Train the model, save its weights to models/model.pt and plot the training curve."""
    torch.manual_seed(SEED)
    device = pick_device()
    print(f"Training on {device} with lr={lr}, batch_size={batch_size}, epochs={epochs}")

    train_set, _ = corrupt_mnist()
    train_loader = DataLoader(train_set, batch_size=batch_size, shuffle=True)

    model = DigitClassifier().to(device)
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    losses: list[float] = []
    accuracies: list[float] = []
    for epoch in range(epochs):
        model.train()  # switches dropout on
        for step, (images, targets) in enumerate(train_loader):
            images, targets = images.to(device), targets.to(device)
            loss, logits = train_step(model, images, targets, loss_fn, optimizer)
            accuracy = (logits.argmax(dim=1) == targets).float().mean().item()
            losses.append(loss.item())
            accuracies.append(accuracy)
            if step % 200 == 0:
                print(
                    f"epoch {epoch + 1}/{epochs}  step {step:4d}  "
                    f"loss {loss.item():.3f}  accuracy {accuracy:.2f}"
                )

    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    # Your turn: save the model's state_dict (not the model object) to MODEL_PATH.
    raise NotImplementedError("Save the weights")
    print(f"Saved weights to {MODEL_PATH}")

    fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(10, 4))
    ax_loss.plot(losses)
    ax_loss.set(title="Training loss", xlabel="step", ylabel="cross-entropy")
    ax_acc.plot(accuracies)
    ax_acc.set(title="Training accuracy (per batch)", xlabel="step", ylabel="accuracy")
    fig.tight_layout()
    FIGURE_PATH.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(FIGURE_PATH)
    print(f"Saved training curve to {FIGURE_PATH}")


if __name__ == "__main__":
    train()
