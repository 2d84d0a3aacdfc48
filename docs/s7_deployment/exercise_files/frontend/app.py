"""A Streamlit frontend for the corrupt_mnist API (starter).

Save it as frontend/app.py next to backend.py, do the "Your turn" parts, and start it from
the frontend folder while the API runs:

    uv run streamlit run app.py

Open http://localhost:8501. The environment variable BACKEND_URL says where the API is
(default http://127.0.0.1:8000). The app needs no PyTorch: it sends images and shows answers.
Streamlit runs this whole file again, top to bottom, after every interaction.
"""

from typing import Any

import httpx
import streamlit as st

from backend import (
    BackendError,
    BackendUnavailableError,
    backend_url,
    check_health,
    describe_error,
    make_client,
    predict_bytes,
)


# Your turn (caching step): make these three functions cached, get_client with
# st.cache_resource (a shared object), the other two with st.cache_data (copied answers),
# backend_health for 30 seconds, classify for ten minutes and at most 256 images.
def get_client(base_url: str) -> httpx.Client:
    """An HTTP client for the backend."""
    return make_client(base_url)


def backend_health(base_url: str) -> dict[str, Any]:
    """Ask the API's /health."""
    return check_health(get_client(base_url))


def classify(base_url: str, image: bytes, filename: str) -> dict[str, Any]:
    """Send one image to the API and return its answer."""
    return predict_bytes(get_client(base_url), image, filename)


def show_backend_status(base_url: str) -> None:
    """Say in the sidebar where the backend is and whether it answers."""
    st.sidebar.header("Backend")
    st.sidebar.caption(base_url)
    try:
        health = backend_health(base_url)
    except BackendUnavailableError:
        st.sidebar.error("Cannot reach the backend. Is the API running at this address?")
    except BackendError as error:
        st.sidebar.error(describe_error(error))
    else:
        st.sidebar.success(f"Up, serving {health.get('model_path', 'a model')}")


def show_prediction(answer: dict[str, Any]) -> None:
    """The predicted digit, its probability, and a bar per digit."""
    # Your turn: show answer["digit"] with st.metric and its probability with st.caption,
    # then a bar chart of the ten probabilities with st.bar_chart, one bar per digit:
    # data={"digit": ["0", ..., "9"], "probability": [...]}, x="digit", y="probability".
    st.write(answer)  # replace this line


def main() -> None:
    """Lay out the page: status, input, then the prediction or the reason there is none."""
    st.set_page_config(page_title="corrupt_mnist")
    st.title("Which digit is this?")
    base_url = backend_url()
    show_backend_status(base_url)

    # Your turn: let the user upload one PNG or JPEG with st.file_uploader (its `type=`
    # limits the extensions); it returns None until a file is chosen.
    image = None
    if st.toggle("Use the camera instead"):
        image = st.camera_input("Hold a digit written on paper up to the camera")
    if image is None:
        st.info("Upload a PNG or JPEG of a handwritten digit, or take a photo of one.")
        return

    # Ask the backend first: only bytes it could read as an image are safe to display.
    data = image.getvalue()
    # Your turn: catch the two errors classify() can raise, tell the user and return: use
    # st.error when the backend cannot be reached (name base_url), and st.warning with
    # describe_error(error) when it answered with an error. No traceback on the page.
    answer = classify(base_url, data, image.name)
    left, right = st.columns(2)
    left.image(data, caption=image.name, width=200)
    with right:
        show_prediction(answer)


main()
