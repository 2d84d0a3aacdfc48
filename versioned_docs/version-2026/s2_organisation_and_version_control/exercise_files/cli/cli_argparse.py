"""The corrupt-mnist command line written with argparse, for comparison with cli.py.

argparse ships with Python, so this needs no extra package. Save it as
src/corrupt_mnist/cli_argparse.py and run it from the project root:

    uv run python -m corrupt_mnist.cli_argparse --help
    uv run python -m corrupt_mnist.cli_argparse train --help
    uv run python -m corrupt_mnist.cli_argparse train --epochs 1
"""

import argparse
import sys
from pathlib import Path

DEFAULTS = argparse.ArgumentDefaultsHelpFormatter  # adds "(default: ...)" to each help line


def positive_int(text: str) -> int:
    """Convert a command line string to an int of at least 1, or fail with a usage error."""
    value = int(text)  # a ValueError becomes "invalid positive_int value: 'two'"
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def existing_file(text: str) -> Path:
    """Convert a command line string to the Path of an existing file, or fail."""
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such file: {text}")
    return path


def build_parser() -> argparse.ArgumentParser:
    """Describe every command, argument and option that the program accepts."""
    parser = argparse.ArgumentParser(
        prog="corrupt-mnist",
        description="Train and evaluate a digit classifier on corrupted MNIST.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    prep = commands.add_parser(
        "preprocess", help="build the corrupted dataset", formatter_class=DEFAULTS
    )
    prep.add_argument(
        "--raw-dir", type=Path, default=Path("data/raw"), help="folder for the MNIST download"
    )
    prep.add_argument(
        "--processed-dir",
        type=Path,
        default=Path("data/processed"),
        help="folder the four tensors are written to",
    )
    prep.add_argument(
        "--synthetic", action="store_true", help="use the offline stand-in, not MNIST"
    )

    train = commands.add_parser("train", help="train and save the model", formatter_class=DEFAULTS)
    train.add_argument("--lr", type=float, default=1e-3, help="learning rate of the optimiser")
    train.add_argument(
        "--batch-size", type=positive_int, default=32, help="images per training step"
    )
    train.add_argument(
        "-e", "--epochs", type=positive_int, default=5, help="passes over the training set"
    )

    evaluate = commands.add_parser(
        "evaluate", help="print the test accuracy of a model", formatter_class=DEFAULTS
    )
    evaluate.add_argument(
        "model_checkpoint", type=existing_file, help="weights saved by the train command"
    )
    evaluate.add_argument(
        "--min-accuracy", type=float, default=0.0, help="exit with code 1 if the accuracy is lower"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse argv (sys.argv[1:] when None), run the chosen command, return the exit code."""
    args = build_parser().parse_args(argv)  # on bad input: prints usage and exits with code 2

    if args.command == "preprocess":
        from corrupt_mnist.data import preprocess

        preprocess(args.raw_dir, args.processed_dir, synthetic=args.synthetic)
    elif args.command == "train":
        from corrupt_mnist.train import train

        train(lr=args.lr, batch_size=args.batch_size, epochs=args.epochs)
    elif args.command == "evaluate":
        from corrupt_mnist.evaluate import evaluate

        accuracy = evaluate(args.model_checkpoint)
        if accuracy < args.min_accuracy:
            print(f"Accuracy {accuracy:.4f} is below {args.min_accuracy:.4f}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
