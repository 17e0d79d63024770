"""deploy/ follows the code: timers start real commands, the example lists every variable."""

import re
from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"


def timer_commands() -> dict[str, str]:
    """Timer file name -> the management command its vivier-command@ instance runs."""
    found = {}
    for timer in UNITS.glob("*.timer"):
        unit = re.search(r"^Unit=vivier-command@(\w+)\.service$", timer.read_text(), re.M)
        assert unit, f"{timer.name} does not start a vivier-command@ instance"
        found[timer.name] = unit.group(1)
    return found


def test_every_timer_runs_an_existing_management_command():
    commands = get_commands()
    missing = {timer: name for timer, name in timer_commands().items() if name not in commands}
    assert not missing


def test_every_timer_is_named_after_its_command():
    for timer, command in timer_commands().items():
        assert timer == f"vivier-{command.replace('_', '-')}.timer"


def test_every_periodic_command_of_the_readme_has_a_timer():
    readme = (ROOT / "README.md").read_text()
    table = readme.split("| Command | When | What |", 1)[1].split("\n\n", 1)[0]
    listed = set(re.findall(r"^\| `(\w+)` \|", table, re.M))
    assert listed == set(timer_commands().values())


def test_the_example_env_file_lists_every_variable_the_settings_read():
    source = "".join((ROOT / "config" / name).read_text() for name in ("settings.py", "env.py"))
    read = set(re.findall(r"env_(?:str|bool|int|list|secret)\(\s*\"([A-Z0-9_]+)\"", source))
    assert "DJANGO_SECRET_KEY" in read and "DATABASE_POOL_TIMEOUT" in read
    example = (ROOT / "deploy" / "vivier.env.example").read_text()
    listed = set(re.findall(r"^#?([A-Z0-9_]+?)(?:_FILE)?=", example, re.M))
    assert read <= listed, read - listed
