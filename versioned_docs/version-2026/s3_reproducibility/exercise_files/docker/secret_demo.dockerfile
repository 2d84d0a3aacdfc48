# syntax=docker/dockerfile:1

# How a build uses a secret without storing it in the image (Docker module).
# Save it as dockerfiles/secret_demo.dockerfile and build from the project root with the
# secret taken from an environment variable of your shell:
#   HF_TOKEN=not-a-real-token docker build --secret id=hf_token,env=HF_TOKEN \
#     -f dockerfiles/secret_demo.dockerfile -t secret-demo .

FROM python:3.12-slim-trixie

# The secret exists only while this one RUN executes, here as the environment variable
# HF_TOKEN (without env=, as the file /run/secrets/hf_token). `required=true` fails the
# build when no secret with that id was passed. The layer keeps the files the command
# wrote, so write what you built with the token, never the token itself.
RUN --mount=type=secret,id=hf_token,env=HF_TOKEN,required=true \
    echo "the build saw a token of ${#HF_TOKEN} characters" > /build_note.txt

CMD ["cat", "/build_note.txt"]
