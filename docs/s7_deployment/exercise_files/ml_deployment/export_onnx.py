"""Export the trained DigitClassifier to ONNX, check the graph, and compare it with PyTorch.

Starter for the ML deployment module: save it as src/corrupt_mnist/export_onnx.py, fill in
the two "Your turn" functions and run it from the project root once models/model.pt exists:

    uv run python -m corrupt_mnist.export_onnx
    uv run python -m corrupt_mnist.export_onnx --checkpoint outputs/2027-01-12/10-21-07/model.pt

It writes models/model.onnx, one file holding the graph and the weights. Its input "image"
has shape (batch, 1, 28, 28) and its output "logits" has shape (batch, 10). The comparison
with PyTorch needs ONNX Runtime; --skip-compare exports and checks without it.
"""

import argparse
from pathlib import Path

import numpy as np
import onnx
import torch

from corrupt_mnist.model import DigitClassifier

CHECKPOINT = Path("models/model.pt")
ONNX_PATH = Path("models/model.onnx")
INPUT_NAME = "image"
OUTPUT_NAME = "logits"


def load_model(checkpoint: Path) -> DigitClassifier:
    """Build the network, load the trained weights and switch dropout off."""
    model = DigitClassifier()
    model.load_state_dict(torch.load(checkpoint, map_location="cpu", weights_only=True))
    return model.eval()  # the graph records what runs now: evaluation behaviour


def export(model: DigitClassifier, path: Path) -> None:
    """Write the model to path as ONNX, with a batch dimension of any size."""
    # An example batch of 4, not 1: torch.export treats sizes 0 and 1 as constants, so an
    # example of one image could fix the batch dimension at 1.
    example = torch.randn(4, 1, 28, 28)
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"Exporting with an example input of shape {tuple(example.shape)}")
    # Your turn: call torch.onnx.export with dynamo=True on model and (example,). Name the
    # input INPUT_NAME and the output OUTPUT_NAME, and make dimension 0 of forward's
    # argument x dynamic with dynamic_shapes. It returns an ONNXProgram: save it to path
    # with external_data=False, so that the weights go inside the file.
    raise NotImplementedError("export the model")


def dims(value: onnx.ValueInfoProto) -> list[str | int]:
    """Shape of a graph input or output: names for dynamic dimensions, numbers for fixed ones."""
    return [d.dim_param or d.dim_value for d in value.type.tensor_type.shape.dim]


def check(path: Path) -> onnx.ModelProto:
    """Load the file, validate it against the ONNX spec and print what it contains."""
    # Your turn: load the file with onnx.load, validate it with onnx.checker.check_model
    # (full_check=True also runs shape inference), then print the opsets in
    # model.opset_import and each graph input and output with its name and dims(value).
    raise NotImplementedError("check the model")


def compare(model: DigitClassifier, path: Path, batch_sizes: tuple[int, ...] = (1, 7, 64)) -> None:
    """Run PyTorch and ONNX Runtime on the same random batches and compare the logits."""
    import onnxruntime as ort  # imported here so that --skip-compare works without it

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    generator = torch.Generator().manual_seed(0)
    for n in batch_sizes:
        x = torch.randn(n, 1, 28, 28, generator=generator)
        with torch.inference_mode():
            expected = model(x).numpy()
        (actual,) = session.run([OUTPUT_NAME], {INPUT_NAME: x.numpy()})
        # Different kernels add up floats in a different order: close, not identical.
        np.testing.assert_allclose(actual, expected, rtol=1e-3, atol=1e-5)
        same = (actual.argmax(axis=1) == expected.argmax(axis=1)).all()
        print(
            f"batch {n:3d}: max |ORT - PyTorch| = {np.abs(actual - expected).max():.1e}, "
            f"same predictions: {same}"
        )


def main() -> None:
    """Export, check and (unless told not to) compare."""
    parser = argparse.ArgumentParser(description="Export DigitClassifier to ONNX.")
    parser.add_argument("--checkpoint", type=Path, default=CHECKPOINT)
    parser.add_argument("--output", type=Path, default=ONNX_PATH)
    parser.add_argument("--skip-compare", action="store_true", help="do not run ONNX Runtime")
    args = parser.parse_args()

    print(f"PyTorch {torch.__version__}, onnx {onnx.__version__}")
    model = load_model(args.checkpoint)
    export(model, args.output)
    check(args.output)
    if not args.skip_compare:
        compare(model, args.output)


if __name__ == "__main__":
    main()
