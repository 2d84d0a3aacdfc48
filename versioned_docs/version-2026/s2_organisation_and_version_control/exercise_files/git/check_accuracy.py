"""Exit with code 0 if train.py reaches the accuracy threshold, 1 if not: a bisect judge.

Save it OUTSIDE the repository you bisect (for example one folder up), so that checking
out old commits never changes or removes it, and run:

    git bisect run python ../check_accuracy.py
    git bisect run python ../check_accuracy.py --threshold 0.85

`git bisect run` reads the exit code after each commit it checks out: 0 means good,
125 means "cannot test this commit, skip it", and any other code from 1 to 127 means bad.
"""

import argparse
import re
import subprocess
import sys

SKIP = 125  # git bisect's code for "this commit cannot be tested"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.9, help="lowest good accuracy")
    args = parser.parse_args()

    run = subprocess.run([sys.executable, "train.py"], capture_output=True, text=True, check=False)
    match = re.search(r"accuracy (\d+\.\d+)", run.stdout)
    if run.returncode != 0 or match is None:
        print(f"train.py did not report an accuracy (exit code {run.returncode}): skip")
        sys.exit(SKIP)

    accuracy = float(match.group(1))
    verdict = "good" if accuracy >= args.threshold else "bad"
    print(f"accuracy {accuracy:.3f} -> {verdict}")
    sys.exit(0 if verdict == "good" else 1)


if __name__ == "__main__":
    main()
