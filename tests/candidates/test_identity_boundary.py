"""Anonymity by construction: outside the candidate's own pages and the single door
(`candidates/identity.py`), no module of Vivier reaches identity data."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = [
    "accounts",
    "advisers",
    "assessments",
    "broadcasting",
    "candidates",
    "config",
    "demo",
    "employers",
    "fairness",
    "interviews",
    "shortlists",
]

# Modules allowed to touch identity: the model itself, the single door, and the candidate's
# own self-service (a candidate sees their own data), plus the demo loader.
ALLOWED = {
    "candidates/models.py",
    "candidates/identity.py",
    "candidates/services.py",
    "candidates/data_export.py",
    "candidates/views.py",
    "candidates/forms.py",
    "candidates/stages.py",
    "demo/data.py",
}

FORBIDDEN_LOOKUPS = ("identity__", "candidate__user", "candidate__identity")


def is_identity_lookup(name: str) -> bool:
    return name == "identity" or name.startswith(FORBIDDEN_LOOKUPS)


def python_modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or "/redaction/" in relative:
                continue
            yield relative, path


def identity_references(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "candidates.models":
            found += [f"imports {a.name}" for a in node.names if a.name == "Identity"]
        elif isinstance(node, ast.Attribute) and node.attr == "identity":
            found.append(f"line {node.lineno}: .identity")
        elif (
            isinstance(node, ast.Attribute)
            and node.attr == "user"
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "candidate"
        ):
            found.append(f"line {node.lineno}: .candidate.user")
        elif isinstance(node, ast.keyword) and node.arg and is_identity_lookup(node.arg):
            found.append(f"line {node.value.lineno}: lookup {node.arg}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if "__" in node.value and is_identity_lookup(node.value):
                found.append(f"line {node.lineno}: lookup {node.value!r}")
    return found


@pytest.mark.parametrize(("relative", "path"), list(python_modules()), ids=lambda v: str(v))
def test_module_does_not_reach_identity_data(relative, path):
    if relative in ALLOWED:
        return
    references = identity_references(ast.parse(path.read_text(), filename=relative))
    assert not references, (
        f"{relative} reaches candidate identity ({references}); go through "
        "candidates.identity (reveal_identity or redact_for_reviewers) instead."
    )


def test_the_checker_catches_a_forbidden_access():
    tree = ast.parse("name = application.candidate.identity.last_name\n")
    assert identity_references(tree)


def test_the_checker_catches_a_forbidden_lookup():
    tree = ast.parse("Application.objects.filter(candidate__user__email='x')\n")
    assert identity_references(tree)
