"""Write a table of made-up training runs to standard output as CSV.

Each row is one pretend training run of a digit classifier: which model,
learning rate, batch size and number of epochs it used, its validation
accuracy and whether it finished or failed. The numbers are invented but
repeatable: the same seed always gives the same table.

Examples:
    python3 make_runs.py --help
    python3 make_runs.py --runs 5
    python3 make_runs.py --runs 40 --seed 2027 > runs.csv
"""

import argparse
import csv
import random
import sys

# Typical validation accuracy of each model when everything goes well.
MODELS = {"mlp": 0.90, "cnn_small": 0.95, "cnn_large": 0.97}
# How much each learning rate costs compared with the best one.
LEARNING_RATES = {0.01: 0.06, 0.003: 0.01, 0.001: 0.0, 0.0003: 0.03}
BATCH_SIZES = [32, 64, 128]
COLUMNS = ["run_id", "model", "lr", "batch_size", "epochs", "val_accuracy", "status"]


def parse_args() -> argparse.Namespace:
    """Read the options given on the command line."""
    parser = argparse.ArgumentParser(
        description="Print made-up training runs as CSV (redirect it to save a file)."
    )
    parser.add_argument("--runs", type=int, default=40, help="how many runs (default: 40)")
    parser.add_argument("--seed", type=int, default=2027, help="random seed (default: 2027)")
    parser.add_argument(
        "--failure-rate",
        type=float,
        default=0.15,
        help="share of runs that crash before finishing (default: 0.15)",
    )
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not 0.0 <= args.failure_rate <= 1.0:
        parser.error("--failure-rate must be between 0 and 1")
    return args


def make_run(number: int, rng: random.Random, failure_rate: float) -> list[str]:
    """Invent one training run and return it as a row of strings."""
    model = rng.choice(sorted(MODELS))
    lr = rng.choice(sorted(LEARNING_RATES))
    batch_size = rng.choice(BATCH_SIZES)
    epochs = rng.randint(3, 10)
    if rng.random() < failure_rate:
        return [f"run-{number:03d}", model, str(lr), str(batch_size), str(epochs), "", "failed"]
    # Longer training helps a little, a poor learning rate hurts, noise does the rest.
    accuracy = MODELS[model] - LEARNING_RATES[lr] - 0.03 / epochs + rng.gauss(0.0, 0.008)
    accuracy = min(accuracy, 0.995)
    return [
        f"run-{number:03d}",
        model,
        str(lr),
        str(batch_size),
        str(epochs),
        f"{accuracy:.4f}",
        "finished",
    ]


def main() -> None:
    args = parse_args()
    rng = random.Random(args.seed)
    # Write "\n" line endings on every system, so that grep, diff and bash agree.
    sys.stdout.reconfigure(newline="\n")
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(COLUMNS)
    for number in range(1, args.runs + 1):
        writer.writerow(make_run(number, rng, args.failure_rate))
    # Messages for the person at the keyboard go to standard error, not into the data.
    print(f"wrote {args.runs} runs (seed {args.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
