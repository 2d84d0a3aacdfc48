"""Report which digit classes are rare: explore_labels.ipynb turned into a script.

Starter file. Each function below replaces one notebook cell. Fill in the
bodies (replace each `raise NotImplementedError` with your code), then run

    uv run scratch/label_report.py

and compare the output with the notebook after you fixed its cell order.
"""

import argparse
import random

NUM_CLASSES = 10
CLASS_WEIGHTS = [1.0, 1.0, 1.0, 1.0, 1.0, 0.45, 1.0, 1.0, 0.6, 1.0]


def simulate_labels(n_labels: int, seed: int) -> list[int]:
    """Draw labels with the class weights used in the notebook."""
    rng = random.Random(seed)
    return rng.choices(range(NUM_CLASSES), weights=CLASS_WEIGHTS, k=n_labels)


def drop_broken_prefix(labels: list[int], n_broken: int) -> list[int]:
    """Return a new list without the first n_broken labels (the input is untouched)."""
    # Your code here: the notebook cell that drops the broken labels.
    raise NotImplementedError


def count_classes(labels: list[int]) -> dict[int, int]:
    """Number of labels per digit class, including classes that never occur."""
    # Your code here: the first line of the notebook cell that counts classes.
    raise NotImplementedError


def find_rare(counts: dict[int, int], share: float) -> list[int]:
    """Classes with fewer than `share` times an even share of all labels."""
    # Your code here: compute the threshold from the counts (not from a global
    # variable), then pick the rare classes.
    raise NotImplementedError


def text_histogram(counts: dict[int, int], rare: list[int]) -> str:
    """One '#' per ten labels, with the rare classes marked."""
    # Your code here: build the lines the notebook printed and join them with
    # newlines. Return the text instead of printing it.
    raise NotImplementedError


def main() -> None:
    parser = argparse.ArgumentParser(description="Report rare digit classes.")
    parser.add_argument("--labels", type=int, default=2000)
    parser.add_argument("--broken", type=int, default=200)
    parser.add_argument("--share", type=float, default=0.6)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    labels = drop_broken_prefix(simulate_labels(args.labels, args.seed), args.broken)
    counts = count_classes(labels)
    rare = find_rare(counts, args.share)
    print(f"{len(labels)} labels after dropping {args.broken}")
    print("rare classes:", rare)
    print(text_histogram(counts, rare))


if __name__ == "__main__":
    main()
