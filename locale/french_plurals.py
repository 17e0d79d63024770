"""Keeps only the plural entries of the French catalog, each translated by itself.

French is Vivier's source language, so a French catalog exists for one reason: for a message that
no catalog holds, gettext counts like English (singular for 1 only) and shows « 0 offres »; French
takes the singular for 0 and 1 (« 0 offre »). The entries kept here carry French's plural rule.
`make messages` runs `makemessages -l fr`, then this script on locale/fr/LC_MESSAGES/django.po.
"""

import re
import sys
from pathlib import Path

HEADER_COMMENT = [
    "# The plural forms of Vivier's French messages (French is the source language).",
    "# Made by `make messages` with locale/french_plurals.py: do not edit by hand.",
]
PLURAL_FORMS = '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"'
KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) ")


def fields(block: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The comment lines of an entry, and each keyword's string lines."""
    comments, values, current = [], {}, None
    for line in block:
        match = KEYWORD.match(line)
        if match:
            current = match.group(1)
            values[current] = [line[match.end() :]]
        elif line.startswith('"') and current:
            values[current].append(line)
        elif line.startswith("#"):
            comments.append(line)
    return comments, values


def french_plurals(text: str) -> str:
    blocks = [block.splitlines() for block in re.split(r"\n\s*\n", text.strip())]
    header, entries = blocks[0], []
    header = [line for line in header if not line.startswith("#")]
    header = [line for line in header if "Plural-Forms" not in line]
    header = [line.replace("PACKAGE VERSION", "Vivier") for line in header]
    header = [line.replace('"Language: \\n"', '"Language: fr\\n"') for line in header]
    header.append(PLURAL_FORMS)
    for block in blocks[1:]:
        comments, values = fields(block)
        if "msgid_plural" not in values or all(line.startswith("#~") for line in block):
            continue
        entry = [line for line in comments if not line.startswith("#,")]
        if "msgctxt" in values:
            entry += _keyword("msgctxt", values["msgctxt"])
        entry += _keyword("msgid", values["msgid"])
        entry += _keyword("msgid_plural", values["msgid_plural"])
        entry += _keyword("msgstr[0]", values["msgid"])
        entry += _keyword("msgstr[1]", values["msgid_plural"])
        entries.append(entry)
    blocks = [HEADER_COMMENT + header, *entries]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _keyword(keyword: str, lines: list[str]) -> list[str]:
    return [f"{keyword} {lines[0]}", *lines[1:]]


if __name__ == "__main__":
    path = Path(sys.argv[1])
    path.write_text(french_plurals(path.read_text(encoding="utf-8")), encoding="utf-8")
