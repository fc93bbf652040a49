#!/usr/bin/env bash
# The soak of issue 14: USERS (10,000) authenticated idle connections held DURATION (60) s against a standalone reference
# backend in its own process (plain HTTP, heartbeat every HEARTBEAT s), opened over RAMP s; prints the load client's
# summary and both processes' peak memory.   Netra.E2E.Load/soak.sh [USERS] [DURATION] [RAMP] [HEARTBEAT]
set -euo pipefail
USERS=${1:-10000}; DURATION=${2:-60}; RAMP=${3:-30}; HEARTBEAT=${4:-5}
HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$HERE/artifacts/load/soak}
PORT=${PORT:-18800}
ulimit -n "$(ulimit -Hn)"  # 10,000 sockets each side: the hard limit (20,000 here) is enough
export E2E_BYPASS_KEY=${E2E_BYPASS_KEY:-soak-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')}
mkdir -p "$OUT"
dotnet build "$HERE/Netra.E2E.Load" -c Release -v quiet -nologo > "$OUT/build.log"
dotnet "$HERE/Netra.E2E.ReferenceBackend/bin/Release/net10.0/Netra.E2E.ReferenceBackend.dll" --backend-url "http://127.0.0.1:$PORT" \
    --auth-url "http://127.0.0.1:$((PORT + 1))" --heartbeat-seconds "$HEARTBEAT" > "$OUT/backend.log" 2>&1 &
BACKEND_PID=$!
trap 'kill $BACKEND_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" > /dev/null 2>&1 && break; sleep 0.2; done
NETRA_E2E_TARGET=custom NETRA_BACKEND_URL="http://127.0.0.1:$PORT" NETRA_AUTH_URL="http://127.0.0.1:$((PORT + 1))" NETRA_AUTH_MODE=bypass \
    dotnet "$HERE/Netra.E2E.Load/bin/Release/net10.0/Netra.E2E.Load.dll" --plain --scenario idle --users "$USERS" \
    --duration "$DURATION" --ramp "$RAMP" --run soak --out "$OUT" && status=0 || status=$?
echo "backend: peak RSS $(($(awk '/VmHWM/ {print $2}' "/proc/$BACKEND_PID/status") / 1024)) MiB," \
    "RSS now $(($(awk '/VmRSS/ {print $2}' "/proc/$BACKEND_PID/status") / 1024)) MiB"
exit $status
