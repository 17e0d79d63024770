const proc: any = (globalThis as any).process;
let input = "";
proc.stdin.setEncoding("utf8");
proc.stdin.on("data", (chunk: string) => {
  input += chunk;
});
proc.stdin.on("end", () => {
  proc.stdout.write(solve(input));
});

function decode(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, " "));
}

function solve(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\n").slice(0, -1)) {
    const values = new Map<string, string[]>();
    for (const pair of line.split("&")) {
      if (pair === "") continue;
      const at = pair.indexOf("=");
      const key = decode(at < 0 ? pair : pair.slice(0, at));
      const value = at < 0 ? "" : decode(pair.slice(at + 1));
      const list = values.get(key) ?? [];
      list.push(value);
      values.set(key, list);
    }
    const keys = Array.from(values.keys()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) out.push(key + "=" + (values.get(key) ?? []).join(","));
    out.push("--");
  }
  return out.map((l) => l + "\n").join("");
}
