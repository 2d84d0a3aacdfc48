# syntax=docker/dockerfile:1

# Debug image for corrupt_mnist: the training image plus debugpy, waiting for an editor.
# Save it as dockerfiles/debug.dockerfile. Build the training image first, then:
#   docker build -f dockerfiles/debug.dockerfile -t corrupt-mnist-debug:latest .
# Arguments to `docker run IMAGE ...` are Hydra overrides, as for the training image.

FROM corrupt-mnist-train:latest

# Install debugpy into the image's project environment (/app/.venv, found from WORKDIR
# /app). Only this image gets it: the training image and uv.lock stay as they are.
RUN --mount=type=cache,target=/root/.cache/uv \
    uv pip install debugpy

# The port the debugger listens on; publish it with -p 127.0.0.1:5678:5678.
EXPOSE 5678

# Inside the container, 0.0.0.0 is needed so that Docker's port mapping can reach the
# debugger. The program waits until an editor attaches, then trains as usual.
ENTRYPOINT ["python", "-m", "debugpy", "--listen", "0.0.0.0:5678", "--wait-for-client", \
            "-m", "corrupt_mnist.train_hydra"]
