"""Train corrupt_mnist through LightningCLI: every option comes from the classes' signatures.

Save it as src/corrupt_mnist/cli_lightning.py. LightningCLI needs jsonargparse, which is
not part of the project's dependencies, so run it with uv's --with:

    uv run --with "jsonargparse[signatures]>=4.39" python -m corrupt_mnist.cli_lightning --help
    uv run --with "jsonargparse[signatures]>=4.39" python -m corrupt_mnist.cli_lightning \
        fit --print_config > configs/lightning.yaml
    uv run --with "jsonargparse[signatures]>=4.39" python -m corrupt_mnist.cli_lightning \
        fit --config configs/lightning.yaml --model.lr 0.002 --trainer.max_epochs 2

The subcommands fit, validate, test and predict call the Trainer method of that name.
The arguments of LitDigitClassifier.__init__ become --model.*, those of
CorruptMNISTDataModule.__init__ --data.*, and those of Trainer --trainer.*; the
docstrings' Args sections become the help texts.
"""

from lightning.pytorch.cli import LightningCLI

from corrupt_mnist.datamodule import CorruptMNISTDataModule
from corrupt_mnist.lightning_model import LitDigitClassifier


def main() -> None:
    """Parse the command line and config files, build the objects and run the subcommand."""
    LightningCLI(
        LitDigitClassifier,
        CorruptMNISTDataModule,
        seed_everything_default=2476,
        trainer_defaults={"max_epochs": 5, "deterministic": True},
    )


if __name__ == "__main__":
    main()
