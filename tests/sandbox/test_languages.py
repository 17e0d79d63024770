"""Every language through ``manage.py run_submission``: hello world, a sum read from stdin, an
endless loop (TLE), reading /etc/shadow (nothing shown), and CE for a syntax error in the
compiled ones. One test per language: each checks its cases in turn (a compiled language
compiles once per case, as a run from the command line does)."""

import dataclasses
import json
from dataclasses import dataclass
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from assessments.sandbox import (
    LANGUAGES,
    LanguageNotInstalled,
    Sandbox,
    SandboxConfig,
    SandboxUnavailable,
    Verdict,
    run_many,
)

pytestmark = pytest.mark.sandbox


@dataclass(frozen=True)
class Programs:
    hello: str
    sum: str  # prints the sum of the two integers on stdin
    loop: str  # never ends
    shadow: str  # prints /etc/shadow
    syntax_error: str | None = None  # compiled languages: answered CE


PROGRAMS = {
    "python": Programs(
        hello="print('Hello, world!')",
        sum="a, b = map(int, input().split())\nprint(a + b)",
        loop="while True:\n    pass",
        shadow="print(open('/etc/shadow').read())",
    ),
    "javascript": Programs(
        hello="console.log('Hello, world!');",
        sum="const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/)"
        ".map(Number);\nconsole.log(a + b);",
        loop="for (;;) {}",
        shadow="console.log(require('fs').readFileSync('/etc/shadow', 'utf8'));",
    ),
    "typescript": Programs(
        hello="const greeting: string = 'Hello, world!';\nconsole.log(greeting);",
        sum="const [a, b]: number[] = require('fs').readFileSync(0, 'utf8').trim()"
        ".split(/\\s+/).map(Number);\nconsole.log(a + b);",
        loop="let n: number = 0;\nwhile (true) { n++; }",
        shadow="import * as fs from 'fs';\nconsole.log(fs.readFileSync('/etc/shadow', 'utf8'));",
        syntax_error="const n: number = 'not a number';\nconsole.log(n",
    ),
    "java": Programs(
        hello="public class Main {\n  public static void main(String[] a) {\n"
        '    System.out.println("Hello, world!");\n  }\n}',
        sum="import java.util.Scanner;\npublic class Main {\n"
        "  public static void main(String[] a) {\n    Scanner in = new Scanner(System.in);\n"
        "    System.out.println(in.nextLong() + in.nextLong());\n  }\n}",
        loop="public class Main {\n  public static void main(String[] a) {\n"
        "    long n = 0;\n    while (true) { n++; }\n  }\n}",
        shadow="import java.nio.file.*;\npublic class Main {\n"
        "  public static void main(String[] a) throws Exception {\n"
        '    System.out.println(Files.readString(Path.of("/etc/shadow")));\n  }\n}',
        syntax_error="public class Main {\n  public static void main(String[] a) {\n"
        '    System.out.println("missing semicolon")\n  }\n}',
    ),
    "php": Programs(
        hello='<?php\necho "Hello, world!\\n";',
        sum="<?php\n[$a, $b] = array_map('intval', preg_split('/\\s+/', trim(fgets(STDIN))));"
        '\necho $a + $b, "\\n";',
        loop="<?php\nwhile (true) {}",
        shadow="<?php\n$text = file_get_contents('/etc/shadow');\n"
        "if ($text === false) { exit(1); }\necho $text;",
    ),
    "c": Programs(
        hello='#include <stdio.h>\nint main(void) { puts("Hello, world!"); return 0; }',
        sum='#include <stdio.h>\nint main(void) {\n  long a, b;\n  scanf("%ld %ld", &a, &b);\n'
        '  printf("%ld\\n", a + b);\n  return 0;\n}',
        loop="int main(void) { volatile long n = 0; for (;;) n++; }",
        shadow='#include <stdio.h>\nint main(void) {\n  FILE *f = fopen("/etc/shadow", "r");\n'
        '  int c;\n  if (!f) { perror("fopen"); return 1; }\n'
        "  while ((c = fgetc(f)) != EOF) putchar(c);\n  return 0;\n}",
        syntax_error="int main(void) { return 0 }",
    ),
    "cpp": Programs(
        hello='#include <iostream>\nint main() { std::cout << "Hello, world!" << std::endl; }',
        sum="#include <iostream>\nint main() {\n  long a, b;\n  std::cin >> a >> b;\n"
        "  std::cout << a + b << std::endl;\n}",
        loop="int main() { volatile long n = 0; for (;;) n++; }",
        shadow="#include <fstream>\n#include <iostream>\nint main() {\n"
        '  std::ifstream f("/etc/shadow");\n  if (!f) { std::cerr << "cannot open"; return 1; }\n'
        "  std::cout << f.rdbuf();\n}",
        syntax_error="#include <vector>\nint main() { std::vector<int> v = {1, 2; }",
    ),
    "go": Programs(
        hello='package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("Hello, world!") }',
        sum='package main\n\nimport "fmt"\n\nfunc main() {\n\tvar a, b int64\n'
        "\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}",
        loop="package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}",
        shadow='package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n'
        '\tdata, err := os.ReadFile("/etc/shadow")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n'
        "\tfmt.Print(string(data))\n}",
        syntax_error='package main\n\nfunc main() {\n\tfmt.Println("no import"\n}',
    ),
    "bash": Programs(
        hello="echo 'Hello, world!'",
        sum="read -r a b\necho $((a + b))",
        loop="while :; do :; done",
        shadow="cat /etc/shadow",
    ),
    "sql": Programs(
        hello="SELECT 'Hello, world!';",
        # For sql, stdin is the setup script run before the query (see below).
        sum="SELECT a + b FROM input;",
        loop="WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)\n"
        "SELECT count(*) FROM n;",
        shadow="SELECT readfile('/etc/shadow');",
    ),
}
SUM_STDIN = {"sql": "CREATE TABLE input (a INTEGER, b INTEGER);\nINSERT INTO input VALUES (2, 40);"}
COMPILED = {"typescript", "java", "c", "cpp", "go"}


