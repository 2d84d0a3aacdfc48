"""Cookiecutter runs this file inside the new project, right after rendering the template.

The file is rendered with Jinja like every other file, so cookiecutter values can appear
inside strings.
"""

from pathlib import Path

# Git does not store empty folders, so a template cannot ship them. Create them here.
FOLDERS = [
    "configs",
    "data/processed",
    "data/raw",
    "dockerfiles",
    "models",
    "notebooks",
    "reports/figures",
]

for folder in FOLDERS:
    Path(folder).mkdir(parents=True, exist_ok=True)

# The course website turns every .md file into a page, so our README travels as README.txt.
# A template that holds README.md directly skips this step.
readme = Path("README.txt")
if readme.exists():
    readme.rename("README.md")

print("Created {{ cookiecutter.project_slug }}. Next: cd into it and run uv sync.")
