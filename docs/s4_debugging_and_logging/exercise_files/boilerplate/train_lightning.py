"""Train corrupt_mnist with PyTorch Lightning: the Trainer owns the loop.

Starter for the boilerplate module. Save it as src/corrupt_mnist/train_lightning.py and
run it from the project root. Two parts are left for you, marked "Your turn": the
callbacks (step 6) and the W&B logger (step 7).

    uv run python -m corrupt_mnist.train_lightning --fast-dev-run     # one batch of each loop
    uv run python -m corrupt_mnist.train_lightning --max-epochs 10    # logs as CSV files
    uv run python -m corrupt_mnist.train_lightning --logger wandb     # logs to W&B
    uv run python -m corrupt_mnist.train_lightning --help             # every option

Each run writes to lightning_logs/corrupt_mnist/VERSION/: hparams.yaml, the metrics
(metrics.csv with the CSV logger) and checkpoints/. After training, the best checkpoint
is tested, and the weights of its DigitClassifier are exported to models/model.pt, the
file that `corrupt-mnist evaluate` and the API of session S7 read.
"""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import lightning as L
import torch
import typer
from lightning.pytorch.callbacks import Callback, ModelCheckpoint
from lightning.pytorch.loggers import CSVLogger, Logger

from corrupt_mnist.datamodule import CorruptMNISTDataModule
from corrupt_mnist.lightning_model import LitDigitClassifier

LOG_DIR = Path("lightning_logs")
MODEL_PATH = Path("models/model.pt")
PROJECT = "corrupt_mnist"  # the W&B project of the logging module: runs land side by side


class LoggerChoice(StrEnum):
    """Where self.log() values go."""

    CSV = "csv"
    WANDB = "wandb"


def batches(value: str) -> int | float:
    """Read a --limit-* option: "0.25" is a fraction of the batches, "20" a number of them."""
    number = float(value)
    return int(number) if number.is_integer() and number > 1 else number


def make_callbacks(patience: int) -> tuple[ModelCheckpoint, list[Callback]]:
    """Return the checkpoint callback (to ask it for the best file later) and all callbacks."""
    # Your turn (step 6): replace these two lines. Build
    # - a ModelCheckpoint that keeps the two best checkpoints by the highest val/accuracy
    #   plus last.ckpt, named like "epoch03-val_acc0.9712.ckpt"
    #   (filename="epoch{epoch:02d}-val_acc{val/accuracy:.4f}", auto_insert_metric_name=False);
    # - an EarlyStopping on val/loss with this patience, min_delta=0.001 and verbose=True;
    # - a LearningRateMonitor that logs the learning rate once per epoch.
    checkpoint = ModelCheckpoint()  # for now: only the checkpoint of the last epoch
    return checkpoint, [checkpoint]

def make_logger(choice: LoggerChoice, entity: str | None) -> Logger:
    """Build the logger that receives every self.log() value."""
    if choice is LoggerChoice.WANDB:
        # Your turn (step 7): call load_dotenv() from dotenv, as in the logging module, and
        # return a WandbLogger for the project PROJECT and the given entity, with its files
        # under LOG_DIR, that uploads the checkpoints as an artifact (log_model=True).
        raise NotImplementedError("Step 7 of the boilerplate module adds the W&B logger.")
    return CSVLogger(save_dir=LOG_DIR, name=PROJECT)

app = typer.Typer(help="Train the digit classifier with the Lightning Trainer.")


@app.command()
def train(
    max_epochs: Annotated[int, typer.Option(min=1, help="Upper limit of epochs.")] = 10,
    batch_size: Annotated[int, typer.Option(min=1)] = 32,
    lr: Annotated[float, typer.Option(help="Learning rate of the first epoch.")] = 1e-3,
    patience: Annotated[int, typer.Option(help="Epochs without val/loss gain to stop.")] = 3,
    logger: Annotated[LoggerChoice, typer.Option(help="Where metrics go.")] = LoggerChoice.CSV,
    entity: Annotated[str | None, typer.Option(help="W&B team; default: yours.")] = None,
    fast_dev_run: Annotated[
        bool, typer.Option(help="Run one batch of training, validation and test, then stop.")
    ] = False,
    limit_train_batches: Annotated[
        str, typer.Option(help="Fraction (0.1) or number (20) of training batches per epoch.")
    ] = "1.0",
    limit_val_batches: Annotated[str, typer.Option(help="The same for validation.")] = "1.0",
    accelerator: Annotated[str, typer.Option(help="auto, cpu, gpu or mps.")] = "auto",
    devices: Annotated[str, typer.Option(help="auto, or how many devices.")] = "auto",
    precision: Annotated[str, typer.Option(help="32-true, bf16-mixed or 16-mixed.")] = "32-true",
    profiler: Annotated[str | None, typer.Option(help="simple or advanced.")] = None,
    num_workers: Annotated[int, typer.Option(min=0, help="DataLoader workers.")] = 0,
    seed: Annotated[int, typer.Option(help="Seeds weights, shuffling and the split.")] = 2476,
    resume: Annotated[
        str | None, typer.Option(help="Checkpoint to continue from, e.g. a last.ckpt.")
    ] = None,
) -> None:
    """Train with the Trainer, test the best checkpoint and export it to models/model.pt."""
    L.seed_everything(seed, workers=True)  # torch, numpy, random and the loader workers
    datamodule = CorruptMNISTDataModule(batch_size=batch_size, num_workers=num_workers, seed=seed)
    model = LitDigitClassifier(lr=lr)
    checkpoint, callbacks = make_callbacks(patience)

    trainer = L.Trainer(
        max_epochs=max_epochs,
        accelerator=accelerator,
        devices=devices,
        precision=precision,  # type: ignore[arg-type]  # checked by Lightning at run time
        logger=make_logger(logger, entity),
        callbacks=callbacks,
        fast_dev_run=fast_dev_run,
        limit_train_batches=batches(limit_train_batches),
        limit_val_batches=batches(limit_val_batches),
        log_every_n_steps=20,  # how often on_step values reach the logger (default 50)
        deterministic=True,  # same seed, same numbers, at some cost in speed on a GPU
        profiler=profiler,
        default_root_dir=LOG_DIR,
    )
    trainer.fit(model, datamodule=datamodule, ckpt_path=resume)

    if fast_dev_run:  # this mode keeps no best checkpoint: test the model in memory
        trainer.test(model, datamodule=datamodule)
        return

    # Test the best checkpoint, not the weights of the last epoch.
    results = trainer.test(ckpt_path="best", datamodule=datamodule)
    # The checkpoint holds the hyperparameters, so the class rebuilds the same model.
    best = LitDigitClassifier.load_from_checkpoint(checkpoint.best_model_path, map_location="cpu")
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    # Only the plain DigitClassifier weights: loading them needs no Lightning.
    torch.save(best.model.state_dict(), MODEL_PATH)
    typer.echo(f"best checkpoint: {checkpoint.best_model_path}")
    typer.echo(f"hyperparameters: {dict(best.hparams)}")
    typer.echo(f"test accuracy {results[0]['test/accuracy']:.4f}; weights saved to {MODEL_PATH}")


if __name__ == "__main__":
    app()
