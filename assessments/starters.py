"""Starter code speaks the candidate's interface language.

The library's starter files (``library/exercises/<slug>/starter.<ext>``) are written in French,
some with the English line under the French one (« # Écrivez votre solution ici. » then
« # Write your solution here. »). Shown as stored, an English interface showed French comments
and a French one showed English ones. The fix is for the whole class of text, not per file:
every sentence a starter may hold is a msgid here (French, translated in ``locale/en``), and
``localize`` rewrites a starter into one language at display: each known sentence becomes the
interface's, and a line that then repeats the line above it (the other language's twin) goes.

The files are not changed (their content is part of each exercise version's hash: changing
them would make a new version of every exercise taken). ``tests/assessments/test_starters.py``
fails when a starter file holds a comment that is not one of these sentences.

The starter of an employer's exercise (``default_starter``) is built from the same sentences.
"""

from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as _

# Every sentence of a starter file, in French, as written in the files. The English of the
# bilingual files is their translation in locale/en, so that both lines meet as one.
SENTENCES = (
    _("Écrivez votre solution ici."),
    _("À vous : calculez et affichez la réponse avec print(...)"),
    _("À vous : calculez et affichez la réponse avec console.log(...)"),
    _("À vous : calculez la réponse et affichez-la avec proc.stdout.write(...)"),
    _("À vous : calculez et affichez la réponse avec echo"),
    _("À vous : lisez les lignes avec in.readLine() et affichez avec System.out.println(...)"),
    _("À vous : lisez l'entrée avec scanf / fgets et affichez avec printf"),
    _("À vous : lisez l'entrée avec std::cin / std::getline et affichez avec std::cout"),
    _("À vous : traitez chaque ligne"),
    _(
        "À vous : lisez l'entrée standard (while read -r ligne; do ...; done, ou awk, grep, "
        "sort...)"
    ),
    _("À vous : écrivez une requête SELECT sur les tables décrites dans l'énoncé."),
    _("À vous : écrivez votre requête SELECT."),
    # Not a comment: the value the SQL starter's placeholder query prints.
    _("à compléter"),
)


def _forms() -> dict[str, dict[str, str]]:
    """{language: {sentence in any language: the sentence in that language}}."""
    with translation.override("en"):
        pairs = [(sentence, gettext(sentence)) for sentence in SENTENCES]
    return {
        "fr": {**{en: fr for fr, en in pairs}, **{fr: fr for fr, _en in pairs}},
        "en": {**{fr: en for fr, en in pairs}, **{en: en for _fr, en in pairs}},
    }


def localize(code: str, language: str) -> str:
    """``code`` with each known sentence in ``language`` ("fr" or "en"), and the twin line of a
    bilingual pair dropped. Unknown text (the candidate's, code) is left as it is."""
    forms = _forms().get(language)
    if not code or forms is None:
        return code
    # Longest first: no sentence is cut by a shorter one it contains.
    known = sorted(forms, key=len, reverse=True)
    lines: list[str] = []
    previous_translated = False
    for line in code.splitlines(keepends=True):
        new = line
        for sentence in known:
            if sentence in new:
                new = new.replace(sentence, forms[sentence])
        translated = new != line or any(sentence in line for sentence in forms)
        if lines and translated and previous_translated and new == lines[-1]:
            continue  # the other language's twin of the line above
        lines.append(new)
        previous_translated = translated
    return "".join(lines)


# The starter of an employer's exercise, per language: reading the input, and a comment.
DEFAULT_STARTERS = {
    "python": (
        "import sys\n\n\ndef main():\n    data = sys.stdin.read()\n"
        "    # À vous : calculez et affichez la réponse avec print(...)\n\n\nmain()\n"
    ),
    "javascript": (
        'const data = require("fs").readFileSync(0, "utf8");\n'
        "// À vous : calculez et affichez la réponse avec console.log(...)\n"
    ),
    "typescript": (
        "const proc: any = (globalThis as any).process;\n"
        'let data = "";\n'
        'proc.stdin.setEncoding("utf8");\n'
        'proc.stdin.on("data", (chunk: string) => { data += chunk; });\n'
        'proc.stdin.on("end", () => {\n'
        "  // À vous : calculez la réponse et affichez-la avec proc.stdout.write(...)\n"
        "});\n"
    ),
    "java": (
        "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n"
        "    public static void main(String[] args) throws IOException {\n"
        "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
        "        // À vous : lisez les lignes avec in.readLine() et affichez avec "
        "System.out.println(...)\n"
        "    }\n}\n"
    ),
    "php": (
        "<?php\n$data = stream_get_contents(STDIN);\n"
        "// À vous : calculez et affichez la réponse avec echo\n"
    ),
    "c": (
        "#include <stdio.h>\n\nint main(void) {\n"
        "    /* À vous : lisez l'entrée avec scanf / fgets et affichez avec printf */\n"
        "    return 0;\n}\n"
    ),
    "cpp": (
        "#include <iostream>\n#include <string>\n\nint main() {\n"
        "    std::ios::sync_with_stdio(false);\n"
        "    // À vous : lisez l'entrée avec std::cin / std::getline et affichez avec std::cout\n"
        "    return 0;\n}\n"
    ),
    "go": (
        'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n'
        "\tin := bufio.NewScanner(os.Stdin)\n\tout := bufio.NewWriter(os.Stdout)\n"
        "\tdefer out.Flush()\n\tfor in.Scan() {\n"
        "\t\t_ = in.Text() // À vous : traitez chaque ligne\n\t}\n"
        '\tfmt.Fprint(out, "")\n}\n'
    ),
    "bash": (
        "#!/bin/bash\n# À vous : lisez l'entrée standard (while read -r ligne; do ...; done, "
        "ou awk, grep, sort...)\n"
    ),
    "sql": "-- À vous : écrivez votre requête SELECT.\nSELECT 'à compléter';\n",
}


def default_starter(language: str) -> str:
    """The starter code of an employer's exercise in ``language`` (French: ``localize`` shows
    it in the candidate's language)."""
    return DEFAULT_STARTERS.get(language, "")
