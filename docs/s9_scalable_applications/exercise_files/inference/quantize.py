"""Quantize the trained DigitClassifier and check what it costs in accuracy (corrupt_mnist package).

Save it as src/corrupt_mnist/quantize.py. torchao is not a project dependency; add it for
one command with uv's --with:

    uv run --with torchao python -m corrupt_mnist.quantize                      # int8 dynamic
    uv run --with torchao python -m corrupt_mnist.quantize --scheme int8-weight-only
    uv run python -m corrupt_mnist.quantize --scheme bf16                       # no torchao needed

Schemes:
    int8-dynamic      weights stored as int8; activations quantized to int8 on the fly,
                      per call, and the matrix product runs in integers
    int8-weight-only  weights stored as int8 and turned back into floats for the product
    bf16              every weight and activation in bfloat16 (no integers, no torchao)

With torchao (the current API, `quantize_` with a config object) only nn.Linear layers are
quantized by default. Without torchao, int8-dynamic falls back to the LEGACY
torch.ao.quantization.quantize_dynamic, which PyTorch has deprecated in favour of torchao
and will remove: it exists only so that the exercise runs on old PyTorch installations.
"""

import argparse
import copy
import importlib.util
import warnings
from pathlib import Path

import torch
from torch import Tensor, nn

SCHEMES = ["int8-dynamic", "int8-weight-only", "bf16"]


class BFloat16Model(nn.Module):
    """Run a float32 model in bfloat16: cast the weights once and every input on the way in."""

    def __init__(self, model: nn.Module) -> None:
        super().__init__()
        self.model = model.to(torch.bfloat16)

    def forward(self, x: Tensor) -> Tensor:
        """Compute in bfloat16, hand back float32 logits like the original model."""
        return self.model(x.to(torch.bfloat16)).float()


def has_torchao() -> bool:
    """True if the torchao package can be imported."""
    return importlib.util.find_spec("torchao") is not None


def quantize(
    model: nn.Module, scheme: str = "int8-dynamic", backend: str = "auto"
) -> tuple[nn.Module, str]:
    """Return a quantized copy of model (the original is left alone) and a description.

    backend is "torchao", "legacy" (torch.ao.quantization) or "auto": torchao when it is
    installed, else the legacy fallback. bf16 needs neither.
    """
    model = copy.deepcopy(model).eval()
    if scheme == "bf16":
        return BFloat16Model(model), "bfloat16 weights and activations (plain PyTorch)"
    if scheme not in SCHEMES:
        raise ValueError(f"Unknown scheme {scheme!r}; choose from {SCHEMES}")

    if backend == "torchao" or (backend == "auto" and has_torchao()):
        from torchao.quantization import (
            Int8DynamicActivationInt8WeightConfig,
            Int8WeightOnlyConfig,
            quantize_,
        )

        config = (
            Int8DynamicActivationInt8WeightConfig()
            if scheme == "int8-dynamic"
            else Int8WeightOnlyConfig()
        )
        quantize_(model, config)  # in place: Linear weights become int8 tensor subclasses
        return model, f"torchao quantize_({type(config).__name__}()) on the Linear layers"

    # LEGACY FALLBACK, for PyTorch installations without torchao.
    if scheme != "int8-dynamic":
        raise SystemExit(f"{scheme} needs torchao: run with `uv run --with torchao ...`")
    try:
        from torch.ao.quantization import quantize_dynamic
    except ImportError as error:
        raise SystemExit(
            "This PyTorch has no torch.ao.quantization; run with `uv run --with torchao ...`"
        ) from error
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # we say it ourselves, once
        quantized = quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)
    return quantized, "LEGACY FALLBACK torch.ao.quantization.quantize_dynamic (deprecated)"


def main() -> None:
    """Quantize models/model.pt and compare it with the float32 original on the test set."""
    # Imported here so that `from corrupt_mnist.quantize import quantize` stays light.
    from corrupt_mnist.data import corrupt_mnist
    from corrupt_mnist.measure import accuracy, load_classifier, serialized_kb

    parser = argparse.ArgumentParser(description="Quantize the trained model and compare it.")
    parser.add_argument("--checkpoint", type=Path, default=Path("models/model.pt"))
    parser.add_argument("--scheme", choices=SCHEMES, default="int8-dynamic")
    parser.add_argument("--backend", choices=["auto", "torchao", "legacy"], default="auto")
    parser.add_argument("--test-limit", type=int, default=None, help="test images to use")
    args = parser.parse_args()

    device = torch.device("cpu")  # the legacy int8 kernels exist for CPUs only
    original = load_classifier(args.checkpoint, device)
    quantized, how = quantize(original, args.scheme, args.backend)
    print(f"PyTorch {torch.__version__}; quantized with {how}")
    for name, module in quantized.named_modules():
        if name.endswith(("classifier.2", "classifier.4")):  # what became of the Linear layers
            print(f"  {name}: {module}")

    _, test_set = corrupt_mnist()
    images = test_set.tensors[0][: args.test_limit or len(test_set)]
    with torch.inference_mode():
        before, after = original(images), quantized(images)
    agree = (before.argmax(dim=1) == after.argmax(dim=1)).float().mean().item()

    size_before, _ = serialized_kb(original.state_dict())
    size_after, _ = serialized_kb(quantized.state_dict())
    acc_before = accuracy(original, test_set, device, args.test_limit)
    acc_after = accuracy(quantized, test_set, device, args.test_limit)
    print(f"state_dict size: {size_before:,.1f} kB -> {size_after:,.1f} kB")
    print(f"test accuracy:   {acc_before:.4f} -> {acc_after:.4f}")
    print(f"same prediction for {agree:.2%} of {len(images)} test images; "
          f"largest logit change {(before - after).abs().max().item():.4f}")


if __name__ == "__main__":
    main()
