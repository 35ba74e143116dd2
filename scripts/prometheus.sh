#!/usr/bin/env bash
# A real Prometheus for the integration tests, on a free loopback port, holding the metrics of the
# scenario files (backfilled with `promtool tsdb create-blocks-from openmetrics`).
#
#   scripts/prometheus.sh start [scenario.json ...]   # default: every scenarios/*.json
#   scripts/prometheus.sh stop
#
# `start` prints `export FIREBREAK_TEST_PROMETHEUS_URL=http://127.0.0.1:<port>` (also written to
# $DIR/env) once Prometheus answers /-/ready. Needs the Debian packages `prometheus` (prometheus,
# promtool) and `jq`. State lives in $FIREBREAK_PROMETHEUS_DIR (default target/prometheus).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${FIREBREAK_PROMETHEUS_DIR:-$ROOT/target/prometheus}"
READY_TIMEOUT_S="${FIREBREAK_PROMETHEUS_READY_TIMEOUT:-60}"

die() { echo "prometheus.sh: $*" >&2; exit 1; }

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  die "no free port found"
}

# Scenario metrics as OpenMetrics: one family per metric name (promtool wants each family's
# samples together), timestamps in seconds, ending with "# EOF".
to_openmetrics() {
  jq -r -s '
    [ .[] | .start as $s | ($s | sub("\\.[0-9]+Z$"; "Z") | fromdateiso8601) as $t0
      | (.metrics // [])[] | . as $m
      | { name: .name,
          labels: (.labels | to_entries | sort_by(.key)
                   | map("\(.key)=\"\(.value | gsub("\\\\"; "\\\\\\\\") | gsub("\""; "\\\""))\"")
                   | join(",")),
          samples: [ range(0; .values | length) as $i | [$t0 + $i * $m.stepSeconds, $m.values[$i]] ] } ]
    | group_by(.name)[]
    | "# TYPE \(.[0].name) gauge",
      ( .[] | . as $series | .samples[] | "\($series.name){\($series.labels)} \(.[1]) \(.[0])" )
  ' "$@"
  echo "# EOF"
}

start() {
  command -v prometheus >/dev/null || die "prometheus not installed (apt-get install prometheus)"
  command -v promtool >/dev/null || die "promtool not installed (apt-get install prometheus)"
  command -v jq >/dev/null || die "jq not installed (apt-get install jq)"
  [[ -f "$DIR/pid" ]] && kill -0 "$(cat "$DIR/pid")" 2>/dev/null && die "already running (pid $(cat "$DIR/pid")); run stop first"
  local scenarios=("$@")
  [[ ${#scenarios[@]} -gt 0 ]] || scenarios=("$ROOT"/scenarios/*.json)
  rm -rf "$DIR" && mkdir -p "$DIR/data"
  to_openmetrics "${scenarios[@]}" > "$DIR/scenarios.om"
  promtool tsdb create-blocks-from openmetrics "$DIR/scenarios.om" "$DIR/data" > "$DIR/backfill.log" 2>&1 \
    || { cat "$DIR/backfill.log" >&2; die "backfill failed"; }
  printf 'global:\n  scrape_interval: 15s\nscrape_configs: []\n' > "$DIR/prometheus.yml"
  local port; port="$(free_port)"
  # Scenario data is months old: keep it (retention) and let queries reach back to it.
  nohup prometheus --config.file="$DIR/prometheus.yml" --storage.tsdb.path="$DIR/data" \
    --storage.tsdb.retention.time=100y --web.listen-address="127.0.0.1:$port" \
    > "$DIR/prometheus.log" 2>&1 &
  echo $! > "$DIR/pid"
  local url="http://127.0.0.1:$port" deadline=$((SECONDS + READY_TIMEOUT_S))
  until curl -fsS "$url/-/ready" >/dev/null 2>&1; do
    kill -0 "$(cat "$DIR/pid")" 2>/dev/null || { tail -20 "$DIR/prometheus.log" >&2; die "prometheus exited"; }
    (( SECONDS < deadline )) || { stop; die "not ready after ${READY_TIMEOUT_S}s"; }
    sleep 0.2
  done
  echo "export FIREBREAK_TEST_PROMETHEUS_URL=$url" | tee "$DIR/env"
}

stop() {
  [[ -f "$DIR/pid" ]] || return 0
  local pid; pid="$(cat "$DIR/pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$DIR/pid"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  *) die "usage: $0 start [scenario.json ...] | stop" ;;
esac