def run_submission(tmp_path, language, source, stdin="", time_limit=2.0) -> dict:
    (tmp_path / "source").write_text(source, encoding="utf-8")
    (tmp_path / "stdin").write_text(stdin, encoding="utf-8")
    out = StringIO()
    call_command(
        "run_submission",
        language=language,
        source=tmp_path / "source",
        stdin=tmp_path / "stdin",
        time_limit=time_limit,
        stdout=out,
    )
    return json.loads(out.getvalue())


def test_the_ten_languages_and_only_them(tmp_path):
    assert set(PROGRAMS) == set(LANGUAGES)
    assert {key for key, lang in LANGUAGES.items() if lang.compiled} == COMPILED
    (tmp_path / "main.cob").write_text("DISPLAY 'HELLO'.")
    with pytest.raises(CommandError, match="invalid choice: 'cobol'"):
        call_command("run_submission", language="cobol", source=tmp_path / "main.cob")


@pytest.mark.parametrize("language", sorted(PROGRAMS))
def test_language_answers_through_run_submission(tmp_path, language):
    programs = PROGRAMS[language]

    hello = run_submission(tmp_path, language, programs.hello)
    assert (hello["verdict"], hello["stdout"], hello["exit_code"]) == ("OK", "Hello, world!\n", 0)

    total = run_submission(tmp_path, language, programs.sum, SUM_STDIN.get(language, "2 40\n"))
    assert (total["verdict"], total["stdout"].strip()) == ("OK", "42")

    loop = run_submission(tmp_path, language, programs.loop, time_limit=1.0)
    assert loop["verdict"] == "TLE"

    shadow = run_submission(tmp_path, language, programs.shadow)
    assert shadow["verdict"] == "RE"  # the sandbox has no /etc/shadow, nor any of /etc
    assert "root:" not in shadow["stdout"] + shadow["stderr"]

    if language in COMPILED:
        broken = run_submission(tmp_path, language, programs.syntax_error)
        assert broken["verdict"] == "CE"
        assert broken["stdout"] == ""
        assert "error" in broken["stderr"].lower()
        assert "/box/" not in broken["stderr"]  # names the file as the candidate wrote it


