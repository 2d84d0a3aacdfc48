"""A small service that reports drift of the prediction log (part of corrupt_mnist).

Starter for the data drifting module: save it as src/corrupt_mnist/monitor.py and finish
`drift`. It needs the monitoring dependency group. Start it next to the API, on another port:

    uv run --group monitoring uvicorn corrupt_mnist.monitor:app --port 8001

GET /drift?last=300 answers with the SciPy drift table as JSON, GET /report?last=300
with Evidently's HTML report. Environment variables: REFERENCE_PATH (default
models/reference.csv) and PREDICTION_LOG_DIR (default logs/predictions), the folder the
API writes its log to.
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

import pandas as pd
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from corrupt_mnist.drift import drift_table, load_predictions, load_reference
from corrupt_mnist.drift_report import drift_snapshot

Window = Annotated[int, Query(ge=30, le=100_000, description="How many recent predictions")]


class ColumnDrift(BaseModel):
    """The test result of one column."""

    column: str
    test: str
    statistic: float
    p_value: float
    psi: float
    drift: bool


class DriftSummary(BaseModel):
    """Answer of GET /drift."""

    rows: int
    first: str
    last: str
    drifted: list[str]
    columns: list[ColumnDrift]


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Load the reference once; the log is read again on every request, as it grows."""
    app.state.reference = load_reference(
        Path(os.environ.get("REFERENCE_PATH", "models/reference.csv"))
    )
    app.state.log_dir = Path(os.environ.get("PREDICTION_LOG_DIR", "logs/predictions"))
    yield


app = FastAPI(title="corrupt_mnist drift monitor", lifespan=lifespan)


def recent(last: int) -> pd.DataFrame:
    """The newest `last` predictions, or 404 while there are too few to test."""
    try:
        current = load_predictions(app.state.log_dir, last=last)
    except FileNotFoundError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error
    if len(current) < 30:
        raise HTTPException(status_code=404, detail=f"Only {len(current)} predictions logged")
    return current


@app.get("/drift")
def drift(last: Window = 300) -> DriftSummary:
    """Compare the newest predictions with the reference, column by column."""
    current = recent(last)
    table = drift_table(app.state.reference, current)
    # Your turn: return a DriftSummary instead. `rows` is the number of predictions,
    # `first` and `last` the first and last `time` as ISO strings (.isoformat()), `drifted`
    # the names of the columns whose `drift` is True, `columns` one ColumnDrift per row of
    # the table (wrap the drift flag in bool(): pandas hands out NumPy booleans).
    raise HTTPException(status_code=501, detail=f"Not written yet ({len(table)} columns)")


@app.get("/report", response_class=HTMLResponse)
def report(last: Window = 300) -> HTMLResponse:
    """Evidently's interactive drift report of the newest predictions, as a web page."""
    snapshot = drift_snapshot(app.state.reference, recent(last))
    return HTMLResponse(snapshot.get_html_str(as_iframe=False))
