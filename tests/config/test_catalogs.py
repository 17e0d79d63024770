"""The English catalog translates every string: a fuzzy entry (which gettext ignores) or an
empty translation leaves French on an English page. makemessages marks a changed string fuzzy
with a guess taken from a neighbour (« Temps supplémentaire » was guessed as "No extra time")."""

import re
from pathlib import Path

CATALOG = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES" / "django.po"


def _entries() -> list[str]:
    text = CATALOG.read_text(encoding="utf-8")
    entries = [entry for entry in text.split("\n\n") if "msgid" in entry]
    return [e for e in entries[1:] if not e.lstrip().startswith("#~")]  # header, obsolete


def test_no_entry_of_the_english_catalog_is_fuzzy():
    fuzzy = [entry for entry in _entries() if re.search(r"^#,.*\bfuzzy\b", entry, re.M)]
    assert fuzzy == []


def test_every_entry_of_the_english_catalog_is_translated():
    empty = [
        entry for entry in _entries() if re.search(r'^msgstr(?:\[\d\])? ""$(?!\n")', entry, re.M)
    ]
    assert empty == []
