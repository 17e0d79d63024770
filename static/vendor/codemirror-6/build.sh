#!/bin/sh
# Rebuild codemirror.min.js, the one self-hosted CodeMirror 6 file Vivier serves.
# Needs Node.js and npm; the exact versions are pinned in package.json and package-lock.json.
#   cd static/vendor/codemirror-6 && ./build.sh
# node_modules/ is not committed: delete it after the build.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run build
# Licences of every bundled package (all MIT), next to the bundle.
node -e '
const lock = require("./package-lock.json");
for (const [path, info] of Object.entries(lock.packages)) {
  if (!path || info.dev) continue;
  console.log(`${path.replace(/^.*node_modules\//, "")} ${info.version} ${info.license}`);
}' > LICENSE
echo >> LICENSE
cat node_modules/@codemirror/view/LICENSE >> LICENSE
rm -rf node_modules
echo "Built codemirror.min.js ($(wc -c < codemirror.min.js) bytes)"
