"""Report which Python is running and which packages its environment holds.

Run it with different interpreters to see that every environment is separate:

    uv run env_report.py                 # the project's environment
    uv run env_report.py numpy pytest    # only the packages you name
    python3 env_report.py                # whatever python3 is on your PATH

Only the standard library is used, so it runs in any environment.
"""

import re
import sys
from importlib import metadata


def normalise(name: str) -> str:
    """Normalise a package name the way installers compare names.

    `Pillow`, `pillow` and `PILLOW` are the same package, and so are
    `typing_extensions` and `typing-extensions`.
    """
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_packages() -> dict[str, str]:
    """Map the normalised name of every installed distribution to its version."""
    packages: dict[str, str] = {}
    for dist in metadata.distributions():
        name = dist.metadata.get("Name")
        if name:
            packages[normalise(name)] = dist.version
    return dict(sorted(packages.items()))


def in_virtual_environment() -> bool:
    """A virtual environment has its own prefix but borrows a base interpreter."""
    return sys.prefix != sys.base_prefix


def report(wanted: list[str]) -> str:
    """Build the report: the interpreter first, then the packages."""
    packages = installed_packages()
    lines = [
        f"python      {sys.version.split()[0]}",
        f"executable  {sys.executable}",
        f"prefix      {sys.prefix}",
        f"virtualenv  {'yes' if in_virtual_environment() else 'no'}",
        f"packages    {len(packages)} installed",
    ]
    if wanted:
        names = [normalise(name) for name in wanted]
    else:
        names = list(packages)
    width = max((len(name) for name in names), default=0)
    for name in names:
        version = packages.get(name, "not installed")
        lines.append(f"  {name:<{width}}  {version}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(sys.argv[1:]))
