#!/bin/bash
# Slurm job: train corrupt_mnist with its Hydra config on one GPU.
#
#   sbatch jobs/train_gpu.slurm.sh           submit, from the project root
#   DRY_RUN=1 bash jobs/train_gpu.slurm.sh   print the commands, run nothing
#
# Before the first submission, replace YOUR_GPU_PARTITION with a partition that has GPUs
# (sinfo -o "%P %l %G" lists partitions, time limits and GPUs) and install a CUDA build
# of torch: TORCH_BACKEND=cu126 bash jobs/setup_cluster_env.sh
# --gres=gpu:1 asks for one GPU on the node; --gpus=1 (one GPU for the whole job) works
# too, and some clusters want a type, e.g. --gres=gpu:a100:1.
#SBATCH --job-name=corrupt_mnist_gpu
#SBATCH --partition=YOUR_GPU_PARTITION
#SBATCH --gres=gpu:1
#SBATCH --cpus-per-task=4
#SBATCH --mem=8G
#SBATCH --time=01:00:00
#SBATCH --output=logs/train_gpu_%j.out
#SBATCH --error=logs/train_gpu_%j.err

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
export OMP_NUM_THREADS="${SLURM_CPUS_PER_TASK:-4}"
echo "job ${job_id} on $(hostname) at $(date '+%Y-%m-%d %H:%M:%S')"

echo "CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES:-not set}"
if command -v nvidia-smi >/dev/null 2>&1; then
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
fi

# Stop at once if PyTorch sees no GPU, instead of training slowly on the CPU for an hour.
check='import torch; assert torch.cuda.is_available(), "torch sees no GPU: a CPU build?"'
run uv run --no-sync python -c "$check; print(torch.__version__, torch.cuda.get_device_name(0))"

run uv run --no-sync python -m corrupt_mnist.train_hydra "hydra.run.dir=outputs/slurm_${job_id}" "$@"
