"""Wall-clock time and CPU time disagree, in both directions. Run it and explain why.

    uv run python wall_vs_cpu.py

time.perf_counter() measures wall-clock time: what you wait. time.process_time()
measures CPU time: the seconds the CPU cores spent running this process, summed over
all its threads.
"""

import time
from collections.abc import Callable

import torch


def measure(label: str, work: Callable[[], object]) -> None:
    """Run work once and print its wall-clock and CPU time."""
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    work()
    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start
    print(f"{label:<32} wall {wall:5.2f} s   CPU {cpu:5.2f} s   CPU/wall {cpu / wall:4.1f}")


def matmuls() -> None:
    """Multiply two 1000x1000 matrices 30 times."""
    a, b = torch.randn(1000, 1000), torch.randn(1000, 1000)
    for _ in range(30):
        a @ b


def python_loop() -> None:
    """Add up squares in pure Python: one core, one thread."""
    sum(i * i for i in range(3_000_000))


if __name__ == "__main__":
    measure("sleep for 1 s", lambda: time.sleep(1))
    measure("pure Python loop", python_loop)
    measure("30 matrix products in torch", matmuls)
