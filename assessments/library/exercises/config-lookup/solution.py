import sys


def main() -> None:
    lines = sys.stdin.read().splitlines()
    values = {}
    section = ""
    index = 0
    while lines[index] != "---":
        line = lines[index].strip()
        index += 1
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        key, value = line.split("=", 1)
        name = key.strip() if not section else section + "." + key.strip()
        values[name] = value.strip()
    out = []
    for query in lines[index + 1 :]:
        query = query.strip()
        if query:
            out.append(values.get(query, "ABSENT"))
    sys.stdout.write("".join(item + "\n" for item in out))


main()
