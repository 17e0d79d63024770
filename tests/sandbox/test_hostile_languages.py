"""Hostile programs in every language family (Python's are in test_hostile.py): process bombs,
host files, network, output floods, signals, memory, and compile-time bombs. Each must be
contained: a safe verdict, nothing leaked, nothing left running, the host untouched.

TypeScript runs on Node (its hostile cases are JavaScript's); C++ programs run like C's, so C++
has its compile-time bombs only."""

import dataclasses
import socket
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from assessments.sandbox import LANGUAGES, Sandbox, Verdict
from tests.sandbox.test_hostile import assert_nothing_left

pytestmark = pytest.mark.sandbox

PROJECT = Path(__file__).resolve().parents[2]
SECRET_FILE = str(PROJECT / "manage.py")  # any host file outside /usr
V = Verdict
# A bomb may end in any of these, depending on which limit it meets first.
STOPPED = (V.TLE, V.RE, V.MLE, V.OLE)


@dataclass(frozen=True)
class Case:
    language: str
    what: str
    source: str
    verdicts: frozenset
    memory_mb: int = 256
    compile_time_s: float | None = None  # a lower compile CPU limit, to keep the test short

    @property
    def id(self) -> str:
        return f"{self.language}-{self.what}"


def case(language, what, source, *verdicts, memory_mb=256, compile_time_s=None):
    return Case(language, what, source, frozenset(verdicts), memory_mb, compile_time_s)


