const proc: any = (globalThis as any).process;
let input = "";
proc.stdin.setEncoding("utf8");
proc.stdin.on("data", (chunk: string) => {
  input += chunk;
});
proc.stdin.on("end", () => {
  proc.stdout.write(solve(input));
});

function toRgb(line: string): string {
  const text = line.trim();
  if (!/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(text)) {
    return "INVALIDE";
  }
  let hex = text.slice(1);
  if (hex.length === 3) {
    hex = hex.split("").map((c) => c + c).join("");
  }
  const channels: number[] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${channels[0]}, ${channels[1]}, ${channels[2]})`;
}

function solve(text: string): string {
  return text.split("\n").slice(0, -1).map((line) => toRgb(line) + "\n").join("");
}
