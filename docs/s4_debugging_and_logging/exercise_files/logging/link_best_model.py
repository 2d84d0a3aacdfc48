"""Link the best corrupt_mnist model logged to W&B into the W&B Registry.

Save it as scripts/link_best_model.py and run it from the project root once a few
training runs have logged model artifacts:

    uv run python scripts/link_best_model.py --dry-run           # only show the choice
    uv run python scripts/link_best_model.py --alias staging

It reads every version of the model artifact that train_hydra.py logs, picks the one
with the highest validation accuracy in its metadata, and links that version to the
collection `corrupt-mnist` of your organisation's Models registry, with the aliases you
give. Linking does not copy the files: the registry entry points at the logged version.
The collection is created on the first link.

Linking needs a connection to W&B and a team entity: it does not work offline.
"""

import argparse

import wandb
from dotenv import load_dotenv


def parse_args() -> argparse.Namespace:
    """Read the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entity", help="team that logged the runs (default: yours)")
    parser.add_argument("--project", default="corrupt_mnist")
    parser.add_argument("--artifact", default="corrupt_mnist_model", help="model artifact name")
    parser.add_argument("--metric", default="val_accuracy", help="metadata key to maximise")
    parser.add_argument("--registry", default="model", help="registry name (core: model)")
    parser.add_argument("--collection", default="corrupt-mnist", help="collection in it")
    parser.add_argument(
        "--alias",
        action="append",
        default=[],
        help="alias for the linked version; repeat for several (e.g. --alias staging)",
    )
    parser.add_argument("--dry-run", action="store_true", help="choose, but do not link")
    return parser.parse_args()


def main() -> None:
    """Find the best model version and link it to the registry collection."""
    args = parse_args()
    load_dotenv()  # WANDB_API_KEY from .env, if you keep it there

    api = wandb.Api()
    entity = args.entity or api.default_entity
    source = f"{entity}/{args.project}/{args.artifact}"

    versions = [
        version
        for version in api.artifacts(type_name="model", name=source)
        if args.metric in version.metadata
    ]
    if not versions:
        raise SystemExit(f"No version of {source} has '{args.metric}' in its metadata.")

    best = max(versions, key=lambda version: version.metadata[args.metric])
    print(
        f"Best of {len(versions)} versions: {best.qualified_name} "
        f"with {args.metric} = {best.metadata[args.metric]:.4f}"
    )
    if args.dry_run:
        return

    target_path = f"wandb-registry-{args.registry}/{args.collection}"
    linked = best.link(target_path=target_path, aliases=args.alias)
    print(f"Linked to {linked.qualified_name} with aliases {linked.aliases}")


if __name__ == "__main__":
    main()
