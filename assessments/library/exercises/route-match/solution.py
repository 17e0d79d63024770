import sys

lines = sys.stdin.read().splitlines()
count = int(lines[0])
routes = [(route, [s for s in route.split("/") if s]) for route in lines[1 : 1 + count]]
for path in lines[1 + count :]:
    if not path:
        continue
    parts = [s for s in path.split("/") if s]
    answer = "404"
    for route, pattern in routes:
        if len(pattern) != len(parts):
            continue
        params = []
        for expected, actual in zip(pattern, parts):
            if expected.startswith(":"):
                params.append(f"{expected[1:]}={actual}")
            elif expected != actual:
                break
        else:
            answer = " ".join([route, *params])
            break
    print(answer)
