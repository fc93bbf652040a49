#!/usr/bin/env python3
"""Prints compare.sh's table from the clients' result files: medians over the rounds, then every round."""
import json
import statistics
import sys
from pathlib import Path

out, rounds, users = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])


def dotnet(scenario, client, r):
    path = out / f"{scenario}-{client}-{r}.json"
    if not path.exists():
        return None
    res = json.loads(path.read_text())
    c, h, p = res["counters"], res["histograms"], res["processes"][0]
    row = {"wall_s": p["wall_seconds"], "cpu_s": p["cpu_seconds"], "peak_mib": p["peak_rss_bytes"] / 1048576,
           "errors": c.get("errors", 0) + c.get("violations", 0), "ok": c.get("users_passed", 0),
           "first_p95": h.get("first_event", {}).get("p95_ms")}
    if c.get("idle_open_connections"):
        row["kib_conn"] = (c["idle_rss_open_kib"] - c["idle_rss_before_kib"]) / c["idle_open_connections"]
        row["open"] = c["idle_open_connections"]
    return row


def python(mode, r):
    path = out / f"{mode}-python-{r}.json"
    if not path.exists() or not path.read_text().strip():
        return None
    res = json.loads(path.read_text())
    if mode == "run":
        return {"wall_s": res["wall_s"], "cpu_s": res["cpu_s"], "peak_mib": res["peak_rss_kib"] / 1024,
                "errors": res["errors"], "ok": res["ok"], "first_p95": res["first_event_ms"]["p95"]}
    return {"kib_conn": res["per_conn_kib"], "peak_mib": res["peak_rss_kib"] / 1024, "errors": res["errors"], "open": res["open"]}


def med(rows, key):
    values = [row[key] for row in rows if row and row.get(key) is not None]
    return statistics.median(values) if values else None


def fmt(v, spec=".2f"):
    return "-" if v is None else format(v, spec)


runs = {c: [dotnet("agent-ws", c, r) for r in range(1, rounds + 1)] for c in ("library", "raw")}
runs["python"] = [python("run", r) for r in range(1, rounds + 1)]
idle = {c: [dotnet("idle", c, r) for r in range(1, rounds + 1)] for c in ("library", "raw")}
idle["python"] = [python("idle", r) for r in range(1, rounds + 1)]

print(f"\nagent-ws: {users} users at once, one data-agent run each (median of {rounds} alternated rounds)")
print(f"| client | errors | wall s | p95 first event ms | CPU s | peak RSS MiB |\n|---|---|---|---|---|---|")
for c in ("library", "raw", "python"):
    rows = runs[c]
    print(f"| {c} | {fmt(med(rows, 'errors'), '.0f')} | {fmt(med(rows, 'wall_s'))} | {fmt(med(rows, 'first_p95'), '.0f')} | "
          f"{fmt(med(rows, 'cpu_s'))} | {fmt(med(rows, 'peak_mib'), '.0f')} |")
print(f"\nidle: {users} connections opened at once (median of {rounds} rounds)")
print(f"| client | errors | open | KiB per connection | peak RSS MiB |\n|---|---|---|---|---|")
for c in ("library", "raw", "python"):
    rows = idle[c]
    print(f"| {c} | {fmt(med(rows, 'errors'), '.0f')} | {fmt(med(rows, 'open'), '.0f')} | {fmt(med(rows, 'kib_conn'), '.1f')} | "
          f"{fmt(med(rows, 'peak_mib'), '.0f')} |")

print("\nper round (library / raw / python):")
for r in range(rounds):
    a = [runs[c][r] or {} for c in ("library", "raw", "python")]
    i = [idle[c][r] or {} for c in ("library", "raw", "python")]
    print(f"  round {r + 1}: wall {' / '.join(fmt(x.get('wall_s')) for x in a)} s; p95 first "
          f"{' / '.join(fmt(x.get('first_p95'), '.0f') for x in a)} ms; CPU {' / '.join(fmt(x.get('cpu_s')) for x in a)} s; "
          f"idle {' / '.join(fmt(x.get('kib_conn'), '.1f') for x in i)} KiB/conn, peak {' / '.join(fmt(x.get('peak_mib'), '.0f') for x in i)} MiB")


def ratio(a, b):
    return None if a is None or not b else a / b


lib, raw, py = runs["library"], runs["raw"], runs["python"]
cpu = statistics.median([ratio(l["cpu_s"], r["cpu_s"]) for l, r in zip(lib, raw) if l and r] or [float("nan")])
wall = statistics.median([ratio(l["wall_s"], p["wall_s"]) for l, p in zip(lib, py) if l and p] or [float("nan")])
peak = statistics.median([ratio(l["peak_mib"], r["peak_mib"]) for l, r in zip(idle["library"], idle["raw"]) if l and r]
                         or [float("nan")])
p95 = med(lib, "first_p95")
kib = med(idle["library"], "kib_conn")
errors = sum((x or {}).get("errors", 1) for x in lib)
print("\ntargets (library; ratios are medians of the per-round ratios):")
print(f"  0 errors .......................... {errors} {'met' if errors == 0 else 'MISSED'}")
print(f"  p95 first event <= 250 ms ......... {fmt(p95, '.0f')} ms {'met' if p95 is not None and p95 <= 250 else 'MISSED'}")
print(f"  CPU <= 1.3x raw ................... {cpu:.2f}x {'met' if cpu <= 1.3 else 'MISSED'}")
print(f"  wall <= 0.4x Python ............... {wall:.2f}x {'met' if wall <= 0.4 else 'MISSED'}")
print(f"  idle <= 24 KiB per connection ..... {fmt(kib, '.1f')} KiB {'met' if kib is not None and kib <= 24 else 'MISSED'}")
print(f"  idle peak RSS <= 1.2x raw ......... {peak:.2f}x {'met' if peak <= 1.2 else 'MISSED'}")