# {port}: a listener on the host's loopback; {secret}: a host file. Each program prints
# "LEAK" and what it got if it ever succeeds.
CASES = [
    # -- Node.js ------------------------------------------------------------------------
    case(
        "javascript",
        "process bomb",
        "const cp = require('child_process');\n"
        "for (;;) { try { cp.spawn(process.execPath, ['-e', 'setInterval(()=>{},1000)']); }"
        " catch (e) {} }",
        *STOPPED,
    ),
    case(
        "javascript",
        "exec a shell",
        "const r = require('child_process').spawnSync('/bin/sh', ['-c', 'cat {secret}']);\n"
        "const out = String(r.stdout);\nif (out.includes('django')) console.log('LEAK', out);\n"
        "process.exit(r.status === 0 ? 0 : 1);",
        V.RE,
    ),
    case(
        "javascript",
        "host files",
        "const fs = require('fs');\n"
        "for (const p of ['{secret}', '/root', '/home', '/etc/passwd']) {\n"
        "  try { console.log('LEAK', p, fs.readdirSync(p)); } catch (e) {}\n"
        "  try { console.log('LEAK', p, fs.readFileSync(p, 'utf8').slice(0, 80)); }"
        " catch (e) {}\n}\nconsole.log(Object.keys(process.env).sort().join(','));",
        V.OK,
    ),
    case(
        "javascript",
        "network",
        "const s = require('net').connect({port: {port}, host: '127.0.0.1'});\n"
        "s.on('connect', () => { console.log('LEAK connected'); s.end(); });\n"
        "s.on('error', (e) => { console.log(e.code); process.exit(1); });",
        V.RE,
    ),
    case(
        "javascript",
        "output flood",
        "const line = 'x'.repeat(10000);\nfor (;;) process.stdout.write(line);",
        # node queues writes to a pipe in its own memory, so whichever limit the queue meets
        # first ends it: the output cap, its CPU second (1 run in 5 at load 1.6) or its memory
        # (CI, stop 26: 256 MB queued). Contained all three ways; an escape or crash still fails
        V.OLE,
        V.TLE,
        V.MLE,
    ),
    case("javascript", "kill everything", "process.kill(-1, 'SIGKILL');", V.OK, V.RE),
    case(
        "javascript",
        "heap exhaustion",
        "const a = [];\nfor (;;) a.push(new Array(100000).fill(1.5));",
        V.MLE,
        memory_mb=128,
    ),
    # -- JVM ----------------------------------------------------------------------------
    case(
        "java",
        "process bomb",
        "public class Main {\n  public static void main(String[] a) {\n    for (;;) {\n"
        '      try { new ProcessBuilder("/usr/bin/sleep", "60").start(); }'
        " catch (Exception e) {}\n    }\n  }\n}",
        *STOPPED,
    ),
    case(
        "java",
        "thread bomb",
        "public class Main {\n  public static void main(String[] a) {\n    for (;;) {\n"
        "      new Thread(() -> { try { Thread.sleep(60000); } catch (Exception e) {} })"
        ".start();\n    }\n  }\n}",
        *STOPPED,  # "OutOfMemoryError: unable to create native thread", threads left asleep
    ),
    case(
        "java",
        "host files and network",
        "import java.nio.file.*;\nimport java.net.*;\npublic class Main {\n"
        "  public static void main(String[] a) {\n"
        '    try { System.out.println("LEAK " + Files.readString(Path.of("{secret}"))); }'
        " catch (Exception e) {}\n"
        '    try { new Socket("127.0.0.1", {port}); System.out.println("LEAK connected"); }'
        " catch (Exception e) {}\n    System.out.println(System.getenv().keySet());\n  }\n}",
        V.OK,
    ),
    case(
        "java",
        "heap exhaustion",
        "import java.util.*;\npublic class Main {\n  public static void main(String[] a) {\n"
        "    List<long[]> l = new ArrayList<>();\n    for (;;) l.add(new long[1 << 20]);\n"
        "  }\n}",
        V.MLE,
        memory_mb=128,
    ),
    case(
        "java",
        "output flood",
        "public class Main {\n  public static void main(String[] a) {\n"
        '    String s = "x".repeat(10000);\n    for (;;) System.out.print(s);\n  }\n}',
        V.OLE,
    ),
    # -- native code (C; C++ binaries run the same way) ---------------------------------
    case(
        "c",
        "fork bomb",
        "#include <unistd.h>\nint main(void) { for (;;) fork(); }",
        V.TLE,
    ),
    case(
        "c",
        "exec a shell",
        '#include <unistd.h>\nint main(void) {\n  execl("/bin/sh", "sh", "-c", "cat {secret}",'
        " (char *)0);\n  return 1;\n}",
        V.RE,
    ),
    case(
        "c",
        "network",
        "#include <arpa/inet.h>\n#include <stdio.h>\n#include <sys/socket.h>\n"
        "int main(void) {\n  struct sockaddr_in a = {0};\n  a.sin_family = AF_INET;\n"
        "  a.sin_port = htons({port});\n  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);\n"
        "  int s = socket(AF_INET, SOCK_STREAM, 0);\n"
        '  if (connect(s, (struct sockaddr *)&a, sizeof a) == 0) puts("LEAK connected");\n'
        '  else perror("connect");\n  return 0;\n}',
        V.OK,
    ),
    case(
        "c",
        "rewrite its own binary",  # /box is writable while compiling only
        '#include <stdio.h>\nint main(void) {\n  const char *p[] = {"/box/main", "/box/x"};\n'
        '  for (int i = 0; i < 2; i++) if (fopen(p[i], "w")) printf("LEAK %s\\n", p[i]);\n'
        "  return 0;\n}",
        V.OK,
    ),
    case(
        "c",
        "signals",
        "#include <signal.h>\n#include <stdio.h>\nint main(void) {\n"
        '  printf("%d %d\\n", kill(1, SIGKILL), kill(-1, SIGKILL));\n  return 0;\n}',
        V.OK,
        V.RE,
    ),
    case(
        "c",
        "output flood",
        '#include <stdio.h>\nint main(void) { for (;;) fputs("xxxxxxxxxxxxxxxx", stdout); }',
        V.OLE,
    ),
    case(
        "c",
        "memory",
        "#include <stdlib.h>\n#include <string.h>\n"
        "int main(void) { for (;;) { char *p = malloc(1 << 20); if (p) memset(p, 1, 1 << 20); } }",
        V.MLE,
        V.RE,  # malloc fails under RLIMIT_AS, then the null write crashes
        memory_mb=64,
    ),
    # -- Go -----------------------------------------------------------------------------
    case(
        "go",
        "process bomb",
        'package main\n\nimport "os/exec"\n\nfunc main() {\n\tfor {\n'
        '\t\t_ = exec.Command("/usr/bin/sleep", "60").Start()\n\t}\n}',
        *STOPPED,
    ),
    case(
        "go",
        "os thread bomb",
        'package main\n\nimport (\n\t"runtime"\n\t"time"\n)\n\nfunc main() {\n\tfor {\n'
        "\t\tgo func() {\n\t\t\truntime.LockOSThread()\n\t\t\ttime.Sleep(time.Hour)\n\t\t}()\n"
        "\t}\n}",
        *STOPPED,  # "failed to create new OS thread", and a dump of every goroutine
    ),
    case(
        "go",
        "host files and network",
        'package main\n\nimport (\n\t"fmt"\n\t"net"\n\t"os"\n)\n\nfunc main() {\n'
        '\tif b, err := os.ReadFile("{secret}"); err == nil {\n\t\tfmt.Println("LEAK", string(b))\n'
        '\t}\n\tif _, err := net.Dial("tcp", "127.0.0.1:{port}"); err == nil {\n'
        '\t\tfmt.Println("LEAK connected")\n\t}\n\tfmt.Println(os.Environ())\n}',
        V.OK,
    ),
    case(
        "go",
        "memory",
        "package main\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n"
        "\t\tb := make([]byte, 1<<20)\n\t\tfor i := range b {\n\t\t\tb[i] = 1\n\t\t}\n"
        "\t\tkeep = append(keep, b)\n\t}\n}",
        V.MLE,
        memory_mb=64,
    ),
    # -- PHP ----------------------------------------------------------------------------
    case(
        "php",
        "process bomb",
        "<?php\nfor (;;) { @proc_open(['/usr/bin/sleep', '60'], [], $pipes); }",
        *STOPPED,
    ),
    case(
        "php",
        "host files, shell and network",
        "<?php\n$t = @file_get_contents('{secret}');\nif ($t !== false) echo 'LEAK ', $t;\n"
        "$s = @shell_exec('cat {secret}');\nif ($s) echo 'LEAK ', $s;\n"
        "$c = @fsockopen('127.0.0.1', {port});\nif ($c) echo 'LEAK connected';\n"
        "echo implode(',', array_keys(getenv())), \"\\n\";",
        V.OK,
    ),
    case(
        "php",
        "memory",
        "<?php\n$a = [];\nfor (;;) { $a[] = str_repeat('x', 1 << 20); }",
        V.MLE,
        memory_mb=64,
    ),
    # -- Bash ---------------------------------------------------------------------------
    case("bash", "fork bomb", "b() { b | b & }\nb", V.OK, *STOPPED),  # "fork: retry" floods
    case(
        "bash",
        "host files and network",
        "cat {secret} && echo LEAK\nls /root /home && echo LEAK\n"
        "(echo > /dev/tcp/127.0.0.1/{port}) 2>/dev/null && echo LEAK connected\nenv",
        V.OK,
    ),
    case("bash", "output flood", "yes", V.OLE),
    case("bash", "signals", "kill -9 -1\necho survived", V.OK, V.RE),
    # -- compile-time bombs: all CE, with a message ---------------------------------------
    case("c", "include /dev/zero", "#include </dev/zero>\nint main(void) { return 0; }", V.CE),
    case("cpp", "include /dev/random", "#include </dev/urandom>\nint main() {}", V.CE),
    case(
        "cpp",
        "template explosion",
        "#include <utility>\ntemplate <class T, int N> struct X {\n"
        "  using type = typename X<std::pair<T, T>, N - 1>::type;\n};\n"
        "template <class T> struct X<T, 0> { using type = T; };\n"
        "int main() { X<int, 40>::type x{}; (void)x; }",
        V.CE,
        compile_time_s=2.0,
    ),
    case(
        "c",
        "huge binary",
        "char big[1 << 30] = {1};\nint main(void) { return big[0] - 1; }",
        V.CE,
    ),
    case(
        "go",
        "huge constant work",
        "package main\n\nvar big = [1 << 28]int64{1: 1}\n\nfunc main() { println(big[1]) }",
        V.CE,
        V.OK,  # the linker may keep it in bss: then it must still run within the limits
    ),
]


