#!/usr/bin/env bash
# Side-by-side measurement of issue 14's targets in ONE run: a standalone reference backend on plain HTTP, then the
# library client, raw ClientWebSocket (--client raw) and the Python peer alternated on it, ROUNDS times each, for the
# agent-ws scenario (1,000 users at once, one data-agent run each) and the idle scenario (1,000 connections at once).
# Prints a table (medians over the rounds, and every round) and keeps each client's output under $OUT.
#   Netra.E2E.Load/compare.sh [ROUNDS=9] [USERS=1000]        (R2R=0: the .NET clients from the plain build, JIT only)
# Needs: dotnet, /usr/bin/python3 with websockets and httpx, and PEER=the path of the Python peer client (python_ws_client.py,
# the asyncio + websockets + httpx stack the suite replaces); without it the Python rows stay empty.
set -euo pipefail
ROUNDS=${1:-9}
USERS=${2:-1000}
HERE=$(cd "$(dirname "$0")/.." && pwd)
PEER=${PEER:-$HERE/../shared/peers/python_ws_client.py}
OUT=${OUT:-$HERE/artifacts/load/compare}
PORT=${PORT:-18700}
export E2E_BYPASS_KEY=${E2E_BYPASS_KEY:-compare-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')}
mkdir -p "$OUT"
rm -f "$OUT"/*.json
dotnet build "$HERE/Netra.E2E.Load" -c Release -v quiet -nologo > "$OUT/build.log"
LOAD="$HERE/Netra.E2E.Load/bin/Release/net10.0/Netra.E2E.Load.dll"
# Both .NET clients run from one ReadyToRun publish of the load program (R2R=0: from the plain build, JIT only). Raw
# ClientWebSocket is framework code, which ships precompiled; ReadyToRun gives the library's code the same start instead of
# tier-0 JIT for the whole of a run that lasts about a second (README "CPU, step by step" has both builds' figures).
if [ "${R2R:-1}" != 0 ]; then
    RID=${RID:-$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')}
    dotnet publish "$HERE/Netra.E2E.Load" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
        -o "$OUT/publish" -v quiet -nologo > "$OUT/publish.log"
    LOAD="$OUT/publish/Netra.E2E.Load.dll"
fi
echo "clients: $LOAD"
BACKEND="$HERE/Netra.E2E.ReferenceBackend/bin/Release/net10.0/Netra.E2E.ReferenceBackend.dll"

dotnet "$BACKEND" --backend-url "http://127.0.0.1:$PORT" --auth-url "http://127.0.0.1:$((PORT + 1))" --heartbeat-seconds 2 \
    > "$OUT/backend.log" 2>&1 &
BACKEND_PID=$!
trap 'kill $BACKEND_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$PORT/health" > /dev/null 2>&1 && break
    sleep 0.2
done

export NETRA_E2E_TARGET=custom NETRA_BACKEND_URL="http://127.0.0.1:$PORT" NETRA_AUTH_URL="http://127.0.0.1:$((PORT + 1))"
export NETRA_AUTH_MODE=bypass
dotnet_client() { # client scenario round [options]
    dotnet "$LOAD" --plain --client "$1" --scenario "$2" --users "$USERS" "${@:4}" --run "$2-$1-$3" --out "$OUT" \
        > "$OUT/$2-$1-$3.log" 2>&1 || echo "  ($1 $2 round $3 exited $?; see $OUT/$2-$1-$3.log)"
}
python_client() { # mode round
    /usr/bin/python3 "$PEER" --auth "http://127.0.0.1:$((PORT + 1))" --ws "ws://127.0.0.1:$PORT/ws" --users "$USERS" \
        --mode "$1" --hold-s 3 > "$OUT/$1-python-$2.json" 2> "$OUT/$1-python-$2.log" || echo "  (python $1 round $2 failed)"
}

# One warm-up user per client, so the backend's own JIT is not billed to whichever client runs first.
USERS_SAVED=$USERS; USERS=20
dotnet_client library agent-ws warm; dotnet_client raw agent-ws warm; python_client run warm
USERS=$USERS_SAVED
for r in $(seq 1 "$ROUNDS"); do
    echo "round $r: agent-ws"
    dotnet_client library agent-ws "$r"; dotnet_client raw agent-ws "$r"; python_client run "$r"
    echo "round $r: idle"
    dotnet_client library idle "$r" --duration 3; dotnet_client raw idle "$r" --duration 3; python_client idle "$r"
done
BACKEND_RSS=$(awk '/VmHWM/ {print $2}' "/proc/$BACKEND_PID/status")
echo "backend peak RSS: $((BACKEND_RSS / 1024)) MiB"
python3 "$HERE/Netra.E2E.Load/compare_table.py" "$OUT" "$ROUNDS" "$USERS"
