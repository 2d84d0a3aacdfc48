"""DigitClassifier as a LightningModule (part of the corrupt_mnist package).

Reference solution for the boilerplate module. Save it as
src/corrupt_mnist/lightning_model.py.

The network itself stays in model.py, untouched: this class only says what one step of
training, validation and testing does and which optimizer to use. The Trainer runs the
loops, moves batches to the device, switches between train() and eval(), turns off
gradients for evaluation, calls backward() and step(), and hands every self.log() call
to the loggers.

Self-check, on random data (no files needed, nothing written):

    uv run python -m corrupt_mnist.lightning_model
"""

import lightning as L
import torch
from lightning.pytorch.utilities.types import OptimizerLRSchedulerConfig
from torch import Tensor, nn
from torch.utils.data import DataLoader, TensorDataset

from corrupt_mnist.model import DigitClassifier

Batch = tuple[Tensor, Tensor]  # (images of shape (N, 1, 28, 28), int64 targets of shape (N,))


class LitDigitClassifier(L.LightningModule):
    """Train, validate and test a DigitClassifier with cross-entropy and Adam.

    Args:
        conv_channels: channels of the first convolution; the second has twice as many.
        hidden: units in the hidden layer of the classifier head.
        dropout: probability of zeroing an input of the hidden layer during training.
        lr: learning rate of the first epoch.
        lr_decay: factor applied to the learning rate after every epoch (1.0: constant).
        weight_decay: L2 penalty of the Adam optimizer.
    """

    def __init__(
        self,
        conv_channels: int = 16,
        hidden: int = 64,
        dropout: float = 0.25,
        lr: float = 1e-3,
        lr_decay: float = 0.9,
        weight_decay: float = 0.0,
    ) -> None:
        super().__init__()
        # Stores the six arguments in self.hparams, in every checkpoint and in the logger,
        # so that load_from_checkpoint() can rebuild exactly this model.
        self.save_hyperparameters()
        self.model = DigitClassifier(conv_channels=conv_channels, hidden=hidden, dropout=dropout)
        self.loss_fn = nn.CrossEntropyLoss()

    def forward(self, images: Tensor) -> Tensor:
        """Return logits of shape (N, 10)."""
        logits: Tensor = self.model(images)
        return logits

    def _loss_and_accuracy(self, batch: Batch) -> tuple[Tensor, Tensor]:
        images, targets = batch  # already on the right device: the Trainer moved them
        logits = self(images)
        loss = self.loss_fn(logits, targets)
        accuracy = (logits.argmax(dim=1) == targets).float().mean()
        return loss, accuracy

    def training_step(self, batch: Batch, batch_idx: int) -> Tensor:
        """Return the loss of one training batch; the Trainer does backward() and step()."""
        loss, accuracy = self._loss_and_accuracy(batch)
        # In training_step, self.log defaults to on_step=True, on_epoch=False.
        self.log("train/loss", loss, prog_bar=True)
        self.log("train/accuracy", accuracy, on_step=False, on_epoch=True)
        return loss

    def validation_step(self, batch: Batch, batch_idx: int) -> None:
        """Log loss and accuracy; Lightning averages them over the whole validation set."""
        loss, accuracy = self._loss_and_accuracy(batch)
        # In validation_step and test_step, self.log defaults to on_step=False, on_epoch=True.
        self.log("val/loss", loss, prog_bar=True)
        self.log("val/accuracy", accuracy, prog_bar=True)

    def test_step(self, batch: Batch, batch_idx: int) -> None:
        """Log loss and accuracy on the test set."""
        loss, accuracy = self._loss_and_accuracy(batch)
        self.log("test/loss", loss)
        self.log("test/accuracy", accuracy)

    def configure_optimizers(self) -> OptimizerLRSchedulerConfig:
        """Adam, with a learning rate multiplied by lr_decay after every epoch."""
        optimizer = torch.optim.Adam(
            self.parameters(), lr=self.hparams["lr"], weight_decay=self.hparams["weight_decay"]
        )
        decay = self.hparams["lr_decay"]
        scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=decay)
        return {
            "optimizer": optimizer,
            "lr_scheduler": {"scheduler": scheduler, "interval": "epoch"},
        }


if __name__ == "__main__":
    # One batch through every hook, on random images: a check of the code, not of the model.
    random_data = TensorDataset(torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,)))
    loader = DataLoader(random_data, batch_size=16)
    lit_model = LitDigitClassifier()
    print(lit_model.hparams)
    trainer = L.Trainer(
        fast_dev_run=True, accelerator="cpu", logger=False, enable_progress_bar=False
    )
    trainer.fit(lit_model, train_dataloaders=loader, val_dataloaders=loader)
    trainer.test(lit_model, dataloaders=loader)
