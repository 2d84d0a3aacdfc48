"""Build a practice repository in which one of ten commits silently breaks the accuracy.

Run it from a folder OUTSIDE your corrupt_mnist project, for example ~/mlops:

    python make_bisect.py                     # creates ./bisect_practice
    python make_bisect.py another_folder      # or pick another folder name

The script needs git on your PATH. It commits as "Practice Bot" inside the new
repository only, so your own git identity is not needed and not changed.

`train.py` in the repository is a stand-in for a training script: a nearest-centroid
classifier on three clusters of random points, using only the standard library, so each
run takes a fraction of a second. It prints a line such as `accuracy 0.970`. The first
commit is good (accuracy above 0.9), the last one is bad, and one commit in between
causes it; another one cannot run at all. Finding the culprit is the exercise:
`git bisect`.
"""

import subprocess
import sys
from pathlib import Path

README = """# Bisect practice

A throwaway repository. `python train.py` prints the accuracy of a tiny classifier.
Somewhere in the history it dropped from above 0.9 to far below.
"""

TRAIN = '''"""Train and evaluate a nearest-centroid classifier on three clusters of points."""

import random

CENTRES = [(0.0, 0.0), (3.0, 0.5), (1.0, 3.0)]


def make_points(n: int, seed: int) -> list[tuple[float, float, int]]:
    """Draw n points around the centres, each tagged with its cluster's label."""
    rng = random.Random(seed)
    points = []
    for i in range(n):
        label = i % len(CENTRES)
        cx, cy = CENTRES[label]
        points.append((rng.gauss(cx, 0.7), rng.gauss(cy, 0.7), label))
    return points


def distance(ax: float, ay: float, bx: float, by: float) -> float:
    """Squared Euclidean distance between two points."""
    return (ax - bx) ** 2 + (ay - by) ** 2


def fit(points: list[tuple[float, float, int]]) -> list[tuple[float, float]]:
    """Return the mean point of each label."""
    centroids = []
    for label in range(len(CENTRES)):
        xs = [x for x, _, t in points if t == label]
        ys = [y for _, y, t in points if t == label]
        centroids.append((sum(xs) / len(xs), sum(ys) / len(ys)))
    return centroids


def predict(centroids: list[tuple[float, float]], x: float, y: float) -> int:
    """Return the label of the nearest centroid."""
    scores = [distance(x, y, cx, cy) for cx, cy in centroids]
    return scores.index(min(scores))


def main() -> None:
    train_points = make_points(600, seed=1)
    test_points = make_points(300, seed=2)
    centroids = fit(train_points)
    correct = sum(predict(centroids, x, y) == t for x, y, t in test_points)
    print(f"accuracy {correct / len(test_points):.2f}")


if __name__ == "__main__":
    main()
'''

# Each change edits one exact piece of train.py (or README.md) and is committed on its own.
# The fifth one is the culprit: without the squares, a point far to the left of a centroid
# counts as "close", so most predictions go to the wrong cluster. The sixth uses SPREAD
# before the seventh defines it, so that commit crashes: bisect has to skip it.
CHANGES = [
    (
        "README.md",
        "far below.\n",
        "far below.\n\nRun it with `python train.py`.\n",
        "Explain how to run the script",
    ),
    (
        "train.py",
        "    train_points = make_points(600, seed=1)\n",
        (
            "    train_points = make_points(600, seed=1)\n"
            '    print(f"training on {len(train_points)} points")\n'
        ),
        "Print the size of the training set",
    ),
    (
        "train.py",
        "make_points(300, seed=2)",
        "make_points(len(train_points) // 2, seed=2)",
        "Size the test set from the training set",
    ),
    (
        "train.py",
        '"""Return the mean point of each label."""',
        '"""Return the mean point of each label, in label order."""',
        "Clarify the docstring of fit",
    ),
    (
        "train.py",
        "return (ax - bx) ** 2 + (ay - by) ** 2",
        "return (ax - bx) + (ay - by)",
        "Simplify the distance computation",
    ),
    (
        "train.py",
        "rng.gauss(cx, 0.7), rng.gauss(cy, 0.7)",
        "rng.gauss(cx, SPREAD), rng.gauss(cy, SPREAD)",
        "Use a constant for the spread",
    ),
    (
        "train.py",
        "CENTRES = [(0.0, 0.0), (3.0, 0.5), (1.0, 3.0)]\n",
        "CENTRES = [(0.0, 0.0), (3.0, 0.5), (1.0, 3.0)]\nSPREAD = 0.7\n",
        "Define the spread next to the centres",
    ),
    ("train.py", ':.2f}")', ':.3f}")', "Report the accuracy with three decimals"),
    ("README.md", "Run it with", "Run it from this folder with", "Say where to run from"),
]


def git(repo: Path, *args: str) -> str:
    """Run one git command inside `repo` as the practice identity; stop on failure."""
    result = subprocess.run(
        [
            "git",
            "-c",
            "user.name=Practice Bot",
            "-c",
            "user.email=bot@example.com",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,  # a failure is reported below, with git's own message
    )
    if result.returncode != 0:
        sys.exit(f"git {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout.strip()


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "bisect_practice"
    repo = Path(name).resolve()
    if repo.exists():
        sys.exit(f"{repo} already exists. Delete it or pass another folder name.")
    repo.mkdir(parents=True)
    try:
        git(repo, "init", "--quiet", "--initial-branch=main")
    except FileNotFoundError:
        sys.exit("git was not found. Install it first (step 1 of the exercises).")

    (repo / "README.md").write_text(README, encoding="utf-8", newline="\n")
    (repo / "train.py").write_text(TRAIN, encoding="utf-8", newline="\n")
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "Add the training script")

    for file_name, old, new, message in CHANGES:
        path = repo / file_name
        text = path.read_text(encoding="utf-8")
        if old not in text:
            sys.exit(f"Could not find {old!r} in {path}")
        path.write_text(text.replace(old, new, 1), encoding="utf-8", newline="\n")
        git(repo, "commit", "--quiet", "--all", "-m", message)

    print(f"Practice repository ready in {repo}\n")
    print(git(repo, "log", "--oneline"))
    print("\nNext:")
    print(f"  cd {name}")
    print("  python train.py")


if __name__ == "__main__":
    main()
