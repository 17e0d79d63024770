const input = require("fs").readFileSync(0, "utf8");
const out = [];
for (const line of input.split("\n").slice(0, -1)) {
  const values = new Map();
  for (const pair of line.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const decode = (s) => decodeURIComponent(s.replace(/\+/g, " "));
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const value = at < 0 ? "" : decode(pair.slice(at + 1));
    if (!values.has(key)) values.set(key, []);
    values.get(key).push(value);
  }
  const keys = [...values.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) out.push(key + "=" + values.get(key).join(","));
  out.push("--");
}
process.stdout.write(out.map((l) => l + "\n").join(""));
