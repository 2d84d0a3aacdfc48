"""Integration tests of the corrupt_mnist API (reference solution: tests/integration/test_api.py).

Each test sends real HTTP requests through FastAPI's TestClient: routing, validation, the
lifespan, preprocessing and the model all run; only the network is left out. The expected
values are written out here, not taken from the app's own Pydantic models, so that a change
to the contract breaks a test instead of silently changing what the test expects.
"""

from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from corrupt_mnist.api import MAX_UPLOAD_BYTES, app

if TYPE_CHECKING:  # for the type checker only: TestClient answers with httpx2 responses
    from httpx2 import Response

pytestmark = pytest.mark.integration  # marks every test in this file


def image_bytes(
    mode: str = "L", size: tuple[int, int] = (28, 28), image_format: str = "PNG"
) -> bytes:
    """Encode a light vertical bar on black, a made-up 'one', as an image file in memory."""
    pixels = np.zeros((28, 28), dtype=np.uint8)
    pixels[4:24, 12:16] = 230
    image = Image.fromarray(pixels).resize(size).convert(mode)
    buffer = BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()


def post_file(
    client: TestClient, content: bytes, name: str = "digit.png", content_type: str = "image/png"
) -> "Response":
    """POST content to /predict as the form field `file`, as `curl -F file=@...` does."""
    return client.post("/predict", files={"file": (name, content, content_type)})


def resolve(openapi: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow "$ref": "#/components/schemas/Name" links in an OpenAPI document."""
    while "$ref" in node:
        node = openapi["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def test_health_reports_the_model_it_loaded(
    client: TestClient, model_files: tuple[Path, Path]
) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "model_path": str(model_files[0])}


@pytest.mark.parametrize(
    ("mode", "size", "image_format"),
    [("L", (28, 28), "PNG"), ("RGB", (224, 224), "JPEG"), ("RGBA", (120, 60), "PNG")],
    ids=["grey_png_28", "rgb_jpeg_224", "rgba_png_wide"],
)
def test_predict_answers_with_a_digit_and_ten_probabilities(
    client: TestClient, mode: str, size: tuple[int, int], image_format: str
) -> None:
    response = post_file(client, image_bytes(mode, size, image_format))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"digit", "probabilities"}, f"unexpected keys: {sorted(body)}"
    probabilities = body["probabilities"]
    assert len(probabilities) == 10
    assert all(0.0 <= p <= 1.0 for p in probabilities)
    assert sum(probabilities) == pytest.approx(1.0, abs=1e-4)
    assert body["digit"] == probabilities.index(max(probabilities))


def test_missing_file_is_a_validation_error(client: TestClient) -> None:
    response = client.post("/predict")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "file"]


def test_wrong_field_name_is_a_validation_error(client: TestClient) -> None:
    response = client.post("/predict", files={"image": ("digit.png", image_bytes(), "image/png")})
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        (b"just some text", "notes.txt", "text/plain"),
        (b"just some text", "digit.png", "image/png"),  # a file that lies about its type
        (image_bytes()[:40], "cut.png", "image/png"),  # a PNG cut off after 40 bytes
    ],
    ids=["text", "text_named_png", "truncated_png"],
)
def test_bytes_that_are_not_an_image_are_rejected(
    client: TestClient, content: bytes, name: str, content_type: str
) -> None:
    response = post_file(client, content, name, content_type)
    assert response.status_code == 400
    assert response.json() == {"detail": "The file is not an image."}


@pytest.mark.parametrize(
    ("size", "status"),
    [(MAX_UPLOAD_BYTES, 400), (MAX_UPLOAD_BYTES + 1, 413)],
    ids=["at_the_limit", "one_byte_over"],
)
def test_upload_limit_is_exact(client: TestClient, size: int, status: int) -> None:
    # Zeros are not an image: at the limit the API reads them and answers 400; one byte
    # more and it must refuse with 413 before it even tries to decode them.
    response = post_file(client, bytes(size), "big.bin", "application/octet-stream")
    assert response.status_code == status


def test_openapi_documents_the_contract(client: TestClient) -> None:
    openapi = client.get("/openapi.json").json()
    predict = openapi["paths"]["/predict"]["post"]
    form = resolve(openapi, predict["requestBody"]["content"]["multipart/form-data"]["schema"])
    assert form["required"] == ["file"]
    answer = resolve(openapi, predict["responses"]["200"]["content"]["application/json"]["schema"])
    assert answer["required"] == ["digit", "probabilities"]
    assert answer["properties"]["probabilities"]["minItems"] == 10
    assert answer["properties"]["probabilities"]["maxItems"] == 10


@pytest.mark.usefixtures("model_files")  # a valid NORMALISATION_PATH; MODEL_PATH is changed
def test_missing_model_stops_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODEL_PATH", str(tmp_path / "no_such_model.pt"))
    with pytest.raises(FileNotFoundError), TestClient(app):
        pass  # never reached: the lifespan fails inside `with`


TRAINED_MODEL = Path("models/model.pt")


@pytest.mark.skipif(not TRAINED_MODEL.exists(), reason=f"no trained model at {TRAINED_MODEL}")
def test_trained_model_reads_the_sample_images(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one test that uses your real model and samples/ (from the requests and APIs module)."""
    monkeypatch.delenv("MODEL_PATH", raising=False)  # the defaults: models/model.pt and
    monkeypatch.delenv("NORMALISATION_PATH", raising=False)  # models/normalisation.json
    samples = sorted(Path("samples").glob("*.png"))
    assert samples, "no PNG files in samples/: run scripts/make_samples.py"
    with TestClient(app) as client:
        answers = [post_file(client, path.read_bytes(), path.name).json() for path in samples]
    correct = sum(
        answer["digit"] == int(path.name[0]) for answer, path in zip(answers, samples, strict=True)
    )
    assert correct / len(samples) >= 0.8, f"only {correct} of {len(samples)} samples correct"
