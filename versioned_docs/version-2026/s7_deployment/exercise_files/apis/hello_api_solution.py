"""A warm-up API to try HTTP with FastAPI (reference solution; not part of the package).

Save it in the project root and start it with:

    uv run fastapi dev hello_api.py

It plans pretend training runs and trains nothing. Delete it when the module is done.
"""

import asyncio
import math
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from corrupt_mnist.data import N_TRAIN

app = FastAPI(title="Warm-up", description="Plans pretend training runs of corrupt_mnist.")


@app.get("/")
def root() -> dict[str, str]:
    """Say hello: the smallest possible endpoint."""
    return {"message": "Hello! Open /docs to try every endpoint."}


@app.get("/steps")
def steps(
    epochs: Annotated[int, Query(ge=1, le=100)] = 5,
    batch_size: Annotated[int, Query(ge=1, le=4096)] = 32,
) -> dict[str, int]:
    """Count optimiser steps for a run: two query parameters with defaults and bounds."""
    per_epoch = math.ceil(N_TRAIN / batch_size)
    return {"steps_per_epoch": per_epoch, "total_steps": per_epoch * epochs}


class Optimizer(StrEnum):
    """The optimisers the course's configs offer; any other value is a 422 error."""

    adam = "adam"
    sgd = "sgd"


class RunConfig(BaseModel):
    """The JSON body of POST /runs. Missing fields take their defaults."""

    optimizer: Optimizer = Optimizer.adam
    lr: float = Field(default=0.001, gt=0, le=1)
    batch_size: int = Field(default=32, ge=1, le=4096)
    epochs: int = Field(default=5, ge=1, le=100)


class Run(BaseModel):
    """A planned run, as the API returns it."""

    id: int
    config: RunConfig
    total_steps: int


runs: dict[int, Run] = {}  # in memory: gone when the server restarts


@app.post("/runs", status_code=201)
def create_run(config: RunConfig) -> Run:
    """Plan a run from a JSON body and answer 201 Created with the new run."""
    total = math.ceil(N_TRAIN / config.batch_size) * config.epochs
    run = Run(id=len(runs) + 1, config=config, total_steps=total)
    runs[run.id] = run
    return run


@app.get("/runs/{run_id}")
def get_run(run_id: int) -> Run:
    """Return one planned run: a path parameter, and 404 when it does not exist."""
    if run_id not in runs:
        raise HTTPException(status_code=404, detail=f"No run with id {run_id}")
    return runs[run_id]


@app.get("/training-curve")
def training_curve() -> FileResponse:
    """Send the PNG that training wrote, as a file response."""
    path = Path("reports/figures/training_curve.png")
    if not path.exists():
        raise HTTPException(status_code=404, detail=f"{path} does not exist: train first")
    return FileResponse(path, media_type="image/png")


# Three ways to wait one second, for the async-versus-def experiment (race.py).
@app.get("/sleep/thread")
def sleep_in_thread() -> dict[str, str]:
    """A plain def: FastAPI runs it in a worker thread, so the event loop stays free."""
    time.sleep(1)
    return {"slept": "in a worker thread"}


@app.get("/sleep/awaited")
async def sleep_awaited() -> dict[str, str]:
    """An async def that awaits: the event loop serves other requests meanwhile."""
    await asyncio.sleep(1)
    return {"slept": "while awaiting"}


@app.get("/sleep/blocking")
async def sleep_blocking() -> dict[str, str]:
    """An async def that blocks: the whole server stands still for a second."""
    time.sleep(1)  # noqa: ASYNC251 (blocking on purpose, to see what it does)
    return {"slept": "and blocked everyone"}
