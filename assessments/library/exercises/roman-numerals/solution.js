const input = require("fs").readFileSync(0, "utf8");
const pairs = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"],
  [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
const out = input.split(/\s+/).filter(Boolean).map((token) => {
  let number = Number(token);
  let roman = "";
  for (const [value, symbol] of pairs) {
    while (number >= value) {
      roman += symbol;
      number -= value;
    }
  }
  return roman;
});
process.stdout.write(out.map((l) => l + "\n").join(""));
