"""Evaluate a checkpoint and write its test accuracy to a JSON file that DVC reads as a metric.

Save it as scripts/write_metrics.py. The evaluate stage in dvc.yaml runs it:

    python scripts/write_metrics.py models/model.pt reports/metrics.json

`dvc metrics show` prints the numbers in the file, and `dvc metrics diff` compares them
with the last commit.
"""

import argparse
import json
from pathlib import Path

from corrupt_mnist.evaluate import evaluate


def main() -> None:
    """Parse the two paths, evaluate the checkpoint and write the metrics file."""
    parser = argparse.ArgumentParser(description="Write the test accuracy as JSON.")
    parser.add_argument("checkpoint", type=Path, help="weights saved by training")
    parser.add_argument("metrics_file", type=Path, help="JSON file to write")
    args = parser.parse_args()

    accuracy = evaluate(args.checkpoint)
    args.metrics_file.parent.mkdir(parents=True, exist_ok=True)
    metrics = {"test_accuracy": round(accuracy, 4)}
    args.metrics_file.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(f"Wrote {metrics} to {args.metrics_file}")


if __name__ == "__main__":
    main()
