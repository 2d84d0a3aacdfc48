"""Report which digit classes are rare: explore_labels.ipynb turned into a script.

Reference solution. Every notebook cell became a function with explicit inputs
and outputs, constants moved to the top, and main() runs the steps in one fixed
order, so the script gives the same answer every time it runs.
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
    return labels[n_broken:]


def count_classes(labels: list[int]) -> dict[int, int]:
    """Number of labels per digit class, including classes that never occur."""
    return {digit: labels.count(digit) for digit in range(NUM_CLASSES)}


def find_rare(counts: dict[int, int], share: float) -> list[int]:
    """Classes with fewer than `share` times an even share of all labels."""
    threshold = share * sum(counts.values()) / NUM_CLASSES
    return [digit for digit, n in counts.items() if n < threshold]


def text_histogram(counts: dict[int, int], rare: list[int]) -> str:
    """One '#' per ten labels, with the rare classes marked."""
    lines = []
    for digit, n in counts.items():
        marker = "  <- rare" if digit in rare else ""
        lines.append(f"{digit}: {'#' * (n // 10)}{marker}")
    return "\n".join(lines)


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
