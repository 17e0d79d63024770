const proc: any = (globalThis as any).process;
let input = "";
proc.stdin.setEncoding("utf8");
proc.stdin.on("data", (chunk: string) => {
  input += chunk;
});
proc.stdin.on("end", () => {
  proc.stdout.write(solve(input));
});

function convert(word: string): string {
  if (word.includes("-")) {
    return word.replace(/-(.?)/g, (_match: string, letter: string) => letter.toUpperCase());
  }
  return word.replace(/[A-Z]/g, (letter: string) => "-" + letter.toLowerCase());
}

function solve(text: string): string {
  return text.split("\n").slice(0, -1).map((word) => convert(word) + "\n").join("");
}
