# syntax=docker/dockerfile:1

# Training image for the corrupt_mnist project (reference solution).
# Save it as dockerfiles/train.dockerfile and build from the project root:
#   docker build -f dockerfiles/train.dockerfile -t corrupt-mnist-train:latest .

# Base: Debian 13 "trixie" with Python 3.12. Rarely changes, so it goes first.
FROM python:3.12-slim-trixie

# uv, copied out of Astral's image. Pin the minor version you use locally.
COPY --from=ghcr.io/astral-sh/uv:0.12 /uv /uvx /bin/

# UV_COMPILE_BYTECODE: write .pyc files at install time, so start-up is faster.
# UV_LINK_MODE: the cache mount is another file system, so copy instead of hard-linking.
# UV_PYTHON_DOWNLOADS: use the image's Python, never download a different one.
# PYTHONUNBUFFERED: print() output shows up at once in the terminal and in docker logs.
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    PYTHONUNBUFFERED=1

WORKDIR /app

# Folders the training run reads from and writes to; mount host folders over them.
RUN mkdir -p data models reports/figures

# Dependencies only. This layer is rebuilt only when pyproject.toml or uv.lock change.
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-install-project --no-dev

# Your own code changes most often, so it comes last. Installing it takes a second.
COPY README.md ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev

# Put the project's environment first on PATH: `python` and `corrupt-mnist` come from it.
ENV PATH="/app/.venv/bin:$PATH"

# The command every container of this image runs. Arguments given to
# `docker run IMAGE ...` are appended, e.g. `docker run IMAGE --epochs 1`.
ENTRYPOINT ["corrupt-mnist", "train"]
