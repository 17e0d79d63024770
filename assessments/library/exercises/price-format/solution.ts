const proc: any = (globalThis as any).process;
let input = "";
proc.stdin.setEncoding("utf8");
proc.stdin.on("data", (chunk: string) => {
  input += chunk;
});
proc.stdin.on("end", () => {
  proc.stdout.write(solve(input));
});

function format(line: string): string {
  const digits = line.trim().padStart(3, "0");
  const euros = digits.slice(0, -2).replace(/^0+(?=\d)/, "");
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${grouped},${digits.slice(-2)} €`;
}

function solve(text: string): string {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => format(line) + "\n")
    .join("");
}
