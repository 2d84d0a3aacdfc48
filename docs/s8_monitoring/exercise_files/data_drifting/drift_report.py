"""Build an Evidently data drift report from the prediction log.

Save it as src/corrupt_mnist/drift_report.py. It needs the monitoring dependency group and
Evidently 0.7 or newer (the API of older releases differs). From the project root:

    uv run --group monitoring python -m corrupt_mnist.drift_report --last 300

It writes reports/drift_report.html (open it in a browser) and reports/drift_report.json,
and prints the result of every test: one per column, passed when that column does not
drift, and one for the share of drifting columns.
"""

import argparse
from pathlib import Path

import pandas as pd
from evidently import DataDefinition, Dataset, Report, Run
from evidently.presets import DataDriftPreset

from corrupt_mnist.drift import (
    CATEGORICAL_COLUMNS,
    LOG_DIR,
    NUMERIC_COLUMNS,
    REFERENCE_PATH,
    load_predictions,
    load_reference,
)

COLUMNS = [*NUMERIC_COLUMNS, *CATEGORICAL_COLUMNS]
# Say which column is which; Evidently would guess that the integer column `digit`
# is numeric and compare it with a test for continuous values.
DEFINITION = DataDefinition(
    numerical_columns=list(NUMERIC_COLUMNS), categorical_columns=list(CATEGORICAL_COLUMNS)
)


def drift_snapshot(reference: pd.DataFrame, current: pd.DataFrame) -> Run:
    """Run Evidently's data drift preset, with a pass/fail test per column.

    Evidently chooses a method per column: for a reference of more than 1,000 rows the
    normed Wasserstein distance for numeric columns and the Jensen-Shannon distance for
    categorical ones; for a smaller reference the KS and chi-squared tests.
    """
    report = Report([DataDriftPreset()], include_tests=True)
    return report.run(
        current_data=Dataset.from_pandas(current[COLUMNS], data_definition=DEFINITION),
        reference_data=Dataset.from_pandas(reference[COLUMNS], data_definition=DEFINITION),
    )


def main() -> None:
    """Save the report as HTML and JSON and print the test results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=REFERENCE_PATH)
    parser.add_argument("--log-dir", type=Path, default=LOG_DIR)
    parser.add_argument("--last", type=int, help="compare only the newest N predictions")
    parser.add_argument("--hours", type=float, help="compare only the last H hours")
    parser.add_argument("--output", type=Path, default=Path("reports/drift_report.html"))
    args = parser.parse_args()

    reference = load_reference(args.reference)
    current = load_predictions(args.log_dir, last=args.last, hours=args.hours)
    snapshot = drift_snapshot(reference, current)

    args.output.parent.mkdir(parents=True, exist_ok=True)
    # save_html and save_json take the path as a string: given a Path they write nothing.
    snapshot.save_html(str(args.output))
    snapshot.save_json(str(args.output.with_suffix(".json")))

    results = snapshot.tests_results
    for result in results:
        print(f"{result.status.value:8} {result.name}: {result.description}")
    failed = sum(result.status.value == "FAIL" for result in results)
    print(f"{failed} of {len(results)} tests failed; report in {args.output}")


if __name__ == "__main__":
    main()
