"""Command line interface for the corrupt_mnist project (reference solution).

Save it as src/corrupt_mnist/cli.py. This entry in pyproject.toml installs it as the
`corrupt-mnist` command:

    [project.scripts]
    corrupt-mnist = "corrupt_mnist.cli:app"

Run it from the project root:

    uv run corrupt-mnist --help
    uv run corrupt-mnist preprocess
    uv run corrupt-mnist train --epochs 1 --lr 0.002
    uv run corrupt-mnist evaluate models/model.pt --min-accuracy 0.9
"""

import subprocess
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Train and evaluate a digit classifier on corrupted MNIST.",
    no_args_is_help=True,  # `corrupt-mnist` alone prints the help instead of an error
)


def git_commit() -> str:
    """Return the hash of the commit being run, "-dirty" if files differ from it.

    Returns "unknown" where there is no git or no repository, as in a Docker image.
    """
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,  # raise CalledProcessError if git exits with a non-zero code
        ).stdout.strip()
        changes = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except FileNotFoundError:  # the git program is not installed
        return "unknown"
    except subprocess.CalledProcessError:  # git ran but failed, e.g. not a repository
        return "unknown"
    return f"{commit}-dirty" if changes else commit


@app.command()
def preprocess(
    raw_dir: Annotated[
        Path,
        typer.Option(help="Folder for the MNIST download."),
    ] = Path("data/raw"),
    processed_dir: Annotated[
        Path,
        typer.Option(help="Folder the four tensors are written to."),
    ] = Path("data/processed"),
    synthetic: Annotated[
        bool,
        typer.Option("--synthetic", help="Use the offline stand-in, not MNIST."),
    ] = False,
) -> None:
    """Build the corrupted dataset and save it as tensors."""
    from corrupt_mnist.data import preprocess as run_preprocess

    run_preprocess(raw_dir, processed_dir, synthetic=synthetic)


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
    # file, keeps `corrupt-mnist --help` instant.
    from corrupt_mnist.train import train as run_training

    typer.echo(f"Code version: {git_commit()}")
    run_training(lr=lr, batch_size=batch_size, epochs=epochs)


@app.command()
def evaluate(
    model_checkpoint: Annotated[
        Path,
        typer.Argument(exists=True, dir_okay=False, help="Weights saved by the train command."),
    ],
    min_accuracy: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Exit with code 1 if the accuracy is lower."),
    ] = 0.0,
) -> None:
    """Print the test accuracy of a trained model."""
    from corrupt_mnist.evaluate import evaluate as run_evaluation

    accuracy = run_evaluation(model_checkpoint)
    if accuracy < min_accuracy:
        typer.echo(f"Accuracy {accuracy:.4f} is below {min_accuracy:.4f}", err=True)
        raise typer.Exit(code=1)


if __name__ == "__main__":
    app()
