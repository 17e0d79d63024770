const input = require("fs").readFileSync(0, "utf8");
const out = input.split("\n").slice(0, -1).map((line) => {
  const text = line.trim();
  if (!/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(text)) return "INVALIDE";
  let hex = text.slice(1);
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
});
process.stdout.write(out.map((l) => l + "\n").join(""));
