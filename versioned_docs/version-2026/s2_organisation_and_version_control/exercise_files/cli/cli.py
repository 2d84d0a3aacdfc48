"""Command line interface for the corrupt_mnist project (starter).

Save it as src/corrupt_mnist/cli.py and run it from the project root:

    uv run python -m corrupt_mnist.cli --help
    uv run python -m corrupt_mnist.cli train --epochs 1

`train` is done. Fill in `preprocess` and `evaluate` where it says "Your turn".
"""

from typing import Annotated

import typer

app = typer.Typer(
    help="Train and evaluate a digit classifier on corrupted MNIST.",
    no_args_is_help=True,  # `corrupt-mnist` alone prints the help instead of an error
)


@app.command()
def preprocess() -> None:
    """Build the corrupted dataset and save it as tensors."""
    # Your turn: add `from pathlib import Path` at the top of the file, then give this command
    # three parameters, each written as Annotated[type, typer.Option(help=...)] = default:
    #   --raw-dir        a Path, default Path("data/raw")
    #   --processed-dir  a Path, default Path("data/processed")
    #   --synthetic      a bool flag, default False
    # Then import corrupt_mnist.data.preprocess inside this function (as `train` does
    # below) and call it with the three values. Delete the two lines below.
    typer.echo("preprocess is not written yet")
    raise typer.Exit(code=1)


@app.command()
def train(
    lr: Annotated[float, typer.Option(help="Learning rate of the optimiser.")] = 1e-3,
    batch_size: Annotated[int, typer.Option(min=1, help="Images per training step.")] = 32,
    epochs: Annotated[
        int, typer.Option("--epochs", "-e", min=1, help="Passes over the training set.")
    ] = 5,
) -> None:
    """Train the model, save it to models/model.pt and plot the training curve."""
    # Importing torch takes a second or two. Importing it here, not at the top of the
    # file, keeps `--help` instant.
    from corrupt_mnist.train import train as run_training

    run_training(lr=lr, batch_size=batch_size, epochs=epochs)


@app.command()
def evaluate() -> None:
    """Print the test accuracy of a trained model."""
    # Your turn: give this command one required positional argument, model_checkpoint:
    #   a Path written as Annotated[Path, typer.Argument(...)], which must be an existing
    #   file (look up `exists` and `dir_okay` in typer's documentation on Path).
    # Then import corrupt_mnist.evaluate.evaluate inside this function and call it with
    # the path. Delete the two lines below.
    typer.echo("evaluate is not written yet")
    raise typer.Exit(code=1)


if __name__ == "__main__":
    app()