def test_missing_toolchain_is_a_clear_error_not_a_crash(tmp_path):
    elsewhere = dataclasses.replace(
        LANGUAGES["go"], compile=("/opt/no-such-go/bin/go", "build", "{source}"), requires=()
    )
    with Sandbox(SandboxConfig(slot_wait_s=30), languages={"go": elsewhere}) as box:
        with pytest.raises(LanguageNotInstalled, match="not installed on this server") as error:
            box.run("go", PROGRAMS["go"].hello)
    assert "/opt/no-such-go/bin/go" in str(error.value)
    assert "golang-go" in str(error.value)  # the Debian package to install
    assert isinstance(error.value, SandboxUnavailable)  # grading postpones, as for bwrap


def test_run_many_answers_each_input_in_order_and_ce_for_all():
    results = run_many("c", PROGRAMS["c"].sum, ["1 2\n", "40 2\n", "x\n"])
    assert [r.stdout.strip() for r in results[:2]] == ["3", "42"]
    assert all(r.verdict is Verdict.OK for r in results)
    broken = run_many("c", PROGRAMS["c"].syntax_error, ["1 2\n", "3 4\n"])
    assert [r.verdict for r in broken] == [Verdict.CE, Verdict.CE]


def test_memory_of_a_compiled_program_is_its_own_not_the_compilers(sandbox):
    """What the compile step left in the page cache (here a 32 MB binary it wrote) stays
    charged to the slot's cgroup: the program, which touches one page of it, must not be
    reported with that memory."""
    code = "char big[32 << 20] = {1};\nint main(void) { return big[0] - 1; }"
    result = sandbox.run("c", code)
    assert result.verdict is Verdict.OK
    assert 0 < result.memory_kb < 16 * 1024


def test_a_source_compiled_once_is_not_compiled_again_for_its_next_runs(tmp_path):
    """Grading runs a submission once per hidden test: the second run of the same source reuses
    what its compile step produced; another source is compiled. The compile step here stamps its
    output with the time it ran."""
    stamped = dataclasses.replace(
        LANGUAGES["c"],
        compile=("/usr/bin/sh", "-c", "date +%s%N > {box}/stamp && cp {source} {box}/main"),
        run=("/usr/bin/sh", "-c", "cat {box}/stamp; sh {box}/main"),
        requires=(),
    )
    with Sandbox(SandboxConfig(slot_wait_s=30), languages={"c": stamped}) as box:
        first, again = (box.run("c", "echo one") for _ in range(2))
        other = box.run("c", "echo two")
        assert [r.verdict for r in (first, again, other)] == [Verdict.OK] * 3
        assert first.stdout.endswith("one\n") and other.stdout.endswith("two\n")
        assert again.stdout == first.stdout  # the same stamp: compiled once
        assert other.stdout.split()[0] != first.stdout.split()[0]
        broken = dataclasses.replace(stamped, compile=("/usr/bin/sh", "-c", "exit 1"))
    with Sandbox(SandboxConfig(slot_wait_s=30), languages={"c": broken}) as box:
        # A kept compilation belongs to its Sandbox; a compile error is never kept.
        assert [box.run("c", "echo one").verdict for _ in range(2)] == [Verdict.CE] * 2


def test_bash_answers_may_use_awk_and_sed_which_debian_reaches_through_alternatives(tmp_path):
    """/usr/bin/awk is a link into /etc/alternatives: without it, every awk answer failed."""
    script = "awk '{ print $1 + $2 }' | sed 's/^/total: /'\n"
    result = run_submission(tmp_path, "bash", script, "2 40\n")
    assert (result["verdict"], result["stdout"]) == ("OK", "total: 42\n")
