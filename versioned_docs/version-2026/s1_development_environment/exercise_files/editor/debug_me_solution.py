"""Summarise a (fake) training run: smooth the loss curve and report accuracy.

Reference solution: the three planted bugs are fixed, and each fix is marked
with a comment saying what was wrong.
"""

import argparse
import random

NUM_CLASSES = 10


def make_fake_run(
    n_samples: int, n_steps: int, seed: int
) -> tuple[list[int], list[int], list[float]]:
    """Invent targets, predictions (about 80% correct) and a decaying loss curve."""
    rng = random.Random(seed)
    targets = [rng.randrange(NUM_CLASSES) for _ in range(n_samples)]
    predictions = [
        t if rng.random() < 0.8 else rng.randrange(NUM_CLASSES) for t in targets
    ]
    losses = [2.3 * 0.95**step + rng.uniform(0.0, 0.1) for step in range(n_steps)]
    return targets, predictions, losses


def smooth(values: list[float], window: int) -> list[float]:
    """Moving average of the last `window` values (fewer at the start of the list)."""
    smoothed = []
    for i in range(len(values)):
        # Bug 1: values[i - window : i] is empty at i = 0 (a negative start wraps
        # around) and never includes values[i] itself.
        chunk = values[max(0, i - window + 1) : i + 1]
        smoothed.append(sum(chunk) / len(chunk))
    return smoothed


def sample_for_report(
    targets: list[int], predictions: list[int], k: int, seed: int
) -> tuple[list[int], list[int]]:
    """Pick k random (target, prediction) pairs to report on."""
    rng = random.Random(seed)
    # Bug 2: two separate shuffles put the lists in two different orders, so
    # targets and predictions no longer belonged together. They also shuffled
    # the caller's lists in place. Draw indices once and use them for both.
    chosen = rng.sample(range(len(targets)), k)
    return [targets[i] for i in chosen], [predictions[i] for i in chosen]


def per_class_accuracy(targets: list[int], predictions: list[int]) -> list[float]:
    """Fraction of the samples of each true class that were predicted correctly."""
    correct = [0] * NUM_CLASSES
    total = [0] * NUM_CLASSES
    for t, p in zip(targets, predictions):
        # Bug 3: counting by the predicted class p computed precision, not the
        # accuracy per true class that the docstring promises.
        total[t] += 1
        if t == p:
            correct[t] += 1
    return [c / n if n else 0.0 for c, n in zip(correct, total)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--report-size", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    targets, predictions, losses = make_fake_run(args.samples, 50, args.seed)
    print(f"Fake run with {args.samples} samples, smoothing window {args.window}")

    curve = smooth(losses, args.window)
    print(f"Smoothed loss: first {curve[0]:.3f}, last {curve[-1]:.3f}")

    k = min(args.report_size, len(targets))
    report_targets, report_predictions = sample_for_report(
        targets, predictions, k, args.seed
    )
    hits = sum(t == p for t, p in zip(report_targets, report_predictions))
    overall = hits / k
    print(f"Accuracy on {k} report samples: {overall:.3f}")

    per_class = per_class_accuracy(report_targets, report_predictions)
    support = [report_targets.count(c) for c in range(NUM_CLASSES)]
    for c in range(NUM_CLASSES):
        print(f"  class {c}: {per_class[c]:.2f} ({support[c]} samples)")

    weighted = sum(a * s for a, s in zip(per_class, support)) / k
    assert overall > 0.6, "accuracy near chance: are targets and predictions paired?"
    assert abs(weighted - overall) < 1e-9, "per-class accuracies do not add up"
    print("All checks passed.")


if __name__ == "__main__":
    main()
