#!/usr/bin/env python
import os
import shlex
import sys

# Commands for development machines only: when the environment lacks DJANGO_DEBUG, say how to
# run them instead of only what is missing.
DEVELOPMENT_COMMANDS = ("seed_demo", "demo_totp")


def configuration_error(error: Exception, argv: list[str]) -> str:
    """What to print when the settings refuse the environment: the reason, and the way out."""
    lines = [f"Configuration error: {error}"]
    if len(argv) > 1 and argv[1] in DEVELOPMENT_COMMANDS:
        command = " ".join(shlex.quote(arg) for arg in argv[1:])
        lines.append(
            "On a development machine, from the repository root: "
            f"DJANGO_DEBUG=1 .venv/bin/python manage.py {command}"
        )
    else:
        lines.append('See README.md, "Configuration".')
    return "\n".join(lines)


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # reads the environment (config/settings.py)
    except ImproperlyConfigured as error:
        # Django would go on and fail later with a traceback that hides the reason.
        sys.exit(configuration_error(error, sys.argv))
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
