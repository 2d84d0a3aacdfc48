#!/bin/bash
# LSF job: train corrupt_mnist with its Hydra config on 4 CPU cores of one compute node.
# A short first job that shows the environment, the data and the log files work.
#
#   bsub < jobs/train_cpu.lsf.sh            submit, from the project root
#   bsub -W 10 < jobs/train_cpu.lsf.sh      options on the command line win over #BSUB lines
#   DRY_RUN=1 bash jobs/train_cpu.lsf.sh    print the training command, run nothing
#   bash jobs/train_cpu.lsf.sh epochs=1     run it here, e.g. on your laptop
#
# bsub reads the #BSUB lines; for bash they are comments. logs/ must exist before you
# submit (setup_cluster_env.sh creates it): LSF does not create it, and without it the
# output is lost.
#BSUB -J corrupt_mnist_cpu
#BSUB -n 4
#BSUB -R "rusage[mem=2GB] span[hosts=1]"
#BSUB -W 00:30
#BSUB -o logs/train_cpu_%J.out
#BSUB -e logs/train_cpu_%J.err

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

job_id="${LSB_JOBID:-local}"
# PyTorch starts one thread per core of the whole node unless told otherwise: use the
# 4 cores that -n asked for, not the cores of other people's jobs.
export OMP_NUM_THREADS=4
echo "job ${job_id} on $(hostname) at $(date '+%Y-%m-%d %H:%M:%S'), ${OMP_NUM_THREADS} threads"

# --no-sync: use the environment setup_cluster_env.sh built, as it is. A compute node may
# have no internet access, and a sync would put the CPU build of torch back.
# The run folder is named after the job, so two jobs never share one.
run uv run --no-sync python -m corrupt_mnist.train_hydra "hydra.run.dir=outputs/lsf_${job_id}" "$@"
