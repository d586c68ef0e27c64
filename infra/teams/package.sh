#!/usr/bin/env bash
# Builds the Teams app package: manifest.json with the bot's Microsoft App ID filled in,
# plus the two icons, all at the root of one zip as Teams expects.
#
#   infra/teams/package.sh <microsoft-app-id> [output.zip]
#
# The app id is the deployment output botAppId (the managed identity's client id, or the
# app registration's client id for SingleTenant). MICROSOFT_APP_ID works in place of the
# first argument. The zip goes to infra/teams/coachbot-teams.zip unless a path is given.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="${1:-${MICROSOFT_APP_ID:-}}"
output="${2:-$here/coachbot-teams.zip}"

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid ]]; then
  echo "usage: $0 <microsoft-app-id> [output.zip]" >&2
  echo "The Microsoft App ID must be a GUID, e.g. the botAppId output of the deployment." >&2
  exit 2
fi

case "$output" in
  /*) ;;
  *) output="$PWD/$output" ;;
esac

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

sed "s/{{MICROSOFT_APP_ID}}/$app_id/g" "$here/manifest.json" > "$staging/manifest.json"
if grep -q '{{' "$staging/manifest.json"; then
  echo "manifest.json still has a placeholder after filling in the app id" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$staging/"

mkdir -p "$(dirname "$output")"
rm -f "$output"
cd "$staging"
if command -v zip > /dev/null; then
  zip -q -X "$output" manifest.json color.png outline.png
else
  python3 -m zipfile -c "$output" manifest.json color.png outline.png
fi
echo "$output"
