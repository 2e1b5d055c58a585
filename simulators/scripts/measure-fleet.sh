#!/bin/bash
# Runs COUNT simulated devices at RATE reports/device/s against our broker alone (another process)
# and prints CPU % (of one core, from /proc/PID/stat over 60 s after a 20 s warm-up) and RSS of both.
# usage: simulators/scripts/measure-fleet.sh [COUNT] [RATE] [PORT]   (after dotnet build AiotHub.sln -c Release)
set -euo pipefail
count=${1:-10000}; rate=${2:-0.1}; port=${3:-18840}
cd "$(dirname "$0")/../.."
log=$(mktemp -d)
sample() { # PID SECONDS
  local tck t0 t1; tck=$(getconf CLK_TCK)
  t0=$(awk '{print $14+$15}' /proc/$1/stat); sleep "$2"; t1=$(awk '{print $14+$15}' /proc/$1/stat)
  echo "cpu $(( (t1 - t0) * 100 / (tck * $2) ))% rss $(( $(awk '/VmRSS/{print $2}' /proc/$1/status) / 1024 )) MB"
}
dotnet benchmarks/AiotHub.Benchmarks/bin/Release/net10.0/AiotHub.Benchmarks.dll serve --port "$port" > "$log/broker.log" 2>&1 &
broker=$!
sleep 2
dotnet simulators/AiotHub.Simulators.Cli/bin/Release/net10.0/aiothub-sim.dll --broker "mqtt://127.0.0.1:$port" \
  --profiles device-profiles --count "$count" --rate "$rate" --seed 1 --stats 10 --duration 130 > "$log/sim.log" 2>&1 &
sim=$!
until grep -q "connected in" "$log/sim.log"; do sleep 0.5; done
grep "connected in" "$log/sim.log"
sleep 20
sample $sim 60 > "$log/sim.sample" &
sample $broker 60 > "$log/broker.sample"
wait $!
echo "simulator: $(cat "$log/sim.sample")"
echo "broker:    $(cat "$log/broker.sample")"
wait $sim
tail -2 "$log/sim.log"
kill $broker; wait $broker 2>/dev/null || true
