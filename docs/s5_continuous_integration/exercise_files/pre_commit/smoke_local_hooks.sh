#!/usr/bin/env bash
# Smoke run for the pre-commit module (not a lesson file): in a throwaway git repository,
# the offline hooks of pre-commit-config.yaml must reject a bad commit and accept it once
# the problems are fixed. The remote hooks (pre-commit-hooks, ruff) need GitHub, so a local
# `sed` hook stands in for trailing-whitespace, and mypy (which needs uv) is left out.
set -u
here=$(pwd)
export PRE_COMMIT_HOME="$here/pre-commit-home" # keep pre-commit's cache in the run folder

git init -q repo
cd repo || exit 1
git config user.name "Smoke Test"
git config user.email "smoke@example.com"
git config commit.gpgsign false

# The project's local hooks that need no download, plus the stand-in fixer.
python - "$here/pre-commit-config.yaml" > .pre-commit-config.yaml <<'PY'
import sys
from importlib.metadata import version

import yaml

# `unsupported` is the name since pre-commit 4.4.0; older releases only know `system`.
major, minor = (int(part) for part in version("pre-commit").split(".")[:2])
language = "unsupported" if (major, minor) >= (4, 4) else "system"

with open(sys.argv[1]) as f:
    config = yaml.safe_load(f)
config.pop("minimum_pre_commit_version")  # Debian's pre-commit may be older than 4.4
local = [hook for repo in config["repos"] if repo["repo"] == "local" for hook in repo["hooks"]]
offline = [hook for hook in local if hook["language"] in {"pygrep", "fail"}]
stand_in = {
    "id": "trailing-whitespace",
    "name": "trim trailing whitespace (offline stand-in)",
    "language": language,
    "entry": "sed -i -E 's/[[:space:]]+$//'",
    "types": ["text"],
}
config["repos"] = [{"repo": "local", "hooks": [stand_in, *offline]}]
yaml.safe_dump(config, sys.stdout, sort_keys=False)
PY
python -m pre_commit validate-config .pre-commit-config.yaml || exit 1
python -m pre_commit install || exit 1

mkdir -p configs/experiment models
cp "$here/quick.yaml" configs/experiment/quick.yaml
git add .pre-commit-config.yaml configs
if git commit -q -m "Add the quick experiment"; then
    echo "UNEXPECTED: the first commit went through"
    exit 1
fi
echo "== first commit rejected"

# The fixer has already trimmed the whitespace; the header is ours to add.
{ echo "# @package _global_"; cat configs/experiment/quick.yaml; } > header.tmp
mv header.tmp configs/experiment/quick.yaml
git add configs
git commit -q -m "Add the quick experiment" || exit 1
echo "== second commit accepted"

# Weights forced past .gitignore are refused.
printf 'not really weights' > models/model.pt
git add -f models/model.pt
if git commit -q -m "Add weights"; then
    echo "UNEXPECTED: the weights were committed"
    exit 1
fi
echo "== weights rejected"
git log --oneline | wc -l | sed 's/^/commits: /'
