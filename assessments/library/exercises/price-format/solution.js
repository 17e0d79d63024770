const input = require("fs").readFileSync(0, "utf8");
const out = input.split("\n").filter((l) => l.trim() !== "").map((line) => {
  const cents = BigInt(line.trim());
  const euros = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${euros},${(cents % 100n).toString().padStart(2, "0")} €`;
});
process.stdout.write(out.map((l) => l + "\n").join(""));
