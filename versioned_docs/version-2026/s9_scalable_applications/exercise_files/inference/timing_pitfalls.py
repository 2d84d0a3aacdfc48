"""Time the same forward pass in several ways and see how far the answers are apart.

Save it as scripts/timing_pitfalls.py and run it from the project root, once
models/model.pt exists and src/corrupt_mnist/measure.py has measure_latency:

    uv run python scripts/timing_pitfalls.py
    uv run python scripts/timing_pitfalls.py --threads 1
    uv run python scripts/timing_pitfalls.py --device cuda     # on an NVIDIA GPU

Every row times model(batch) for the same model and the same batch; only the way of
timing changes.
"""

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import torch
from torch import Tensor, nn

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.measure import (
    load_classifier,
    measure_latency,
    synchronize,
    timer_median_ms,
)


def once_ms(model: nn.Module, batch: Tensor) -> float:
    """The naive way: read the clock around a single call, autograd on, no synchronisation."""
    start = time.perf_counter()
    model(batch)
    return (time.perf_counter() - start) * 1000


def median_ms(call: Callable[[], object], repeats: int) -> float:
    """Median of repeats timed calls, with the device synchronised around each."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def rows_for(checkpoint: Path, batch: Tensor, repeats: int) -> dict[str, str]:
    """All ways of timing model(batch), as formatted cells."""
    device = batch.device
    model = load_classifier(checkpoint, device)  # fresh: nothing has run at this size yet
    cells = {"a single call, the first one": f"{once_ms(model, batch):.3f}"}

    singles = [once_ms(model, batch) for _ in range(5)]
    cells["a single call, five tries (min - max)"] = f"{min(singles):.3f} - {max(singles):.3f}"

    if device.type == "cuda":  # the clock stops before the GPU has finished
        cells["median, no synchronize (GPU)"] = f"{median_ms(lambda: model(batch), repeats):.3f}"

    def with_autograd() -> None:
        model(batch)
        synchronize(device)

    cells["median, autograd on"] = f"{median_ms(with_autograd, repeats):.3f}"
    latency = measure_latency(model, batch, warmup=10, repeats=repeats)
    cells["measure_latency: median, inference_mode"] = f"{latency.p50_ms:.3f}"
    cells["measure_latency: 95th percentile"] = f"{latency.p95_ms:.3f}"
    cells["benchmark.Timer, num_threads=1 (its default)"] = f"{timer_median_ms(model, batch):.3f}"
    threads = torch.get_num_threads()  # what the rows above used
    label = f"benchmark.Timer, num_threads={threads} (PyTorch's setting)"
    cells[label] = f"{timer_median_ms(model, batch, threads):.3f}"
    return cells


def main() -> None:
    """Print one row per way of timing, one column per batch size."""
    parser = argparse.ArgumentParser(description="Ways to time a forward pass, compared.")
    parser.add_argument("--checkpoint", type=Path, default=Path("models/model.pt"))
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 64])
    parser.add_argument("--repeats", type=int, default=100)
    parser.add_argument("--threads", type=int, default=None, help="CPU threads to use")
    parser.add_argument("--device", default="cpu", help="cpu, cuda or mps")
    args = parser.parse_args()

    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    _, test_set = corrupt_mnist()
    print(f"PyTorch {torch.__version__} on {device}, {torch.get_num_threads()} CPU threads")

    columns = {}
    for size in args.batch_sizes:
        batch = test_set.tensors[0][:size].to(device)
        columns[size] = rows_for(args.checkpoint, batch, args.repeats)

    names = list(columns[args.batch_sizes[0]])
    print("| how you time it | " + " | ".join(f"batch {b} (ms)" for b in args.batch_sizes) + " |")
    print("| --- |" + " ---: |" * len(args.batch_sizes))
    for name in names:
        print(f"| {name} | " + " | ".join(columns[b][name] for b in args.batch_sizes) + " |")


if __name__ == "__main__":
    main()
