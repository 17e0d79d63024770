"""The apps stand in layers and import downwards only; the pure engines import neither Django
nor the apps. The contracts live in pyproject.toml ([tool.importlinter]) and `make lint` runs
them too; here they are part of the suite, and shown to catch an upward import."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
APPS = [
    "config", "demo", "advisers", "fairness", "broadcasting", "shortlists", "assessments",
    "interviews", "candidates", "employers", "accounts", "territories", "core",
]  # fmt: skip


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_apps_keep_their_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def copy_of_the_project(tmp_path: Path) -> Path:
    for app in APPS:
        shutil.copytree(ROOT / app, tmp_path / app, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_an_upward_import_breaks_the_layers(tmp_path):
    root = copy_of_the_project(tmp_path)
    with (root / "accounts" / "enums.py").open("a") as module:
        module.write("\nfrom shortlists.models import SelectionPolicy  # noqa\n")
    result = lint_imports(root)
    assert result.returncode != 0
    assert "accounts.enums -> shortlists.models" in result.stdout


def test_an_engine_importing_django_breaks_its_contract(tmp_path):
    root = copy_of_the_project(tmp_path)
    with (root / "candidates" / "redaction" / "__init__.py").open("a") as module:
        module.write("\nimport django.db  # noqa\n")
    result = lint_imports(root)
    assert result.returncode != 0
    assert "candidates.redaction" in result.stdout


def test_every_app_keeps_its_views_in_one_place():
    """A `views.py`, or a `views/` package once it grows: never both, never `views_*.py` or
    `*_views.py` beside them (a shared module of views for other apps, such as
    `employers/team_views.py`, is named for what it shares and imported by their views)."""
    shared = {ROOT / "employers" / "team_views.py"}
    for app in APPS:
        folder = ROOT / app
        module, package = folder / "views.py", folder / "views"
        assert not (module.exists() and package.is_dir()), app
        strays = {
            path
            for path in folder.glob("*.py")
            if path.stem.startswith("views_") or path.stem.endswith("_views")
        } - shared
        assert not strays, sorted(str(p.relative_to(ROOT)) for p in strays)
