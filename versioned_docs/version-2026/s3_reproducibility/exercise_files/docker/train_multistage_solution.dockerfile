# syntax=docker/dockerfile:1

# Training image for corrupt_mnist in two stages, running as a non-root user
# (reference solution). Save it as dockerfiles/train_multistage.dockerfile and build
# from the project root:
#   docker build -f dockerfiles/train_multistage.dockerfile -t corrupt-mnist-train:multistage .

# ---- Stage 1: the builder. It has uv and installs the locked environment into /app. ----
FROM python:3.12-slim-trixie AS builder

COPY --from=ghcr.io/astral-sh/uv:0.12 /uv /bin/uv

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never

WORKDIR /app

COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-install-project --no-dev

COPY README.md ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev

# ---- Stage 2: the image you ship. Only what stage 1 built is copied in: no uv, no cache. ----
# It must be the same base image, because .venv/bin/python points to this image's Python.
FROM python:3.12-slim-trixie

# A user and group with fixed IDs. On Linux, files the container writes to a bind
# mount belong to UID 1000 on the host, which is often your own user.
RUN groupadd --gid 1000 app \
    && useradd --uid 1000 --gid app --create-home app

WORKDIR /app

# The environment and the code (uv installed the project in editable mode, so the package
# is found in /app/src), owned by the user that runs them.
COPY --from=builder --chown=app:app /app /app

# Folders the run writes to, and /app itself (for new folders such as outputs/), must
# belong to the user, or it cannot write there without a mount.
RUN mkdir -p data models reports/figures \
    && chown app:app /app data models reports reports/figures

ENV PATH="/app/.venv/bin:$PATH" \
    PYTHONUNBUFFERED=1

# Everything from here on, and every container of this image, runs as `app`, not root.
USER app

ENTRYPOINT ["corrupt-mnist", "train"]
