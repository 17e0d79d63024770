"""Registry of supported languages.

Commands are argv lists run inside the sandbox, where the submission's directory is
mounted read-only at ``/box`` (``{box}``) and the source file is ``{source}``.
"""

from dataclasses import dataclass, field

BOX = "/box"


@dataclass(frozen=True)
class Language:
    key: str
    name: str
    file_name: str
    run: tuple[str, ...]
    # Optional compile step, run in its own sandbox with /box writable; a failure is CE.
    compile: tuple[str, ...] | None = None
    # Node reserves a huge virtual address space and does not start under RLIMIT_AS:
    # such languages are bounded by the memory cgroup only.
    rlimit_as: bool = True
    # Marker printed on stderr when the runtime itself runs out of memory (-> MLE).
    oom_markers: tuple[str, ...] = field(default_factory=tuple)

    @property
    def source_path(self) -> str:
        return f"{BOX}/{self.file_name}"

    def argv(self, template: tuple[str, ...]) -> list[str]:
        return [part.format(box=BOX, source=self.source_path) for part in template]


# The system interpreter, never the project's virtualenv: -I ignores PYTHON* variables and
# the user site, -S skips site.py (faster start, no site-packages).
PYTHON3 = Language(
    key="python",
    name="Python 3",
    file_name="main.py",
    run=("/usr/bin/python3", "-I", "-S", "{source}"),
    oom_markers=("MemoryError",),
)

NODE = Language(
    key="javascript",
    name="JavaScript (Node.js)",
    file_name="main.js",
    run=("/usr/bin/node", "{source}"),
    rlimit_as=False,
    oom_markers=("JavaScript heap out of memory",),
)

LANGUAGES: dict[str, Language] = {PYTHON3.key: PYTHON3}


def get_language(key: str, registry: dict[str, Language] | None = None) -> Language:
    registry = LANGUAGES if registry is None else registry
    try:
        return registry[key]
    except KeyError:
        known = ", ".join(sorted(registry)) or "none"
        raise ValueError(f"unsupported language {key!r} (known: {known})") from None
