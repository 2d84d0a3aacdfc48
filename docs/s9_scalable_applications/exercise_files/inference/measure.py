"""How fast, how accurate and how big a model is (part of the corrupt_mnist package).

Starter: save it as src/corrupt_mnist/measure.py and write the timing in measure_latency.
The scripts of the module (timing_pitfalls.py, model_size.py, prune.py, distill.py and
benchmark_inference.py) import these helpers, so that every variant of the model is
measured in exactly the same way.
"""

import gzip
import io
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor, nn
from torch.utils import benchmark
from torch.utils.data import DataLoader, Subset, TensorDataset

from corrupt_mnist.model import DigitClassifier


@dataclass(frozen=True)
class Latency:
    """How long one forward pass took, in milliseconds."""

    first_ms: float  # the very first call: lazy set-up, memory allocation, compilation
    p50_ms: float  # the median of the timed calls: a typical request
    p95_ms: float  # 95 % of the timed calls were at least this fast
    repeats: int  # how many timed calls the two percentiles come from


def synchronize(device: torch.device) -> None:
    """Wait until the device has finished all work queued so far (nothing to do on a CPU)."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    elif device.type == "mps":
        torch.mps.synchronize()


def measure_latency(
    model: nn.Module, batch: Tensor, warmup: int = 10, repeats: int = 100
) -> Latency:
    """Time model(batch): the first call alone, then `repeats` calls after `warmup` untimed ones.

    Every call runs under torch.inference_mode(), as in serving, and the clock is read only
    after the device has finished, so GPU times are real and not just the time to queue work.
    """
    times_ms: list[float] = []
    first_ms = float("nan")
    # Your turn: inside torch.inference_mode(), time the very first model(batch) on its
    # own and store it in first_ms; then make `warmup` calls without timing them; then
    # time `repeats` calls one by one and append each duration in milliseconds to
    # times_ms. Read the clock with time.perf_counter() (add `import time` at the top)
    # and call synchronize(batch.device) before each reading of the clock.

    if not times_ms:
        raise NotImplementedError("measure_latency: time the calls first")
    cuts = statistics.quantiles(times_ms, n=100, method="inclusive")  # 99 cut points
    return Latency(first_ms, statistics.median(times_ms), cuts[94], repeats)


def timer_median_ms(
    model: nn.Module, batch: Tensor, threads: int | None = None, min_run_time: float = 1.0
) -> float:
    """Median time of model(batch) in ms, measured by torch.utils.benchmark.Timer.

    Timer warms up, synchronises CUDA and repeats by itself. It runs with ONE thread unless
    told otherwise, so pass threads=torch.get_num_threads() to compare it with code that
    uses all of them.
    """
    timer = benchmark.Timer(
        stmt="with torch.inference_mode(): model(batch)",
        globals={"model": model, "batch": batch, "torch": torch},
        num_threads=threads or 1,
    )
    return timer.blocked_autorange(min_run_time=min_run_time).median * 1000


def accuracy(
    model: nn.Module,
    dataset: TensorDataset,
    device: torch.device,
    limit: int | None = None,
    batch_size: int = 256,
) -> float:
    """Share of correctly classified images among the first `limit` of dataset (all if None)."""
    indices = range(len(dataset) if limit is None else min(limit, len(dataset)))
    correct, total = 0, 0
    model.eval()
    with torch.inference_mode():
        for images, targets in DataLoader(Subset(dataset, indices), batch_size=batch_size):
            predictions = model(images.to(device)).argmax(dim=1)
            correct += int((predictions == targets.to(device)).sum().item())
            total += targets.numel()
    return correct / total


def serialized_kb(state_dict: Mapping[str, object]) -> tuple[float, float]:
    """Size of torch.save(state_dict) in kB, as saved and after gzip (zeros compress well)."""
    buffer = io.BytesIO()
    torch.save(state_dict, buffer)
    raw = buffer.getvalue()
    return len(raw) / 1000, len(gzip.compress(raw, compresslevel=6)) / 1000


def count_parameters(model: nn.Module) -> int:
    """Number of values in the model's parameters, whatever their dtype."""
    return sum(p.numel() for p in model.parameters())


def load_classifier(path: Path, device: torch.device | str = "cpu") -> DigitClassifier:
    """Load a checkpoint of any DigitClassifier size, in evaluation mode, on device."""
    state_dict = torch.load(path, map_location=device, weights_only=True)
    model = DigitClassifier.from_state_dict(state_dict).to(device)
    return model.eval()
