"""Compare a candidate corrupt_mnist model with a reference model on the same test set.

Save it as scripts/compare_models.py and run it from the project root:

    uv run python scripts/compare_models.py --candidate outputs/ci/model.pt --min-accuracy 0.5
    uv run python scripts/compare_models.py --candidate models/model.pt \
        --reference models/production/model.pt --max-drop 0.01

Each checkpoint is rebuilt with DigitClassifier.from_state_dict and evaluated on the
same test images with the same code. The script prints a Markdown table of the accuracy
overall and per digit, and exits with status 1 when the candidate is worse than allowed:

- its accuracy is below --min-accuracy, or
- its accuracy is more than --max-drop below the reference's, or
- its accuracy on one digit is more than --max-class-drop below the reference's.
"""

import argparse
import sys
from pathlib import Path

import torch
from torch.utils.data import DataLoader, Dataset, Subset

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.model import DigitClassifier

N_CLASSES = 10


def parse_args() -> argparse.Namespace:
    """Read the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidate", type=Path, required=True, help="state_dict to judge")
    parser.add_argument("--reference", type=Path, help="state_dict of the current model")
    parser.add_argument("--data-dir", type=Path, default=Path("data/processed"))
    parser.add_argument(
        "--max-drop", type=float, default=0.01, help="largest allowed fall in accuracy"
    )
    parser.add_argument(
        "--max-class-drop", type=float, default=0.05, help="largest allowed fall for one digit"
    )
    parser.add_argument(
        "--min-accuracy", type=float, default=0.0, help="lowest accepted candidate accuracy"
    )
    parser.add_argument("--limit", type=int, help="use only the first N test images")
    return parser.parse_args()


@torch.inference_mode()
def evaluate(checkpoint: Path, loader: DataLoader) -> tuple[float, list[float]]:
    """Return the accuracy of the saved model, overall and for each digit."""
    state_dict = torch.load(checkpoint, map_location="cpu", weights_only=True)
    model = DigitClassifier.from_state_dict(state_dict)
    model.eval()  # dropout off: the same images give the same answer every time
    correct = torch.zeros(N_CLASSES)
    total = torch.zeros(N_CLASSES)
    for images, targets in loader:
        hits = model(images).argmax(dim=1) == targets
        total += torch.bincount(targets, minlength=N_CLASSES)
        correct += torch.bincount(targets[hits], minlength=N_CLASSES)
    per_digit = (correct / total.clamp(min=1)).tolist()
    return float(correct.sum() / total.sum()), per_digit


def main() -> None:
    """Evaluate the models, print the comparison and exit 1 on a regression."""
    args = parse_args()
    _, test_set = corrupt_mnist(args.data_dir)
    images: Dataset = test_set
    if args.limit:
        images = Subset(test_set, range(min(args.limit, len(test_set))))
    loader = DataLoader(images, batch_size=500)

    candidate, candidate_digits = evaluate(args.candidate, loader)
    problems: list[str] = []
    if candidate < args.min_accuracy:
        problems.append(f"accuracy {candidate:.4f} is below the minimum {args.min_accuracy:.4f}")

    print("### Model check\n")
    print(f"- candidate: `{args.candidate}`")
    if args.reference:
        print(f"- reference: `{args.reference}`")
    print(f"- test set: {len(images):,} images from `{args.data_dir}`\n")

    if args.reference is None:
        print("| | candidate |\n| --- | ---: |")
        print(f"| **accuracy** | **{candidate:.4f}** |")
        for digit, value in enumerate(candidate_digits):
            print(f"| digit {digit} | {value:.4f} |")
    else:
        reference, reference_digits = evaluate(args.reference, loader)
        change = candidate - reference
        verdict = "ok"
        if change < -args.max_drop:
            verdict = "**worse**"
            problems.append(f"accuracy fell by {-change:.4f}, more than {args.max_drop:.4f}")
        print("| | reference | candidate | change | check |")
        print("| --- | ---: | ---: | ---: | --- |")
        print(f"| **accuracy** | {reference:.4f} | {candidate:.4f} | {change:+.4f} | {verdict} |")
        # Overall accuracy can hide one digit that collapsed, so each digit has a limit too.
        worse_digits = []
        for digit in range(N_CLASSES):
            ref, cand = reference_digits[digit], candidate_digits[digit]
            verdict = "ok"
            if cand - ref < -args.max_class_drop:
                verdict = "**worse**"
                worse_digits.append(str(digit))
            print(f"| digit {digit} | {ref:.4f} | {cand:.4f} | {cand - ref:+.4f} | {verdict} |")
        if worse_digits:
            problems.append(
                f"accuracy on digit(s) {', '.join(worse_digits)} fell by more than "
                f"{args.max_class_drop:.4f}"
            )

    if problems:
        print("\n**Model check failed:**\n")
        print("\n".join(f"- {problem}" for problem in problems))
        sys.exit(1)
    print("\n**Model check passed.**")


if __name__ == "__main__":
    main()
