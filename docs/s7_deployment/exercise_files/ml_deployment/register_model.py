"""Put the exported ONNX model into BentoML's local model store, as a new version.

Save it as serving/register_model.py and run it from the project root after the export:

    uv run --group serving python serving/register_model.py
    uv run --group serving bentoml models list

The store lives in ~/bentoml/models/ (or $BENTOML_HOME/models/). Each run adds a version
with a generated name; the tag corrupt-mnist-onnx:latest points at the newest one.
"""

import json
import shutil
from pathlib import Path

import bentoml
import onnx

MODEL_NAME = "corrupt-mnist-onnx"
ONNX_PATH = Path("models/model.onnx")
NORMALISATION_PATH = Path("models/normalisation.json")


def main() -> None:
    """Copy the model and its preprocessing statistics into a new store entry."""
    graph = onnx.load(ONNX_PATH).graph
    stats = json.loads(NORMALISATION_PATH.read_text())
    with bentoml.models.create(
        name=MODEL_NAME,
        labels={"project": "corrupt_mnist", "format": "onnx"},
        metadata={"input": graph.input[0].name, "output": graph.output[0].name, **stats},
    ) as model_ref:
        # A model without its preprocessing statistics is incomplete: keep them together.
        shutil.copy(ONNX_PATH, model_ref.path_of("model.onnx"))
        shutil.copy(NORMALISATION_PATH, model_ref.path_of("normalisation.json"))
    print(f"Saved {model_ref.tag} in the model store")


if __name__ == "__main__":
    main()
