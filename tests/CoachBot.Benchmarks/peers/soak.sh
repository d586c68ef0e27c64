#!/usr/bin/env bash
# A five-minute soak on the file store: resident memory after the first minute and at the end, to show that
# memory levels off rather than grows with the conversations served.
#
#   tests/CoachBot.Benchmarks/peers/soak.sh            # about 6 minutes
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
peers=${PEERS_DIR:-$root/../shared/peers}
out=${OUT_DIR:-$root/artifacts/bench/soak-$(date -u +%Y%m%dT%H%M%SZ)}
seconds=${SOAK_SECONDS:-300}
mkdir -p "$out"
dotnet build "$root/src/CoachBot.Web" -c Release -nologo -v q >"$out/build.log"
app="$root/src/CoachBot.Web/bin/Release/net10.0/CoachBot.Web.dll"
port=$(node "$peers/tools/netutil.js" freeport)
(cd "$(dirname "$app")" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
  Logging__LogLevel__Default=Warning LocalWebChannel__Enabled=false Storage__File__Directory="$out/state" dotnet "$app" >"$out/app.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
node "$peers/tools/netutil.js" wait "$port" 60
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }
node "$peers/loadgen/loadgen.js" --url "http://127.0.0.1:$port/api/messages" --concurrency 8 --duration "$seconds" \
  --script "$root/tests/CoachBot.Benchmarks/peers/checkin-script.json" >"$out/load.json" 2>/dev/null &
load=$!
sleep 60
first=$(rss)
wait $load
last=$(rss)
turns=$(grep -o '"ok_turns":[0-9]*' "$out/load.json" | cut -d: -f2)
printf '| RSS after 1 min | RSS after %s s | growth | turns served |\n| ---: | ---: | ---: | ---: |\n| %s MB | %s MB | %s%% | %s |\n' \
  "$seconds" "$first" "$last" "$(( (last - first) * 100 / first ))" "$turns" | tee "$out/soak.md"
