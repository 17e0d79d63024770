"""``python manage.py redact_text < in.jsonl > out.jsonl`` — see candidates.redaction.cli."""

import sys

from django.core.management.base import BaseCommand

from candidates.redaction.cli import redact_jsonl


class Command(BaseCommand):
    help = (
        "Redact candidates' free texts. Reads JSON Lines on stdin "
        '({"id","lang","kind","identity","text"}) and writes {"id","text"} lines on stdout.'
    )

    # call_command("redact_text", stdin=io.StringIO(...)) feeds the command in tests.
    stealth_options = ("stdin",)

    def handle(self, *args, **options):
        redact_jsonl(options.get("stdin") or sys.stdin, self.stdout)
