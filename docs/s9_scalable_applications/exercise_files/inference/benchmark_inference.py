"""Compare every variant of the model in one table: latency, accuracy and size.

Save it as scripts/benchmark_inference.py and run it from the project root:

    uv run python scripts/benchmark_inference.py
    uv run --with torchao python scripts/benchmark_inference.py        # int8 through torchao
    uv run python scripts/benchmark_inference.py --variants baseline compiled
    uv run python scripts/benchmark_inference.py --variants compiled --compile-mode max-autotune
    uv run python scripts/benchmark_inference.py --device cuda         # on an NVIDIA GPU

Variants (a variant that cannot be built here is skipped with the reason):
    baseline   models/model.pt as trained
    compiled   the baseline through torch.compile (needs PyTorch 2.0 or newer)
    quantized  the baseline quantized by corrupt_mnist.quantize (--quant-scheme)
    pruned     models/model_pruned.pt, written by scripts/prune.py
    student    models/student.pt, written by scripts/distill.py
    teacher    models/teacher.pt, the large model the student learned from

Latency is measured on real test images with corrupt_mnist.measure.measure_latency;
"first call" is the very first forward pass of the variant, compilation included (a
throwaway model warms up PyTorch itself first, so the first variant is not penalised).
"""

import argparse
import copy
from pathlib import Path

import torch
from torch import nn

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.measure import (
    accuracy,
    count_parameters,
    load_classifier,
    measure_latency,
    serialized_kb,
)
from corrupt_mnist.model import DigitClassifier

SCHEMES = ["int8-dynamic", "int8-weight-only", "bf16"]  # as in corrupt_mnist.quantize
VARIANTS = ["baseline", "compiled", "quantized", "pruned", "student", "teacher"]
CHECKPOINTS = {
    "baseline": Path("models/model.pt"),
    "pruned": Path("models/model_pruned.pt"),
    "student": Path("models/student.pt"),
    "teacher": Path("models/teacher.pt"),
}
WRITTEN_BY = {
    "baseline": "corrupt-mnist train",
    "pruned": "scripts/prune.py",
    "student": "scripts/distill.py",
    "teacher": "the teacher training run",
}


class SkipVariantError(Exception):
    """A variant that cannot be built on this machine; the message says why."""


def build(name: str, args: argparse.Namespace, device: torch.device) -> tuple[nn.Module, nn.Module]:
    """Return (model to run, float model it came from) for one variant."""
    source_name = name if name in CHECKPOINTS else "baseline"
    checkpoint = CHECKPOINTS[source_name]
    if not checkpoint.exists():
        raise SkipVariantError(f"{checkpoint} not found: run {WRITTEN_BY[source_name]} first")
    source = load_classifier(checkpoint, device)

    if name == "compiled":
        if not hasattr(torch, "compile"):
            raise SkipVariantError(f"torch.compile needs PyTorch 2.0+, this is {torch.__version__}")
        return torch.compile(copy.deepcopy(source), mode=args.compile_mode), source
    if name == "quantized":
        try:  # imported here so that the other variants run before quantize.py exists
            from corrupt_mnist.quantize import quantize
        except ModuleNotFoundError as error:
            raise SkipVariantError("save src/corrupt_mnist/quantize.py first") from error
        if device.type != "cpu" and args.quant_scheme != "bf16" and args.quant_backend != "torchao":
            # the legacy fallback has CPU kernels only; torchao also runs on CUDA
            args.quant_backend = "torchao"
        try:
            model, how = quantize(source, args.quant_scheme, args.quant_backend)
        except (SystemExit, ImportError) as error:
            raise SkipVariantError(f"cannot quantize here: {error}") from error
        print(f"quantized: {how}")
        return model.to(device), source
    return source, source


def main() -> None:
    """Build, time, evaluate and weigh every variant, then print one table."""
    parser = argparse.ArgumentParser(description="Latency, accuracy and size of model variants.")
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=VARIANTS)
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 64])
    parser.add_argument("--warmup", type=int, default=10, help="untimed calls before timing")
    parser.add_argument("--repeats", type=int, default=100, help="timed calls per batch size")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads to use")
    parser.add_argument("--device", default="cpu", help="cpu, cuda or mps")
    parser.add_argument(
        "--compile-mode",
        default="default",
        choices=["default", "reduce-overhead", "max-autotune", "max-autotune-no-cudagraphs"],
    )
    parser.add_argument("--quant-scheme", choices=SCHEMES, default="int8-dynamic")
    parser.add_argument("--quant-backend", choices=["auto", "torchao", "legacy"], default="auto")
    parser.add_argument("--test-limit", type=int, default=None, help="test images for the accuracy")
    args = parser.parse_args()

    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    _, test_set = corrupt_mnist()
    n_test = len(test_set) if args.test_limit is None else min(args.test_limit, len(test_set))
    images = test_set.tensors[0]

    # The first forward pass of a process also sets up PyTorch itself (thread pool, kernel
    # choices). Pay for that with a throwaway model, not with the first variant.
    scratch = DigitClassifier().to(device).eval()
    with torch.inference_mode():
        for size in args.batch_sizes:
            for _ in range(args.warmup):
                scratch(images[:size].to(device))

    rows = []
    for name in args.variants:
        try:
            model, source = build(name, args, device)
        except SkipVariantError as reason:
            print(f"skipped {name}: {reason}")
            continue
        latencies = [  # before anything else runs the model, so the first call is the first
            measure_latency(model, images[:size].to(device), args.warmup, args.repeats)
            for size in args.batch_sizes
        ]
        size_kb, gzip_kb = serialized_kb((model if name == "quantized" else source).state_dict())
        rows.append(
            [
                name,
                f"{count_parameters(source):,}",
                f"{size_kb:,.1f}",
                f"{gzip_kb:,.1f}",
                f"{accuracy(model, test_set, device, n_test):.4f}",
                f"{latencies[0].first_ms:,.1f}",
                *[f"{lat.p50_ms:.3f} / {lat.p95_ms:.3f}" for lat in latencies],
            ]
        )

    print(
        f"\nPyTorch {torch.__version__} on {device}, {torch.get_num_threads()} CPU threads; "
        f"latency p50 / p95 in ms over {args.repeats} calls after {args.warmup} warm-up calls; "
        f"accuracy on {n_test} test images"
    )
    header = ["variant", "parameters", "file (kB)", "gzipped (kB)", "accuracy", "first call (ms)"]
    header += [f"batch {size} p50 / p95 (ms)" for size in args.batch_sizes]
    print("| " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * (len(header) - 1))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
