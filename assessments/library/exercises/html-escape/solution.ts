const proc: any = (globalThis as any).process;
let input = "";
proc.stdin.setEncoding("utf8");
proc.stdin.on("data", (chunk: string) => {
  input += chunk;
});
proc.stdin.on("end", () => {
  proc.stdout.write(solve(input));
});

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function solve(text: string): string {
  return text
    .split("\n")
    .slice(0, -1)
    .map((line) => line.replace(/[&<>"']/g, (c: string) => entities[c]) + "\n")
    .join("");
}
