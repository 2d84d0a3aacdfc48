#!/bin/bash
# Slurm job array: one element per point of a Hydra grid, up to three running at a time.
#
#   sbatch jobs/sweep_array.slurm.sh                    submit all six
#   DRY_RUN=1 SLURM_ARRAY_JOB_ID=777 SLURM_ARRAY_TASK_ID=3 bash jobs/sweep_array.slurm.sh
#
# The range 0-5 must match the grid below: check it with
#   uv run python scripts/sweep_overrides.py --count "lr=0.01,0.001,0.0001" "batch_size=32,128"
# %A is the array's job ID, %a the element's index: one log file per element.
# For GPUs, add the --partition and --gres lines of train_gpu.slurm.sh.
#SBATCH --job-name=corrupt_mnist_sweep
#SBATCH --array=0-5%3
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=00:30:00
#SBATCH --output=logs/sweep_%A_%a.out
#SBATCH --error=logs/sweep_%A_%a.err

set -euo pipefail

# Run a command, or with DRY_RUN=1 only print it.
run() {
  if [[ "${DRY_RUN:-0}" == 1 ]]; then
    echo "dry run: $*"
  else
    "$@"
  fi
}

if [[ ! -f pyproject.toml ]]; then
  echo "Submit from the project root, the folder with pyproject.toml." >&2
  exit 1
fi

# The grid, in the syntax of --multirun: 3 learning rates x 2 batch sizes = 6 points.
grid=("lr=0.01,0.001,0.0001" "batch_size=32,128")

# Slurm numbers the elements as --array says, here from 0, like the grid.
index="${SLURM_ARRAY_TASK_ID:?not an array element: submit with sbatch, or set it by hand}"
array_id="${SLURM_ARRAY_JOB_ID:-local}"  # the same for every element of the array
export OMP_NUM_THREADS="${SLURM_CPUS_PER_TASK:-4}"

# The helper fails for an index outside the grid, and set -e then stops the job here.
overrides_text=$(uv run --no-sync python scripts/sweep_overrides.py --index "$index" "${grid[@]}")
mapfile -t overrides <<<"$overrides_text"
echo "element ${index} of array ${array_id} on $(hostname): ${overrides[*]}"

# --multirun makes this one job of a sweep: it writes to multirun/slurm_<array>/<index>/
# and leaves models/model.pt alone.
run uv run --no-sync python -m corrupt_mnist.train_hydra --multirun "${overrides[@]}" \
  "hydra.sweep.dir=multirun/slurm_${array_id}" "hydra.sweep.subdir=${index}" "$@"