@pytest.fixture(scope="module")
def listener():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    accepted = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                accepted.append(server.accept())
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    server.close()


@pytest.mark.parametrize("hostile", CASES, ids=lambda c: c.id)
def test_hostile_program_is_contained(hostile, listener, cold_sandbox, sandbox):
    port, accepted = listener
    bystander = subprocess.Popen(["sleep", "60"])  # a host process of ours: must survive
    source = hostile.source.replace("{port}", str(port)).replace("{secret}", SECRET_FILE)
    box = cold_sandbox
    if hostile.compile_time_s is not None:
        language = LANGUAGES[hostile.language]
        limits = dataclasses.replace(language.compile_limits, time_s=hostile.compile_time_s)
        quick = dataclasses.replace(language, compile_limits=limits)
        box = Sandbox(cold_sandbox.config, languages={hostile.language: quick})
    try:
        result = box.run(hostile.language, source, time_limit_s=1.0, memory_mb=hostile.memory_mb)
        assert result.verdict in hostile.verdicts, result
        output = result.stdout + result.stderr
        assert "LEAK" not in result.stdout
        assert "django" not in output.lower()  # the secret file's content
        assert "SECRET" not in output and "DATABASE" not in output  # the host's environment
        assert accepted == []
        if result.verdict is Verdict.CE:
            assert result.stderr.strip()  # the compiler's message, or the limit it hit
        if hostile.compile_time_s is not None:
            assert "compilation stopped: over 2 s of CPU" in result.stderr
        assert bystander.poll() is None
        if box is not cold_sandbox:
            box.close()
        assert_nothing_left(cold_sandbox, sandbox)
    finally:
        if box is not cold_sandbox:
            box.close()
        bystander.kill()
        bystander.wait()
