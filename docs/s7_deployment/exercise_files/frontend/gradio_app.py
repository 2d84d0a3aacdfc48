"""The same frontend with Gradio: one function, an image in and a label out.

Save it as frontend/gradio_app.py next to backend.py and start it from the frontend
folder while the API runs. Gradio is not in pyproject.toml; `--with` adds it for this
one command:

    uv run --with gradio python gradio_app.py

Open http://127.0.0.1:7860. BACKEND_URL works as for app.py. In a container, set
GRADIO_SERVER_NAME=0.0.0.0 and GRADIO_SERVER_PORT (Gradio reads both).
"""

from io import BytesIO

import gradio as gr
from PIL import Image

from backend import (
    BackendError,
    BackendUnavailableError,
    backend_url,
    describe_error,
    make_client,
    predict_bytes,
)

BASE_URL = backend_url()
CLIENT = make_client(BASE_URL)  # created once, when the app starts


def classify(image: Image.Image | None) -> dict[str, float]:
    """Send the image to the API; return {digit: probability} for the Label component."""
    if image is None:
        raise gr.Error("Upload an image or take a photo first.")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    try:
        answer = predict_bytes(CLIENT, buffer.getvalue(), "upload.png")
    except BackendUnavailableError as error:
        raise gr.Error(f"Cannot reach the backend at {BASE_URL}.") from error
    except BackendError as error:
        raise gr.Error(describe_error(error)) from error
    return {str(digit): p for digit, p in enumerate(answer["probabilities"])}


demo = gr.Interface(
    fn=classify,
    inputs=gr.Image(type="pil", label="A handwritten digit"),
    outputs=gr.Label(num_top_classes=3, label="Prediction"),
    title="Which digit is this?",
    flagging_mode="never",
)

if __name__ == "__main__":
    demo.launch()
