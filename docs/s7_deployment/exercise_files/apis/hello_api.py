"""A warm-up API to try HTTP with FastAPI (starter; not part of the package).

Save it in the project root and start it with:

    uv run fastapi dev hello_api.py

It plans pretend training runs and trains nothing. Delete it when the module is done.
"""

import asyncio
import math
import time
from enum import StrEnum
from typing import Annotated

from fastapi import FastAPI, Query
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


# Your turn: write three endpoints (import what they need from fastapi and pathlib).
#
# 1. POST /runs takes a RunConfig as its JSON body, stores a Run in `runs` with the next
#    free id and total_steps = ceil(N_TRAIN / batch_size) * epochs, and returns it with
#    status 201 (Created). Hint: @app.post("/runs", status_code=201).
# 2. GET /runs/{run_id} returns the Run with that id, or raises
#    HTTPException(status_code=404, detail=...) when there is none.
# 3. GET /training-curve returns reports/figures/training_curve.png as a
#    FileResponse (from fastapi.responses), or a 404 when the file does not exist.


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
