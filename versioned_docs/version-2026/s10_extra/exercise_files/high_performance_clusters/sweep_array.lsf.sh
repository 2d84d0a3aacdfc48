#!/bin/bash
# LSF job array: one element per point of a Hydra grid, up to three running at a time.
#
#   bsub < jobs/sweep_array.lsf.sh                                   submit all six
#   DRY_RUN=1 LSB_JOBID=4242 LSB_JOBINDEX=4 bash jobs/sweep_array.lsf.sh   test element 4
#
# The size in [1-6] must match the grid below: check it with
#   uv run python scripts/sweep_overrides.py --count "lr=0.01,0.001,0.0001" "batch_size=32,128"
# %J is the array's job ID, %I the element's index: one log file per element.
#BSUB -J "corrupt_mnist_sweep[1-6]%3"
#BSUB -n 4
#BSUB -R "rusage[mem=2GB] span[hosts=1]"
#BSUB -W 00:30
#BSUB -o logs/sweep_%J_%I.out
#BSUB -e logs/sweep_%J_%I.err

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

# LSF numbers the elements from 1 and sets LSB_JOBINDEX to 0 outside an array.
element="${LSB_JOBINDEX:-0}"
if ((element < 1)); then
  echo "LSB_JOBINDEX is ${element}: submit this script as an array job." >&2
  exit 1
fi
index=$((element - 1))
array_id="${LSB_JOBID:-local}"  # the same for every element of the array
export OMP_NUM_THREADS=4

# The helper fails for an index outside the grid, and set -e then stops the job here.
overrides_text=$(uv run --no-sync python scripts/sweep_overrides.py --index "$index" "${grid[@]}")
mapfile -t overrides <<<"$overrides_text"
echo "element ${element} of array ${array_id} on $(hostname): ${overrides[*]}"

# --multirun makes this one job of a sweep, as in the config files module: it writes to
# multirun/lsf_<array>/<index>/ and leaves models/model.pt alone, which the six
# elements would otherwise overwrite in turn.
run uv run --no-sync python -m corrupt_mnist.train_hydra --multirun "${overrides[@]}" \
  "hydra.sweep.dir=multirun/lsf_${array_id}" "hydra.sweep.subdir=${index}" "$@"
