const proc: any = (globalThis as any).process;
let input = "";
proc.stdin.setEncoding("utf8");
proc.stdin.on("data", (chunk: string) => {
  input += chunk;
});
proc.stdin.on("end", () => {
  proc.stdout.write(solve(input));
});

function segments(path: string): string[] {
  return path.split("/").filter((s) => s !== "");
}

function match(route: string, parts: string[]): string | null {
  const pattern = segments(route);
  if (pattern.length !== parts.length) {
    return null;
  }
  const params: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i].startsWith(":")) {
      params.push(pattern[i].slice(1) + "=" + parts[i]);
    } else if (pattern[i] !== parts[i]) {
      return null;
    }
  }
  return [route, ...params].join(" ");
}

function solve(text: string): string {
  const lines = text.split("\n");
  const count = Number(lines[0]);
  const routes = lines.slice(1, 1 + count);
  const out: string[] = [];
  for (const path of lines.slice(1 + count)) {
    if (path === "") continue;
    const parts = segments(path);
    let answer = "404";
    for (const route of routes) {
      const found = match(route, parts);
      if (found !== null) {
        answer = found;
        break;
      }
    }
    out.push(answer);
  }
  return out.map((l) => l + "\n").join("");
}
