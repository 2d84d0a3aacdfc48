"""Time DDP training of corrupt_mnist with 1, 2, ... processes and print a table.

Save it as scripts/benchmark_ddp.py and run it from the project root after the data step:

    uv run python scripts/benchmark_ddp.py                         # 1 and 2 processes
    uv run python scripts/benchmark_ddp.py --processes 1 2 4 --limit 25000
    uv run python scripts/benchmark_ddp.py --threads 1             # one core per process
    uv run python scripts/benchmark_ddp.py --batch-size 128        # fewer all-reduces per epoch

For every number of processes it launches corrupt_mnist.train_ddp with torchrun on the
same --limit training images for --epochs epochs, and reads the timings that rank 0
writes. The first epoch is warm-up and is left out when there are two or more. By
default all runs share the same CPU cores: each process gets cores / processes threads
(1 process x 2 threads against 2 processes x 1 thread on a 2-core machine); --threads
fixes the threads per process instead.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path


def parse_args() -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description="Benchmark DDP training on this machine.")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=8192, help="training images per epoch")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32, help="per process")
    parser.add_argument("--threads", type=int, default=0, help="per process; 0: share cores")
    parser.add_argument("--synthetic", type=int, default=0, help="passed on to train_ddp")
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--torchrun-args", default="", help='extra options, e.g. "--tee 1"')
    return parser.parse_args()


def run(processes: int, threads: int, args: argparse.Namespace, folder: Path) -> dict:
    """Train once with torchrun and return rank 0's results."""
    results = folder / f"results_{processes}.json"
    command = [
        sys.executable,
        "-m",
        "torch.distributed.run",  # the module behind the torchrun command
        "--standalone",
        "--nproc_per_node",  # every release accepts this spelling; current ones also the dashed one
        str(processes),
        *shlex.split(args.torchrun_args),
        "-m",
        "corrupt_mnist.train_ddp",
        "--epochs",
        str(args.epochs),
        "--limit",
        str(args.limit),
        "--batch-size",
        str(args.batch_size),
        "--synthetic",
        str(args.synthetic),
        "--log-every",
        "1000000",  # quiet: only the epoch summaries
        "--out",
        str(folder / "model.pt"),  # leave models/model.pt alone
        "--results",
        str(results),
    ]
    env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    print(f"--- {processes} process(es) x {threads} thread(s)", flush=True)
    subprocess.run(command, check=True, env=env)
    return json.loads(results.read_text())


def main() -> None:
    """Run every configuration, then print the table."""
    args = parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for processes in args.processes:
            threads = args.threads or max(1, args.cores // processes)
            rows.append(run(processes, threads, args, Path(tmp)))

    baseline = rows[0]["seconds_per_epoch"]
    print()
    print(
        f"{args.limit} training images per epoch, batch {args.batch_size} per process, "
        f"{args.epochs} epoch(s), {args.cores} CPU cores"
    )
    print("| processes | threads each | time per epoch (s) | images/s | speed-up |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        seconds = row["seconds_per_epoch"]
        print(
            f"| {row['processes']} | {row['threads']} | {seconds:.2f} | "
            f"{row['images_per_epoch'] / seconds:.0f} | {baseline / seconds:.2f} |"
        )


if __name__ == "__main__":
    main()
