"""Integration test of the prediction log (save as tests/integration/test_prediction_log.py).

It uses the `client` fixture of tests/integration/conftest.py from the API testing
module, which starts the app with a tiny untrained model. The autouse fixture below
sends the log to a temporary folder, so tests never write into your real logs/.
"""

import json
from io import BytesIO
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from corrupt_mnist.features import FEATURES

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point PREDICTION_LOG_DIR at a temporary folder before the app starts."""
    folder = tmp_path / "predictions"
    monkeypatch.setenv("PREDICTION_LOG_DIR", str(folder))
    return folder


def png() -> bytes:
    """A light bar on black, encoded as a PNG file."""
    pixels = np.zeros((28, 28), dtype=np.uint8)
    pixels[4:24, 12:16] = 230
    buffer = BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def test_each_prediction_appends_one_row(client: TestClient, log_dir: Path) -> None:
    answers = [
        client.post("/predict", files={"file": ("bar.png", png(), "image/png")}).json()
        for _ in range(3)
    ]
    # TestClient returns only after the background tasks have run.
    (log_file,) = log_dir.glob("predictions-*.jsonl")
    rows = [json.loads(line) for line in log_file.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    assert list(rows[0]) == ["time", *FEATURES, "digit", "confidence"]
    assert [row["digit"] for row in rows] == [answer["digit"] for answer in answers]
    assert rows[0]["confidence"] == pytest.approx(max(answers[0]["probabilities"]), abs=1e-4)


def test_rejected_uploads_are_not_logged(client: TestClient, log_dir: Path) -> None:
    response = client.post("/predict", files={"file": ("notes.txt", b"no image", "text/plain")})
    assert response.status_code == 400
    assert list(log_dir.glob("*.jsonl")) == []
