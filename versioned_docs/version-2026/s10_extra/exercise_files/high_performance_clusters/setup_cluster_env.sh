#!/bin/bash
# Build corrupt_mnist's Python environment on a cluster. Run it on a login node, from the
# project root on scratch; downloading and installing is work login nodes allow.
#
#   bash jobs/setup_cluster_env.sh                       torch as uv.lock has it: CPU build
#   TORCH_BACKEND=cu126 bash jobs/setup_cluster_env.sh   then swap in a CUDA 12.6 build
#
# Rerun it after every change to pyproject.toml or uv.lock. It needs SCRATCH, the path of
# your scratch directory: many clusters set it, otherwise export it in ~/.bashrc.
set -euo pipefail

if [[ ! -f pyproject.toml || ! -f uv.lock ]]; then
  echo "Run this from the project root, next to pyproject.toml and uv.lock." >&2
  exit 1
fi
if [[ -z "${SCRATCH:-}" ]]; then
  echo "SCRATCH is not set: add 'export SCRATCH=/path/to/your/scratch' to ~/.bashrc" >&2
  echo "(your cluster's documentation names the path), then log in again." >&2
  exit 1
fi

# uv's cache holds every downloaded and unpacked package: gigabytes with a CUDA build of
# torch, more than a home quota likes. Cache and .venv/ on the same file system also let
# uv hard-link files into the environment instead of copying them.
if [[ -z "${UV_CACHE_DIR:-}" ]]; then
  export UV_CACHE_DIR="$SCRATCH/uv-cache"
  echo "Using UV_CACHE_DIR=$UV_CACHE_DIR for this run. To make it stick, add to ~/.bashrc:"
  echo "  export UV_CACHE_DIR=\"\$SCRATCH/uv-cache\""
fi

# 1. uv itself: one binary in ~/.local/bin from the standalone installer, no root needed.
if ! command -v uv >/dev/null 2>&1; then
  curl -LsSf https://astral.sh/uv/0.12.5/install.sh | sh
  export PATH="$HOME/.local/bin:$PATH"
fi
uv --version

# 2. Exactly what uv.lock records, with the Python of .python-version.
uv sync --locked

# 3. Optionally swap the CPU build of torch for a CUDA build of the same version. uv pip
#    installs into .venv/ without touching uv.lock; jobs then run with `uv run --no-sync`,
#    because a sync would restore the locked CPU build.
if [[ -n "${TORCH_BACKEND:-}" ]]; then
  # The locked versions without their +cpu label, e.g. 2.14.0
  torch_version=$(uv run --no-sync python -c "import torch; print(torch.__version__.split('+')[0])")
  vision_version=$(uv run --no-sync python -c \
    "import torchvision; print(torchvision.__version__.split('+')[0])")
  uv pip install --torch-backend "$TORCH_BACKEND" \
    --reinstall-package torch --reinstall-package torchvision \
    "torch==${torch_version}" "torchvision==${vision_version}"
fi
uv run --no-sync python -c \
  "import torch; print('torch', torch.__version__, 'CUDA', torch.version.cuda or 'none (CPU build)')"

# 4. The log folder of the job scripts: neither LSF nor Slurm creates it.
mkdir -p logs
echo "Environment ready. uv cache: $(uv cache dir)"
