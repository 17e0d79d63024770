const input = require("fs").readFileSync(0, "utf8");
const out = input.split("\n").slice(0, -1).map((word) =>
  word.includes("-")
    ? word.replace(/-(.?)/g, (_, letter) => letter.toUpperCase())
    : word.replace(/[A-Z]/g, (letter) => "-" + letter.toLowerCase())
);
process.stdout.write(out.map((l) => l + "\n").join(""));
