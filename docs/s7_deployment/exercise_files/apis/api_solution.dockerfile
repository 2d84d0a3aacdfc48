# syntax=docker/dockerfile:1

# API image for the corrupt_mnist project (reference solution).
# Save it as dockerfiles/api.dockerfile and build from the project root:
#   docker build -f dockerfiles/api.dockerfile -t corrupt-mnist-api:latest .
# Run it, publishing the container's port 8000 on port 8000 of your machine:
#   docker run --rm -p 8000:8000 corrupt-mnist-api:latest
#
# Up to the second `uv sync` it follows train.dockerfile from the Docker module.

FROM python:3.12-slim-trixie

COPY --from=ghcr.io/astral-sh/uv:0.12 /uv /uvx /bin/

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    PYTHONUNBUFFERED=1

WORKDIR /app

COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-install-project --no-dev

COPY README.md ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev

# The trained weights and the training statistics, baked in so the image serves on its
# own. .dockerignore excludes models/ but lets these two files through. To serve other
# weights without rebuilding, mount them and point MODEL_PATH at them.
COPY models/model.pt models/normalisation.json models/

# PORT: the port the server listens on. Cloud platforms such as Cloud Run set it;
# `docker run -e PORT=8080 -p 8080:8080 ...` changes it by hand.
ENV PATH="/app/.venv/bin:$PATH" \
    PORT=8000

# Documents the port; publishing it is still `docker run -p`.
EXPOSE 8000

# Exec form with an explicit shell: the shell expands ${PORT}, and `exec` replaces it
# with uvicorn, so uvicorn is PID 1 and gets the SIGTERM of `docker stop`. Listening on
# 0.0.0.0 (all interfaces) is what makes the server reachable from outside the container.
CMD ["sh", "-c", "exec uvicorn corrupt_mnist.api:app --host 0.0.0.0 --port ${PORT}"]
