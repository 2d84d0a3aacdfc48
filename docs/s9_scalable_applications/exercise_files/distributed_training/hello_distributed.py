"""Meet torch.distributed: several copies of one script find each other and exchange tensors.

Save it as scripts/hello_distributed.py and start two copies with torchrun:

    uv run torchrun --standalone --nproc-per-node 2 scripts/hello_distributed.py

torchrun starts the processes and tells each one its place through environment
variables. The script prints them, joins the process group over gloo (the backend for
CPU tensors, available on Linux, macOS and Windows) and takes part in three collectives:
all_reduce, broadcast and barrier. Every process must call every collective, in the same
order; a process that skips one leaves the others waiting for it.
"""

import os
import time

import torch
import torch.distributed as dist

SET_BY_TORCHRUN = ("RANK", "LOCAL_RANK", "WORLD_SIZE", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")


def main() -> None:
    """Join the group, exchange three messages, leave the group."""
    seen = " ".join(f"{name}={os.environ.get(name, '-')}" for name in SET_BY_TORCHRUN)
    print(f"[pid {os.getpid()}] {seen}", flush=True)

    # With no other arguments, init_process_group reads RANK, WORLD_SIZE, MASTER_ADDR and
    # MASTER_PORT from the environment: rank 0 opens a port, the others connect to it.
    dist.init_process_group(backend="gloo")
    rank, world_size = dist.get_rank(), dist.get_world_size()

    # all_reduce: every rank puts in a tensor, every rank gets back the sum of all of them.
    value = torch.tensor([float(rank + 1)])
    dist.all_reduce(value, op=dist.ReduceOp.SUM)
    print(f"[rank {rank}/{world_size}] all_reduce of rank + 1: {value.item():.0f}", flush=True)

    # broadcast: rank 0's tensor overwrites the tensor of every other rank.
    seed = torch.tensor([2476 if rank == 0 else -1])
    dist.broadcast(seed, src=0)
    print(f"[rank {rank}/{world_size}] broadcast from rank 0: {seed.item()}", flush=True)

    # barrier: nobody passes until everybody has arrived. The last rank arrives late.
    time.sleep(1.0 if rank == world_size - 1 else 0.0)
    start = time.perf_counter()
    dist.barrier()
    waited = time.perf_counter() - start
    print(f"[rank {rank}/{world_size}] waited {waited:.1f} s at the barrier", flush=True)

    dist.destroy_process_group()


if __name__ == "__main__":
    main()
