#!/bin/bash
# LSF job: train corrupt_mnist with its Hydra config on one GPU.
#
#   bsub < jobs/train_gpu.lsf.sh            submit, from the project root
#   DRY_RUN=1 bash jobs/train_gpu.lsf.sh    print the commands, run nothing
#
# Before the first submission, replace YOUR_GPU_QUEUE below with a GPU queue of your
# cluster (bqueues lists the queues; the cluster's documentation says which have GPUs),
# and install a CUDA build of torch: TORCH_BACKEND=cu126 bash jobs/setup_cluster_env.sh
#BSUB -J corrupt_mnist_gpu
#BSUB -q YOUR_GPU_QUEUE
#BSUB -gpu "num=1:mode=exclusive_process"
#BSUB -n 4
#BSUB -R "rusage[mem=4GB] span[hosts=1]"
#BSUB -W 01:00
#BSUB -o logs/train_gpu_%J.out
#BSUB -e logs/train_gpu_%J.err

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
export OMP_NUM_THREADS=4  # the cores that -n asked for
echo "job ${job_id} on $(hostname) at $(date '+%Y-%m-%d %H:%M:%S')"

# Which GPU did LSF give us? It sets CUDA_VISIBLE_DEVICES to the GPUs of this job.
echo "CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES:-not set}"
if command -v nvidia-smi >/dev/null 2>&1; then
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
fi

# Stop at once if PyTorch sees no GPU, instead of training slowly on the CPU for an hour.
check='import torch; assert torch.cuda.is_available(), "torch sees no GPU: a CPU build?"'
run uv run --no-sync python -c "$check; print(torch.__version__, torch.cuda.get_device_name(0))"

run uv run --no-sync python -m corrupt_mnist.train_hydra "hydra.run.dir=outputs/lsf_${job_id}" "$@"
