#!/bin/bash
# Slurm job: train corrupt_mnist with its Hydra config on 4 CPU cores of one node.
#
#   sbatch jobs/train_cpu.slurm.sh                   submit, from the project root
#   sbatch --time=00:10:00 jobs/train_cpu.slurm.sh   options on the command line win
#   DRY_RUN=1 bash jobs/train_cpu.slurm.sh           print the training command only
#
# sbatch reads the #SBATCH lines up to the first command; for bash they are comments.
# Without --partition the job goes to the cluster's default partition. logs/ must exist
# before you submit: Slurm does not create it.
#SBATCH --job-name=corrupt_mnist_cpu
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=00:30:00
#SBATCH --output=logs/train_cpu_%j.out
#SBATCH --error=logs/train_cpu_%j.err

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

job_id="${SLURM_JOB_ID:-local}"
# Slurm sets SLURM_CPUS_PER_TASK from --cpus-per-task; PyTorch should use that many threads.
export OMP_NUM_THREADS="${SLURM_CPUS_PER_TASK:-4}"
echo "job ${job_id} on $(hostname) at $(date '+%Y-%m-%d %H:%M:%S'), ${OMP_NUM_THREADS} threads"

run uv run --no-sync python -m corrupt_mnist.train_hydra "hydra.run.dir=outputs/slurm_${job_id}" "$@"
