"""Integration tests of the corrupt_mnist API (starter: save as tests/integration/test_api.py).

Finish the "Your turn" tests; the helpers and the other tests are complete examples.

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
    # Your turn: POST image_bytes(mode, size, image_format) with post_file. Assert the status
    # (put response.text in the message), the content type application/json, that the body
    # has exactly the keys digit and probabilities, ten probabilities between 0 and 1 that
    # sum to 1 (pytest.approx), and that digit is the index of the largest probability.
    pytest.fail("write this test")


def test_missing_file_is_a_validation_error(client: TestClient) -> None:
    # Your turn: POST to /predict without any file. Assert 422 and that the first error's
    # loc is ["body", "file"].
    pytest.fail("write this test")


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
    # Your turn: post the three files of the parametrize list and assert 400 with exactly
    # the body {"detail": "The file is not an image."}.
    pytest.fail("write this test")


@pytest.mark.parametrize(
    ("size", "status"),
    [(MAX_UPLOAD_BYTES, 400), (MAX_UPLOAD_BYTES + 1, 413)],
    ids=["at_the_limit", "one_byte_over"],
)
def test_upload_limit_is_exact(client: TestClient, size: int, status: int) -> None:
    # Your turn: post bytes(size), size zero bytes, and assert the status the list expects.
    # Use MAX_UPLOAD_BYTES from the app, so the test follows the limit if it changes.
    pytest.fail("write this test")


def test_openapi_documents_the_contract(client: TestClient) -> None:
    # Your turn: GET /openapi.json. Under paths -> /predict -> post, resolve the schema of
    # the multipart/form-data request body and of the 200 answer's application/json body.
    # Assert that the form requires ["file"], that the answer requires
    # ["digit", "probabilities"], and that probabilities has minItems and maxItems 10.
    pytest.fail("write this test")


@pytest.mark.usefixtures("model_files")  # a valid NORMALISATION_PATH; MODEL_PATH is changed
def test_missing_model_stops_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Your turn: point MODEL_PATH at a file in tmp_path that does not exist, then assert
    # with pytest.raises that entering `with TestClient(app):` raises FileNotFoundError.
    pytest.fail("write this test")


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
