"""Build a small practice repository whose two branches conflict when combined.

Run it from a folder OUTSIDE your corrupt_mnist project, for example your home folder:

    python make_conflict.py                    # creates ./conflict_practice
    python make_conflict.py rebase_practice    # or pick another folder name

The script needs git on your PATH and your git identity set (user.name, user.email).
It makes this history, then leaves you on `main`:

    main           Add training script, Lower the learning rate, Prefix the log line
    faster-epochs  starts after "Add training script", adds Train for three epochs

Both branches change the same line of train.py, so combining them stops with a
conflict for you to resolve. The README change on `faster-epochs` merges cleanly.
"""

import subprocess
import sys
from pathlib import Path

README = """# Conflict practice

A throwaway repository for practising merges, rebases and conflict resolution.
"""

TRAIN_START = '''"""Train the digit classifier (a stand-in for the real train.py)."""


def train(lr: float = 1e-3, batch_size: int = 32, epochs: int = 5) -> None:
    """Pretend to train and report the settings."""
    print(f"lr={lr} batch_size={batch_size} epochs={epochs}")

    for epoch in range(epochs):
        print(f"epoch {epoch + 1}/{epochs}")


if __name__ == "__main__":
    train()
'''


def git(repo: Path, *args: str) -> str:
    """Run one git command inside `repo` and return what it printed."""
    result = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,  # a failure is reported below, with git's own message
    )
    if result.returncode != 0:
        sys.exit(f"git {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout.strip()


def commit_all(repo: Path, message: str) -> None:
    """Stage every file in the practice repository and commit it."""
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", message)


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of text in a file, failing loudly if it is missing."""
    text = path.read_text(encoding="utf-8")
    if old not in text:
        sys.exit(f"Could not find {old!r} in {path}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def check_identity() -> None:
    """Stop early, with advice, if git is missing or has no user name or email."""
    for key in ("user.name", "user.email"):
        try:
            result = subprocess.run(
                ["git", "config", "--get", key], capture_output=True, text=True, check=False
            )
        except FileNotFoundError:
            sys.exit("git was not found. Install it first (step 1 of the exercises).")
        if not result.stdout.strip():
            sys.exit(f"Set your identity first: git config --global {key} ...")


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "conflict_practice"
    repo = Path(name).resolve()
    if repo.exists():
        sys.exit(f"{repo} already exists. Delete it or pass another folder name.")
    check_identity()

    repo.mkdir(parents=True)
    train = repo / "train.py"
    readme = repo / "README.md"

    git(repo, "init", "--quiet", "--initial-branch=main")
    readme.write_text(README, encoding="utf-8", newline="\n")
    train.write_text(TRAIN_START, encoding="utf-8", newline="\n")
    commit_all(repo, "Add training script")

    # A teammate's branch: fewer epochs, and a note in the README.
    git(repo, "switch", "--quiet", "--create", "faster-epochs")
    edit(train, "epochs: int = 5", "epochs: int = 3")
    with readme.open("a", encoding="utf-8", newline="\n") as file:
        file.write("\nThree epochs are enough for a quick check of the code.\n")
    commit_all(repo, "Train for three epochs")

    # Meanwhile on main: a new learning rate on the same line, and a change further down.
    git(repo, "switch", "--quiet", "main")
    edit(train, "lr: float = 1e-3", "lr: float = 5e-4")
    commit_all(repo, "Lower the learning rate")
    edit(train, 'print(f"epoch {epoch + 1}', 'print(f"[train] epoch {epoch + 1}')
    commit_all(repo, "Prefix the log line")

    print(f"Practice repository ready in {repo}\n")
    print(git(repo, "log", "--oneline", "--graph", "--all"))
    print("\nNext:")
    print(f"  cd {name}")
    print("  git merge faster-epochs")


if __name__ == "__main__":
    main()
