"""List the arguments that a module's Google-style docstrings leave out.

Documentation module: save this as scripts/check_docstrings.py and run it on the modules
that your API reference shows:

    uv run python scripts/check_docstrings.py src/corrupt_mnist/data.py

Ruff's D rules already require a docstring on every public function and check the
arguments of an `Args:` section that exists. They accept a one-line docstring for a
function with three arguments, though, and do not compare a class docstring with the
arguments of `__init__`; the reference page then shows arguments with no word about
them. This script reports:

- a public function, method or class without a docstring;
- an argument that the docstring's `Args:` section does not name (for a class, the
  arguments of `__init__`, which the class docstring documents);
- a name under `Args:` that is not an argument, as after a rename.

It reads the files with Python's `ast` module and imports nothing, so it runs without the
project's dependencies. The exit code is 1 if it found anything, so CI can run it.
"""

import ast
import re
import sys
from pathlib import Path

# The headings that open the arguments section of a Google-style docstring.
ARGS_HEADINGS = {"Args:", "Arguments:", "Parameters:"}
# One entry of that section: `name: text`, `name (type): text`, `*args: text`.
ENTRY = re.compile(r"^\*{0,2}(?P<name>\w+)\s*(\([^)]*\))?\s*:")


def documented_args(docstring: str) -> set[str]:
    """Return the names listed in the `Args:` section of a cleaned docstring.

    Args:
        docstring: A docstring as `ast.get_docstring` returns it, indentation removed.

    Returns:
        The argument names, without leading asterisks; empty if there is no section.
    """
    names: set[str] = set()
    lines = docstring.splitlines()
    for i, line in enumerate(lines):
        if line.strip() not in ARGS_HEADINGS or line != line.lstrip():
            continue
        entry_indent = None
        for body in lines[i + 1 :]:
            if not body.strip():
                continue
            indent = len(body) - len(body.lstrip())
            if indent == 0:
                break  # the next section, such as Returns:, starts at the left margin
            if entry_indent is None:
                entry_indent = indent
            match = ENTRY.match(body.strip())
            if indent == entry_indent and match:
                names.add(match.group("name"))
    return names


def signature_args(function: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> list[str]:
    """Return the argument names a caller passes, in order.

    Args:
        function: The function's node in the syntax tree.
        method: True for a function defined in a class body; its first argument (`self`
            or `cls`) is dropped unless it is a static method.

    Returns:
        The names, with `*args` and `**kwargs` as `args` and `kwargs`.
    """
    arguments = function.args
    names = [a.arg for a in [*arguments.posonlyargs, *arguments.args]]
    decorators = function.decorator_list
    static = any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in decorators)
    if method and not static and names:
        names = names[1:]
    names += [a.arg for a in arguments.kwonlyargs]
    names += [a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None]
    return names


def compare(where: str, name: str, docstring: str | None, args: list[str]) -> list[str]:
    """Compare one object's docstring with its arguments.

    Args:
        where: File and line, for the report.
        name: The object's qualified name inside its module.
        docstring: Its cleaned docstring, or None if it has none.
        args: The argument names its docstring should explain.

    Returns:
        One line per problem found; empty if the docstring is complete.
    """
    if docstring is None:
        return [f"{where}: {name} has no docstring"]
    listed = documented_args(docstring)
    missing = [arg for arg in args if arg not in listed]
    problems = [f"{where}: {name}: `{arg}` is not documented under Args:" for arg in missing]
    problems += [
        f"{where}: {name}: Args: lists `{extra}`, which is not an argument"
        for extra in sorted(listed - set(args))
    ]
    return problems


def is_public(name: str) -> bool:
    """Return whether a name belongs in the API reference.

    Args:
        name: A function, class or method name.

    Returns:
        True unless the name starts with an underscore (private, or a dunder method).
    """
    return not name.startswith("_")


def check_file(path: Path) -> tuple[int, list[str]]:
    """Check the public functions, classes and methods at the top level of one file.

    Args:
        path: A Python source file.

    Returns:
        How many objects were checked, and the problems found.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)
    checked, problems = 0, []
    for node in tree.body:
        if isinstance(node, functions) and is_public(node.name):
            checked += 1
            args = signature_args(node, method=False)
            problems += compare(f"{path}:{node.lineno}", node.name, ast.get_docstring(node), args)
        elif isinstance(node, ast.ClassDef) and is_public(node.name):
            checked += 1
            init = next(
                (n for n in node.body if isinstance(n, functions) and n.name == "__init__"), None
            )
            args = signature_args(init, method=True) if init else []
            problems += compare(f"{path}:{node.lineno}", node.name, ast.get_docstring(node), args)
            for member in node.body:
                if isinstance(member, functions) and is_public(member.name):
                    checked += 1
                    args = signature_args(member, method=True)
                    where, name = f"{path}:{member.lineno}", f"{node.name}.{member.name}"
                    problems += compare(where, name, ast.get_docstring(member), args)
    return checked, problems


def main(paths: list[str]) -> int:
    """Check every file given on the command line and print a report.

    Args:
        paths: Paths of Python files.

    Returns:
        The exit code: 0 if every docstring is complete, 1 if not, 2 without files.
    """
    if not paths:
        print("usage: python check_docstrings.py FILE.py [FILE.py ...]")
        return 2
    total, problems = 0, []
    for path in paths:
        checked, found = check_file(Path(path))
        total += checked
        problems += found
    for problem in problems:
        print(problem)
    noun = "problem" if len(problems) == 1 else "problems"
    print(f"{total} public objects checked, {len(problems)} {noun}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
