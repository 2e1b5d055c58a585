#!/usr/bin/env bash
# Runs the whole AiotHub test suite. On a fresh Debian machine it first installs the real peers
# the integration tests talk to (mosquitto, its clients, paho-mqtt for Python, InfluxDB 1.6 and
# VictoriaMetrics for the telemetry sink, curl for the
# docs/api.md examples), the browser the app's browser tests drive (chromium) and a Chinese font for its
# screenshots in Chinese (fonts-wqy-microhei; without it they show empty boxes). Without them a
# plain `dotnet test` still passes, reporting those tests as skipped with the package to install.
set -euo pipefail
cd "$(dirname "$0")"

packages=(mosquitto mosquitto-clients python3-paho-mqtt curl openssl chromium fonts-wqy-microhei influxdb victoria-metrics)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "test.sh: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || echo "test.sh: could not install ${missing[*]}; the tests that need them will be skipped"
fi

# The Debian mosquitto package starts a system broker on 1883; the tests use their own ports.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
# A test that hangs is stopped after 15 minutes and named (blame), instead of the run waiting out CI's limit.
dotnet test AiotHub.sln --configuration Release --blame-hang-timeout 15m --blame-hang-dump-type none "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One summary line across all test assemblies, in the plain form CI reads.
awk '/(Passed!|Failed!) +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
