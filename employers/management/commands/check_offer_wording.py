"""``python manage.py check_offer_wording [--format json|text] < offers.jsonl``.

A thin shell around ``employers.wording.cli.check_jsonl``; see that module for the formats.
"""

import io
import sys

from django.core.management.base import BaseCommand, CommandError

from employers.wording.cli import FORMATS, check_jsonl
from employers.wording.engine import LANGUAGES


class Command(BaseCommand):
    help = (
        "Check job-offer wording for exclusionary or illegal phrases. Reads JSON Lines on stdin, "
        'one {"id", "text", "lang"?} object per line (lang "fr" or "en", detected when missing '
        "or null; blank lines skipped). --format json (default) writes one line per input: "
        '{"id", "findings": [{"category", "severity", "start", "end", "message", '
        '"legal_basis", "suggestion"}]}, offsets in Unicode code points into "text". '
        "--format text prints a readable listing. A bad line (invalid JSON, missing id or "
        "text, text not a string, unknown lang, not UTF-8) is reported on stderr with its line "
        'number, and in json output as {"id", "line", "error"} in its place; the following '
        "lines are still checked and the command exits with status 1 at the end."
    )
    # The processing reads and writes streams only: no database, no system checks needed.
    requires_system_checks = []
    # call_command("check_offer_wording", stdin=io.StringIO(...)) feeds the command in tests.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--format",
            choices=FORMATS,
            default="json",
            help="json: one JSON object per input line (default); text: readable listing.",
        )
        parser.add_argument(
            "--locale",
            choices=LANGUAGES,
            default="fr",
            help="Language of the messages (default fr); the offers' own language is 'lang'.",
        )

    def handle(self, *args, **options):
        lines = options.get("stdin")
        if lines is None:
            # Real stdin: read bytes and decode each line as UTF-8 whatever the locale, so one
            # badly encoded line is reported instead of stopping the whole run.
            lines = sys.stdin.buffer
            for stream in (sys.stdout, sys.stderr):
                if isinstance(stream, io.TextIOWrapper):
                    stream.reconfigure(encoding="utf-8")
        summary = check_jsonl(
            lines, self.stdout, self.stderr, fmt=options["format"], locale=options["locale"]
        )
        if summary.failed:
            raise CommandError(
                f"{summary.failed} of {summary.lines} line(s) could not be checked", returncode=1
            )
