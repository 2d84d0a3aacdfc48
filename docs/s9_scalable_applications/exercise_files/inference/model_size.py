"""Compare DigitClassifier sizes before you train any of them: parameters, compute, memory.

Save it as scripts/model_size.py and run it from the project root:

    uv run python scripts/model_size.py                     # five sizes, no timing
    uv run python scripts/model_size.py --latency           # also time them (needs measure.py)
    uv run python scripts/model_size.py --archs 16x64 16x256 64x64

An architecture "CxH" is DigitClassifier(conv_channels=C, hidden=H); the project's model
is 16x64. The counts need no trained weights: they depend on the layer shapes only.
"""

import argparse

import torch
from torch import Tensor, nn

from corrupt_mnist.model import DigitClassifier

try:  # current PyTorch counts FLOPs for you; old versions lack the module
    from torch.utils.flop_counter import FlopCounterMode
except ImportError:
    FlopCounterMode = None


def parse_arch(text: str) -> tuple[int, int]:
    """Turn "16x64" into (16, 64)."""
    channels, hidden = text.lower().split("x")
    return int(channels), int(hidden)


def macs_and_largest_activation(model: nn.Module, image: Tensor) -> tuple[int, int]:
    """Count multiply-accumulates by hand and find the largest layer output, for one image.

    A Conv2d does in_channels * kernel_h * kernel_w multiply-adds for every output value,
    a Linear does in_features for every output value. ReLU, pooling and the like are
    cheap next to them and not counted, as is usual.
    """
    macs = 0
    largest = 0

    def count(module: nn.Module, _inputs: tuple[Tensor, ...], output: Tensor) -> None:
        nonlocal macs, largest
        largest = max(largest, output.numel())
        if isinstance(module, nn.Conv2d):
            kernel_h, kernel_w = module.kernel_size
            macs += output.numel() * module.in_channels // module.groups * kernel_h * kernel_w
        elif isinstance(module, nn.Linear):
            macs += output.numel() * module.in_features

    leaves = [m for m in model.modules() if not list(m.children())]
    handles = [m.register_forward_hook(count) for m in leaves]
    with torch.inference_mode():
        model(image)
    for handle in handles:
        handle.remove()
    return macs, largest


def counted_flops(model: nn.Module, image: Tensor) -> int | None:
    """FLOPs of one forward pass as PyTorch's FlopCounterMode counts them, if it exists."""
    if FlopCounterMode is None:
        return None
    with torch.no_grad(), FlopCounterMode(display=False) as counter:
        model(image)
    return int(counter.get_total_flops())


def main() -> None:
    """Print one row per architecture."""
    parser = argparse.ArgumentParser(description="Size, compute and memory of DigitClassifiers.")
    parser.add_argument("--archs", nargs="+", default=["4x16", "8x32", "16x64", "32x128", "64x256"])
    parser.add_argument("--latency", action="store_true", help="also time batch 1 and 64")
    parser.add_argument("--repeats", type=int, default=100, help="timed calls per batch size")
    args = parser.parse_args()

    torch.manual_seed(0)
    image = torch.randn(1, 1, 28, 28)
    if FlopCounterMode is None:
        print(f"PyTorch {torch.__version__} has no torch.utils.flop_counter: FLOPs column is n/a.")

    header = (
        "| architecture | parameters | weights (kB) | MACs per image | FLOPs per image "
        "| largest activation (kB) |"
    )
    rule = "| --- | ---: | ---: | ---: | ---: | ---: |"
    if args.latency:
        from corrupt_mnist.measure import measure_latency  # you write it in step 1

        header += " batch 1 p50 (ms) | batch 64 p50 (ms) |"
        rule += " ---: | ---: |"
        threads = torch.get_num_threads()
        print(f"Latency on the CPU with {threads} threads, median of {args.repeats} calls")
    print(header)
    print(rule)

    for arch in args.archs:
        channels, hidden = parse_arch(arch)
        model = DigitClassifier(conv_channels=channels, hidden=hidden).eval()
        n_params = sum(p.numel() for p in model.parameters())
        macs, largest = macs_and_largest_activation(model, image)
        flops = counted_flops(model, image)
        flops_text = f"{flops:,}" if flops is not None else "n/a"
        row = (
            f"| {arch} | {n_params:,} | {n_params * 4 / 1000:,.1f} | {macs:,} | {flops_text} "
            f"| {largest * 4 / 1000:,.1f} |"
        )
        if args.latency:
            one = measure_latency(model, image, repeats=args.repeats)
            many = measure_latency(model, torch.randn(64, 1, 28, 28), repeats=args.repeats)
            row += f" {one.p50_ms:.3f} | {many.p50_ms:.3f} |"
        print(row)


if __name__ == "__main__":
    main()
