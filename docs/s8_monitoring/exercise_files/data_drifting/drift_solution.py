"""Compare recent predictions with the reference, using SciPy only.

Reference solution for the data drifting module: save it as src/corrupt_mnist/drift.py.
It needs the monitoring dependency group (pandas, SciPy). From the project root:

    uv run --group monitoring python -m corrupt_mnist.drift --last 300
    uv run --group monitoring python -m corrupt_mnist.drift --hours 24 --check

For each numeric column it runs a two-sample Kolmogorov-Smirnov test, for the predicted
digit a chi-squared test, and for all of them it computes the population stability index.
--check exits with status 1 when any column drifts, so a scheduled job can alert on it.
"""

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

from corrupt_mnist.features import FEATURES

REFERENCE_PATH = Path("models/reference.csv")
LOG_DIR = Path("logs/predictions")
NUMERIC_COLUMNS = (*FEATURES, "confidence")
CATEGORICAL_COLUMNS = ("digit",)
ALPHA = 0.05  # the false-alarm rate you accept for one window, across all columns together


def load_reference(path: Path = REFERENCE_PATH) -> pd.DataFrame:
    """Read the reference table written by scripts/build_reference.py."""
    return pd.read_csv(path)


def load_predictions(
    log_dir: Path = LOG_DIR, last: int | None = None, hours: float | None = None
) -> pd.DataFrame:
    """Read every prediction log in log_dir and return a window of it, oldest row first.

    Args:
        log_dir: The folder the API writes to (PREDICTION_LOG_DIR), searched recursively.
        last: Keep only the newest `last` rows (a count-based window).
        hours: Keep only the rows of the last `hours` hours (a time-based window).

    Raises:
        FileNotFoundError: If the folder holds no logged predictions at all.
    """
    records = []
    for path in sorted(log_dir.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as log_file:
            records.extend(json.loads(line) for line in log_file if line.strip())
    if not records:
        raise FileNotFoundError(f"No predictions logged in {log_dir}/ yet")

    current = pd.DataFrame.from_records(records)
    current["time"] = pd.to_datetime(current["time"], utc=True)
    current = current.sort_values("time", ignore_index=True)
    if hours is not None:
        current = current[current["time"] >= datetime.now(UTC) - timedelta(hours=hours)]
    if last is not None:
        current = current.tail(last)
    return current.reset_index(drop=True)


def psi(reference: pd.Series, current: pd.Series, bins: int = 10) -> float:
    """Population stability index: how much the share of rows per bin has moved.

    Numeric columns get `bins` bins with equal reference counts (deciles); a categorical
    column gets one bin per category. Empty bins get a tiny share to keep the log finite.
    """
    if reference.name in CATEGORICAL_COLUMNS:
        categories = sorted(set(reference) | set(current))
        ref_counts = reference.value_counts().reindex(categories, fill_value=0).to_numpy()
        cur_counts = current.value_counts().reindex(categories, fill_value=0).to_numpy()
    else:
        edges = np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)))
        edges[0], edges[-1] = -np.inf, np.inf  # values outside the reference's range count too
        ref_counts = np.histogram(reference, edges)[0]
        cur_counts = np.histogram(current, edges)[0]
    ref_share = np.clip(ref_counts / ref_counts.sum(), 1e-4, None)
    cur_share = np.clip(cur_counts / cur_counts.sum(), 1e-4, None)
    return float(np.sum((cur_share - ref_share) * np.log(cur_share / ref_share)))


def drift_table(
    reference: pd.DataFrame, current: pd.DataFrame, alpha: float = ALPHA
) -> pd.DataFrame:
    """Test every column of current against reference; one row per column.

    A column drifts when its p-value is below alpha divided by the number of columns
    (the Bonferroni correction): with nine independent tests at 0.05 each, a window
    without any drift would raise a false alarm about one time in three.
    """
    rows = []
    for column in NUMERIC_COLUMNS:
        ks = stats.ks_2samp(reference[column], current[column])
        rows.append(
            {"column": column, "test": "KS", "statistic": ks.statistic, "p_value": ks.pvalue}
        )
    for column in CATEGORICAL_COLUMNS:
        categories = sorted(set(reference[column]) | set(current[column]))
        ref_counts = reference[column].value_counts().reindex(categories, fill_value=0)
        cur_counts = current[column].value_counts().reindex(categories, fill_value=0)
        # Expected counts in the current window if it had the reference's proportions.
        expected = (ref_counts + 0.5) / (ref_counts + 0.5).sum() * cur_counts.sum()
        chi2 = stats.chisquare(cur_counts.to_numpy(), expected.to_numpy())
        rows.append(
            {"column": column, "test": "chi2", "statistic": chi2.statistic, "p_value": chi2.pvalue}
        )
    table = pd.DataFrame(rows)
    table["psi"] = [psi(reference[c], current[c]) for c in table["column"]]
    table["drift"] = table["p_value"] < alpha / len(table)
    return table


def main() -> None:
    """Print the drift table for a window of the prediction log."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=REFERENCE_PATH)
    parser.add_argument("--log-dir", type=Path, default=LOG_DIR)
    parser.add_argument("--last", type=int, help="compare only the newest N predictions")
    parser.add_argument("--hours", type=float, help="compare only the last H hours")
    parser.add_argument("--check", action="store_true", help="exit with 1 if anything drifts")
    args = parser.parse_args()

    reference = load_reference(args.reference)
    current = load_predictions(args.log_dir, last=args.last, hours=args.hours)
    if len(current) < 30:
        sys.exit(f"Only {len(current)} predictions in the window; wait for at least 30")
    table = drift_table(reference, current)

    first, last = current["time"].iloc[0], current["time"].iloc[-1]
    print(f"Reference: {len(reference)} rows from {args.reference}")
    print(f"Current:   {len(current)} predictions, {first:%Y-%m-%d %H:%M} to {last:%H:%M} UTC")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3g}"))
    drifted = table.loc[table["drift"], "column"].tolist()
    print(f"Drift in {len(drifted)} of {len(table)} columns: {', '.join(drifted) or 'none'}")
    if args.check and drifted:
        sys.exit(1)


if __name__ == "__main__":
    main()
