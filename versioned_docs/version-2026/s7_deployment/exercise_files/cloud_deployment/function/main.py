"""HTTP entry point of the Cloud Run function `predict` (starter).

Save it as functions/predict/main.py, next to predictor.py, requirements.txt and a copy
of src/corrupt_mnist/model.py. Try it locally from that folder (one line):

    MODEL_URI=../../models/model.pt NORMALISATION_URI=../../models/normalisation.json uv run --with functions-framework --with google-cloud-storage functions-framework --target predict --port 8081

Requests it should answer:
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

    # Your turn: take the uploaded file from request.files (a dict of form fields) and
    # answer 422 with a "detail" message when the field `file` is missing.
    # Your turn: read at most MAX_UPLOAD_BYTES + 1 bytes and answer 413 if there are more.
    # Your turn: return PREDICTOR.predict(data); it raises ValueError for bytes that are
    # not a 28x28 image, which should become a 400 with the error text as "detail".
    # A handler returns a dict (sent as JSON with status 200) or a (dict, status) tuple.
    return {"detail": "Not written yet."}, 501
