#!/usr/bin/env bash
# Reproduces docs/BENCHMARKS.md in one command: CoachBot on its file store and on Blob (Azurite), side by
# side with the Bot Framework JS SDK peer and the bare floor, driven by ../shared/peers (same load driver,
# same run). Also measures storage operations per turn and memory after 10,000 conversations.
#
#   tests/CoachBot.Benchmarks/peers/run-side-by-side.sh            # about 17 minutes on 2 cores
#   DURATION=3 REPEATS=1 tests/CoachBot.Benchmarks/peers/run-side-by-side.sh   # quick smoke run
#
# Everything listens on 127.0.0.1 and everything started here is stopped here.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
here="$root/tests/CoachBot.Benchmarks/peers"
peers_src=${PEERS_DIR:-$root/../shared/peers}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=${OUT_DIR:-$root/artifacts/bench/$stamp}
mkdir -p "$out"
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# The harness installs its node packages next to itself: work on a copy so shared/ stays as it is.
peers="$out/peers"
cp -r "$peers_src" "$peers"
rm -rf "$peers/results"
freeport() { node "$peers/tools/netutil.js" freeport; }
waitport() { node "$peers/tools/netutil.js" wait "$1" "${2:-30}"; }

log "building CoachBot (Release)"
dotnet build "$root/src/CoachBot.Web" -c Release -nologo -v q >"$out/build.log"
dotnet build "$root/tests/CoachBot.Benchmarks" -c Release -nologo -v q >>"$out/build.log"
app="$root/src/CoachBot.Web/bin/Release/net10.0/CoachBot.Web.dll"
driver="$root/tests/CoachBot.Benchmarks/bin/Release/net10.0/CoachBot.Benchmarks.dll"
[ -d "$root/node_modules/azurite" ] || (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)

start_bot() { # name port extra-env...
  local name=$1 port=$2; shift 2
  (cd "$(dirname "$app")" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning LocalWebChannel__Enabled=false "$@" dotnet "$app" >"$out/$name.log" 2>&1) &
  last_pid=$!
  pids+=("$last_pid")
  waitport "$port" 60
}

file_port=$(freeport)
start_bot coachbot-file "$file_port" Storage__File__Directory="$out/state-file"
file_pid=$last_pid
# The same store without a flush to disk per write: still atomic and safe from a killed process, not from a power cut.
noflush_port=$(freeport)
start_bot coachbot-file-noflush "$noflush_port" Storage__File__Directory="$out/state-noflush" Storage__File__FlushToDisk=false

# A load run writes far more blobs than the tests: in-memory Azurite needs room for its extents, or it stalls.
az_port=$(freeport)
az_dir=$(mktemp -d)
(cd "$az_dir" && exec "$root/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$az_port" --inMemoryPersistence \
  --extentMemoryLimit 4096 --skipApiVersionCheck --disableTelemetry --loose >"$out/azurite.log" 2>&1) &
pids+=($!)
waitport "$az_port" 30
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$az_port/devstoreaccount1;"
blob_port=$(freeport)
start_bot coachbot-blob "$blob_port" Storage__Kind=Blob Storage__Blob__ConnectionString="$conn"

script="$here/checkin-script.json"
log "checking that CoachBot walks the script (transcript in $out/trace.txt)"
node "$peers/loadgen/loadgen.js" --url "http://127.0.0.1:$file_port/api/messages" --users 1 --trace 1 --script "$script" 2>"$out/trace.txt" >/dev/null

log "side-by-side, file store vs the SDK's MemoryStorage"
OUT_DIR="$out/file" TARGETS="floor botbuilder-js-memory coachbot" COACHBOT_URL="http://127.0.0.1:$file_port/api/messages" \
  COACHBOT_SCRIPT="$script" bash "$peers/run.sh" >"$out/run-file.log" 2>&1
log "side-by-side, file store without flush to disk vs the SDK's MemoryStorage"
OUT_DIR="$out/noflush" TARGETS="botbuilder-js-memory coachbot" COACHBOT_URL="http://127.0.0.1:$noflush_port/api/messages" \
  COACHBOT_SCRIPT="$script" bash "$peers/run.sh" >"$out/run-noflush.log" 2>&1
log "side-by-side, Blob on Azurite vs the SDK's BlobsStorage on Azurite"
OUT_DIR="$out/blob" TARGETS="botbuilder-js-blobs coachbot" COACHBOT_URL="http://127.0.0.1:$blob_port/api/messages" \
  COACHBOT_SCRIPT="$script" bash "$peers/run.sh" >"$out/run-blob.log" 2>&1

log "storage operations per turn"
for target in file:$file_port blob:$blob_port; do
  dotnet "$driver" --url "http://127.0.0.1:${target#*:}" --concurrency 1,8,32 --duration 5 --warmup 1 \
    --script "$script" --label "coachbot-${target%%:*}" --out "$out/storage.md" >/dev/null 2>>"$out/driver.log" || true
done

log "memory after 10,000 conversations (file store)"
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
before=$(rss "$file_pid")
node "$peers/loadgen/loadgen.js" --url "http://127.0.0.1:$file_port/api/messages" --users 10000 --concurrency 32 --script "$script" >"$out/rss-run.json" 2>/dev/null
after=$(rss "$file_pid")
printf '| RSS before | RSS after 10,000 conversations |\n| ---: | ---: |\n| %s MB | %s MB |\n' "$((before / 1024))" "$((after / 1024))" >"$out/memory.md"

{
  echo "## Side by side: file store"; cat "$out/file/table.md"; echo
  echo "## Side by side: file store without flush to disk (Storage:File:FlushToDisk=false)"; cat "$out/noflush/table.md"; echo
  echo "## Side by side: Blob on Azurite"; cat "$out/blob/table.md"; echo
  echo "## Storage operations per turn (CoachBot's own driver, same script)"; cat "$out/storage.md"; echo
  echo "## Memory"; cat "$out/memory.md"
} >"$out/summary.md"
log "done: $out/summary.md"
cat "$out/summary.md"
