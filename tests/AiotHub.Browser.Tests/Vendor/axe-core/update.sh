#!/usr/bin/env bash
# Re-vendors axe-core (the accessibility engine the browser tests inject; never served by the hub): ./update.sh 4.14.1
set -euo pipefail
version="${1:?usage: update.sh VERSION}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@$version" >/dev/null && tar xzf "axe-core-$version.tgz")
cp "$work/package/axe.min.js" "$here/axe.min.js"
cp "$work/package/LICENSE" "$here/LICENSE"
cp "$work/package/LICENSE-3RD-PARTY.txt" "$here/LICENSE-3RD-PARTY.txt"
echo "$version" > "$here/VERSION"
sed -i "s/^# axe-core .* (vendored/# axe-core $version (vendored/; s/axe-core@[0-9.]*/axe-core@$version/g" "$here/README.md"
sha256sum "$here/axe.min.js"
