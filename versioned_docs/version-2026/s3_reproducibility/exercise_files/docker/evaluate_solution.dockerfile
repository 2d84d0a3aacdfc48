# syntax=docker/dockerfile:1

# Evaluation image for the corrupt_mnist project (reference solution).
# Save it as dockerfiles/evaluate.dockerfile and build from the project root:
#   docker build -f dockerfiles/evaluate.dockerfile -t corrupt-mnist-evaluate:latest .
#
# Everything up to the ENTRYPOINT is identical to train.dockerfile on purpose:
# identical instructions on identical files hit the same build cache, so the two
# images share those layers on disk and this build takes seconds.

FROM python:3.12-slim-trixie

COPY --from=ghcr.io/astral-sh/uv:0.12 /uv /uvx /bin/

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    PYTHONUNBUFFERED=1

WORKDIR /app

RUN mkdir -p data models reports/figures

COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-install-project --no-dev

COPY README.md ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev

ENV PATH="/app/.venv/bin:$PATH"

# models/model.pt is where `corrupt-mnist train` saves its weights; from the config files
# module on, every single Hydra run copies its weights there too. Mount models/ read-only.
# ENTRYPOINT is fixed; CMD gives a default argument that `docker run` can replace:
#   docker run IMAGE                     -> corrupt-mnist evaluate models/model.pt
#   docker run IMAGE models/other.pt     -> corrupt-mnist evaluate models/other.pt
ENTRYPOINT ["corrupt-mnist", "evaluate"]
CMD ["models/model.pt"]
