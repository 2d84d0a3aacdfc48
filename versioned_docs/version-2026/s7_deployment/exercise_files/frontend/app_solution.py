"""A Streamlit frontend for the corrupt_mnist API (reference solution).

Save it as frontend/app.py next to backend.py and start it from the frontend folder,
while the API runs:

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


@st.cache_resource
def get_client(base_url: str) -> httpx.Client:
    """One HTTP client per backend URL for the whole server, shared by every session."""
    return make_client(base_url)


@st.cache_data(ttl=30, show_spinner=False)
def backend_health(base_url: str) -> dict[str, Any]:
    """Ask /health at most every 30 seconds, not on every rerun. Errors are not cached."""
    return check_health(get_client(base_url))


@st.cache_data(ttl=600, max_entries=256, show_spinner="Asking the model...")
def classify(base_url: str, image: bytes, filename: str) -> dict[str, Any]:
    """Send one image; the same bytes within ten minutes get the cached answer."""
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
    digit, probabilities = answer["digit"], answer["probabilities"]
    st.metric("Predicted digit", digit)
    st.caption(f"Probability {probabilities[digit]:.1%}")
    st.bar_chart(
        {"digit": [str(d) for d in range(10)], "probability": probabilities},
        x="digit",
        y="probability",
        x_label="Digit",
        y_label="Probability",
    )


def main() -> None:
    """Lay out the page: status, input, then the prediction or the reason there is none."""
    st.set_page_config(page_title="corrupt_mnist")
    st.title("Which digit is this?")
    base_url = backend_url()
    show_backend_status(base_url)

    image = st.file_uploader("An image of one handwritten digit", type=["png", "jpg", "jpeg"])
    if st.toggle("Use the camera instead"):
        image = st.camera_input("Hold a digit written on paper up to the camera")
    if image is None:
        st.info("Upload a PNG or JPEG of a handwritten digit, or take a photo of one.")
        return

    # Ask the backend first: only bytes it could read as an image are safe to display.
    data = image.getvalue()
    try:
        answer = classify(base_url, data, image.name)
    except BackendUnavailableError:
        st.error(f"Cannot reach the backend at {base_url}. Try again in a moment.")
        return
    except BackendError as error:
        st.warning(describe_error(error))
        return
    left, right = st.columns(2)
    left.image(data, caption=image.name, width=200)
    with right:
        show_prediction(answer)


main()
