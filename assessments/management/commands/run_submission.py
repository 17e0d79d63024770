"""``manage.py run_submission``: run one file in the sandbox and print a JSON verdict."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.sandbox import LANGUAGES, SandboxUnavailable
from assessments.sandbox.report import run_submission_json


class Command(BaseCommand):
    help = "Run a submission in the sandbox and print its verdict as one JSON object."

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            required=True,
            choices=sorted(LANGUAGES),
            help="compiled languages answer CE with the compiler's message when compiling fails",
        )
        parser.add_argument("--source", required=True, type=Path)
        parser.add_argument(
            "--stdin",
            type=Path,
            help="the program's input; for sql, the setup script (schema and data) run first",
        )
        parser.add_argument("--time-limit", type=float, default=2.0)
        parser.add_argument("--memory-mb", type=int, default=256)

    def handle(self, *args, **options):
        source = options["source"].read_text(encoding="utf-8")
        stdin = options["stdin"].read_bytes() if options["stdin"] else b""
        try:
            payload = run_submission_json(
                options["language"],
                source,
                stdin,
                time_limit_s=options["time_limit"],
                memory_mb=options["memory_mb"],
            )
        except (SandboxUnavailable, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(payload, ensure_ascii=False))
