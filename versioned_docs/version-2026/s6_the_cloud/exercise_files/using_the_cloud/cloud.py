"""Two things a training run needs in the cloud that it never needed on a laptop.

Save this file as src/corrupt_mnist/cloud.py; train_hydra.py calls both functions.

- Secrets come from Secret Manager instead of a .env file. For every environment
  variable NAME_SECRET that names a secret version, for example
  WANDB_API_KEY_SECRET=projects/PROJECT_ID/secrets/wandb-api-key/versions/latest,
  load_secret_env() reads that version and sets NAME (here WANDB_API_KEY), unless NAME
  already has a value. Without such variables it does nothing, so laptops keep their .env.
- Results must leave the machine before the machine disappears. export_run() copies the
  small files of a Hydra run folder to another folder, such as a bucket that Vertex AI
  mounts at /gcs/BUCKET/.

Reading a secret needs the google-cloud-secret-manager package and credentials that
Application Default Credentials can find: your login on a laptop, the attached service
account on a VM or in a Vertex AI job.
"""

import os
import shutil
from collections.abc import Callable, MutableMapping
from pathlib import Path

SECRET_SUFFIX = "_SECRET"


def access_secret_version(name: str) -> str:
    """Return the text stored in the Secret Manager secret version `name`.

    `name` looks like projects/PROJECT_ID/secrets/SECRET_ID/versions/latest. Surrounding
    whitespace is removed, since a value piped in from a shell often ends in a newline.
    """
    # Imported here, not at the top: only runs that ask for a secret need the package.
    from google.cloud import secretmanager

    client = secretmanager.SecretManagerServiceClient()
    response = client.access_secret_version(request={"name": name})
    return response.payload.data.decode("utf-8").strip()


def load_secret_env(
    environ: MutableMapping[str, str] | None = None,
    access: Callable[[str], str] = access_secret_version,
) -> list[str]:
    """Set NAME from Secret Manager for every NAME_SECRET variable; return the names set.

    `environ` defaults to os.environ, and `access` to the Secret Manager call; tests pass
    their own. A variable that already has a value is left alone, so an explicit setting
    (from the shell or a .env file) always wins over the secret.
    """
    env = os.environ if environ is None else environ
    loaded: list[str] = []
    for key, reference in sorted(env.items()):  # a sorted copy: env changes in the loop
        if not key.endswith(SECRET_SUFFIX) or not reference:
            continue
        name = key.removesuffix(SECRET_SUFFIX)
        if env.get(name):
            continue
        env[name] = access(reference)
        loaded.append(name)
    return loaded


def export_run(run_dir: Path, export_dir: Path) -> Path:
    """Copy a Hydra run folder's files and its .hydra/ configs to export_dir; return the copy.

    The copy is named after the run: outputs/2027-01-13/10-21-07 becomes
    export_dir/2027-01-13_10-21-07. Other subfolders, such as W&B's wandb/, stay behind.
    Files are copied by content only (no permissions or timestamps), which also works on
    a bucket mounted with Cloud Storage FUSE.
    """
    target = export_dir / f"{run_dir.parent.name}_{run_dir.name}"
    sources = [path for path in run_dir.iterdir() if path.is_file()]
    hydra_dir = run_dir / ".hydra"
    if hydra_dir.is_dir():
        sources += [path for path in hydra_dir.iterdir() if path.is_file()]
    for source in sorted(sources):
        destination = target / source.relative_to(run_dir)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
    return target
