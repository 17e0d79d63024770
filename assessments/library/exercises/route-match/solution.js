const input = require("fs").readFileSync(0, "utf8");
const lines = input.split("\n");
const count = Number(lines[0]);
const routes = lines.slice(1, 1 + count);
const segments = (path) => path.split("/").filter((s) => s !== "");
const out = [];
for (const path of lines.slice(1 + count)) {
  if (path === "") continue;
  const parts = segments(path);
  let answer = "404";
  for (const route of routes) {
    const pattern = segments(route);
    if (pattern.length !== parts.length) continue;
    const params = [];
    const ok = pattern.every((seg, i) => {
      if (seg.startsWith(":")) {
        params.push(seg.slice(1) + "=" + parts[i]);
        return true;
      }
      return seg === parts[i];
    });
    if (ok) {
      answer = [route, ...params].join(" ");
      break;
    }
  }
  out.push(answer);
}
process.stdout.write(out.map((l) => l + "\n").join(""));
