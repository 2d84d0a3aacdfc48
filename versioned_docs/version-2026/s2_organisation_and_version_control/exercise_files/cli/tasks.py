"""Everyday tasks for the corrupt_mnist project, run with invoke.

Save it as tasks.py in the project root, next to pyproject.toml, and run from there:

    uv run invoke --list              # every task with its one-line description
    uv run invoke --help train        # the options of one task
    uv run invoke preprocess train --epochs 1 evaluate

Each task is a Python function that runs shell commands with c.run(). The commands
start with `uv run`, so they also work when invoke itself is installed globally.
"""

import os

from invoke import Context, task

# A pseudo-terminal keeps colours and live progress output; Windows has none.
PTY = os.name != "nt"


@task
def preprocess(c: Context, synthetic: bool = False) -> None:
    """Build data/processed/ from MNIST (--synthetic: the offline stand-in)."""
    flag = " --synthetic" if synthetic else ""
    c.run(f"uv run corrupt-mnist preprocess{flag}", echo=True, pty=PTY)


@task(help={"epochs": "passes over the training set", "lr": "learning rate, e.g. 0.01"})
def train(c: Context, epochs: int = 5, lr: str = "0.001", batch_size: int = 32) -> None:
    """Train the model and save it to models/model.pt."""
    # invoke takes an option's type from its default value. Its help shows str, int and
    # bool options well but not floats, so lr is passed on as text; corrupt-mnist checks it.
    c.run(
        f"uv run corrupt-mnist train --epochs {epochs} --lr {lr} --batch-size {batch_size}",
        echo=True,
        pty=PTY,
    )


@task
def evaluate(c: Context, checkpoint: str = "models/model.pt") -> None:
    """Print the test accuracy of a trained model."""
    c.run(f"uv run corrupt-mnist evaluate {checkpoint}", echo=True, pty=PTY)


@task
def test(c: Context) -> None:
    """Run the test suite."""
    c.run("uv run pytest", echo=True, pty=PTY)


@task
def docker_build(c: Context, tag: str = "latest") -> None:
    """Build the training and evaluation images (needs dockerfiles/ from session S3)."""
    for name in ("train", "evaluate"):
        c.run(
            f"docker build -f dockerfiles/{name}.dockerfile -t corrupt-mnist-{name}:{tag} .",
            echo=True,
            pty=PTY,
        )
