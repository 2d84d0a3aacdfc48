"""Compare the inference latency of PyTorch and ONNX Runtime for the same model.

Save it as scripts/benchmark_onnx.py and run it from the project root after
`python -m corrupt_mnist.export_onnx` has written models/model.onnx:

    uv run python scripts/benchmark_onnx.py
    uv run python scripts/benchmark_onnx.py --batch-sizes 1 64 --threads 1
    uv run python scripts/benchmark_onnx.py --graph-optimization disable

For each batch size it runs a few warm-up calls, then times many calls one by one and
reports the median in milliseconds per batch and the throughput in images per second.
"""

import argparse
import functools
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch

from corrupt_mnist.model import DigitClassifier

CHECKPOINT = Path("models/model.pt")
ONNX_PATH = Path("models/model.onnx")
LEVELS = {  # names of ONNX Runtime's graph optimisation levels, from none to all
    "disable": "ORT_DISABLE_ALL",
    "basic": "ORT_ENABLE_BASIC",
    "extended": "ORT_ENABLE_EXTENDED",
    "all": "ORT_ENABLE_ALL",
}


def median_ms(run: Callable[[], object], warmup: int, repeats: int) -> float:
    """Call run() warmup times untimed, then repeats times timed; return the median in ms."""
    for _ in range(warmup):  # first calls pay for lazy initialisation and cold caches
        run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000  # the median ignores the odd slow outlier


def torch_runner(checkpoint: Path, threads: int | None) -> Callable[[np.ndarray], object]:
    """Return a function that runs the PyTorch model on one batch."""
    if threads:
        torch.set_num_threads(threads)
    model = DigitClassifier()
    model.load_state_dict(torch.load(checkpoint, map_location="cpu", weights_only=True))
    model.eval()

    def run(batch: np.ndarray) -> object:
        with torch.inference_mode():
            return model(torch.from_numpy(batch))

    return run


def onnxruntime_runner(
    onnx_path: Path, threads: int | None, level: str
) -> Callable[[np.ndarray], object]:
    """Return a function that runs the ONNX model with ONNX Runtime on one batch."""
    import onnxruntime as ort  # imported here so that --runtimes torch works without it

    options = ort.SessionOptions()
    options.graph_optimization_level = getattr(ort.GraphOptimizationLevel, LEVELS[level])
    if threads:
        options.intra_op_num_threads = threads
    session = ort.InferenceSession(
        str(onnx_path), sess_options=options, providers=["CPUExecutionProvider"]
    )
    input_name = session.get_inputs()[0].name

    def run(batch: np.ndarray) -> object:
        return session.run(None, {input_name: batch})

    return run


def main() -> None:
    """Time every runtime at every batch size and print one table."""
    parser = argparse.ArgumentParser(description="PyTorch vs ONNX Runtime latency.")
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 32, 128, 512])
    parser.add_argument("--runtimes", nargs="+", choices=["torch", "onnxruntime"],
                        default=["torch", "onnxruntime"])
    parser.add_argument("--warmup", type=int, default=10, help="untimed calls per batch size")
    parser.add_argument("--repeats", type=int, default=50, help="timed calls per batch size")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads (default: all)")
    parser.add_argument("--graph-optimization", choices=list(LEVELS), default="all")
    parser.add_argument("--checkpoint", type=Path, default=CHECKPOINT)
    parser.add_argument("--onnx", type=Path, default=ONNX_PATH)
    args = parser.parse_args()

    runners: dict[str, Callable[[np.ndarray], object]] = {}
    header = f"PyTorch {torch.__version__}"
    if "torch" in args.runtimes:
        runners["torch"] = torch_runner(args.checkpoint, args.threads)
    if "onnxruntime" in args.runtimes:
        import onnxruntime as ort

        runners["onnxruntime"] = onnxruntime_runner(
            args.onnx, args.threads, args.graph_optimization
        )
        header += f", ONNX Runtime {ort.__version__} (graph optimisation: {args.graph_optimization})"
    print(header)
    threads = args.threads or torch.get_num_threads()
    print(f"median of {args.repeats} timed runs after {args.warmup} warm-up runs; threads: {threads}\n")

    columns = [f"{name} ms" for name in runners] + [f"{name} img/s" for name in runners]
    if len(runners) == 2:
        columns.append("speed-up")
    print(f"{'batch':>6} " + " ".join(f"{c:>18}" for c in columns))

    rng = np.random.default_rng(0)
    for n in args.batch_sizes:
        batch = rng.standard_normal((n, 1, 28, 28), dtype=np.float32)
        ms = {
            name: median_ms(functools.partial(run, batch), args.warmup, args.repeats)
            for name, run in runners.items()
        }
        cells = [f"{t:18.3f}" for t in ms.values()]
        cells += [f"{n / (t / 1000):18,.0f}" for t in ms.values()]
        if len(runners) == 2:
            cells.append(f"{ms['torch'] / ms['onnxruntime']:17.1f}x")
        print(f"{n:>6} " + " ".join(cells))


if __name__ == "__main__":
    main()
