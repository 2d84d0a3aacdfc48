"""HTTP entry point of the Cloud Run function `predict` (reference solution).

Save it as functions/predict/main.py, next to predictor.py, requirements.txt and a copy
of src/corrupt_mnist/model.py. Try it locally from that folder (one line):

    MODEL_URI=../../models/model.pt NORMALISATION_URI=../../models/normalisation.json uv run --with functions-framework --with google-cloud-storage functions-framework --target predict --port 8081

Requests:
    GET  /                         -> 200 {"status": "ok", "model_uri": ...}
    POST /  with form field `file` -> 200 {"digit": 3, "probabilities": [...]}
                                      400 not a 28x28 image, 413 too large, 422 no `file`
"""

import os

import flask
import functions_framework

from predictor import Predictor

MAX_UPLOAD_BYTES = 100_000  # a 28x28 PNG is well under 1 kB

# Code at module level runs once per instance, when it starts (the cold start), and is
# reused by every request that instance serves. A missing variable stops the start-up
# with a KeyError that names it, before any request can arrive.
MODEL_URI = os.environ["MODEL_URI"]
PREDICTOR = Predictor(MODEL_URI, os.environ["NORMALISATION_URI"])


@functions_framework.http
def predict(request: flask.Request) -> flask.typing.ResponseReturnValue:
    """Classify the image in the form field `file`; answer a GET with a health report."""
    if request.method == "GET":
        return {"status": "ok", "model_uri": MODEL_URI}

    upload = request.files.get("file")
    if upload is None:
        return {"detail": "Send the image in a form field named 'file'."}, 422
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        return {"detail": f"Send at most {MAX_UPLOAD_BYTES} bytes."}, 413
    try:
        return PREDICTOR.predict(data)
    except ValueError as error:
        return {"detail": str(error)}, 400
