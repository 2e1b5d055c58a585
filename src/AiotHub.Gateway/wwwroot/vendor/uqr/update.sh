#!/usr/bin/env bash
# Re-vendors uqr (the QR encoder of the Add a device page) at a pinned version: ./update.sh 0.1.3
set -euo pipefail
version="${1:?usage: update.sh VERSION}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "uqr@$version" >/dev/null && tar xzf "uqr-$version.tgz")
cp "$work/package/dist/index.mjs" "$here/uqr.mjs"
cp "$work/package/LICENSE" "$here/LICENSE"
sed -i "s/^# uqr .* (vendored)/# uqr $version (vendored)/; s/uqr@[0-9.]*/uqr@$version/" "$here/README.md"
sha256sum "$here/uqr.mjs"
