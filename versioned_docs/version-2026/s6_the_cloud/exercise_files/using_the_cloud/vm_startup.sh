#!/bin/bash
# vm_startup.sh: a Compute Engine startup script for the training VM. Compute Engine runs
# it as root at every boot; pass it when you create the VM:
#   --metadata-from-file=startup-script=vm_startup.sh
# Its output lands in the VM's system log; on the VM, read it with
#   sudo journalctl -u google-startup-scripts.service
set -euo pipefail

# Docker from Debian's own packages, installed on the first boot only.
if ! command -v docker >/dev/null 2>&1; then
  apt-get update
  apt-get install -y docker.io
  systemctl enable --now docker
fi

# Let root's Docker (you run it with sudo) pull from Artifact Registry in europe-west1.
# gcloud on the VM authenticates as the service account attached to the VM.
gcloud auth configure-docker europe-west1-docker.pkg.dev --quiet

echo "corrupt-mnist startup script done: $(docker --version)"
