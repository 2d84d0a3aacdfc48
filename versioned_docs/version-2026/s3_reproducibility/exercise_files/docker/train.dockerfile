# syntax=docker/dockerfile:1

# Training image for the corrupt_mnist project (starter).
# Save it as dockerfiles/train.dockerfile, fill in the two marked parts, and build
# from the project root:
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

# Part 1, your turn: install the dependencies, and only the dependencies.
# - Copy pyproject.toml and uv.lock into /app.
# - Run `uv sync` so that it fails if uv.lock is out of date, skips the project
#   itself and skips the dev group. Give the RUN a cache mount for /root/.cache/uv.

# Part 2, your turn: add your own code and install the project.
# - Copy README.md and the src/ folder.
# - Run `uv sync` again with the same flags, except the one that skipped the project.

# Put the project's environment first on PATH: `python` and `corrupt-mnist` come from it.
ENV PATH="/app/.venv/bin:$PATH"

# The command every container of this image runs. Arguments given to
# `docker run IMAGE ...` are appended, e.g. `docker run IMAGE --epochs 1`.
ENTRYPOINT ["corrupt-mnist", "train"]
