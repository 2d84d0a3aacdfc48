# syntax=docker/dockerfile:1

# API image that serves models/model.onnx with ONNX Runtime and no PyTorch.
# Save it as dockerfiles/api_onnx.dockerfile and build from the project root:
#   docker build -f dockerfiles/api_onnx.dockerfile -t corrupt-mnist-api-onnx:latest .
#   docker run --rm -p 8001:8000 corrupt-mnist-api-onnx:latest
#
# Unlike api.dockerfile, it does not `uv sync` the project, which would install torch and
# everything else in pyproject.toml. It installs only what api_onnx.py imports, at the
# versions uv.lock pins, and copies only the three modules of the package it needs.

FROM python:3.12-slim-trixie

COPY --from=ghcr.io/astral-sh/uv:0.12 /uv /uvx /bin/

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    PYTHONUNBUFFERED=1

WORKDIR /app

# uv export turns uv.lock into a list of pinned versions; used as constraints, it fixes the
# version of every package that gets installed without installing the others (torch).
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv export --frozen --no-dev --no-emit-project --no-hashes --output-file /tmp/constraints.txt \
    && uv pip install --system -c /tmp/constraints.txt \
        "fastapi[standard]" loguru numpy onnxruntime pillow

COPY src/corrupt_mnist/__init__.py src/corrupt_mnist/onnx_predictor.py src/corrupt_mnist/api_onnx.py \
     corrupt_mnist/
# .dockerignore must let these two files through (a `!models/model.onnx` line).
COPY models/model.onnx models/normalisation.json models/

ENV PORT=8000
EXPOSE 8000

CMD ["sh", "-c", "exec uvicorn corrupt_mnist.api_onnx:app --host 0.0.0.0 --port ${PORT}"]
