"""Map the index of a job-array element to the Hydra overrides of one point of a grid.

Reference solution. Save it as scripts/sweep_overrides.py. The grid is written the way
`--multirun` takes it, one `key=value,value,...` argument per setting, and the points are
numbered in the order Hydra's basic sweeper runs them: the last setting changes fastest.
Index i therefore trains what job i of the same `--multirun` sweep would train.

    python scripts/sweep_overrides.py --count "lr=0.01,0.001,0.0001" "batch_size=32,128"
    python scripts/sweep_overrides.py --list "lr=0.01,0.001,0.0001" "batch_size=32,128"
    python scripts/sweep_overrides.py --index 3 "lr=0.01,0.001,0.0001" "batch_size=32,128"

--index prints one override per line (lr=0.001, then batch_size=128 above), which a job
script reads into a bash array. Indices count from 0; LSF numbers array elements from 1,
so its job scripts pass LSB_JOBINDEX - 1. Only plain comma-separated values are
understood: no Hydra ranges, globs or quoted commas.
"""

import argparse
import itertools

Point = tuple[str, ...]


def parse_setting(spec: str) -> list[str]:
    """Split "lr=0.01,0.001" into the overrides ["lr=0.01", "lr=0.001"]."""
    key, equals, values = spec.partition("=")
    if not equals or not key or not values:
        raise ValueError(f"expected key=value1,value2,..., got {spec!r}")
    overrides = [f"{key}={value}" for value in values.split(",")]
    if any(override.endswith("=") for override in overrides):
        raise ValueError(f"empty value in {spec!r}")
    return overrides


def grid(specs: list[str]) -> list[Point]:
    """Every combination of the settings' values, the last setting changing fastest."""
    return list(itertools.product(*(parse_setting(spec) for spec in specs)))


def overrides_for(index: int, specs: list[str]) -> Point:
    """The overrides of grid point number index (0-based)."""
    points = grid(specs)
    if not 0 <= index < len(points):
        raise IndexError(
            f"index {index} is outside the grid of {len(points)} points (0 to {len(points) - 1})"
        )
    return points[index]


def main() -> None:
    """Print the size of the grid, the whole grid, or one point of it."""
    parser = argparse.ArgumentParser(description="Map a job-array index to Hydra overrides.")
    parser.add_argument("settings", nargs="+", metavar="KEY=V1,V2,...")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--index", type=int, help="print this point's overrides, one per line")
    what.add_argument("--count", action="store_true", help="print the number of points")
    what.add_argument("--list", action="store_true", help="print every point with its index")
    args = parser.parse_args()

    try:
        if args.count:
            print(len(grid(args.settings)))
        elif args.list:
            for index, point in enumerate(grid(args.settings)):
                print(index, *point)
        else:
            print("\n".join(overrides_for(args.index, args.settings)))
    except (ValueError, IndexError) as error:
        parser.error(str(error))  # prints the message and exits with status 2


if __name__ == "__main__":
    main()
