"""Checks that the project is installed and its package can be imported from tests/."""

import importlib
from importlib.metadata import version


def test_package_imports() -> None:
    module = importlib.import_module("{{ cookiecutter.package_name }}")
    assert module.__doc__


def test_project_is_installed() -> None:
    assert version("{{ cookiecutter.project_slug }}") == "0.1.0"
