"""Headless tests of the Streamlit app with AppTest. Save as frontend/tests/test_app.py.

AppTest runs app.py as Streamlit would, without a browser or a server, and lets you read
what it displayed. The fixtures `backend` (a stand-in API) and `dead_url` come from
tests/conftest.py. Without Streamlit installed, these tests are skipped.
"""

from pathlib import Path

import pytest

AppTest = pytest.importorskip("streamlit.testing.v1").AppTest

APP = Path(__file__).parents[1] / "app.py"


def test_a_backend_that_is_down_is_reported_not_raised(monkeypatch, dead_url) -> None:
    monkeypatch.setenv("BACKEND_URL", dead_url)

    at = AppTest.from_file(APP, default_timeout=15).run()

    assert not at.exception  # no traceback on the page
    assert "Cannot reach the backend" in at.sidebar.error[0].value
    assert dead_url in at.sidebar.caption[0].value  # the user sees which address failed
    assert "Upload" in at.info[0].value


def test_a_healthy_backend_is_shown_with_its_model(monkeypatch, backend) -> None:
    monkeypatch.setenv("BACKEND_URL", backend.url)

    at = AppTest.from_file(APP, default_timeout=15).run()

    assert not at.exception
    assert not at.sidebar.error
    assert "models/model.pt" in at.sidebar.success[0].value
    assert at.title[0].value == "Which digit is this?"
