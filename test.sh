#!/usr/bin/env bash
# The one test command: installs what a fresh machine lacks (Chromium, npm packages), builds with
# warnings as errors, runs every test project, and prints "N passed, N failed, N skipped" as its last line.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
log="$root/artifacts/test.log"
mkdir -p "$results"
rm -f "$results"/*.trx

say() { printf '%s\n' "$*" >&2; }
fail_setup() { say "setup failed: $*"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

# Chromium for the browser tests (Debian's package; Playwright never downloads a browser here).
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  say "installing chromium (apt-get)…"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
    || fail_setup "could not install chromium: run 'apt-get update && apt-get install -y chromium'"
fi

# npm packages (Azurite for the Blob store tests, the Teams manifest schema) from package-lock.json.
stamp="node_modules/.lock-sha256"
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || fail_setup "npm ci failed"
  echo "$want" > "$stamp"
fi

say "building (warnings are errors)…"
if ! dotnet build CoachBot.sln -c Release -warnaserror -nologo -clp:ErrorsOnly > "$log" 2>&1; then
  tail -n 60 "$log" >&2
  fail_setup "the build failed (full log: artifacts/test.log)"
fi

say "running tests…"
dotnet test --solution CoachBot.sln -c Release --no-build --results-directory "$results" --report-xunit-trx 2>&1 | tee -a "$log" >&2
status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); p=$(get passed); f=$(get failed); e=$(get error)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${total:-0} - ${p:-0} - ${f:-0} - ${e:-0}))
done

if [ "$files" -eq 0 ]; then
  say "no test results were written"
  failed=$((failed + 1))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  say "the test run exited with $status"
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
