#!/usr/bin/env bash
# Fetches the official botframework-webchat bundle from the npm registry and puts it under
# src/CoachBot.Web/wwwroot/lib/botframework-webchat/, so that building and running CoachBot
# never needs Node and the page never loads anything from a CDN.
#
# Usage: tools/update-webchat.sh [version]     (default: the version recorded in VERSION)
# Afterwards: rerun the browser tests (tests/CoachBot.Web.Tests/Browser) and commit the folder.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$repo_root/src/CoachBot.Web/wwwroot/lib/botframework-webchat"
version="${1:-$(sed -n 's/^version: *//p' "$target/VERSION" 2>/dev/null || true)}"
version="${version:-4.18.1}"

command -v npm >/dev/null || { echo "npm is needed only to update Web Chat: apt-get install -y npm" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "botframework-webchat@$version" >/dev/null)
tarball="$(ls "$work"/botframework-webchat-*.tgz)"
tar -xzf "$tarball" -C "$work" package/dist/webchat.js package/dist/webchat.js.LICENSE.txt package/package.json

licence="$(sed -n 's/^ *"license": *"\([^"]*\)".*/\1/p' "$work/package/package.json" | head -n 1)"
mkdir -p "$target"
cp "$work/package/dist/webchat.js" "$work/package/dist/webchat.js.LICENSE.txt" "$target/"
sha="$(sha256sum "$target/webchat.js" | cut -d ' ' -f 1)"
bytes="$(wc -c < "$target/webchat.js" | tr -d ' ')"

cat > "$target/VERSION" <<VERSION
package: botframework-webchat
version: $version
file: dist/webchat.js
bytes: $bytes
sha256: $sha
licence: $licence (bundled third-party notices: webchat.js.LICENSE.txt)
source: npm pack botframework-webchat@$version (https://registry.npmjs.org)
VERSION

echo "botframework-webchat $version"
echo "sha256 $sha  webchat.js"
