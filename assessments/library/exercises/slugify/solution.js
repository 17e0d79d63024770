const input = require("fs").readFileSync(0, "utf8");
const slugs = input.split("\n").slice(0, -1).map((title) =>
  title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
);
process.stdout.write(slugs.map((slug) => slug + "\n").join(""));
