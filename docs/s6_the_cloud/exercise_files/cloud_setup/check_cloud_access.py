"""Check that your code can reach your Google Cloud project.

Save it as scripts/check_cloud_access.py in the corrupt_mnist project. It finds
credentials the way every Google client library does (Application Default
Credentials), says whose they are and which project they point at, and lists the
project's Cloud Storage buckets.

Run it without adding a dependency to the project (uv fetches the client library
into a throwaway environment):

    uv run --no-project --with google-cloud-storage python scripts/check_cloud_access.py

Exit codes: 0 all good, 1 no credentials or no project, 2 the identity lacks a
permission.
"""

import argparse
import sys

import google.auth
from google.api_core import exceptions as api_exceptions
from google.auth import exceptions as auth_exceptions
from google.auth.credentials import Credentials
from google.cloud import storage


def describe_identity(credentials: Credentials) -> str:
    """Say in a few words whose credentials these are."""
    kind = f"{type(credentials).__module__}.{type(credentials).__name__}"
    # Service account keys, impersonation and workload identity federation all
    # end in a service account, and their credentials know its email address.
    email = getattr(credentials, "service_account_email", None)
    if email:
        return f"{kind}, acting as service account {email}"
    # User credentials from `gcloud auth application-default login`.
    account = getattr(credentials, "account", "")
    return f"{kind}, acting as user {account or '(your Google account)'}"


def main(argv: list[str] | None = None) -> int:
    """Print who the credentials belong to and the buckets they can list."""
    parser = argparse.ArgumentParser(
        description="Check that your code can reach your Google Cloud project."
    )
    parser.add_argument("--project", help="project ID (default: the one ADC reports)")
    parser.add_argument(
        "--identity-only",
        action="store_true",
        help="stop after printing the identity; do not call Cloud Storage",
    )
    args = parser.parse_args(argv)

    try:
        credentials, adc_project = google.auth.default()
    except auth_exceptions.DefaultCredentialsError:
        print(
            "No Application Default Credentials found.\n"
            "On your laptop, run: gcloud auth application-default login",
            file=sys.stderr,
        )
        return 1

    project = args.project or adc_project
    print(f"Credentials: {describe_identity(credentials)}")
    if not project:
        print(
            "No project found. Run `gcloud config set project PROJECT_ID` or pass --project.",
            file=sys.stderr,
        )
        return 1
    print(f"Project:     {project}")
    if args.identity_only:
        return 0

    client = storage.Client(project=project, credentials=credentials)
    try:
        names = [bucket.name for bucket in client.list_buckets()]
    except api_exceptions.Forbidden as error:
        print(f"Permission denied: {error.message}", file=sys.stderr)
        return 2

    print(f"Buckets:     {len(names)}")
    for name in names:
        print(f"  gs://{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
