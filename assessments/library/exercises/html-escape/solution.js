const input = require("fs").readFileSync(0, "utf8");
const entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const out = input.split("\n").slice(0, -1).map((line) => line.replace(/[&<>"']/g, (c) => entities[c]));
process.stdout.write(out.map((l) => l + "\n").join(""));
