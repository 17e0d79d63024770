"""Anonymity by construction: outside the candidate's own pages and the single door
(`candidates/identity.py`), no module of Vivier reaches identity data."""

import ast
import re
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model

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


# -- what prints a person ---------------------------------------------------------------------
#
# A user object printed in a page is `str(user)`: whatever it returns reaches every reader of
# the page. Pages print a chosen attribute instead (`name_for_colleagues`, `actor_label`), so
# that nobody prints a candidate's account by accident (`{{ entry.actor }}` named candidates in
# the employer's audit log). And no `__str__` returns an identity field.

IDENTITY_FIELDS = {
    "email",
    "first_name",
    "last_name",
    "phone",
    "address",
    "postcode",
    "city",
    "birth_year",
}
# The signed-in person's own account pages (allauth) are not pages about somebody else.
OWN_ACCOUNT_TEMPLATES = ("templates/allauth/",)
VARIABLE = re.compile(r"{{\s*(.*?)\s*}}", re.DOTALL)
BLOCK_WITH = re.compile(r"{%\s*(?:blocktranslate|blocktrans|with)\b(.*?)%}", re.DOTALL)
ASSIGNMENT = re.compile(r"\w+\s*=\s*([^\s]+)")


def user_attributes() -> set[str]:
    """Names under which a model holds a user (`actor`, `decided_by`…), and `user` itself."""
    names = {"user"}
    user_model = get_user_model()
    for model in django_apps.get_models():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is user_model:
                names.add(field.name)
    return names


def printed_expressions(source: str) -> list[str]:
    """Every expression a template prints: `{{ … }}`, filter arguments, and the values of
    `blocktranslate with` and `with`."""
    expressions = []
    for match in VARIABLE.finditer(source):
        expressions.append(match[1])
    for match in BLOCK_WITH.finditer(source):
        expressions += ASSIGNMENT.findall(match[1])
    printed = []
    for expression in expressions:
        main, *filters = expression.split("|")
        printed.append(main.strip())
        printed += [f.split(":", 1)[1].strip() for f in filters if ":" in f]
    return [p for p in printed if p and not p.startswith(("'", '"'))]


def users_printed(source: str, names: set[str]) -> list[str]:
    return [p for p in printed_expressions(source) if p.split(".")[-1] in names]


def templates():
    for folder in [ROOT / "templates", *(ROOT / app / "templates" for app in APPS)]:
        for path in sorted(folder.rglob("*.html")):
            relative = path.relative_to(ROOT).as_posix()
            if not relative.startswith(OWN_ACCOUNT_TEMPLATES):
                yield relative, path


@pytest.mark.parametrize(("relative", "path"), list(templates()), ids=lambda v: str(v))
def test_template_prints_no_user_object(relative, path):
    printed = users_printed(path.read_text(), user_attributes())
    assert not printed, (
        f"{relative} prints a user ({printed}): str() of an account may be a candidate's; "
        "print a chosen attribute such as `.name_for_colleagues` or the entry's `actor_label`."
    )


def identity_returned_by_str(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "__str__":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Attribute) and inner.attr in IDENTITY_FIELDS:
                    found.append(f"line {inner.lineno}: __str__ uses .{inner.attr}")
    return found


@pytest.mark.parametrize(("relative", "path"), list(python_modules()), ids=lambda v: str(v))
def test_no_str_returns_an_identity_field(relative, path):
    found = identity_returned_by_str(ast.parse(path.read_text(), filename=relative))
    assert not found, f"{relative}: {found}"


def test_the_template_checker_catches_a_printed_actor():
    names = user_attributes()
    assert {"actor", "user", "decided_by"} <= names
    assert users_printed("<td>{{ entry.actor|default:'—' }}</td>", names)
    assert users_printed("{% blocktranslate with who=offer.wording_reviewed_by %}", names)
    assert users_printed("{{ x|default:application.candidate.user }}", names)
    assert not users_printed("<td>{{ entry.actor_label }} {{ member.name_for_colleagues }}", names)


def test_the_str_checker_catches_an_email():
    tree = ast.parse(
        "class User:\n    def __str__(self):\n        return self.display_name or self.email\n"
    )
    assert identity_returned_by_str(tree)
