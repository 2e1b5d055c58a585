#!/usr/bin/env bash
# Re-vendors uPlot (the device page's charts) at a pinned version: ./update.sh 1.6.32
# The package ships a minified IIFE (`var uPlot=function(){…}();`) but no minified ES module; the app imports
# ES modules, so the module is that file unchanged plus one line, `export default uPlot;`.
set -euo pipefail
version="${1:?usage: update.sh VERSION}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "uplot@$version" >/dev/null && tar xzf "uplot-$version.tgz")
grep -q "^var uPlot=function" "$work/package/dist/uPlot.iife.min.js" || { echo "uPlot.iife.min.js no longer starts with 'var uPlot=function': check the wrapper" >&2; exit 1; }
{ cat "$work/package/dist/uPlot.iife.min.js"; printf '\nexport default uPlot;\n'; } > "$here/uPlot.mjs"
cp "$work/package/dist/uPlot.min.css" "$here/uPlot.min.css"
cp "$work/package/LICENSE" "$here/LICENSE"
sed -i "s/^# uPlot .* (vendored)/# uPlot $version (vendored)/; s/uplot@[0-9.]*/uplot@$version/g" "$here/README.md"
sha256sum "$here/uPlot.mjs" "$here/uPlot.min.css"
